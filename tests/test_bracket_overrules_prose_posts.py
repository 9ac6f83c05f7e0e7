"""Two people with their titles and organisations in brackets in one sentence ("lehtori A (X) ja yliopettaja B
(Y)"): each holds the post in the organisation bracketed right after the name; the prose post rule's pick of the
sentence's first organisation for B gives way to B's own bracket. Invented people; real UASs of the reference data."""

from __future__ import annotations

from helpers import titled_posts


def test_each_person_works_at_the_bracketed_organisation() -> None:
    posts = titled_posts("Hankkeessa ovat mukana lehtori Anna Mäkelä (TAMK) ja yliopettaja Pekka Korhonen "
                         "(Metropolia).")
    assert any(p == "Pekka Korhonen" and o.startswith("Metropolia") for p, o, _ in posts), posts
    assert not any(p == "Pekka Korhonen" and o.startswith("Tampereen") for p, o, _ in posts), posts
    assert any(p == "Anna Mäkelä" and o.startswith("Tampereen") for p, o, _ in posts), posts


def test_a_home_town_in_brackets_overrules_nothing() -> None:
    posts = titled_posts("Hankkeessa on mukana Savonia-ammattikorkeakoulun yliopettaja Pekka Korhonen (Kuopio).")
    assert any(p == "Pekka Korhonen" and o.startswith("Savonia") for p, o, _ in posts), posts

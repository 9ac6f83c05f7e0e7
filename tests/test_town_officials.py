"""A town administration's office before a name, held in the page's one town when the page names no joint
authority or wellbeing county (extract/post_review.py `_town_official`). Invented people; real towns."""

from __future__ import annotations

from helpers import extract, needs_voikko

from welfare_kg.extract.post_review import TOWN_OFFICIAL_RULE


def _posts(text: str) -> set[tuple[str, str, str | None]]:
    ex = extract(text, "news")
    label = {iri: e.label for iri, e in ex.entities.items()}
    return {(label[f.subject], label[f.object], f.post) for f in ex.facts if f.rule == TOWN_OFFICIAL_RULE}


@needs_voikko
def test_a_social_director_works_in_the_page_s_one_town() -> None:
    text = ("Kuhmon kaupunginhallitus käsitteli asiaa. Sosiaalijohtaja Anna Laine totesi, että palvelut turvataan.\n")
    assert _posts(text) == {("Anna Laine", "Kuhmo", "sosiaalijohtaja")}
    sv = ("Kommunstyrelsen i Närpes behandlade ärendet. Kommundirektör Anna Berg presenterade förslaget. "
          "Socialchef Per Holm konstaterade att tjänsterna tryggas.\n")
    assert {(p, post) for p, _, post in _posts(sv)} == {("Per Holm", "socialchef")}


@needs_voikko
def test_a_joint_authority_or_two_towns_leave_the_office_unplaced() -> None:
    joint = ("Kuhmon kaupunki ja Kainuun sote -kuntayhtymä sopivat asiasta. "
             "Sosiaalijohtaja Anna Laine totesi, että palvelut turvataan.\n")
    assert _posts(joint) == set()
    two = "Kuhmon ja Sotkamon kunnat sopivat asiasta. Sosiaalijohtaja Anna Laine totesi, että palvelut turvataan.\n"
    assert _posts(two) == set()

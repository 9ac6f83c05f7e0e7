"""A bare town in the inessive right after a person's name is where they work, not their employer, when the
sentence names an organisation (extract/post_review.py `_tied`). The sentences are invented."""

from __future__ import annotations

from helpers import fact_triples, needs_voikko


@needs_voikko
def test_a_town_in_the_inessive_after_the_name_is_where_the_work_is_done() -> None:
    facts = fact_triples("Suunnittelijana Kylämäen Säätiön palveluksessa aloitti Pentti Rasku Kuopiossa.")
    posts = {o for s, p, o in facts if p == "holdsPost"}
    assert posts and not any(o.startswith("municipality/") for o in posts)


@needs_voikko
def test_a_town_in_the_elative_after_the_name_still_names_the_employer() -> None:
    facts = fact_triples("Suunnittelija Pentti Rasku Kuopiosta esitteli suunnitelman.")
    assert any(p == "holdsPost" and o.startswith("municipality/") for s, p, o in facts)

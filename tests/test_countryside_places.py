"""A town's genitive before "maaseutu" (its countryside) is the town; before "seutu" (the area around it) it is not.
Invented sentences."""

from __future__ import annotations

from helpers import needs_voikko, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer


def _municipalities(text: str) -> set[str]:
    out = extract_document(record(text, kind="news"), gazetteer=reference_gazetteer())
    return {e.label for e in out.entities.values() if e.type == "Municipality"}


@needs_voikko
def test_the_countryside_of_a_town_names_the_town() -> None:
    assert _municipalities("Yhdistys kehittää Akaan ja Urjalan maaseutua.") == {"Akaa", "Urjala"}


@needs_voikko
def test_the_area_around_a_town_is_still_no_mention_of_the_town() -> None:
    assert _municipalities("Urjalan seudulla on paljon järviä.") == set()

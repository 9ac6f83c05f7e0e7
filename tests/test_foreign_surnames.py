"""A first name from DVV's statistics before a surname Voikko does not know: Voikko answers such a word with a reading
of no class, which is no knowledge of it; the pair is a person, also with letters beyond the Finnish alphabet.
Invented names and sentences."""

from __future__ import annotations

from helpers import needs_voikko, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer


def _people(text: str) -> set[str]:
    out = extract_document(record(text, kind="news"), gazetteer=reference_gazetteer())
    return {e.label for e in out.entities.values() if e.type == "Person"}


@needs_voikko
def test_a_listed_first_name_before_an_unknown_surname_is_a_person() -> None:
    assert _people("Mukana olivat Zeynep Öztürk ja Matti Virtanen.") == {"Zeynep Öztürk", "Matti Virtanen"}
    assert _people("Zeynep Öztürk kertoi hankkeesta.") == {"Zeynep Öztürk"}


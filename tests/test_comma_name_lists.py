"""A list of names in the usual order, "Pekka Virtanen, Unto Kivelä, Timo Paavola ja Anne Polvinen", looks locally
like a "Surname, Firstname" list ("Kivi, Harri Koivu, Marita", where "Harri Koivu" is nobody): each middle name has
a surname and a comma before it and a first name after it. The list's opening tells them apart: a whole name first
name first, or a lone surname. Invented names and sentences."""

from __future__ import annotations

from helpers import MORPH, needs_voikko, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer
from welfare_kg.extract.people import _opens_with_whole_name


def _people(text: str) -> set[str]:
    out = extract_document(record(text, kind="news"), gazetteer=reference_gazetteer())
    return {e.label for e in out.entities.values() if e.type == "Person"}


@needs_voikko
def test_every_name_of_a_first_name_first_list_is_a_person_with_or_without_spaces() -> None:
    want = {"Pekka Virtanen", "Unto Kivelä", "Timo Paavola", "Anne Polvinen"}
    assert _people("Paikalla olivat Pekka Virtanen, Unto Kivelä, Timo Paavola ja Anne Polvinen.") == want
    assert _people("Ryhmään kuuluivat Pekka Virtanen,Unto Kivelä,Timo Paavola ja Anne Polvinen.") == want


@needs_voikko
def test_a_surname_first_run_opens_with_a_lone_surname() -> None:
    text = "Närvarande: Lindkvist, Anders Öhman, Marina Sundqvist, Helena"
    assert not _opens_with_whole_name(text, text.index("Marina Sundqvist"), MORPH)
    text = "Paikalla olivat Pekka Virtanen, Unto Kivelä, Timo Paavola"
    assert _opens_with_whole_name(text, text.index("Timo Paavola"), MORPH)

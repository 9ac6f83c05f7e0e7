"""A university's students' union named by the university's genitive ("Oulun yliopiston ylioppilaskunta") is an
association of its own, and the university alone is no actor of the sentence
(extract/organisation_units.py `_student_union`). Sentences are invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def _entities(text: str) -> set[tuple[str, str]]:
    ex = extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))
    return {(e.type, e.label) for e in ex.entities.values()}


def test_a_universitys_students_union_is_an_association() -> None:
    found = _entities("Kaupunginhallitus myönsi Oulun yliopiston ylioppilaskunnalle 4 000 euroa.")
    assert ("Association", "Oulun yliopiston ylioppilaskunta") in found
    assert not any(label == "Oulun yliopisto" for _typ, label in found)


def test_a_uas_students_union_in_a_grant_row_is_an_association() -> None:
    found = _entities("Avustukset 2025\nLapin ammattikorkeakoulun opiskelijakunta12 000\nMuut hakijat 0\n")
    assert ("Association", "Lapin ammattikorkeakoulun opiskelijakunta") in found


def test_the_university_itself_stays_a_university() -> None:
    found = _entities("Oulun yliopisto on mukana hankkeessa kolmen vuoden ajan.")
    assert ("Agency", "Oulun yliopisto") in found

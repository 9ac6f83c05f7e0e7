"""A one-word project name written again after a region's genitive (extract/area_project_echoes.py). Invented names."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def _facts(text: str) -> set[tuple[str, str, str]]:
    ex = extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))
    labels = {k: e.label for k, e in ex.entities.items()}
    return {(labels[f.subject], f.predicate, labels[f.object]) for f in ex.facts}


def test_region_genitive_before_a_known_one_word_project() -> None:
    facts = _facts("Sisällys: Kotiluotsi-hankkeen tulokset.\n\nRaha-automaattiyhdistyksen rahoittama Kainuun "
                   "Kotiluotsi aloitti toimintansa keväällä.")
    assert ("Raha-automaattiyhdistys", "funds", "Kotiluotsi") in facts
    assert not any(o == "Kainuun Kotiluotsi" for _, _, o in facts)


def test_no_project_of_that_name_no_echo() -> None:
    facts = _facts("Raha-automaattiyhdistyksen rahoittama Kainuun Kotiluotsi aloitti toimintansa keväällä.")
    assert not any(o == "Kotiluotsi" for _, _, o in facts)

"""A Swedish-speaking parish named by its own word and "församling" inside a sentence ("Kivikkonejdens församling")
is a parish; "Vår församling" and a sentence's first word are not read here (extract/swedish_parishes.py). All
names are invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def _labels(text: str) -> dict[str, str]:
    ex = extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))
    return {e.label: e.type for e in ex.entities.values()}


def test_a_parish_named_by_an_unknown_word() -> None:
    labels = _labels("Projektet drivs av Kivikkonejdens församling och staden tillsammans.")
    assert labels.get("Kivikkonejdens församling") == "Parish"


def test_our_parish_and_a_sentences_first_word_name_none() -> None:
    labels = _labels("Vår församling deltar i projektet. Kivikkonejdens församling deltar också.")
    assert not any(t == "Parish" for t in labels.values())

"""An association's registered name in lower case with two singular nouns joined by "ja" before "ry", after a
place's genitive (extract/organisation_names.py). All names are invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def _labels(text: str) -> set[tuple[str, str]]:
    ex = extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))
    return {(e.type, e.label) for e in ex.entities.values()}


def test_two_singular_nouns_joined_before_ry_after_a_places_genitive_are_one_name() -> None:
    assert ("Association", "Esimerkkilän vesi ja ympäristö ry") in _labels(
        "Hanketta hallinnoi Esimerkkilän vesi ja ympäristö ry.")


def test_without_the_genitive_the_nouns_are_the_sentences_parties() -> None:
    assert not any(label.startswith("kunta ja") for _, label in _labels(
        "Sopimuksen osapuolina ovat kunta ja yhdistys ry."))

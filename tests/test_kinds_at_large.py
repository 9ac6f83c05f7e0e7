"""A kind spoken of at large is no organisation: a hyphened association kind counted or in the plural ("kaksi
Kerho-yhdistystä", extract/organisation_names.py `_counted_kind`) and a bare board after an indefinite pronoun
("minkään lautakunnan", extract/entities.py `_indefinite`). All names are invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def _labels(text: str, typ: str) -> set[str]:
    ex = extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))
    return {e.label for e in ex.entities.values() if e.type == typ}


def test_a_counted_hyphened_kind_is_no_association() -> None:
    labels = _labels("Pitäjässä toimii kaksi eri Kerho-yhdistystä ja useita Koti-seuroja.", "Association")
    assert not any(label.startswith(("Kerho", "Koti")) for label in labels)


def test_one_hyphened_association_is_still_read() -> None:
    assert "Kotiranta-Säätiö" in _labels("Avustuksen sai tänä vuonna Kotiranta-Säätiö.", "Association")


def test_a_board_after_an_indefinite_pronoun_is_no_body() -> None:
    assert not _labels("Tukea voi hakea toimintaan, joka ei kuulu minkään lautakunnan tehtäviin.", "Body")
    assert not _labels("Hakemukset käsitellään kunkin lautakunnan kokouksessa.", "Body")


def test_a_bare_board_acting_is_still_read() -> None:
    assert "Lautakunta" in _labels("Lautakunta päätti myöntää avustuksen kerholle.", "Body")

"""A roster's "member, association" row writes a person's first name and surname right before the association's
registered name: the person is no word of the name, even when no list holds the surname ("Martti Vekuri Tikkurilan
rintamaveteraanit ry"); a founder in the genitive opens a foundation's name (extract/organisation_names.py). All
names are invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def _labels(text: str) -> dict[str, str]:
    ex = extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="minutes"))
    return {e.label: e.type for e in ex.entities.values()}


def test_an_unlisted_surname_before_a_place_genitive_ends_the_name() -> None:
    labels = _labels("Jäsenet: Martti Vekuri Tikkurilan rintamaveteraanit ry, Elina Urasola Eläkeliiton Seutulan "
                     "yhdistys ry.")
    assert labels.get("Tikkurilan rintamaveteraanit ry") == "Association"
    assert labels.get("Eläkeliiton Seutulan yhdistys ry") == "Association"
    assert not any(label.startswith(("Martti", "Elina")) and label.endswith("ry") for label in labels)


def test_an_inflected_legal_form_after_a_person() -> None:
    labels = _labels("Paikalla olivat Mikko Kareniemi Laitilan Jyske ry:n ja Jonna Nurminen.")
    assert labels.get("Laitilan Jyske ry") == "Association"


def test_a_founder_in_the_genitive_stays_in_the_name() -> None:
    labels = _labels("Avustus myönnettiin Helena Lavikaisen Säätiö ry:lle.")
    assert labels.get("Helena Lavikaisen Säätiö ry") == "Association"

"""Names listed after their kind in the plural (extract/kind_lists.py) and company forms in the genitive."""

from __future__ import annotations

from helpers import record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer


def _names(text: str) -> dict[str, str]:
    out = extract_document(record(text, kind="news"), gazetteer=reference_gazetteer())
    return {e.label: e.type for e in out.entities.values()}


def test_companies_and_associations_after_a_plural_kind() -> None:
    names = _names("Hankkeen muina rahoittajina olivat kehitysyhtiöt Kärkö ja Nousu Kasvu. Tukea saivat "
                   "yhdistykset Tähtiranta, Kylätalo Kaamos sekä Pirtti.")
    assert names.get("Kärkö") == "Company"
    assert names.get("Nousu Kasvu") == "Company"
    assert names.get("Kylätalo Kaamos") == "Association"
    assert names.get("Pirtti") == "Association"


def test_people_and_registered_names_in_such_a_list_keep_their_reading() -> None:
    names = _names("Mukana olivat yhdistykset Metsäpirtti ja Liisa. Avustuksen saivat yhdistykset Kylien Voima ry "
                   "ja Nuorten Tuki ry.")
    assert "Liisa" not in names
    assert names.get("Kylien Voima ry") == "Association"
    assert "Kylien Voima" not in names


def test_a_company_form_in_the_genitive_heading_an_item_is_no_company() -> None:
    names = _names("§ 12 OSAKEYHTIÖN PERUSTAMINEN\nKunnanhallitus päättää perustaa yhtiön.")
    assert not any(typ == "Company" for typ in names.values())

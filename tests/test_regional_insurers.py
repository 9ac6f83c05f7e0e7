"""The LähiTapiola insurance group is a Company (data/organisations.csv), and its regional company goes by the group's
name and its area ("LähiTapiola Pohjanmaan toimitusjohtaja", "LokalTapiola Österbotten donerar",
extract/local_associations.py). Sentences are invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def _extract(text: str):
    return extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))


def _entities(ex) -> set[tuple[str, str]]:
    return {(e.type, e.label) for e in ex.entities.values()}


def test_the_group_is_a_company() -> None:
    found = _entities(_extract("Lähitapiola tukee tänä vuonna kolmea kylän seuraa."))
    assert ("Company", "LähiTapiola") in found


def test_a_regional_company_by_its_area() -> None:
    ex = _extract("LähiTapiola Lapin toimitusjohtaja Olli Kettunen kertoo lahjoituksista.")
    assert ("Company", "LähiTapiola Lappi") in _entities(ex)
    labels = {e.iri: e.label for e in ex.entities.values()}
    assert any(f.predicate == "holdsPost" and labels.get(f.object) == "LähiTapiola Lappi" for f in ex.facts)


def test_a_swedish_regional_company_in_the_genitive_is_one_company() -> None:
    ex = _extract("LokalTapiola Nyland donerar 40 000 euro till föreningar. LokalTapiola Nylands styrelse valde "
                  "mottagarna i maj.")
    companies = {label for typ, label in _entities(ex) if typ == "Company"}
    assert "LokalTapiola Nyland" in companies and "LokalTapiola Nylands" not in companies

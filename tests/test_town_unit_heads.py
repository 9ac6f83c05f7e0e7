"""A town's office of a sector ("Vaasan kaupungin sosiaalivirasto") and an upper secondary school named by its
town ("Loimaan lukio") are bodies: rows of data/institution_heads.csv read by extract/institutions.py; a bare
"virasto" and the town hall ("kunnanvirasto", a meeting place) name none. All names are invented except the
towns."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def _extract(text: str):
    return extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))


def test_a_towns_office_is_its_body() -> None:
    ex = _extract("Tutkimukseen osallistui Vaasan kaupungin sosiaalivirasto yhdessä yliopiston kanssa.")
    labels = {e.label: e for e in ex.entities.values()}
    office = labels["Vaasan kaupungin sosiaalivirasto"]
    assert office.type == "Body"
    assert any(f.subject == office.iri and f.predicate == "partOf" and f.object == labels["Vaasa"].iri
               for f in ex.facts)


def test_a_towns_upper_secondary_school() -> None:
    ex = _extract("Tapahtuman järjestivät kaupunki ja Loimaan lukio yhdessä.")
    types = {e.label: e.type for e in ex.entities.values()}
    assert types.get("Loimaan lukio") == "Body"


def test_a_bare_office_is_no_body() -> None:
    ex = _extract("Hakemus jätettiin virastoon. Kaupungin virasto sulkeutuu kesäksi.")
    assert not any(e.type == "Body" for e in ex.entities.values())


def test_the_town_hall_is_no_body() -> None:
    ex = _extract("Kokouspaikka: Vaasan kaupungin virasto ja Kaavin kunnanvirasto, valtuustosali.")
    assert not any(e.type == "Body" for e in ex.entities.values())

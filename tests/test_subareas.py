"""Areas inside Uusimaa that documents name as places: Itä-, Keski- and Länsi-Uusimaa, pääkaupunkiseutu.

Sentences written for these tests; the names come from data/subareas.csv.
"""

from __future__ import annotations

import pytest

from tests.helpers import record
from welfare_kg.extract.document import extract_document


def places(text: str) -> set[tuple[str, str]]:
    ex = extract_document(record(text))
    return {(e.type, e.iri.rsplit("/id/", 1)[1]) for e in ex.entities.values()
            if e.type in {"Region", "WellbeingCounty"}}


@pytest.mark.parametrize(("text", "expected"), [
    ("Hankkeessa ovat mukana Keski-Uusimaa ja Länsi-Uusimaa.", {"region/keski-uusimaa", "region/lansi-uusimaa"}),
    ("Osaamiskeskus toimii pääkaupunkiseudulla.", {"region/paakaupunkiseutu"}),
    ("Palveluja tarjotaan Keski-, Länsi- ja Itä-Uudellamaalla.",
     {"region/keski-uusimaa", "region/lansi-uusimaa", "region/ita-uusimaa"}),
    ("Projektet genomförs i Östra Nyland och Västnyland.", {"region/ita-uusimaa", "region/lansi-uusimaa"}),
    # the compass adjective in lower case and inflected with the name: the subarea, not all of Uusimaa
    ("Työntekijä palkataan itäiselle Uudellemaalle ja toinen keskiselle Uudellemaalle.",
     {"region/ita-uusimaa", "region/keski-uusimaa"}),
])
def test_subareas_are_regions_of_their_own(text: str, expected: set[str]) -> None:
    assert {iri for typ, iri in places(text) if typ == "Region"} == expected


def test_the_county_keeps_its_full_name() -> None:
    assert places("Kunta siirtää osakkeet Itä-Uudenmaan hyvinvointialueelle.") == {
        ("WellbeingCounty", "wellbeing-county/01")}

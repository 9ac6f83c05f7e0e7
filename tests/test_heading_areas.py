"""The one area a project page's opening names is the page's project's, when the opening names the project too."""

from __future__ import annotations

from helpers import ID, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer
from welfare_kg.extract.heading_areas import RULE


def _covers(text: str) -> set[str]:
    out = extract_document(record(text), gazetteer=reference_gazetteer())
    return {f.object.removeprefix(ID) for f in out.facts if f.rule == RULE}


TAIL = ("\n\nHankkeessa kehitetään uusia toimintamalleja nuorten tukemiseksi ja kootaan toimijat yhteen verkostoon. "
        "Hanke järjestää koulutuksia ja tapaamisia koko hankkeen ajan, ja sen tuloksista raportoidaan verkossa "
        "kaikille avoimesti.\n\nNuorten Polku -hanke päättyy ensi vuonna.\n")


def test_the_opening_area_of_a_project_page() -> None:
    text = "Pohjois-Savo: Nuorten Polku -hanke\n\nNuorten Polku -hanke tukee nuoria ja heidän perheitään." + TAIL
    assert _covers(text) == {"region/11"}  # Pohjois-Savo


def test_two_areas_in_the_opening_give_nothing() -> None:
    text = "Pohjois-Savo ja Kainuu: Nuorten Polku -hanke\n\nNuorten Polku -hanke tukee nuoria." + TAIL
    assert not _covers(text)

"""A Swedish "i <area>" places the document's main project there as a Finnish locative case does."""

from __future__ import annotations

from helpers import ID, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.document_roles import RULE_NAMES
from welfare_kg.extract.gazetteer import reference_gazetteer


def _covers(text: str) -> set[str]:
    out = extract_document(record(text), gazetteer=reference_gazetteer())
    return {f.object.removeprefix(ID) for f in out.facts if f.rule == RULE_NAMES["coversArea"]}


def test_i_area_in_a_swedish_page() -> None:
    text = ("Digitalt familjecenter\n\nProjektet Digitalt familjecenter utvecklar en plattform för familjer. "
            "Målet är att familjerna i Åboland enkelt finner de tjänster de behöver på nätet.\n\n"
            "Projektet Digitalt familjecenter pågår under två år och stöds av en stiftelse.\n")
    assert any("aboland" in o for o in _covers(text))


def test_area_without_a_preposition_is_not_placed() -> None:
    text = ("Digitalt familjecenter\n\nProjektet Digitalt familjecenter utvecklar en plattform för familjer. "
            "Målet är att Åboland och dess familjer enkelt finner de tjänster de behöver på nätet.\n\n"
            "Projektet Digitalt familjecenter pågår under två år och stöds av en stiftelse.\n")
    assert not any("aboland" in o for o in _covers(text))

"""Structural readings of grant documents added in the twelfth session: funding rows of project pages, and the
granter and receivers of grant lists and tables (extract/fields.py, extract/header_granter.py)."""

from __future__ import annotations

from decimal import Decimal

from tests.helpers import extract


def _funds(text: str, kind: str = "news") -> set[tuple[str, str, Decimal | None, str]]:
    """(funder label, receiver label, amount, rule) of every funds fact of a short text."""
    ex = extract(text, kind)
    label = {iri: e.label for iri, e in ex.entities.items()}
    return {(label[f.subject], label[f.object], f.amount, f.rule) for f in ex.facts if f.predicate == "funds"}


def test_funding_row_of_a_project_page_names_its_funders() -> None:
    text = ("Turvallinen arki\n\nTurvallinen arki on Lapin yliopiston hallinnoima tutkimushanke, joka selvittää "
            "ikääntyneiden turvallisuutta.\n\nFinansiering: Svenska kulturfonden, 40 000 euro\n")
    found = {(g, r, a) for g, r, a, rule in _funds(text) if rule == "funds:field"}
    assert ("Svenska kulturfonden", "Turvallinen arki", Decimal("40000")) in found


def test_funding_row_in_finnish_names_each_funder() -> None:
    text = ("Kylätalo elää -hanke\n\nHankkeen tavoitteena on kehittää kylätalon toimintaa.\n\n"
            "Projektiaika: 2016-2018\n\nRahoitus: Leader ja Svenska Kulturfonden.\n")
    funders = {g for g, _, _, rule in _funds(text) if rule == "funds:field"}
    assert "Svenska kulturfonden" in funders

"""Receivers coordinated in the allative each receive the grant of their clause (allative_grants.coordinated_receivers,
used by funds:grant-verb and funds:owner-noun). All names are invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def _funds(text: str) -> dict[str, object]:
    ex = extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))
    return {ex.entities[f.object].label: f.amount for f in ex.facts if f.predicate == "funds"}


def test_board_grants_to_both_coordinated_receivers() -> None:
    funds = _funds("Kunnanhallitus päätti myöntää avustusta Kylän Nuoret ry:lle ja Mäenpään Seura ry:lle.")
    assert set(funds) == {"Kylän Nuoret ry", "Mäenpään Seura ry"}


def test_a_sum_said_once_for_both_is_no_ones_own() -> None:
    funds = _funds("Kunnanhallitus myönsi 3 000 euroa Kylän Nuoret ry:lle ja Mäenpään Seura ry:lle.")
    assert funds == {"Kylän Nuoret ry": None, "Mäenpään Seura ry": None}


def test_towns_funding_noun_reaches_both_companies() -> None:
    funds = _funds("Valitukset koskevat Ähtärin kaupungin myöntämää rahoitusta Hotelli Kuusikko Oy:lle ja "
                   "Rantamaan Matkailu Oy:lle.")
    assert set(funds) == {"Hotelli Kuusikko Oy", "Rantamaan Matkailu Oy"}


def test_each_with_its_own_sum_keeps_its_sum() -> None:
    funds = _funds("Kunnanhallitus päätti myöntää Kylän Nuoret ry:lle 2 000 euroa ja Mäenpään Seura ry:lle 500 euroa.")
    assert funds == {"Kylän Nuoret ry": 2000, "Mäenpään Seura ry": 500}

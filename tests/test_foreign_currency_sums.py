"""A scale word makes a sum of a bare number ("2,3 miljoonaa" in a euro budget), but a sum in another currency is no
euro amount: the graph's amounts are euros (FACTS.md), and Swedish pages of Sweden write "miljoner kronor". Swedish
"miljarder" is a thousand million, as the Finnish "miljardia". Sentences invented for the test."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.money import find_amounts
from welfare_kg.loaders.record import DocumentRecord


@pytest.mark.parametrize("text", [
    "Föreningen får 4,2 miljoner kronor för projektet.",
    "Stödet uppgår till 1,5 miljarder kr.",
    "Hanke sai 3 milj. kr tukea.",
    "Säätiö lahjoitti 2 miljoonaa dollaria.",
    "Yhdistys keräsi 1,2 miljoonaa kruunua.",
])
def test_other_currency_after_scale_is_no_euro_sum(text: str) -> None:
    assert find_amounts(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("Hanke sai 2,4 miljoonaa euroa.", Decimal(2400000)),
    ("Talousarvio on 2,4 miljoonaa.", Decimal(2400000)),
    ("Projektet får 3,1 miljoner euro.", Decimal(3100000)),
    ("Programmet har 1,2 miljarder euro.", Decimal(1200000000)),
    ("Staten satsar 2 miljarder på vården.", Decimal(2000000000)),
])
def test_euro_and_bare_scaled_sums_stay(text: str, value: Decimal) -> None:
    assert [a.value for a in find_amounts(text)] == [value]


def _funds(text: str) -> list[tuple[str, str, Decimal | None]]:
    ex = extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))
    return [(ex.entities[f.subject].label, ex.entities[f.object].label, f.amount) for f in ex.facts
            if f.predicate == "funds"]


def test_kronor_grant_keeps_its_fact_without_an_amount() -> None:
    facts = _funds("Projektet Vänskapsbron får stöd med 3,2 miljoner kronor från Arvsfonden.")
    assert facts == [("Arvsfonden", "Vänskapsbron", None)]


def test_euro_grant_keeps_its_amount() -> None:
    facts = _funds("Projektet Vänskapsbron får stöd med 3,2 miljoner euro från Arvsfonden.")
    assert facts == [("Arvsfonden", "Vänskapsbron", Decimal(3200000))]

"""A hedge word right before a sum makes it approximate ("lähes 80 000 euroa", "drygt 8 miljoner euro",
"knappt 900 €"): the graph keeps such a sum with the qualifier "approximate", not as the exact sum the text does not
give. Before, only "noin", "yli", "ca", "cirka", "omkring", "arviolta" and "vajaat" were read so. Invented sentences."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.money import find_amounts
from welfare_kg.loaders.record import DocumentRecord


@pytest.mark.parametrize(("text", "value"), [
    ("Hanke sai lähes 80 000 euroa.", Decimal(80000)),
    ("Yhdistys sai reilut 2 miljoonaa euroa.", Decimal(2000000)),
    ("Kunnan osuus on hieman runsaat 2.300 euroa.", Decimal(2300)),
    ("Avustus oli miltei 300 euroa.", Decimal(300)),
    ("Projektet får drygt 8 miljoner euro.", Decimal(8000000)),
    ("Stödet är knappt 900 €.", Decimal(900)),
    ("Ministeriet stöder projektet med över 600 000 euro.", Decimal(600000)),
    ("Projektet beviljades ungefär 6,6 miljoner euro.", Decimal(6600000)),
    ("Föreningen fick nästan 40 000 euro.", Decimal(40000)),
])
def test_hedged_sum_is_approximate(text: str, value: Decimal) -> None:
    assert [(a.value, a.approximate) for a in find_amounts(text)] == [(value, True)]


@pytest.mark.parametrize("text", [
    "Hanke sai 80 000 euroa.", "Lähes kaikki saivat 5 000 euroa.", "Projektet får 8 miljoner euro.",
    "Över hela landet delades 600 000 euro ut.",
])
def test_unhedged_sum_is_exact(text: str) -> None:
    assert all(not a.approximate for a in find_amounts(text))


def test_hedged_grant_keeps_its_fact_marked_approximate() -> None:
    text = "Ympäristöministeriö on myöntänyt Rovaniemen kaupungille lähes 50 000 euron avustuksen."
    ex = extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))
    funds = [(f.amount, f.amount_qualifier) for f in ex.facts if f.predicate == "funds"]
    assert funds == [(Decimal(50000), "approximate")]

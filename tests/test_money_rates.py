"""A sum per head or per unit is a rate, no amount of money anyone pays or gets (extract/money.py)."""

from __future__ import annotations

import pytest

from welfare_kg.extract.money import find_amounts


@pytest.mark.parametrize("text", [
    "Kunnat varaavat talousarvioon 7,5 euroa asukasta kohti.",
    "Jäsenmaksu on 12 €/asukas vuodessa.",
    "Kommunen betalar 3 euro per invånare.",
    "Tukea maksetaan 40 euroa jäsentä kohti.",
])
def test_a_rate_per_head_is_no_sum(text: str) -> None:
    assert find_amounts(text) == []


def test_a_total_beside_a_rate_stays() -> None:
    got = find_amounts("Kunta maksaa 2 euroa asukasta kohti, yhteensä 20 000 euroa.")
    assert [a.value for a in got] == [20000]

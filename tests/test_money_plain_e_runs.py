"""A bare "e" after a number with no group separator ("600 e") is euros only in a run of sums (money.find_amounts)."""

from decimal import Decimal

import pytest

from welfare_kg.extract.money import find_amounts


def _values(text: str) -> list[Decimal]:
    return [a.value for a in find_amounts(text) if not a.share]


def test_plain_e_beside_a_sum_with_its_currency_is_euros() -> None:
    # one item says "euroa", the others only "e": the whole run is in euros
    assert _values("Tuet: Kivikon Kuoro ry 300 euroa, Harjun Latu ry 750 e, Niemen Martat 1000 e.") == \
        [Decimal(300), Decimal(750), Decimal(1000)]


def test_two_plain_e_sums_are_a_run_of_euros() -> None:
    assert _values("Tuet: Kivikon Kuoro ry 300 e, Harjun Latu ry 750 e.") == [Decimal(300), Decimal(750)]


def test_plain_e_before_a_bracketed_breakdown_is_read() -> None:
    assert Decimal(800) in _values("Harjun Latu ry 800 e (700 ja 100 e), Niemen Martat 1 000 euroa.")


@pytest.mark.parametrize("text", [
    "Kokous alkoi 2019 e.",  # one unseparated "N e" alone stays no sum, as before
    "Harjun Latu ry 750 e.",
])
def test_one_plain_e_alone_is_no_sum(text: str) -> None:
    assert _values(text) == []


def test_a_lettered_section_of_a_law_is_no_sum_beside_one() -> None:
    # "15 e:n": the section 15 e of a law in an inflected form, even beside a sum in euros
    assert _values("Lain 15 e:n ja 16 e:n mukainen tuki on 500 euroa.") == [Decimal(500)]

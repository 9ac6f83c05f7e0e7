"""Several sums for one receiver with the currency word after the last: money.listed_total (issue 12)."""

from __future__ import annotations

from decimal import Decimal

from welfare_kg.extract.money import find_amounts, listed_total


def _total(text: str) -> Decimal:
    last = find_amounts(text)[-1]
    return listed_total(text, 0, last)


def test_bare_sums_listed_before_the_currency_word_add_up() -> None:
    text = ("Kylien Tuki ry saa kerhotoimintaan 120 000, retkiin 35 500 sekä vertaistukeen 18 250 euroa.")
    # only the last sum carries the currency word, so it is the only amount found
    assert [a.value for a in find_amounts(text)] == [Decimal("18250")]
    assert _total(text) == Decimal("173750")


def test_a_year_or_a_count_before_the_sum_is_no_part_of_it() -> None:
    assert _total("Vuonna 2024, kuten 2023, yhdistys sai 5 000 euroa.") == Decimal("5000")
    assert _total("Toimintaan osallistui 1 200 ihmistä ja avustus oli 3 000 euroa.") == Decimal("3000")


def test_the_sums_before_the_start_are_left_out() -> None:
    text = "A ry saa 10 000, B ry saa 20 000 ja 5 000 euroa."
    last = find_amounts(text)[-1]
    assert listed_total(text, text.index("B ry"), last) == Decimal("25000")

"""A list of receivers that says the currency with its first sum only ("A 62 000 euroa, B 74 000 ja C 9 000"):
each later item's bare grouped sum is euros too (money._elided_currency); a bare number after a comma that
starts no such list item (a clause, a count, a year) stays no sum."""

from __future__ import annotations

from decimal import Decimal

from welfare_kg.extract.money import find_amounts


def _values(text: str) -> list[Decimal]:
    return [a.value for a in find_amounts(text)]


def test_list_items_after_a_euro_sum_are_euros() -> None:
    text = "Avustusta saivat Oulun kaupunki 40 000 euroa, Iin kunta 12 500, Kalajoen seura 3 000 ja Raahe 9 000."
    assert _values(text) == [Decimal(40000), Decimal(12500), Decimal(3000), Decimal(9000)]


def test_other_bare_numbers_stay_off() -> None:
    for text in ("Yhdistys sai 5 000 euroa, ja 3 000 ihmistä osallistui.",  # a lower-case clause
                 "Kunta sai 5 000 euroa, Kajaanissa asuu 36 000 ihmistä.",  # the number is not the item's end
                 "Hanke sai 5 000 euroa, Kajaani 2015 ja Oulu 2016.",  # years are no grouped sums
                 "Oulun kaupunki 40 000, Iin kunta 12 500 euroa."):  # the currency word after, not before
        assert _values(text) == ([Decimal(5000)] if "5 000" in text else [Decimal(12500)]), text

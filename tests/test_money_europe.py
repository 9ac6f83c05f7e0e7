"""A year before "Euroopan ..." is no sum of euros (the currency word must not be the start of "Eurooppa")."""

from __future__ import annotations

from decimal import Decimal

from welfare_kg.extract.money import find_amounts


def test_year_before_europe_is_no_amount() -> None:
    assert find_amounts("Päätöksellä myönnetään vuoden 2019 Euroopan sosiaalirahaston rahoitusta.") == []
    assert find_amounts("Vuonna 2021 Eurooppa-neuvosto linjasi asiasta.") == []


def test_euro_words_still_read_as_currency() -> None:
    values = [a.value for a in find_amounts("Yhdistys sai 700 euro, toinen 1 200 euron ja kolmas 90 euroksi.")]
    assert values == [Decimal(700), Decimal(1200), Decimal(90)]

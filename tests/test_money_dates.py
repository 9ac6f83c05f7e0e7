from decimal import Decimal

import pytest

from welfare_kg.extract.dates import find_period
from welfare_kg.extract.money import find_amounts


@pytest.mark.parametrize(("text", "value", "approx", "share"), [
    ("valtionavustusta 966 880 euroa hankkeelle", Decimal(966880), False, False),
    ("osuus on 357,00 euroa.", Decimal(357), False, False),
    ("budjetti on noin 2,3 miljoonaa euroa", Decimal(2300000), True, False),
    ("n. 80 000 euroa", Decimal(80000), True, False),
    ("yhteensä 10 000 € vuodelle", Decimal(10000), False, False),
    ("rahoittaa 80 % kustannuksista", Decimal(80), False, True),
    ("summa 1.250.000 euroa", Decimal(1250000), False, False),
    ("avustus 12 345,50 euroa", Decimal("12345.50"), False, False),
    ("tilanne 3,5 milj. euroa", Decimal(3500000), False, False),
    ("hankkeelle 1,0 milj. euroa", Decimal(1000000), False, False),
    ("kehykseen 0,5 miljardia euroa", Decimal(500000000), False, False),  # not half a million
    ("2 miljardin euron investointi", Decimal(2000000000), False, False),
    ("yhteensä 1,55 miljoonalla eurolla", Decimal(1550000), False, False),
    ("Kainuun hyvinvointialue 412 300 e", Decimal(412300), False, False),  # bare "e" after a grouped number
    ("avustus 6,6 miljoner euro", Decimal(6600000), False, False),
])
def test_amounts(text: str, value: Decimal, approx: bool, share: bool) -> None:
    amounts = find_amounts(text)
    assert amounts, text
    a = amounts[0]
    assert a.value == value
    assert a.approximate is approx
    assert a.share is share


@pytest.mark.parametrize("text", ["vuonna 2020 kokous", "AurDno-2020-513", "9.12.2020 § 101", "puh. 040 123 9876",
                                  "kokous alkoi klo 12 e", "3 e-palvelua"])
def test_no_amount_without_currency(text: str) -> None:
    assert find_amounts(text) == []


@pytest.mark.parametrize(("text", "start", "end"), [
    ("hanke 2020–2022 käynnistyy", "2020-01-01", "2022-12-31"),
    ("sopimus ajalle 1.11.2020 -31.12.2022", "2020-11-01", "2022-12-31"),
    ("pilotti 30.6.2021 asti", None, "2021-06-30"),
    ("varataan vuosille 2022–2023", "2022-01-01", "2023-12-31"),
    ("vuosina 2021-2022 357,00 euroa", "2021-01-01", "2022-12-31"),
    ("ei aikaa", None, None),
])
def test_periods(text: str, start: str | None, end: str | None) -> None:
    assert find_period(text) == (start, end)

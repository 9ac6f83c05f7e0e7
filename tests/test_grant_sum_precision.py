"""A grant sentence's other sums (own share, price, saving, applied-for sum, range) are not the grant's."""

import pytest
from helpers import extract

from welfare_kg.extract.money import find_amounts, not_granted_sum


def _sum_check(text: str) -> bool:
    a = find_amounts(text)[-1]
    return not_granted_sum(text, a.start, a.end)


@pytest.mark.parametrize("text", [
    "STM myönsi avustusta, jonka omavastuu on 5 000 euroa.",
    # a price ("maksaa"); a price per head is no sum at all (tests/test_money_rates.py)
    "STM myönsi avustusta, kun koulutus maksaa 300 euroa.",
    "STM myönsi avustusta; kurssin hinta on 250 euroa.",
    "STM myönsi avustusta; palkkakulut ovat 45 000 euroa.",
    "STM myönsi liitolle 10 000–20 000 euroa.",
    "STM beviljade understöd, vilket ger en besparing på 80 000 euro.",
    "Yhdistys on hakenut 60 000 euroa.",
])
def test_not_granted(text: str) -> None:
    assert _sum_check(text)


@pytest.mark.parametrize("text", [
    "Sosiaali- ja terveysministeriö myönsi Kainuun liitolle 12 000 euroa.",
    "Säästöpankkisäätiö myönsi yhdistykselle 5 000 euroa.",
    "Avustus on 12 000 euroa.",
    "STM beviljade förbundet 10 000 euro.",
    "Hallitus myönsi kyläyhdistykselle anotut 2 000 euroa.",
    "Hallitus myönsi yhdistykselle haettu 2 000 euroa.",
    "Kaupunki myönsi yhdistykselle avustusta palkkakuluihin 20 000 euroa.",
    "Kaupunki myönsi avustusta ohjaajan palkkaukseen 20 000 euroa.",
    "STM myönsi avustuksen, jonka suuruus on 3 000 euroa vuodessa.",
])
def test_granted(text: str) -> None:
    assert not _sum_check(text)


def _funds(text: str) -> list:
    return [f for f in extract(text).facts if f.predicate == "funds"]


def test_own_share_not_on_grant() -> None:
    facts = _funds("Sosiaali- ja terveysministeriö myönsi Kainuun liitolle avustusta, jonka omavastuu on 5 000 euroa.")
    assert facts and all(f.amount is None for f in facts)


def test_granted_sum_kept() -> None:
    facts = _funds("Sosiaali- ja terveysministeriö myönsi Kainuun liitolle 12 000 euroa.")
    assert any(f.amount == 12000 for f in facts)


def test_total_over_several_receivers_not_one_sum() -> None:
    facts = _funds("Sosiaali- ja terveysministeriö myönsi Kainuun liitolle ja Pohjois-Karjalan maakuntaliitolle "
                   "yhteensä 90 000 euroa.")
    assert all(f.amount is None for f in facts)


def test_total_to_one_receiver_kept() -> None:
    facts = _funds("Sosiaali- ja terveysministeriö myönsi Kainuun liitolle yhteensä 90 000 euroa.")
    assert any(f.amount == 90000 for f in facts)


def test_sum_of_another_receivers_clause() -> None:
    facts = _funds("Sosiaali- ja terveysministeriö myönsi Kainuun liitolle avustusta, ja Pohjois-Karjalan "
                   "maakuntaliitto sai 20 000 euroa.")
    kainuu = [f for f in facts if "kainuu" in f.object.lower()]
    assert all(f.amount is None for f in kainuu)


def test_a_decimal_million_that_lost_its_euro_sign() -> None:
    """"3,5 M erityisryhmien ...": a transcript of "3,5 M€" is millions; "2,5 MW" and "12,5 M-kokoinen" are not."""
    found = find_amounts("ARA on varannut 3,5 M erityisryhmien avustukseen ja 6,0 M lainoihin.")
    assert [int(a.value) for a in found] == [3500000, 6000000]
    assert find_amounts("Voimalan teho on 2,5 MW.") == []
    assert find_amounts("Paita 12,5 M-kokoinen.") == []

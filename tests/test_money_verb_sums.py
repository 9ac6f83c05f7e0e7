"""A grant's sum right after its verb with the euro word left out ("X ry on saamassa 157 000 asuntojen
hankintaan", "X saanee 32 500.") is euros (money._verb_sums); a count after the verb ("sai 3 000 kävijää"), a
unit, another currency, an ungrouped number or a sentence naming its currency elsewhere gives no such sum."""

from __future__ import annotations

from decimal import Decimal

from welfare_kg.extract.money import find_amounts


def _values(text: str) -> list[Decimal]:
    return [a.value for a in find_amounts(text)]


def test_a_bare_sum_after_a_verb_of_receiving_is_euros() -> None:
    assert _values("Porin Nuorisoasunnot ry on saamassa 84 000 asuntojen hankintaan.") == [Decimal(84000)]
    assert _values("Uusi avustuskohde, johon Porin Nuorisoasunnot saanee 21 500.") == [Decimal(21500)]
    assert _values("Lähetysseuralle esitetään myönnettäväksi 45.000 käännöstyöhön.") == [Decimal(45000)]


def test_counts_units_and_sentences_with_a_currency_give_no_such_sum() -> None:
    for text in ("Kesätapahtuma sai 3 000 kävijää.", "Yhdistys sai 1 200 uutta jäsentä.",
                 "Klubitalo saa 2 000 m2 tilaa.", "Yhdistys sai 10 000 kruunua.", "Seura sai 1500 jäsentä",
                 "Yhdistys sai 1 500 /vuosi."):
        assert _values(text) == [], text
    assert _values("Hanke sai 5 000 euroa ja kerho sai 2 000 lisää.") == [Decimal(5000)]

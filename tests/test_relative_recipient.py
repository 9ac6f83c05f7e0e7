"""funds:relative-recipient: "R, jolle G myönsi/luovuttaa N euroa" gives the clause's sum to the name the pronoun
stands for; short texts of our own, with a clause that hands over no money."""

from __future__ import annotations

from decimal import Decimal

from tests.helpers import extract


def _gifts(text: str) -> set[tuple[str, str, Decimal | None, str]]:
    ex = extract(text)
    return {(ex.entities[f.subject].label, ex.entities[f.object].label, f.amount, f.rule) for f in ex.facts
            if f.predicate == "funds" and f.subject in ex.entities and f.object in ex.entities}


def test_the_giver_after_jolle_funds_the_name_before_the_comma() -> None:
    got = _gifts("Tänä vuonna vuorossa on Jokivarren kyläyhdistys ry, jolle Kuopion Säätiö sr luovuttaa "
                 "messuilla 5000 euroa.")
    assert ("Kuopion Säätiö sr", "Jokivarren kyläyhdistys ry", Decimal(5000), "funds:relative-recipient") in got


def test_a_town_that_granted_in_the_relative_clause_funds_too() -> None:
    got = _gifts("Kohde on Jokivarren kyläyhdistys ry, jolle Kuopion kaupunki myönsi viime vuonna 3 000 euroa.")
    assert any(g == "Kuopio" and r == "Jokivarren kyläyhdistys ry" and a == Decimal(3000) for g, r, a, _ in got)


def test_handing_over_keys_is_no_funding() -> None:
    assert not _gifts("Kohde on Jokivarren kyläyhdistys ry, jolle Kuopion Säätiö sr luovutti talon avaimet.")


def test_a_sum_after_the_clause_is_not_the_clause_s() -> None:
    got = _gifts("Kohde on Jokivarren kyläyhdistys ry, jolle Kuopion Säätiö sr luovutti avaimet, ja talo maksoi "
                 "20 000 euroa.")
    assert not any(rule == "funds:relative-recipient" for *_x, rule in got), got


def test_a_bank_that_gave_in_the_relative_clause_funds() -> None:
    got = _gifts("Kohde on Jokivarren kyläyhdistys ry, jolle Pohjois-Savon Osuuspankki antoi 2 000 euroa.")
    assert any(g == "Pohjois-Savon Osuuspankki" and r == "Jokivarren kyläyhdistys ry" and a == Decimal(2000)
               for g, r, a, _ in got), got

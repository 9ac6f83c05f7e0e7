"""funds:donation-verb: a donor named before "lahjoittaa" gives its sum to the one receiver in the allative; short
texts of our own (a bank, a foundation), with look-alikes that must state nothing."""

from __future__ import annotations

from decimal import Decimal

from tests.helpers import extract


def _gifts(text: str) -> set[tuple[str, str, Decimal | None]]:
    ex = extract(text)
    return {(ex.entities[f.subject].label, ex.entities[f.object].label, f.amount) for f in ex.facts
            if f.predicate == "funds" and f.subject in ex.entities and f.object in ex.entities}


def test_a_bank_that_donates_a_sum_to_an_association_funds_it() -> None:
    got = _gifts("Pohjois-Savon Osuuspankki lahjoitti Jokivarren kyläyhdistys ry:lle 3 000 euroa.")
    assert ("Pohjois-Savon Osuuspankki", "Jokivarren kyläyhdistys ry", Decimal(3000)) in got


def test_the_sum_before_the_receiver_is_its_sum() -> None:
    got = _gifts("Kuopion Säätiö sr lahjoitti 10 000 euroa Jokivarren kyläyhdistys ry:lle.")
    assert ("Kuopion Säätiö sr", "Jokivarren kyläyhdistys ry", Decimal(10000)) in got


def test_a_perfect_tense_donation_to_a_parish_keeps_its_sum() -> None:
    got = _gifts("Pohjois-Savon Osuuspankki on lahjoittanut Kuopion seurakunnalle 4 000 euroa perheiden tukemiseen.")
    assert any(giver == "Pohjois-Savon Osuuspankki" and amount == Decimal(4000) for giver, _r, amount in got)


def test_a_donation_of_things_is_no_funding() -> None:
    assert not _gifts("Kuopion Säätiö sr lahjoitti kirjoja Jokivarren kyläyhdistys ry:lle.")


def test_a_gift_to_a_unit_goes_to_the_organisation_it_belongs_to() -> None:
    got = _gifts("Pohjois-Savon Osuuspankki on päättänyt lahjoittaa 50 000 euroa Itä-Suomen yliopiston "
                 "tekniikan koulutusalalle.")
    assert ("Pohjois-Savon Osuuspankki", "Itä-Suomen yliopisto", Decimal(50000)) in got


def test_a_genitive_that_only_qualifies_the_sum_receives_nothing() -> None:
    got = _gifts("Pohjois-Savon Osuuspankki lahjoitti Itä-Suomen yliopiston mallin mukaan 50 000 euroa.")
    assert not any(giver == "Pohjois-Savon Osuuspankki" for giver, _r, _a in got), got


def test_a_club_handing_over_a_sum_to_a_parish_funds_it() -> None:
    got = _gifts("Lions Club Koivula luovutti 1 500 euroa Kuopion seurakunnalle.")
    assert ("Lions Club Koivula", "Kuopion seurakunta", Decimal(1500)) in got


def test_handing_over_keys_is_no_funding() -> None:
    assert not _gifts("Pohjois-Savon Osuuspankki luovutti avaimet Jokivarren kyläyhdistys ry:lle.")


def test_money_from_an_unknown_bank_in_the_ablative_funds_the_receiver() -> None:
    # "Mäntyvaaran" is no word the analyser knows, so the name's case is read from its written ending
    got = _gifts("Koivulan Kyläyhdistys ry sai 2 000 euroa Mäntyvaaran Osuuspankilta.")
    assert ("Mäntyvaaran Osuuspankki", "Koivulan Kyläyhdistys ry", Decimal(2000)) in got
    assert not any(giver == "Koivulan Kyläyhdistys ry" for giver, _r, _a in got)


def test_a_bank_named_by_its_kind_after_its_name_donates() -> None:
    got = _gifts("Mäntyharjun Osuuspankki täyttää 100 vuotta. Pankki lahjoitti juhlavuoden kunniaksi 3 000 euroa "
                 "Koivulan Kyläyhdistys ry:lle.")
    assert ("Mäntyharjun Osuuspankki", "Koivulan Kyläyhdistys ry", Decimal(3000)) in got


def test_a_bare_bank_after_two_named_banks_is_no_one() -> None:
    got = _gifts("Mäntyharjun Osuuspankki ja Kuopion Säästöpankki juhlivat. Pankki lahjoitti 3 000 euroa "
                 "Koivulan Kyläyhdistys ry:lle.")
    assert not got


def test_giving_a_sum_to_an_association_is_a_gift() -> None:
    got = _gifts("Pohjois-Savon Osuuspankki antoi 2 000 euroa Jokivarren kyläyhdistys ry:lle.")
    assert ("Pohjois-Savon Osuuspankki", "Jokivarren kyläyhdistys ry", Decimal(2000)) in got


def test_giving_a_statement_or_a_loan_is_no_gift() -> None:
    assert not _gifts("Pohjois-Savon Osuuspankki antoi Jokivarren kyläyhdistys ry:lle lausunnon.")
    assert not _gifts("Pohjois-Savon Osuuspankki antoi Jokivarren kyläyhdistys ry:lle 2 000 euroa lainaa.")

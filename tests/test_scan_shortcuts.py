"""Short cuts on the per-sentence paths of extraction that must not change what is read: amounts are sought only
in a text with a digit (any Unicode digit, as the patterns' \\d), and a role noun is looked for only in a word whose
lemma ends in one."""

from __future__ import annotations

from decimal import Decimal

from tests.helpers import fact_rows, has_fact
from welfare_kg.extract.gazetteer import Gazetteer
from welfare_kg.extract.money import find_amounts


def test_no_digit_no_amount() -> None:
    assert find_amounts("Avustus on miljoonaa euroa, noin prosenttia ja € vähemmän.") == []
    assert find_amounts("") == []


def test_amounts_with_digits_are_read_as_before() -> None:
    found = find_amounts("Avustus on noin 2,3 miljoonaa euroa ja osuus 80 %.", 100)
    assert [(a.value, a.share, a.approximate) for a in found] == [
        (Decimal(2_300_000), False, True), (Decimal(80), True, False)]
    assert found[0].start == 100 + len("Avustus on noin ")
    # a digit of another script is a digit to \\d too: the short cut must not skip it
    assert [a.value for a in find_amounts("noin ٣٠ euroa")] == [Decimal(30)]


def test_role_noun_compounds_still_assign_roles(gaz: Gazetteer) -> None:
    rows = fact_rows(gaz, "Arjen turva -hankkeen päähakijana toimii Kajaanin kaupunki ja rahoittajana Kainuun liitto.")
    assert has_fact(rows, "municipality/205", "coordinates", "project/")
    assert has_fact(rows, "kainuun-liitto", "funds", "project/")
    assert not has_fact(rows, "municipality/205", "funds", "")


def test_swedish_grant_stem_in() -> None:
    from welfare_kg.extract.relations import _swedish_grant_stem_in

    assert _swedish_grant_stem_in("Projektet har beviljats 50 000 euro.")
    assert _swedish_grant_stem_in("Det MEDFINANSIERAS av EU.")  # any case, inside a longer word
    assert not _swedish_grant_stem_in("Hanketta rahoittaa sosiaali- ja terveysministeriö.")
    assert not _swedish_grant_stem_in("")


def test_swedish_grants_and_joining_cues_still_read(gaz: Gazetteer) -> None:
    text = "Nyhet\n\nKorsholms kommun har beviljat Backby Ungdomsförening rf ett understöd på 2 500 euro.\n"
    rows = fact_rows(gaz, text)
    assert has_fact(rows, "municipality/", "funds", "association/", 2500)
    rows = fact_rows(gaz, "Projektet Trygg vardag finansieras av Inrikesministeriet.")  # an s-passive
    assert has_fact(rows, "ministry/sm", "funds", "")
    rows = fact_rows(gaz, "Arjen turva -hanke alkaa. Kajaanin kaupunki osallistuu hankkeeseen.")
    assert has_fact(rows, "municipality/205", "participatesIn", "project/")
    rows = fact_rows(gaz, "Arjen turva -hanke alkaa. Kajaanin kaupunki järjestää hankkeen päätösseminaarin.")
    assert not has_fact(rows, "municipality/205", "participatesIn", "")

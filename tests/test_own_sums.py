"""Several funders each written with a sum of its own (extract/own_sums.py): in a funders' row and in a sentence
each funder gets the sum right after its name; a row or sentence with other words between gives no sums."""

from __future__ import annotations

from decimal import Decimal

from tests.helpers import extract

PROJECT = "Arjen apu -hanke alkoi keväällä.\n"


def _sums(text: str) -> dict[str, Decimal | None]:
    ex = extract(text)
    return {ex.entities[f.subject].label: f.amount for f in ex.facts
            if f.predicate == "funds" and f.subject in ex.entities and ex.entities[f.object].label == "Arjen apu"}


def test_a_funders_row_gives_each_funder_its_own_sum() -> None:
    got = _sums(PROJECT + "Rahoitus: Pohjois-Savon liitto 80 000 €, Kuopion kaupunki 20 000 €\n")
    assert got == {"Pohjois-Savon liitto": Decimal(80000), "Kuopio": Decimal(20000)}, got


def test_sums_in_brackets_after_each_funder() -> None:
    got = _sums(PROJECT + "Rahoittajat: Pohjois-Savon liitto (80 000 €) ja Kuopion kaupunki (20 000 €)\n")
    assert got == {"Pohjois-Savon liitto": Decimal(80000), "Kuopio": Decimal(20000)}, got


def test_a_sentence_listing_funders_with_their_sums() -> None:
    got = _sums(PROJECT + "Hanketta rahoittavat Pohjois-Savon liitto 80 000 eurolla ja Kuopion kaupunki "
                          "20 000 eurolla.")
    assert got == {"Pohjois-Savon liitto": Decimal(80000), "Kuopio": Decimal(20000)}, got


def test_a_sum_with_a_purpose_between_is_nobody_s_own() -> None:
    got = _sums(PROJECT + "Hanketta rahoittavat Pohjois-Savon liitto ja Kuopion kaupunki, joiden yhteinen "
                          "kokonaisbudjetti on 100 000 euroa vuosille 2024-2026.")
    assert set(got) == {"Pohjois-Savon liitto", "Kuopio"} and not any(got.values()), got


def test_a_second_giver_with_the_verb_left_out_gives_its_own_sum() -> None:
    got = _sums(PROJECT + "Pohjois-Savon liitto myönsi hankkeelle 80 000 euroa ja Kuopion kaupunki 20 000 euroa.")
    assert got == {"Pohjois-Savon liitto": Decimal(80000), "Kuopio": Decimal(20000)}, got


def test_a_second_subject_with_a_verb_of_its_own_gives_nothing() -> None:
    got = _sums(PROJECT + "Pohjois-Savon liitto myönsi hankkeelle 80 000 euroa ja Kuopion kaupunki aikoo hakea "
                          "20 000 euroa.")
    assert "Kuopio" not in got, got


def test_receivers_listed_with_their_sums_are_no_givers_of_each_other() -> None:
    ex = extract("Kuopion kaupunginhallitus on myöntänyt kyläyhdistyksille kohdeavustuksia. Avustusta saivat "
                 "Koivikon Kotiseutuyhdistys ry 600 euroa ja Mäntylän Soutajat ry 900 euroa.")
    givers = {ex.entities[f.subject].type for f in ex.facts if f.predicate == "funds"}
    sums = {ex.entities[f.object].label: f.amount for f in ex.facts if f.predicate == "funds"}
    assert givers == {"Body"}, givers
    assert sums == {"Koivikon Kotiseutuyhdistys ry": Decimal(600), "Mäntylän Soutajat ry": Decimal(900)}, sums

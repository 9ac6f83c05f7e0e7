"""Passive grants whose receiver is a kind word or a relative pronoun: short texts of our own, each shape once where it
must fire and once where a look-alike must not."""

from __future__ import annotations

from tests.helpers import fact_rows as run
from tests.helpers import has_fact as has
from welfare_kg.extract import anaphor_receivers  # noqa: F401  the module registers its rule when imported
from welfare_kg.extract.gazetteer import Gazetteer
from welfare_kg.extract.relations import RULES

HEADLINE = "Maakuntahallitus myönsi alueen järjestöille avustuksia 90 000 euroa.\n\n"


def _rule(facts: list) -> list:
    return [f for f in facts if f[4] == "funds:anaphor-receiver"]


def test_the_rule_is_registered_once() -> None:
    assert [r.name for r in RULES].count("funds:anaphor-receiver") == 1


def test_a_kind_word_after_the_receiver_s_own_sentence_gets_the_granter_s_money(gaz: Gazetteer) -> None:
    facts = run(gaz, HEADLINE + "Avustuksia haettiin enemmän kuin ennen. Ylikylän Kotiseutuyhdistys ry haki 3 000 "
                                "euroa. Yhdistykselle myönnettiin 4 500 euroa.")
    assert has(facts, "maakuntahallitus", "funds", "ylikylan-kotiseutuyhdistys", 4500)


def test_a_relative_clause_after_the_name_gives_the_grant_to_that_name(gaz: Gazetteer) -> None:
    facts = run(gaz, HEADLINE + "Poikkeus oli Alakylän Nuorisoseura ry, jolle myönnettiin tänä vuonna 2 500 euroa, "
                                "mikä on 500 euroa enemmän kuin viime vuonna.")
    assert has(facts, "maakuntahallitus", "funds", "alakylan-nuorisoseura", 2500)


def test_two_of_the_kind_before_or_no_granter_named_give_nothing(gaz: Gazetteer) -> None:
    facts = run(gaz, HEADLINE + "Ylikylän Kotiseutuyhdistys ry ja Alakylän Nuorisoseura ry hakivat 3 000 euroa. "
                                "Yhdistykselle myönnettiin 4 500 euroa.")
    assert not _rule(facts)
    facts = run(gaz, "Avustuksia haettiin enemmän kuin ennen. Ylikylän Kotiseutuyhdistys ry haki 3 000 euroa. "
                     "Yhdistykselle myönnettiin 4 500 euroa.")
    assert not _rule(facts)


def test_a_granter_far_back_with_no_grant_talk_between_is_out_of_focus(gaz: Gazetteer) -> None:
    filler = " ".join(f"Kokouksessa käsiteltiin myös asiaa {k}." for k in range(1, 7))
    facts = run(gaz, HEADLINE + filler + " Ylikylän Kotiseutuyhdistys ry järjestää kesäjuhlat. Yhdistykselle "
                                         "myönnettiin 4 500 euroa.")
    assert not _rule(facts)


LETTER = ("Päätös\n12.5.2021\n41/100/2021\nYlikylän Kotiseutuyhdistys ry\n\nAsia\n\nVALTIONAVUSTUSPÄÄTÖS\n\n"
          "Taustaa\n\nAvustuksia haettiin toukokuussa kylien kehittämiseen. Hakemuksia saapui kaikkiaan 40 kpl. "
          "Haettu määrä oli 900 000 euroa. Avustuksiin käytettävä määräraha oli noin 300 000 euroa.\n\n"
          "Päätös\n\n")


def test_a_grant_decision_funds_the_applicant_its_letter_is_addressed_to(gaz: Gazetteer) -> None:
    facts = run(gaz, LETTER + "Opetushallitus myöntää avustusta hankkeelle 18 400 €.")
    assert has(facts, "opetushallitus", "funds", "ylikylan-kotiseutuyhdistys", 18400)


def test_a_letter_naming_another_receiver_or_a_hedged_sum_gives_no_addressee_grant(gaz: Gazetteer) -> None:
    facts = run(gaz, LETTER + "Hanketta toteuttaa Alakylän Nuorisoseura ry. Opetushallitus myöntää avustusta "
                              "hankkeelle 18 400 €.")
    assert not [f for f in facts if f[4] == "funds:addressee"]
    facts = run(gaz, LETTER + "Opetushallitus myöntää avustusta hankkeelle enintään 18 400 €.")
    assert not [f for f in facts if f[4] == "funds:addressee"]

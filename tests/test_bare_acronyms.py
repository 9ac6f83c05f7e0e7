"""An acronym that is no label of its own ("EU") names the actor only when it stands alone as a word, and a
joint authority's name found by its head word does not swallow the list item before it (invented sentences)."""

from __future__ import annotations

import pytest
from helpers import found

from welfare_kg.extract.entities import Recogniser


@pytest.mark.parametrize("text", [
    "Verksamheten finansieras av EU och staten.",
    "Kehittämistyötä rahoittaa EU.",
    "Projekten finansieras av kommunerna och EU:",
])
def test_a_lone_eu_is_the_union(recogniser: Recogniser, text: str) -> None:
    assert ("Agency", "agency/euroopan-unioni", "EU") in found(recogniser, text), found(recogniser, text)


@pytest.mark.parametrize("text", [
    "Kunta haki EU-rahoitusta uudelle kylätalolle.",
    "Hanke on EU:n osarahoittama.",
    "Ryhmä valmisteli EU-hankkeen hakemuksen.",
    "Rahoitusta saatiin EU:lta kahdeksi vuodeksi.",
])
def test_eu_in_compounds_and_cases_is_no_actor(recogniser: Recogniser, text: str) -> None:
    assert not [m for m in found(recogniser, text) if m[1] == "agency/euroopan-unioni"], found(recogniser, text)


def test_a_joint_authority_does_not_take_the_place_listed_before_it(recogniser: Recogniser) -> None:
    # a list of members in a table row: the last municipality is no word of the joint authority's name
    text = "Jäsenet Teuva Vimpeli Ähtäri Kuusijärven vammaispalvelujen kuntayhtymä Etelä-Pohjanmaan liitto"
    got = found(recogniser, text)
    assert ("Municipality", "municipality/989", "Ähtäri") in got, got
    assert ("JointAuthority", None, "Kuusijärven vammaispalvelujen kuntayhtymä") in got, got


def test_a_place_genitive_still_opens_a_joint_authority_name(recogniser: Recogniser) -> None:
    got = found(recogniser, "Sopimus tehtiin Lohjan seudun kuntayhtymän kanssa.")
    assert [m for m in got if m[0] == "JointAuthority" and m[2].startswith("Lohjan seudun kuntayhtymä")], got


def test_a_known_short_name_in_the_genitive_that_voikko_misreads(recogniser: Recogniser) -> None:
    # Voikko reads "Posken" as the genitive of "poski" (cheek); the name is the competence centre's
    got = found(recogniser, "Lisätietoa saa Posken verkkosivuilta.")
    assert ("CompetenceCentre", "competence-centre/poske", "Posken") in got, got


def test_a_common_word_with_a_capital_stays_a_common_word(recogniser: Recogniser) -> None:
    assert not [m for m in found(recogniser, "Poskien punoitus ja Posket ovat aiheena.") if m[1]], \
        found(recogniser, "Poskien punoitus ja Posket ovat aiheena.")

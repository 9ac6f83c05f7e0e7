"""First names from DVV's first-name statistics (data/first_names.csv) where Voikko reads the name as a common
noun or does not know it.

Sentences and lists written for these tests; the names are invented pairs of common first names and surnames.
"""

from __future__ import annotations

import pytest

from tests.helpers import MORPH, needs_voikko_for, person_labels
from welfare_kg.extract.first_names import first_names, listed_first_name
from welfare_kg.extract.people import is_first_name


def people(text: str) -> set[str]:
    return person_labels(text, kind="news")


def test_table_holds_names_voikko_misses() -> None:
    names = first_names()
    assert isinstance(names, frozenset) and len(names) > 3000
    # Finnish names that are common nouns, and Swedish or newer names
    assert {"Tina", "Satu", "Aino", "Tuuli", "Malin", "Linnea", "Elin", "Johan", "Mats", "Varpu"} <= names


def test_lookup_wants_the_capital() -> None:
    assert listed_first_name("Tina")
    assert not listed_first_name("tina")  # the metal
    assert not listed_first_name("TINA")
    assert not listed_first_name("Hankkeessa")


@needs_voikko_for("Voikko reads 'Tina' as a common noun; the table makes it a first name")
@pytest.mark.parametrize(("text", "expected"), [
    # "Tina" is tin to Voikko; a surname it does not know follows
    ("Tina Kallunki kertoo hankkeesta.", "Tina Kallunki"),
    ("Hankkeessa työskentelevät Tina Kallunki ja Tuuli Hakomäki.", "Tina Kallunki"),
    # a Swedish list: the first name before a surname Voikko knows
    ("Tina Lindqvist, Emma Blomqvist och Mats Sundqvist deltog.", "Tina Lindqvist"),
])
def test_table_first_name_before_a_surname(text: str, expected: str) -> None:
    assert expected in people(text)


@needs_voikko_for("the list rows need Voikko's readings of the surnames")
def test_surname_first_list_rows() -> None:
    # "Surname Given, title" rows: the table says which word is the given name, so the label is turned round
    text = ("Ohjausryhmään kuuluvat:\n\n"
            " • Koskela Annukka, kulttuurijohtaja, Vantaa\n"
            "  • varajäsen: Lindholm Tina, hallintopäällikkö, Kauniainen\n"
            " • Hakala Piia, johtaja, Espoo\n"
            "  • varajäsen: Kallio Milena, koordinaattori, Espoo\n")
    labels = people(text)
    assert {"Tina Lindholm", "Milena Kallio"} <= labels
    assert not {"Lindholm Tina", "Kallio Milena"} & labels


def test_list_rule_accepts_table_names() -> None:
    assert is_first_name("Tina", MORPH)
    assert is_first_name("Malin", MORPH)
    assert not is_first_name("Hallintopäällikkö", MORPH)


@needs_voikko_for("the common-word readings are Voikko's")
@pytest.mark.parametrize("text", [
    # names that are common words at a sentence start, with no surname after them
    "Onni löytyy arjesta. Satu kertoo pienestä karhusta.",
    "Tina on metalli, jota käytetään juottamisessa.",
    "Aamu alkoi sateisena. Usko tulevaisuuteen on vahva.",
    "Eli Kokkolassa asuu paljon ruotsinkielisiä.",
])
def test_common_words_stay_no_person(text: str) -> None:
    assert people(text) == set()

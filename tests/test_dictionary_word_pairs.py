"""Two capitalised words of a heading or a department column are nobody (extract/people.py
`dictionary_word_pair`): no word of the pair is a given name and the given name's place holds a dictionary word.
All names are invented."""

from __future__ import annotations

import pytest

from tests.helpers import needs_voikko
from welfare_kg.extract.model import Mention
from welfare_kg.extract.people import dictionary_word_pair

pytestmark = needs_voikko


def person(label: str) -> Mention:
    return Mention(start=0, end=len(label), surface=label, label=label, type="Person")


@pytest.mark.parametrize("label", ["Terveys Sosiaali", "Hallinto Perusturva", "Ympäristö Rakentaminen"])
def test_a_dictionary_word_in_the_given_names_place_is_nobody(label: str) -> None:
    assert dictionary_word_pair(person(label))


@pytest.mark.parametrize("label", [
    "Matti Virtala",  # a register's given name
    "Danne Ruotsalainen",  # a given name the register lacks, before a surname that is a dictionary word
    "Albana Mustafi",  # a given name Voikko reads as an inflected noun
])
def test_a_name_with_a_given_name_stays(label: str) -> None:
    assert not dictionary_word_pair(person(label))



def test_a_surname_first_row_keeps_its_dictionary_word_surname() -> None:
    """"Terveys Sosiaali" read surname first puts the dictionary word in the surname's place, as in "Ruotsalainen
    Danne": the rule cannot tell them apart, and keeps both."""
    assert not dictionary_word_pair(person("Sosiaali Terveys"))

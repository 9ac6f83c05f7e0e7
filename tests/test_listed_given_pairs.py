"""A first name of DVV's statistics that Voikko does not read as one, before a surname Voikko reads also as
something else (extract/listed_given_pairs.py). All names and sentences are invented."""

from __future__ import annotations

import pytest

from tests.helpers import MORPH, entity_labels, needs_voikko
from welfare_kg.extract.listed_given_pairs import listed_given_pair, surname_shaped
from welfare_kg.extract.text import tokenize

pytestmark = needs_voikko


def people(text: str) -> set[str]:
    return entity_labels(text, "Person")


@pytest.mark.parametrize(("text", "label"), [
    # an unknown given name, a surname that is also a common noun
    ("Sopimuksen allekirjoitti Clas Kunnas Tuusulan kunnan puolesta.", "Clas Kunnas"),
    # a given name that is also a common word, a surname that is also a grove
    ("• Arvo Lehto, eläkkeellä oleva professori, hallituksen jäsen", "Arvo Lehto"),
    # a surname Voikko reads as a participle ("tuoda")
    ("Upplysningar ger specialexpert Yngve Tuominen, familjetjänster.", "Yngve Tuominen"),
    # a landform compound read as a common noun
    ("Ohjausryhmään kuuluvat Usko Kytösaari, Maari Hirvilahti ja Viggo Liuksa.", "Usko Kytösaari"),
    ("Ohjausryhmään kuuluvat Usko Kytösaari, Maari Hirvilahti ja Viggo Liuksa.", "Maari Hirvilahti"),
    # a surname that is also a former municipality's name
    ("Puhujana on johtoryhmän puheenjohtaja Marek Lehtimäki.", "Marek Lehtimäki"),
    # a plain noun after a given name no Finnish word reads as
    ("Kuntaministeri Kristine Tölli myönsi avustusta kolmelle kunnalle.", "Kristine Tölli"),
])
def test_a_listed_first_name_before_a_surname_with_other_readings(text: str, label: str) -> None:
    assert label in people(text)


@pytest.mark.parametrize("text", [
    "Usko Tulevaisuuteen oli seminaarin otsikko.",  # a common word, then a noun in the illative
    "Arvo Sairaala ei ole kenenkään nimi.",  # at the opening a common word needs a plain surname
    "Eli Kunnas ei ole nimi tässä.",  # a function word ("that is") is never taken for a given name
])
def test_common_words_stay_words(text: str) -> None:
    found = people(text)
    assert not any(label.startswith(text.split()[0] + " ") for label in found)


def test_surname_shapes() -> None:
    assert surname_shaped("Kunnas", MORPH) == (True, True)  # a surname and a common noun
    assert surname_shaped("Kytösaari", MORPH)[0]  # a landform compound
    assert not surname_shaped("Kuopiossa", MORPH)[0]  # an inflected place
    assert not surname_shaped("Maria", MORPH)[0]  # a second given name is another rule's


def test_the_pair_needs_the_listed_name_and_its_context() -> None:
    toks = tokenize("Arvo Lehto")
    assert listed_given_pair(toks[0], toks[1], None, MORPH)  # a known surname even at the opening
    toks = tokenize("Kirsikka Pesu")
    assert not listed_given_pair(toks[0], toks[1], None, MORPH)  # a common word before a noun that is no surname
    toks = tokenize("Pekka Lehto")
    assert not listed_given_pair(toks[0], toks[1], None, MORPH)  # Voikko's own given name: the sentence rule's


def test_a_surname_voikko_also_reads_as_a_verb_form() -> None:
    """"Lehtinen" is also a verb's potential to Voikko: its surname reading in the nominative decides."""
    assert "Bernt Lehtinen" in people("Kustavin kunta Y-tunnus 0134349-4 Bernt Lehtinen Keskustie 7 23360 Kustavi")


def test_a_given_name_that_ends_like_a_street_is_no_street() -> None:
    """"Vihtori", "Nestori" end in "tori" (a market square), as street names do; they are given names."""
    assert "Vihtori Rivinoja" in people("Pöytäkirjan laati toimistosihteeri Vihtori Rivinoja.")
    assert "Nestori Lahtela-Kivioja" in people("Pöytäkirjan laati toimistosihteeri Nestori Lahtela-Kivioja.")

"""Surnames that are also common nouns, inflected or beside a title (extract/entities.py `_people`).

All names are invented."""

from __future__ import annotations

import pytest

from tests.helpers import entity_labels, needs_voikko

pytestmark = needs_voikko


def people(text: str) -> set[str]:
    return entity_labels(text, "Person")


@pytest.mark.parametrize(("text", "label"), [
    ("Kunnanhallitus valitsi edustajaksi Marja Ylitalon.", "Marja Ylitalo"),
    ("Päätös lähetetään tiedoksi Pekka Ylitalolle.", "Pekka Ylitalo"),
    ("Raine Mäntysalo, johtaja, esitteli asian.", "Raine Mäntysalo"),
])
def test_a_common_noun_surname_after_a_first_name(text: str, label: str) -> None:
    assert label in people(text)


@pytest.mark.parametrize("text", [
    "Anna Palautetta meille verkossa!",  # a verb, then a noun
    "Vuoden 2008 Häme-päivä Vuoden 2008 talousarvio",  # a compound noun, a year's genitive
    "Toivo Kunnan tulevaisuudesta on suuri.",  # a common word opening the sentence
])
def test_verbs_compounds_and_sentence_openers_make_no_person(text: str) -> None:
    assert not people(text)


def test_a_nominative_that_reads_as_a_partitive_is_not_cut() -> None:
    assert "Tony Asuma" not in people("Läsnä olivat Tony Asumaa ja Eva Holm.")


def test_a_surname_read_as_a_verb_or_a_partitive_keeps_its_written_form() -> None:
    """"Sido" reads to Voikko only as a verb ("sitoa"), "Louhimaa" only as the partitive of a "louhima": after a
    first name and a title both are surnames as written."""
    assert "Martta Sido" in people("Päätöksen teki sosiaalijohtaja Martta Sido.")
    assert "Karri Louhimaa" in people("Hankkeen vetäjänä on toiminut projektivastaava Karri Louhimaa.")
    assert "Ville Vastamäki" in people("Asiaa esitteli kehittämispäällikkö Ville Vastamäen.")

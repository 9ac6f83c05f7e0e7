"""The order of a name read outside a voted block of names (extract/name_order.py) and common first names before
an inflected place (Recogniser._word_at_place).

Rows and sentences written for these tests; the names are invented pairs of common first names and surnames.
"""

from __future__ import annotations

import pytest

from tests.helpers import MORPH, entity_label_sets, needs_voikko_for, person_labels
from welfare_kg.extract.name_order import given_name, surname_first_pair


@needs_voikko_for("Voikko's surname and given-name tags decide the order")
@pytest.mark.parametrize(("first", "last", "expected"), [
    ("Salonen", "Milena", True),  # Voikko reads "Salonen" only as a surname
    ("Virtanen", "Matti", True),
    ("Gran", "Nina", True),  # a surname nobody's lexicon holds, then a first name
    ("Matti", "Virtanen", False),  # already first name first
    ("Mikko", "Kari", False),  # two first names: the written order stands
    ("Anna-Maija", "Aalto", False),  # a hyphenated first name first
    ("Virtanen", "Salonen", False),  # no first name at all
    ("Gran", "nina", False),  # a lower-case word is no name
])
def test_pair_order(first: str, last: str, expected: bool) -> None:
    assert surname_first_pair(first, last, MORPH) is expected


def test_hyphenated_given_name_by_its_first_part() -> None:
    assert given_name("Anna-Maija", MORPH)
    assert not given_name("Hankkeessa", MORPH)


@needs_voikko_for("Voikko reads 'Liisa' and 'Matti' only as given names")
def test_a_given_name_before_an_agency_s_short_name_that_is_a_surname_is_a_person() -> None:
    text = "Puheenjohtajana toimi Matti Keva ja sihteerinä Liisa Kela. Kela rahoittaa hanketta."
    people = person_labels(text, kind="news")
    assert {"Matti Keva", "Liisa Kela"} <= set(people)
    agencies = entity_label_sets(text, "Agency", "news").values()
    assert any("Kela" in ls for ls in agencies)  # the bare name in its own sentence stays the agency
    assert not any("Keva" in ls for ls in agencies)


@needs_voikko_for("Voikko reads 'Nina' as a given name")
@pytest.mark.parametrize("text", [
    "Paikalla oli Gran Nina, puheenjohtaja.",
    "Läsnä: Gran Nina, puheenjohtaja",
])
def test_surname_first_in_running_text_is_labelled_first_name_first(text: str) -> None:
    people = person_labels(text, kind="minutes")
    assert "Nina Gran" in people
    assert "Gran Nina" not in people


@needs_voikko_for("Voikko reads 'Salonen' as a surname")
def test_rows_keep_their_layout_order() -> None:
    rows = "Läsnä:\nSalonen Milena, koordinaattori\nVirtanen Matti jäsen\nKoskinen Aila varajäsen"
    assert {"Milena Salonen", "Matti Virtanen", "Aila Koskinen"} <= person_labels(rows, kind="minutes")


@needs_voikko_for("Voikko reads 'ilta', 'toivo', 'onni' as common nouns and the places in their local cases")
@pytest.mark.parametrize("text", [
    "Ilta Pohjanmaalla oli kaunis.",
    "Kokous pidettiin. Toivo Helsingissä on suuri.",
    "Onni Suomessa kesti pitkään.",
])
def test_common_word_before_an_inflected_place_is_no_person(text: str) -> None:
    assert person_labels(text, kind="news") == set()


@needs_voikko_for("Voikko reads 'Eero' only as a given name")
def test_a_given_name_before_a_place_surname_stays_a_person() -> None:
    assert "Eero Joensuu" in person_labels("Puheenjohtajana toimi Eero Joensuu.", kind="news")


@needs_voikko_for("Voikko reads 'Nina' as a given name")
def test_the_written_surname_first_order_stays_a_name_of_the_person() -> None:
    labels = [ls for ls in entity_label_sets("Paikalla oli Gran Nina, puheenjohtaja.", "Person", "minutes").values()
              if "Nina Gran" in ls]
    assert labels and "Gran Nina" in labels[0]
    plain = entity_label_sets("Paikalla oli Nina Gran, puheenjohtaja.", "Person", "minutes").values()
    assert any(ls == {"Nina Gran"} for ls in plain)

"""A person's whole name past the two words the sentence rule reads (extract/person_extents.py).

All names are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import MORPH, needs_voikko, record
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.model import Extraction
from welfare_kg.extract.person_extents import surname_like
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def extraction(text: str) -> Extraction:
    return extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt"))


def people(text: str) -> set[str]:
    return {e.label for e in extraction(text).entities.values() if e.type == "Person"}


@pytest.mark.parametrize(("text", "label"), [
    ("Mötet protokollfördes av Ann-Sofi Karlsson Fernberg, facklig representant för Kommunal.",
     "Ann-Sofi Karlsson Fernberg"),
    ("Yhteyshenkilönä toimii kehittämispäällikkö Lise-Lott Nyström Hedqvist, Pargas stad.",
     "Lise-Lott Nyström Hedqvist"),
    ("Närvarande var Eva Lindholm Sandvik (S) och Per Ek (M).", "Eva Lindholm Sandvik"),
])
def test_a_second_surname_joins_the_name(text: str, label: str) -> None:
    assert label in people(text)


def test_the_second_surname_is_no_employer_of_the_shortened_name() -> None:
    ex = extraction("Yhteyshenkilönä toimii kehittämispäällikkö Lise-Lott Nyström Hedqvist, Pargas stad.")
    assert not any(e.label == "Hedqvist" for e in ex.entities.values())
    assert "Lise-Lott Nyström" not in {e.label for e in ex.entities.values()}


@pytest.mark.parametrize(("text", "label"), [
    ("Kokouksessa olivat Anna Holm Närpes, Per Berg Kommunal.", "Anna Holm"),  # a place, an unknown word
    ("Toimitusjohtaja Risto Pelkonen Vesikolmio, rehtori Kari Ristimäki Centria ja muut.", "Risto Pelkonen"),
    ("Puheenjohtaja Matti Virtanen Helsinki avasi kokouksen.", "Matti Virtanen"),  # no end of the name
])
def test_a_place_an_organisation_or_a_running_word_stays_outside(text: str, label: str) -> None:
    assert label in people(text)


def test_surname_like_words() -> None:
    assert surname_like("Hedberg", MORPH) and surname_like("Jansson", MORPH) and surname_like("Fernberg", MORPH)
    assert not surname_like("Helsinki", MORPH) and not surname_like("Kommunal", MORPH)
    assert not surname_like("Vesikolmio", MORPH) and not surname_like("Ledamot", MORPH)


def test_a_name_broken_over_two_rows_of_a_table_is_one_person() -> None:
    found = people("Ersättare\nKjell Englund (C)X\nBörje\nSelander (C)\nFrida Stål (M)X\nSiv\nHammar\nAnna Ek (L)")
    assert {"Börje Selander", "Siv Hammar", "Frida Stål"} <= found


def test_surname_first_rows_stay_their_own_people() -> None:
    """Attendance rows write two words a line, surname first: no row's first name joins the next row."""
    assert people("Läsnä:\nArvila Tuija\nElomaa Jari\nHelminen Harri") == {"Tuija Arvila", "Jari Elomaa",
                                                                          "Harri Helminen"}


@pytest.mark.parametrize("text", [
    "Kokous\nAnna\nPuheenjohtaja",  # a role's word under a first name
    "Ohjelma\nToivo\nSuomi",  # a common word and a place
])
def test_a_first_name_over_a_role_or_a_place_is_nobody(text: str) -> None:
    assert not people(text)


@pytest.mark.parametrize(("text", "label"), [
    ("Det påpekar föreningens ordförande Olav Brendin.", "Olav Brendin"),
    ("Projektgruppen: Angelika Stenlin, Mats Enbom och Sofia Kvarn.", "Angelika Stenlin"),
])
def test_a_first_name_and_a_closing_unknown_surname_are_a_person(text: str, label: str) -> None:
    """Voikko guesses the unknown surname to be some word's genitive; a comma or full stop after it says no."""
    assert label in people(text)


@pytest.mark.parametrize("text", [
    "Matti Virtasen mukaan hanke etenee.",  # a genitive before its head
    "Ohjelma Kuntaliitto, Helsinki.",  # no first name
])
def test_no_unknown_surname_person_without_a_first_name_or_before_a_head(text: str) -> None:
    assert not any(p.endswith(("Virtasen", "Kuntaliitto")) for p in people(text))


@pytest.mark.parametrize(("text", "label"), [
    ("Kontaktperson är Ulrika Hagelin.", "Ulrika Hagelin"),
    ("Lisätietoja: Pirjo Sjödin, puh. 040 123 4567", "Pirjo Sjödin"),
    ("Närvarande var Kaj Ekdin (SFP) och andra.", "Kaj Ekdin"),
])
def test_a_closed_name_keeps_its_written_in_ending(text: str, label: str) -> None:
    """extract/person_forms.py: "-in" after a consonant was cut as a genitive ending; a comma, a bracket or the
    sentence's end after the name says nominative."""
    assert label in people(text)


def test_a_genitive_before_its_head_still_takes_the_base_form() -> None:
    assert "Pirjo Hagel" in people("Asiasta sovittiin Pirjo Hagelin kanssa.")


def test_a_speakers_surname_in_s_before_a_swedish_verb_keeps_its_s() -> None:
    """extract/person_forms.py: "-s" before a word Voikko cannot read was cut as a Swedish genitive."""
    assert "Mikael Grannas" in people("Ingå kommuns kommundirektör Mikael Grannas säger att beslutet är bra.")
    assert "Peter Albäck" in people("Det framgår av Peter Albäcks besvär.")


def test_a_surname_hyphenated_at_a_line_break_is_one_word() -> None:
    """"Viro-kannas": a PDF broke the surname at a line's end and the hyphen stayed; its lower-case rest is no
    second surname, so the name is the word rejoined, found or relabelled."""
    assert "Tuula Virokannas" in people("• Vanhuuden palvelut (VAPA), Itä-Suomen yliopisto, Tuula Viro-kannas, "
                                        "120 000 euroa")
    assert "Marja Kiviniemi" in people("Hankkeen johtaja Marja Kivi-niemi kertoi tuloksista.")
    assert "Marja Kivelä-Laaksonen" in people("Hankkeen johtaja Marja Kivelä-Laaksonen kertoi tuloksista.")


@needs_voikko
def test_two_given_names_then_a_registered_surname_that_is_also_a_place() -> None:
    """"Anna Kaarina Mattila": the middle name is a town's too (Kaarina), the surname a village's (Mattila); the
    register and Voikko both know "Mattila" as a surname, so the third word closes the name."""
    ex = extract_document(record("Tiedote\n\nHankkeessa työskentelivät Anna Kaarina Mattila, Veikko Ranta ja "
                                 "Outi Salo.\n", kind="news"))
    people = {e.label for e in ex.entities.values() if e.type == "Person"}
    assert "Anna Kaarina Mattila" in people and "Anna Kaarina" not in people

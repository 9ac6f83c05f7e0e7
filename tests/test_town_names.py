"""Surnames that Voikko knows only as places (extract/town_names.py, extract/people.py `_only_place`).

A joint meeting's attendance run into one line writes each member's town after the role, so a town's name
stands right before the next member's name: a village's name that is a register surname ("Mäkelä") is the
member's surname, a municipality's name is the town. The minutes are invented for these tests."""

from __future__ import annotations

from helpers import MORPH, needs_voikko

from welfare_kg.extract.people import listed_people
from welfare_kg.extract.town_names import town_names


def test_town_names_hold_municipalities_in_both_languages() -> None:
    names = town_names()
    assert {"Nurmijärvi", "Kuopio", "Vasa", "Vaasa"} <= names
    assert "Mäkelä" not in names


@needs_voikko
def test_a_register_surname_voikko_reads_as_a_place_is_the_member_s_surname() -> None:
    text = ("KUUMA-hallitus\nPÖYTÄKIRJA 1/2007\n\nLÄSNÄ Veikko Ranta Kv:n puheenjohtaja Nurmijärvi Outi Mäkelä "
            "Kh:n puheenjohtaja Nurmijärvi Pentti Lahti Kv:n puheenjohtaja Pornainen\n\n1 § Avaus\n")
    people = [p.label for p in listed_people(text, MORPH)]
    assert "Outi Mäkelä" in people
    assert not any("Nurmijärvi" in p for p in people)

"""A region's or sub-region's genitive that closes one field of a card is no lead-in of the towns the next field
lists ("Seutukunnat: A:n, B:n" over "Kunnat: X, Y"): the towns are the card's, not the last area's members. A
sentence wrapped after the genitive ("Kainuun\nkunnat A, B ja C") still names the region's towns."""

from __future__ import annotations

from helpers import ID
from helpers import fact_pairs as _facts

KAINUU = ID + "region/18"
KAJAANI, SOTKAMO, KUHMO = (ID + "municipality/" + c for c in ("205", "765", "290"))


def test_a_town_field_under_an_area_field_makes_no_members() -> None:
    part = _facts("Hankkeen alue: Pohjois-Savon ja Kainuun\n\nKunnat: Kajaani, Sotkamo ja Kuhmo\n", "partOf")
    assert not {(t, KAINUU) for t in (KAJAANI, SOTKAMO, KUHMO)} & part


def test_a_town_label_on_the_next_line_makes_no_members_either() -> None:
    part = _facts("Toiminta-alue: Pohjois-Savon ja Kainuun\nKunnat: Kajaani, Sotkamo ja Kuhmo\n", "partOf")
    assert not {(t, KAINUU) for t in (KAJAANI, SOTKAMO, KUHMO)} & part


def test_a_wrapped_sentence_keeps_the_regions_towns() -> None:
    part = _facts("Kainuun\nkunnat Kajaani, Sotkamo ja Kuhmo tekevät yhteistyötä.", "partOf")
    assert {(KAJAANI, KAINUU), (SOTKAMO, KAINUU), (KUHMO, KAINUU)} <= part

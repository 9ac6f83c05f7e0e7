"""A "Surname Firstname role" row a line whose surname Voikko also reads as a word ("Koski": a rapid, and a form
of the verb "koskea"), extract/people.py `_surname_before_given`.

The minutes are invented for these tests: invented people, one joint authority of the reference data.
"""

from __future__ import annotations

from helpers import MORPH, needs_voikko, post_rows

from welfare_kg.extract.people import listed_people


def _minutes(rows: str) -> str:
    return ("Perusturvakuntayhtymä Karviainen\nYhtymähallitus\nPÖYTÄKIRJA 3/2020\n\nLäsnä\n" + rows
            + "\n1 § Kokouksen avaus\n\nPuheenjohtaja avasi kokouksen.\n")


@needs_voikko
def test_a_row_opening_with_a_surname_that_is_also_a_word() -> None:
    text = _minutes("Virtanen Matti puheenjohtaja\nKoski Sari hallintolakimies sihteeri\nSalo Pekka talousjohtaja\n")
    assert [p.label for p in listed_people(text, MORPH)] == ["Matti Virtanen", "Sari Koski", "Pekka Salo"]
    assert ("Sari Koski", "hallintolakimies", "Perusturvakuntayhtymä Karviainen") in post_rows(text)


@needs_voikko
def test_a_word_that_is_no_surname_of_the_register_stays_out() -> None:
    text = _minutes("Virtanen Matti puheenjohtaja\nKoskien Sari hallintolakimies\nSalo Pekka talousjohtaja\n")
    assert "Sari Koskien" not in [p.label for p in listed_people(text, MORPH)]

"""A Swedish double surname without a hyphen in a "Name, title" row (thirty-first session, recall audit of fresh
Swedish pages).

The rows are written for these tests: invented officials of an invented municipality. "Emma Nordebo Snygg,
gatuchef" and "Ulrica Swärd Bütikofer, nämndsekreterare" were read as "Emma Nordebo" and "Ulrica Swärd" with the
second surname opening the role, so the title after the comma was lost (extract/people.py `_second_surname`). A
surname-first row whose employer follows the name ("Härkönen Kerttu Luontopalvelut, puistonjohtaja") keeps its
reading.
"""

from __future__ import annotations

from helpers import MORPH, needs_voikko, post_rows

from welfare_kg.extract.people import listed_people

_TEXT = ("Björkviks kommun\nBeslutande Anna Lind (S) Övriga deltagande Nils Berg, kommunchef, 158 Emma Nordebo "
         "Snygg, gatuchef, 141 Malin Fundin, utredare, 143 Ulrica Swärd Bütikofer, nämndsekreterare Utses att "
         "justera Anna Lind\n")


@needs_voikko
def test_a_second_surname_before_the_rows_comma_is_the_names() -> None:
    labels = {p.label for p in listed_people(_TEXT, MORPH)}
    assert {"Emma Nordebo Snygg", "Ulrica Swärd Bütikofer"} <= labels, labels
    rows = post_rows(_TEXT)
    assert ("Emma Nordebo Snygg", "gatuchef", "Björkviks kommun") in rows, rows
    assert ("Ulrica Swärd Bütikofer", "nämndsekreterare", "Björkviks kommun") in rows, rows


@needs_voikko
def test_a_surname_first_rows_employer_is_no_surname() -> None:
    text = "Läsnä Härkönen Kerttu Luontopalvelut, puistonjohtaja Virtanen Pekka puheenjohtaja\n"
    labels = {p.label for p in listed_people(text, MORPH)}
    assert not any("Luontopalvelut" in label for label in labels), labels

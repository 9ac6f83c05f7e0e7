"""Seats a page about its own organisation fills in the translative without saying whose ("Puheenjohtajaksi
valittiin A", "hallitus valitsi sihteerikseen B ja varapuheenjohtajaksi C"): extract/posts.py `appointment_facts`.

The page is invented for these tests (an invented society and invented people).
"""

from __future__ import annotations

from helpers import needs_voikko, post_rows

_PAGE = ("Vesalan Kylät ry:n historiaa\n\nVesalan Kylät ry on perustettu Kylämäen kylässä vuonna 1997. "
         "Puheenjohtajaksi valittiin {a} Kylämäeltä. Perustamiskokouksen jälkeen hallitus järjestäytyi ja valitsi "
         "sihteerikseen {b} ja varapuheenjohtajaksi {c}. Kokouksen puheenjohtajaksi valittiin {d}.\n")


def _seats(text: str) -> set[tuple[str, str, str]]:
    return {(s, p, o) for s, p, o in post_rows(text, kind="news")}


@needs_voikko
def test_bare_seats_on_a_society_s_own_page_are_its_own() -> None:
    rows = _seats(_PAGE.format(a="Veikko Ranta", b="Aino Mäen", c="Kalle Niemen", d="Eero Salo"))
    assert ("Veikko Ranta", "puheenjohtaja", "Vesalan Kylät ry") in rows
    assert ("Aino Mäki", "sihteeri", "Vesalan Kylät ry") in rows
    assert ("Kalle Niemi", "varapuheenjohtaja", "Vesalan Kylät ry") in rows
    # a seat a genitive qualifies is the meeting's, not the society's
    assert not any(s == "Eero Salo" for s, _, _ in rows)


@needs_voikko
def test_other_names_the_same() -> None:
    rows = _seats(_PAGE.format(a="Outi Salo", b="Pentti Lahden", c="Jaana Kiven", d="Sami Heino"))
    assert {s for s, _, o in rows if o == "Vesalan Kylät ry"} == {"Outi Salo", "Pentti Lahti", "Jaana Kivi"}


@needs_voikko
def test_a_page_whose_title_names_no_organisation_reads_no_owner() -> None:
    text = _PAGE.replace("Vesalan Kylät ry:n historiaa", "Kylien historiaa").replace(
        "Vesalan Kylät ry on perustettu Kylämäen kylässä vuonna 1997. ",
        "Kylätoiminta alkoi vuonna 1997. " + "Kylissä tehtiin paljon työtä talkoilla. " * 5
        + "Vesalan Kylät ry perustettiin. ")
    rows = _seats(text.format(a="Veikko Ranta", b="Aino Mäen", c="Kalle Niemen", d="Eero Salo"))
    assert not any(p == "puheenjohtaja" and s == "Veikko Ranta" for s, p, _ in rows)

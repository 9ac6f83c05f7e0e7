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


_REPORT = ("Harjulan Kyläseura ry:n vuosikertomus\n\nHarjulan Kyläseura ry on perustettu vuonna 1988. "
           "{kind} puheenjohtajaksi valittiin Ville Koivu. Kevään kokous pidettiin kylätalolla.\n")


@needs_voikko
def test_the_own_kind_word_before_a_seat_names_the_page_s_organisation() -> None:
    rows = _seats(_REPORT.format(kind="Yhdistyksen"))
    assert ("Ville Koivu", "puheenjohtaja", "Harjulan Kyläseura ry") in rows


@needs_voikko
def test_a_kind_word_the_page_s_organisation_is_not_names_no_seat() -> None:
    # a village society's page speaking of a foundation's chair: not the society's seat
    rows = _seats(_REPORT.format(kind="Säätiön"))
    assert not any(s == "Ville Koivu" and o == "Harjulan Kyläseura ry" for s, _, o in rows)


_BOARD = ("Lammin Kylät ry:n toimintakertomus\n\nLammin Kylät ry toimii kolmen kunnan alueella. "
          "Vuosikokous pidettiin kylätalolla maaliskuussa, ja sen jälkeen hallitus kokoontui kuusi kertaa. "
          "Jäseniksi valittiin seuraavat henkilöt: Uudet: {rows}. Kesän retki tehtiin saaristoon.\n")
_NAMES = ["Aila Kettunen", "Tuomo Laine", "Sirpa Rautio", "Olli Nurmi", "Pia Hakala", "Arto Vainio",
          "Kaisa Lehto", "Jouni Kari", "Raija Hovi", "Eino Palo", "Leena Korpi", "Mauri Koski",
          "Hilkka Oja", "Pertti Salo", "Marja Lampi", "Kimmo Rinne"]


@needs_voikko
def test_a_long_list_of_the_elected_runs_past_the_fixed_reach() -> None:
    # each member with a village and a deputy in brackets: sixteen names over some 500 characters of one sentence
    rows = " ".join(f"{a}, Ylä-Kartanonkylä ({b}, Ala-Kartanonkylä)" for a, b in zip(_NAMES[::2], _NAMES[1::2],
                                                                                       strict=True))
    got = {s for s, _, o in _seats(_BOARD.format(rows=rows)) if o.startswith("Lammin Kylät")}
    assert len(rows) > 480  # past appointment_facts' fixed reach of 400 characters
    assert {"Aila Kettunen", "Raija Hovi", "Leena Korpi", "Mauri Koski", "Marja Lampi", "Kimmo Rinne"} <= got


@needs_voikko
def test_a_list_ends_at_its_sentence() -> None:
    text = _BOARD.format(rows="Aila Kettunen, Tuomo Laine") + "Retkellä puhui Pekka Ranta."
    assert not any(s == "Pekka Ranta" for s, _, _ in _seats(text))

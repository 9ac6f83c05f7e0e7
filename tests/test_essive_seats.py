"""A seat told with "toimii" and the essive after the name (extract/essive_seats.py).

The texts are invented for these tests: invented people and association.
"""

from __future__ import annotations

from helpers import needs_voikko, post_rows

_PAGE = ("Hallitus\n\nYhdistyksemme toiminnasta vastaa hallitus.\n\nHallitus v. 2024\n\n"
         "Veikko Rantanen, puheenjohtaja\nOuti Salonen, jäsen\nPekka Lahtinen, jäsen\n\n{line}\n")


@needs_voikko
def test_the_essive_seat_is_held_in_the_body_the_genitive_names() -> None:
    rows = post_rows(_PAGE.format(line="Toimistonhoitaja Liisa Nieminen toimii hallituksen sihteerinä."),
                     kind="news")
    assert ("Liisa Nieminen", "sihteeri", "Hallitus") in rows


@needs_voikko
def test_a_genitive_no_body_of_the_page_answers_or_no_seat_word_gives_nothing() -> None:
    rows = post_rows(_PAGE.format(line="Liisa Nieminen toimii ohjausryhmän sihteerinä. Anna Kivi toimii "
                                       "hallituksen tukena."), kind="news")
    assert not any(s == "Liisa Nieminen" and p == "sihteeri" for s, p, _ in rows)
    assert not any(s == "Anna Kivi" for s, _, _ in rows)


_REPORT = ("Harjulan Kylät ry:n toimintakertomus\n\nHarjulan Kylät ry on vuonna 1999 perustettu kylien yhdistys. "
           "Vuosikokous pidettiin keväällä kylätalolla, ja kesällä järjestettiin retki saaristoon. "
           "Harjulan Kylät ry toimii yhteistyössä Suomen Kylätoiminta ry:n kanssa. {line}\n")


@needs_voikko
def test_a_bare_board_word_on_an_association_s_own_page_is_its_board() -> None:
    rows = post_rows(_REPORT.format(line="Toiminnanjohtaja Liisa Nieminen jatkaa hallituksen sihteerinä."),
                     kind="news")
    assert any(s == "Liisa Nieminen" and o.startswith("Harjulan Kylät") for s, _p, o in rows), rows


@needs_voikko
def test_a_page_whose_title_names_no_organisation_gives_the_bare_board_no_owner() -> None:
    text = _REPORT.replace("Harjulan Kylät ry:n toimintakertomus", "Kylien vuosi").replace(
        "Harjulan Kylät ry on vuonna 1999 perustettu kylien yhdistys. ",
        "Kylissä tehtiin paljon töitä talkoilla koko vuoden ajan. " * 5 + "Harjulan Kylät ry perustettiin. ")
    rows = post_rows(text.format(line="Liisa Nieminen jatkaa hallituksen sihteerinä."), kind="news")
    assert not any(s == "Liisa Nieminen" for s, _p, _o in rows), rows

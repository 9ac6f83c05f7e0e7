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

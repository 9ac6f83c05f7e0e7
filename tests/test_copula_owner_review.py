"""A copula clause's own genitive owner survives the review of prose posts, and an acting mark ("vt.") does not
hide an essive title's owner (twenty-eighth session, fresh pages).

The sentences are written for these tests: two invented people in one sentence of two clauses, the first clause
naming one organisation and the second saying "Y on <organisation in the genitive> <title>". The review
(extract/post_review.py) took the organisation written before the second name for its owner.
"""

from __future__ import annotations

from helpers import needs_voikko, post_rows


@needs_voikko
def test_the_second_clauses_genitive_owner_is_the_second_persons() -> None:
    text = ("Pekka Mäki toimii Kanta-Hämeen hyvinvointialueen johtajana, ja Anna Virtanen on Länsi-Uudenmaan "
            "hyvinvointialueen muutosjohtaja.")
    rows = post_rows(text, kind="news")
    assert ("Anna Virtanen", "muutosjohtaja", "Länsi-Uudenmaan hyvinvointialue") in rows, rows
    assert ("Anna Virtanen", "muutosjohtaja", "Kanta-Hämeen hyvinvointialue") not in rows, rows


@needs_voikko
def test_a_name_with_its_title_before_it_keeps_the_organisation_before_it() -> None:
    rows = post_rows("Kokouksessa puhui Kanta-Hämeen hyvinvointialueen johtaja Pekka Mäki.", kind="news")
    assert ("Pekka Mäki", "johtaja", "Kanta-Hämeen hyvinvointialue") in rows, rows


@needs_voikko
def test_an_acting_mark_before_an_essive_title_keeps_the_owner() -> None:
    text = ("Pekka Mäki työskentelee nyt Kanta-Hämeen hyvinvointialueen vt. johtajana, ja Anna Virtanen on "
            "Länsi-Uudenmaan hyvinvointialueen muutosjohtaja.")
    rows = post_rows(text, kind="news")
    assert ("Pekka Mäki", "johtaja", "Kanta-Hämeen hyvinvointialue") in rows, rows

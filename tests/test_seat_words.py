"""Seat words are one table (data/seat_words.csv) that every reader of seats takes its words from.

People lists, label lines of minutes, bracketed marks in compositions and seats in minutes'
prose each had their own word -> post map, and they had drifted ("siht" in one, "vice
ordförande" in another).
"""

from __future__ import annotations

import pytest

from welfare_kg.extract import attendance_layouts, body_compositions, people, seat_prose
from welfare_kg.extract.seat_words import USES, parse_table, seat_words


@pytest.mark.parametrize(("table", "use"), [
    (people.MEETING_ROLES, "role"), (attendance_layouts.ROLE_POSTS, "label"),
    (body_compositions._MARKS, "mark"), (seat_prose._POSTS, "prose"),
])
def test_every_reader_takes_its_words_from_the_one_table(table: dict[str, str], use: str) -> None:
    assert table == seat_words(use) and table


def test_a_word_gives_one_post_whatever_the_use() -> None:
    posts: dict[str, str] = {}
    for use in USES:
        for word, post in seat_words(use).items():
            assert posts.setdefault(word, post) == post, word


@pytest.mark.parametrize(("text", "message"), [
    ("word,post,uses,language\npj,puheenjohtaja,role chair,fi\n", "unknown use"),
    ("word,post,uses,language\npj,puheenjohtaja,,fi\n", "unknown use"),
    ("word,post,uses,language\npj,puheenjohtaja,role,fi\npj,sihteeri,mark,fi\n", "two posts"),
])
def test_a_broken_table_is_an_error_not_a_silent_drop(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_table(text)


def test_the_patterns_are_built_from_the_table() -> None:
    assert attendance_layouts._LABEL_LINE.match("Vice  ordförande: Anna Berg").group("role") == "Vice  ordförande"
    assert body_compositions._MARK.match(" (Siht.)").group("mark") == "Siht"
    assert seat_prose._SEAT.search("ja Vice ordföranden ").group("seat") == "Vice ordföranden"
    assert seat_prose._SEAT.search("ja PUHEENJOHTAJA ") is None  # capitals inside the word: no seat word
    for use, pattern in (("label", attendance_layouts._LABEL_LINE), ("mark", body_compositions._MARK)):
        for word in seat_words(use):
            assert word.replace(" ", r"[ \t]+") in pattern.pattern, (use, word)

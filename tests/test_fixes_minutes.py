"""Fixes found on minutes and pages: sentence ends at initials and wrapped lines, posts, areas."""

from __future__ import annotations

from extract.text import sentences


def _texts(text: str) -> list[str]:
    return [s.text for s in sentences(text)]


def test_middle_initial_does_not_end_a_sentence() -> None:
    assert _texts("Puheenjohtajana toimi Kalle B. Korhonen. Kokous alkoi.") == [
        "Puheenjohtajana toimi Kalle B. Korhonen.", "Kokous alkoi."]


def test_two_initials_do_not_end_a_sentence() -> None:
    assert _texts("Hanketta tukee K.J. Lindqvist stiftelse vuonna 2020.") == [
        "Hanketta tukee K.J. Lindqvist stiftelse vuonna 2020."]


def test_single_letter_after_a_lowercase_word_still_ends_a_sentence() -> None:
    assert _texts("Asia kuuluu liitteeseen B. Hallitus hyväksyi sen.") == [
        "Asia kuuluu liitteeseen B.", "Hallitus hyväksyi sen."]


def test_wrapped_line_inside_a_sentence_is_no_boundary() -> None:
    text = ("Yhteistyöhön ovat tulleet mukaan Kuntaliitto, Itä-Suomen yliopisto sekä Kajaanin\n"
            "Ammattikorkeakoulu ja kolme kuntaa.")
    assert _texts(text) == [text]


def test_short_lines_keep_their_boundaries() -> None:
    text = "Läsnä\nPekka Niemi puheenjohtaja\nAnna Salo jäsen\nKokouksen avaus"
    assert _texts(text) == ["Läsnä", "Pekka Niemi puheenjohtaja", "Anna Salo jäsen", "Kokouksen avaus"]

"""A surname hyphenated at a line's end is read whole or not at all (extract/entities.py `_people`). Invented
people."""

from __future__ import annotations

from helpers import entity_labels, needs_voikko


@needs_voikko
def test_a_surname_broken_over_two_lines_is_read_whole() -> None:
    text = "Puheenvuoron piti Anna Lai-\nne Pohjois-Savon liitosta. Myös Pekka Virta-\nnen puhui.\n"
    assert entity_labels(text, "Person") == {"Anna Laine", "Pekka Virtanen"}


@needs_voikko
def test_a_cut_word_that_makes_no_surname_gives_no_person() -> None:
    text = "Tilaisuuden avasi Anna Kau-\npungintalolla puheenjohtaja.\n"
    assert not any(label.startswith("Anna Kau") for label in entity_labels(text, "Person"))

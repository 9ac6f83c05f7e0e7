"""A middle initial written without its full stop inside running text ("Timo A Virtanen, puheenjohtaja") keeps the
person whole (extract/entities.py, _people), on invented sentences; a capitalised word after the surname (a list's
next name or a place) leaves the reading to the other rules."""

from __future__ import annotations

from tests.helpers import entity_labels, needs_voikko


@needs_voikko
def test_a_bare_middle_initial_between_a_given_name_and_a_surname_is_part_of_the_name() -> None:
    got = entity_labels("Ohjausryhmä: Timo A Virtanen, puheenjohtaja, ja Anna Laine, sihteeri.", "Person")
    assert "Timo A Virtanen" in got, got


@needs_voikko
def test_a_capitalised_word_after_the_surname_gives_no_initialled_name() -> None:
    got = entity_labels("Läsnä: Anna M Laine Pekka Virtanen", "Person")
    assert "Anna M Laine" not in got, got


@needs_voikko
def test_a_presence_mark_between_two_names_is_no_initial() -> None:
    got = entity_labels("Läsnä olivat Timo X Virtanen ja muut.", "Person")
    assert "Timo X Virtanen" not in got, got

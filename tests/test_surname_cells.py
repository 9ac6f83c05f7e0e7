"""A "Surname Firstname" table flattened one cell a line: a first name goes with the surname above it, never with
the next row's surname below (extract/entities.py `_surname_cell_before`, extract/person_extents.py
`_surname_cell_above`). Invented people."""

from __future__ import annotations

from helpers import entity_labels, needs_voikko


@needs_voikko
def test_a_first_name_is_not_paired_with_the_next_row_s_surname() -> None:
    text = "Hankkeen ohjausryhmä\n\nVirtanen\nMatti\nLaine\nAnna\nKoskela\nPekka\n"
    assert not {"Matti Laine", "Anna Koskela"} & entity_labels(text, "Person")
    minutes = ("Kuhmon kaupunki\nKaupunginhallitus\nPöytäkirja 5/2014\nLäsnä\nVirtanen\nMatti\nLaine\nAnna\n"
               "Koskela\nPekka\n\n12 § Talousarvio\n")
    assert not {"Matti Laine", "Anna Koskela"} & entity_labels(minutes, "Person", "minutes")


@needs_voikko
def test_a_firstname_surname_table_a_cell_a_line_keeps_its_pairs() -> None:
    text = "Hankkeen ohjausryhmä\n\nMatti\nVirtanen\nPekka\nKoskela\n"
    assert entity_labels(text, "Person") == {"Matti Virtanen", "Pekka Koskela"}


@needs_voikko
def test_a_surname_first_table_a_cell_a_line_reads_its_rows_in_the_table_s_order() -> None:
    text = "Hankkeen ohjausryhmä\n\nVirtanen\nMatti\nLaine\nAnna\nKoskela\nPekka\n"
    assert entity_labels(text, "Person") == {"Matti Virtanen", "Anna Laine", "Pekka Koskela"}

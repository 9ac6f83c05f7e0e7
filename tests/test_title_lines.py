"""Title-first rows under an organisation's heading line (extract/title_lines.py).

The texts are invented for these tests: invented people and associations, real towns of the reference data.
"""

from __future__ import annotations

from helpers import needs_voikko, post_rows


@needs_voikko
def test_every_row_of_a_block_takes_its_heading_not_the_next_blocks() -> None:
    rows = post_rows("Yhteystiedot\n\nPirkan Hyvinvointiyhdistys ry:\ntoiminnanjohtaja Veikko Rantanen\n"
                     "järjestösihteeri Outi Salonen\n\nKuopion kaupunki:\n\nhyvinvointijohtaja Pekka Lahtinen\n\n"
                     "suunnittelija Liisa Nieminen\n", kind="news")
    assert ("Outi Salonen", "järjestösihteeri", "Pirkan Hyvinvointiyhdistys ry") in rows
    assert ("Liisa Nieminen", "suunnittelija", "Kuopio") in rows
    assert ("Pekka Lahtinen", "hyvinvointijohtaja", "Kuopio") in rows
    assert not any(s == "Outi Salonen" and o == "Kuopio" for s, _, o in rows)


@needs_voikko
def test_rows_under_a_heading_that_is_no_organisation_are_not_read() -> None:
    rows = post_rows("Yhteystiedot\n\nLisätietoja antavat:\ntoiminnanjohtaja Veikko Rantanen\n"
                     "järjestösihteeri Outi Salonen\n", kind="news")
    assert not any(s == "Outi Salonen" for s, _, _ in rows)


@needs_voikko
def test_a_lone_row_under_a_heading_is_left_to_the_prose_rules() -> None:
    rows = post_rows("Yhteystiedot\n\nPirkan Hyvinvointiyhdistys ry:\ntoiminnanjohtaja Veikko Rantanen\n\n"
                     "Tervetuloa mukaan toimintaan ja tapahtumiin.\n", kind="news")
    assert not any(s == "Veikko Rantanen" and p == "toiminnanjohtaja" and o != "Pirkan Hyvinvointiyhdistys ry"
                   for s, p, o in rows)


@needs_voikko
def test_name_first_rows_take_their_blocks_heading_and_their_own_title() -> None:
    rows = post_rows("Ohjausryhmä\n\nHankkeen ohjausryhmään kuuluvat seuraavat henkilöt.\n\n"
                     "Pirkan Hyvinvointiyhdistys ry\nVeikko Rantanen, toiminnanjohtaja\n"
                     "Outi Salonen, järjestösihteeri\n\nKuopion kaupunki\nPekka Lahtinen, hyvinvointijohtaja\n"
                     "Liisa Nieminen, suunnittelija\n", kind="news")
    assert ("Outi Salonen", "järjestösihteeri", "Pirkan Hyvinvointiyhdistys ry") in rows
    assert ("Liisa Nieminen", "suunnittelija", "Kuopio") in rows
    assert not any(s == "Outi Salonen" and p == "toiminnanjohtaja" for s, p, _ in rows)

"""Divisions told apart by a number after their name (extract/numbered_bodies.py). All names are invented."""

from __future__ import annotations

from tests.helpers import entity_labels, needs_voikko, post_rows

pytestmark = needs_voikko


def test_two_numbered_divisions_are_two_bodies_each_with_its_own_chair_and_in_the_board() -> None:
    text = ("Aluevaltuusto teki seuraavat valinnat:\n"
            "- Aluehallituksen yksilöasioiden jaoston 1 puheenjohtaja Aino Koivunen (kesk.)\n"
            "- Aluehallituksen yksilöasioiden jaoston 2 puheenjohtaja Veikko Ruohonen (kok.)\n")
    rows = post_rows(text, kind="news")
    assert ("Aino Koivunen", "puheenjohtaja", "Aluehallituksen yksilöasioiden jaosto 1") in rows, rows
    assert ("Veikko Ruohonen", "puheenjohtaja", "Aluehallituksen yksilöasioiden jaosto 2") in rows, rows


def test_a_meeting_number_or_a_section_after_the_name_is_no_part_of_it() -> None:
    text = ("Perusturvalautakunta 3/2030 kokoontui. Sosiaalilautakunta 2 § käsitteli asian. "
            "Kasvatusjaosto 2 kpl hakemuksia.\n")
    bodies = entity_labels(text, "Body")
    assert bodies and not any(b[-1].isdigit() for b in bodies), bodies



def test_a_committee_and_a_page_number_at_the_lines_end_stay_the_committee() -> None:
    text = "Naapurilan kaupunki Pöytäkirja 4/2030\nPerusturvalautakunta 3\n\nLäsnä\nAino Koivunen puheenjohtaja\n"
    bodies = entity_labels(text, "Body")
    assert bodies and not any(b[-1].isdigit() for b in bodies), bodies

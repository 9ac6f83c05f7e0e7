"""Attendance rows a line each with the name written "Surname, Firstname" and the role after it on the same line
("Virtanen, Matti<TAB>puheenjohtaja"): the role is the row's own, not the next row's, though the comma layout
usually prints roles before names ("pj Salmela, Reino"); extract/people.py reads which side by the lines.

The minutes are invented for these tests (no real document's text or people); the municipality is reference data.
"""

from __future__ import annotations

from helpers import needs_voikko_for, post_rows

needs_voikko = needs_voikko_for("first names are known from Voikko")

HEAD = "KARVIAN KUNTA\nPÖYTÄKIRJA 3/2019\nPerusturvalautakunta\n\nAika 12.3.2019 klo 16.00\nPaikka Kunnantalo\n\n"
LINES = HEAD + ("Läsnä\nVirtanen, Matti\tpuheenjohtaja\nKivi, Anna\tjäsen\nSalo, Liisa\tperusturvajohtaja\n\n"
                "1 § Kokouksen avaus\n")
ROLES_FIRST = HEAD + "Läsnä\npj Virtanen, Matti\nvpj Kivi, Anna\njäsen Laine, Pekka\n\n1 § Kokouksen avaus\n"


@needs_voikko
def test_a_comma_name_opening_its_line_takes_the_role_after_it() -> None:
    facts = post_rows(LINES)
    assert ("Matti Virtanen", "puheenjohtaja", "Perusturvalautakunta") in facts
    assert ("Liisa Salo", "perusturvajohtaja", "Karvia") in facts
    assert ("Anna Kivi", "puheenjohtaja", "Perusturvalautakunta") not in facts


@needs_voikko
def test_roles_printed_before_comma_names_stay_theirs() -> None:
    facts = post_rows(ROLES_FIRST)
    assert ("Matti Virtanen", "puheenjohtaja", "Perusturvalautakunta") in facts

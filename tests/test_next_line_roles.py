"""An attendance table printed a cell a line: the name, then its role on the line under it ("Virtanen Matti" /
"puheenjohtaja" / "Kivi Anna" / "varapuheenjohtaja"), as a PDF transcript of a two-column table gives it
(extract/posts.py next_line_roles, rule holdsPost:next-line-role). A run of bare names with the roles printed after
the run pairs only by position and stays unread (tests/test_minutes_n10.py).

The minutes are invented for these tests (no real document's text or people); the municipality is reference data.
"""

from __future__ import annotations

from helpers import MORPH, needs_voikko_for, post_rows

from welfare_kg.extract.people import listed_people
from welfare_kg.extract.posts import next_line_roles

needs_voikko = needs_voikko_for("surname-first rows need Voikko's first names")

HEAD = "KARVIAN KUNTA\nPÖYTÄKIRJA 3/2019\nPerusturvalautakunta\n\nAika 12.3.2019 klo 16.00\nPaikka Kunnantalo\n\n"
ALTERNATING = HEAD + ("SAAPUVILLA OLLEET JÄSENET\nVirtanen Matti\npuheenjohtaja\nKivi Anna\nvarapuheenjohtaja\n"
                      "Laine Pekka\njäsen\nMUUT SAAPUVILLA OLLEET\nSalo Liisa\nperusturvajohtaja\n\n"
                      "1 § Kokouksen avaus\n")
RUN_THEN_ROLES = HEAD + ("Läsnä\nVirtanen Matti\nKivi Anna\nLaine Pekka\npuheenjohtaja\nvarapuheenjohtaja\njäsen\n\n"
                         "1 § Kokouksen avaus\n")


@needs_voikko
def test_a_role_on_the_line_under_each_name_is_that_rows_role() -> None:
    facts = post_rows(ALTERNATING)
    assert ("Matti Virtanen", "puheenjohtaja", "Perusturvalautakunta") in facts
    assert ("Anna Kivi", "varapuheenjohtaja", "Perusturvalautakunta") in facts
    assert ("Liisa Salo", "perusturvajohtaja", "Karvia") in facts


@needs_voikko
def test_the_last_name_of_a_run_takes_no_role_from_the_roles_printed_after_the_run() -> None:
    assert next_line_roles(listed_people(RUN_THEN_ROLES, MORPH), RUN_THEN_ROLES, MORPH) == {}
    people = listed_people(ALTERNATING, MORPH)
    read = next_line_roles(people, ALTERNATING, MORPH)
    # the block reader itself takes the roles of a table whose rows mostly show the cell-a-line layout
    # (extract/people.py `_cell_below`); the rows it leaves bare are next_line_roles' to read
    assert sorted(read.get(id(p)) or p.role for p in people) == [
        "jäsen", "perusturvajohtaja", "puheenjohtaja", "varapuheenjohtaja"]


# members with no role of their own, then the chair's and the officials' rows each on two lines: the bare rows
# before a two-line row do not make its role line unreadable
MIXED = HEAD + ("Läsnä\nVirtanen Matti\nKivi Anna\nLaine Pekka\nHeino Pertti\nvarapuheenjohtaja\nNieminen Sari\n"
                "Muut läsnäolijat\nSalo Liisa\nperusturvajohtaja\nKorpi Jussi\nkunnanjohtaja\n\n1 § Kokouksen avaus\n")
# a run of bare names and the roles after it in a column, more names after the column: still position only
RUN_THEN_ROLES_THEN_NAMES = HEAD + ("Läsnä\nVirtanen Matti\nKivi Anna\nLaine Pekka\npuheenjohtaja\n"
                                    "varapuheenjohtaja\njäsen\nHeino Pertti\nNieminen Sari\n\n1 § Kokouksen avaus\n")


@needs_voikko
def test_a_role_line_with_the_next_name_under_it_is_read_after_bare_rows() -> None:
    facts = post_rows(MIXED)
    assert ("Pertti Heino", "varapuheenjohtaja", "Perusturvalautakunta") in facts
    assert ("Liisa Salo", "perusturvajohtaja", "Karvia") in facts
    assert ("Jussi Korpi", "kunnanjohtaja", "Karvia") in facts
    assert not any(name in {"Matti Virtanen", "Anna Kivi", "Sari Nieminen"} for name, _, _ in facts)


@needs_voikko
def test_a_column_of_roles_after_a_run_of_names_stays_unread_with_names_after_it() -> None:
    text = RUN_THEN_ROLES_THEN_NAMES
    assert next_line_roles(listed_people(text, MORPH), text, MORPH) == {}


# bare members' rows, then the council's chairs, each seat's body opening the line under the name
OTHER_BODY = HEAD.replace("Perusturvalautakunta", "Kunnanhallitus") + (
    "Läsnä\nVirtanen Matti\nKivi Anna\nKorpi Jussi\nNieminen Sari\nMuut läsnäolijat\nLaine Pekka\n"
    "kunnanvaltuuston puheenjohtaja\nHeino Pertti\nvaltuuston 1 vpj.\nSalo Liisa\nkunnanjohtaja\n\n"
    "1 § Kokouksen avaus\n")


@needs_voikko
def test_a_body_opening_the_line_under_a_name_is_the_body_of_that_rows_seat() -> None:
    facts = post_rows(OTHER_BODY)
    bodies = {name: body for name, _, body in facts}
    assert bodies.get("Pekka Laine", "").lower().endswith("valtuusto")
    assert bodies.get("Pertti Heino", "").lower().endswith("valtuusto")

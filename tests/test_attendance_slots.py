"""The rows of an attendance column read by its shape (extract/people.py `_block_people`): a register's given
name Voikko reads as an inflected place, and a surname slot Voikko reads as an inflected noun.

All names are invented."""

from __future__ import annotations

from tests.helpers import MORPH, needs_voikko
from welfare_kg.extract.people import listed_people

pytestmark = needs_voikko


def labels(text: str) -> set[str]:
    return {p.label for p in listed_people(text, MORPH)}


def test_a_given_name_voikko_reads_as_a_place_genitive_is_a_name_in_a_column() -> None:
    """"Malin" is "Mali" in the genitive to Voikko, and a given name in the population register."""
    got = labels("Muut saapuvilla olleet Lehtola Riku Tuomela Malin Kasvio Sixten Kurjela Gustav kunnanjohtaja "
                 "kunnanvaltuuston puheenjohtaja\n\nKäsitellyt asiat")
    assert {"Riku Lehtola", "Malin Tuomela", "Sixten Kasvio", "Gustav Kurjela"} <= got


def test_a_surname_slot_before_a_given_name_in_a_surname_first_column() -> None:
    """"Isomuotia" reads as a partitive noun; in a surname-first column it holds the surname slot of its row."""
    got = labels("Läsnä Herrala Juha kaup. joht. Pulkkinen Aune kj. Isomuotia Suvi hallintojohtaja "
                 "Weide Eija pöytäkirjanpitäjä\n\nKäsitellyt asiat")
    assert "Suvi Isomuotia" in got


def test_a_swedish_tables_column_heads_are_nobody() -> None:
    """"Företrädare Personlig ersättare": the heads of a Swedish protocol's columns, words Voikko cannot read."""
    got = labels("Närvarande Företrädare Personlig ersättare ordf. Marja Albäck ( ) Mikael Lindholm ( ) "
                 "Gunilla Nyby ( )\n\nParagrafer")
    assert not any("Personlig" in label or "Företrädare" in label for label in got)
    assert "Marja Albäck" in got


def test_a_presence_mark_is_no_middle_initial() -> None:
    """"Martikainen Taisto X Kankkunen Se": the X marks Taisto present (the page cuts the deputy's given name); it
    is no one's initial."""
    got = labels("Osallistujat Jäsenet Henk. koht. varajäsen pj Martikainen Taisto X Kankkunen Se\n\nKäsitellyt asiat")
    assert not any(label.startswith("X ") or " X" in label for label in got)


def roles(text: str) -> dict[str, str]:
    return {p.label: p.role for p in listed_people(text, MORPH)}


def test_a_tables_cells_a_line_each_give_each_row_its_role_from_the_line_below() -> None:
    """An HTML table converted to text: the name on one line, the row's post on the next."""
    got = roles("Läsnä\nVirtala Matti\npuheenjohtaja\nLaine Anna\nvarapuheenjohtaja\nKoskela Pekka\njäsen\n"
                "Rinne Jaana\nkunnanjohtaja, esittelijä\n\nKäsitellyt asiat")
    assert got == {"Matti Virtala": "puheenjohtaja", "Anna Laine": "varapuheenjohtaja", "Pekka Koskela": "jäsen",
                   "Jaana Rinne": "kunnanjohtaja, esittelijä"}


def test_a_column_of_names_then_a_column_of_roles_gives_no_role_by_the_line_below() -> None:
    """Names a line each, then the roles a line each: the line below the last name is the first row's role."""
    got = roles("Läsnä\nVirtala Matti\nLaine Anna\nKoskela Pekka\npuheenjohtaja\nvarapuheenjohtaja\njäsen\n\n"
                "Käsitellyt asiat")
    assert got.get("Pekka Koskela", "") != "puheenjohtaja"


def test_the_next_pages_head_below_a_signature_is_no_role() -> None:
    got = roles("Allekirjoitukset\nsosiaalijohtaja Pirjo Kivelä\n\n2 Sosiaalilautakunta 2 KOKOUKSEN LAILLISUUS")
    assert not got.get("Pirjo Kivelä", "").startswith("2")


def test_a_plural_heading_run_onto_a_list_is_no_surname() -> None:
    """A page run into one line: "... Spies Kaisa Vaiheet 85": the heading's plural noun is no one's surname, so the
    column keeps its surname-first reading."""
    got = labels("Läsnä: Arvila Tuija Elomaa Jari Helminen Harri Hering Frank Ivakko Elina Kallström Riitta "
                 "Korpivaara Pekka Spies Kaisa Vaiheet 85")
    assert {"Tuija Arvila", "Jari Elomaa", "Kaisa Spies"} <= got
    assert "Kaisa Vaiheet" not in got


def test_the_posts_of_a_cell_a_line_table_carry_their_own_rule() -> None:
    from tests.helpers import extract

    ex = extract("Kiimingin kunta Kunnanhallitus Pöytäkirja 5/2014\nOsallistujat\nVirtala Matti\npuheenjohtaja\n"
                 "Laine Anna\nvarapuheenjohtaja\nKoskela Pekka\njäsen\nHänninen Kari\nkunnanjohtaja, esittelijä\n\n"
                 "1 § Kokouksen laillisuus\n", "minutes")
    rules = {(ex.entities[f.subject].label, f.post): (f.rule, f.confidence) for f in ex.facts
             if f.predicate == "holdsPost"}
    assert rules[("Matti Virtala", "puheenjohtaja")] == ("holdsPost:cell-line-role", 0.7)
    assert rules[("Kari Hänninen", "kunnanjohtaja")][0] == "holdsPost:cell-line-role"


def test_roles_written_before_the_names_a_row_a_line_are_no_cells_below() -> None:
    """"puheenjohtaja Virtala Matti" / "varapuheenjohtaja Laine Anna": the line below a name opens the next row."""
    got = roles("Läsnä\npuheenjohtaja Virtala Matti\nvarapuheenjohtaja Laine Anna\njäsen Koskela Pekka\n"
                "jäsen Rinne Jaana\n\nKäsitellyt asiat")
    assert got.get("Matti Virtala") != "varapuheenjohtaja"
    assert not any(p.cell_below for p in listed_people(
        "Läsnä\npuheenjohtaja Virtala Matti\nvarapuheenjohtaja Laine Anna\njäsen Koskela Pekka\n\nKäsitellyt asiat",
        MORPH))


def test_a_remarks_paragraph_ends_no_block() -> None:
    """"poistui klo 19.10 § 5 aikana": the paragraph of a remark column, not the first item's heading."""
    got = labels("Läsnä\nVirtala Matti\tpuheenjohtaja\t\nLaine Anna\tvarapuheenjohtaja\tpoistui klo 19.10 § 5 aikana\n"
                 "Koskela Pekka\tjäsen\t\nRinne Jaana\tvarajäsen\tsaapui 3 §:n käsittelyn aikana\n"
                 "Hänninen Kari\tkunnanjohtaja\t(§ 4)\n\n1 § Kokouksen laillisuus\nTodettiin laillisuus. Kari Mäki")
    assert {"Matti Virtala", "Anna Laine", "Pekka Koskela", "Jaana Rinne", "Kari Hänninen"} <= got
    assert "Kari Mäki" not in got  # the item's text after the heading is no part of the block

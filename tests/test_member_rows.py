"""A group's members listed as "Name, Organisation" rows (extract/member_rows.py).

The texts are written for these tests: invented people in real towns and invented associations, laid out the way
reports run a steering group's rows together and council pages print their composition one cell a line.
"""

from __future__ import annotations

from pathlib import Path

from helpers import needs_voikko

from welfare_kg.extract.council_rosters import TABLE_RULE as ROSTER_TABLE_RULE
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.member_rows import GROUP_RULE, ORG_RULE
from welfare_kg.loaders import load_document


def _rows(tmp_path: Path, text: str, kind: str = "sivu",
          rules: frozenset[str] = frozenset()) -> set[tuple[str, str, str, str | None]]:
    doc = tmp_path / f"{kind}.txt"
    doc.write_text(text, encoding="utf-8")
    ex = extract_document(load_document(doc))
    label = {iri: e.label for iri, e in ex.entities.items()}
    return {(label[f.subject], label[f.object], f.rule, f.post) for f in ex.facts
            if f.rule in {ORG_RULE, GROUP_RULE, ROSTER_TABLE_RULE} | rules}


@needs_voikko
def test_a_run_of_name_and_town_rows_after_a_group_and_a_colon(tmp_path: Path) -> None:
    text = ("Seutuohjelman raportti\n\nSeutuohjelmaa ohjaa ohjausryhmä, joka kokoontui neljä kertaa. "
            "Ohjausryhmä: Kaarina Salmela, Kuhmoinen (pj), Veikko Rantanen, Orivesi, Helmi Aaltonen, Ruovesi "
            "Seppo Kallio, Hämeen liitto\n")
    assert _rows(tmp_path, text) == {
        ("Kaarina Salmela", "Kuhmoinen", ORG_RULE, "puheenjohtaja"),
        ("Veikko Rantanen", "Orivesi", ORG_RULE, "jäsen"),
        ("Helmi Aaltonen", "Ruovesi", ORG_RULE, "jäsen"),
        ("Seppo Kallio", "Hämeen liitto", ORG_RULE, "jäsen")}


@needs_voikko
def test_a_composition_table_seats_its_rows_in_the_page_group_too(tmp_path: Path) -> None:
    text = ("Vammaisneuvosto\n\nOrimattilan vammaisneuvosto edistää vammaisten osallisuutta. "
            "Orimattilan vammaisneuvosto kokoontuu kuusi kertaa vuodessa.\n\n"
            "Kokoonpano 2025-2027\n\n"
            "Kaarina Salmela,\n\nOrimattilan Invalidit ry\n\n"
            "Veikko Rantanen\n\nOrimattilan Näkövammaiset ry\n")
    rows = _rows(tmp_path, text)
    assert {(p, o, r) for p, o, r, _ in rows if r == ORG_RULE} == {
        ("Kaarina Salmela", "Orimattilan Invalidit ry", ORG_RULE),
        ("Veikko Rantanen", "Orimattilan Näkövammaiset ry", ORG_RULE)}
    # the seats in the page's council: council_rosters.py reads the table's names first (a name-first table)
    assert {p for p, _, r, _ in rows if r in {GROUP_RULE, ROSTER_TABLE_RULE}} == {"Kaarina Salmela", "Veikko Rantanen"}


@needs_voikko
def test_one_row_a_genitive_town_or_running_text_is_no_list(tmp_path: Path) -> None:
    text = ("Ohjausryhmä: Kaarina Salmela, Kuhmoinen. Hanke jatkuu ensi vuonna.\n\n"  # a single row
            "Työryhmä: Veikko Rantanen, Oriveden-Ruoveden kauppakamari, Helmi Aaltonen, "  # a genitive town
            "Ruoveden-Oriveden yrittäjät.\n\n"
            "Kokouksessa puhuivat Seppo Kallio, Orivesi ja Anna Mäki, Ruovesi.\n")  # no cue
    assert _rows(tmp_path, text) == set()


@needs_voikko
def test_rows_one_a_line_under_a_group_heading_and_swedish_rows_after_a_colon(tmp_path: Path) -> None:
    finnish = ("Seutuhanke\n\nOhjausryhmän jäsenet\n\n"
               "Kaarina Salmela, Kuhmoisten kunta\nVeikko Rantanen (pj), Oriveden kaupunki\n")
    assert {(p, o, post) for p, o, _, post in _rows(tmp_path, finnish)} == {
        ("Kaarina Salmela", "Kuhmoinen", "jäsen"), ("Veikko Rantanen", "Orivesi", "puheenjohtaja")}
    swedish = "Regionprojektet\n\nStyrgruppen: Anna Lindholm, Borgå stad; Per Holmqvist, Lovisa stad.\n"
    # swedish_posts reads "Name, X stad" rows first since the thirty-fifth session: the same two posts, its rule
    assert {(p, o) for p, o, _, _ in _rows(tmp_path, swedish, rules=frozenset({"holdsPost:swedish-town-row"}))} == {
        ("Anna Lindholm", "Porvoo"), ("Per Holmqvist", "Loviisa")}


@needs_voikko
def test_a_title_cell_between_a_member_and_the_organisation_is_skipped(tmp_path: Path) -> None:
    text = ("Vammaisneuvosto\n\nOrimattilan vammaisneuvosto edistää osallisuutta. "
            "Orimattilan vammaisneuvosto kokoontuu kuusi kertaa vuodessa.\n\n"
            "Kokoonpano 2025-2027\n\n"
            "Kaarina Salmela,\n\nkaupunginvaltuuston jäsen (kesk.)\n\nOrimattilan Invalidit ry\n\n"
            "Veikko Rantanen\n\nOrimattilan Näkövammaiset ry\n")
    rows = _rows(tmp_path, text)
    assert ("Kaarina Salmela", "Orimattilan Invalidit ry", ORG_RULE, "jäsen") in rows


@needs_voikko
def test_a_board_s_members_with_home_towns_hold_no_post_in_the_towns(tmp_path: Path) -> None:
    text = ("Yhdistyksen vuosikokous\n\nHallitus: Kaarina Salmela, Kuopio (pj), Veikko Rantanen, Lahti, "
            "Helmi Aaltonen, Oriveden kaupunki\n")
    assert {(p, o) for p, o, _, _ in _rows(tmp_path, text)} <= {("Helmi Aaltonen", "Orivesi")}

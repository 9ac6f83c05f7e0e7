"""A board's members written as one run after a colon (extract/board_runs.py).

The texts are written for these tests: invented people and invented associations, the run-together layout of a
transcribed annual report, the same run one name a line, in Swedish, and texts where a board word and a colon are
followed by something that is no member list.
"""

from __future__ import annotations

from pathlib import Path

from helpers import needs_voikko

from welfare_kg.extract.board_runs import RULE
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders import load_document


def _posts(tmp_path: Path, text: str) -> set[tuple[str, str, str | None]]:
    doc = tmp_path / "vuosikertomus.txt"
    doc.write_text(text, encoding="utf-8")
    ex = extract_document(load_document(doc))
    label = {iri: e.label for iri, e in ex.entities.items()}
    return {(label[f.subject], label[f.object], f.post) for f in ex.facts if f.rule == RULE}


_OPENING = ("Kainuun Omaishoitajat ry vuosikertomus 2019\n\n"
            "Kainuun Omaishoitajat ry on vuonna 1991 perustettu omaishoitajien yhdistys. "
            "Yhdistyksen tarkoitus määritellään säännöissä. ")


@needs_voikko
def test_a_run_together_board_list_posts_each_member_in_the_association(tmp_path: Path) -> None:
    text = (_OPENING + "Yhdistyksen hallitus valittiin syyskokouksessa Hallitus järjestäytyi seuraavasti: "
            "Kaarina Salmela, puheenjohtaja Veikko Rantanen, varapuheenjohtaja Helmi Aaltonen Seppo Kallio "
            "Anna Mäkelä Vuoden aikana toimintaa jatkettiin.\n")
    posts = _posts(tmp_path, text)
    assert {(p, post) for p, _, post in posts} == {
        ("Kaarina Salmela", "puheenjohtaja"), ("Veikko Rantanen", "varapuheenjohtaja"),
        ("Helmi Aaltonen", "hallituksen jäsen"), ("Seppo Kallio", "hallituksen jäsen"),
        ("Anna Mäkelä", "hallituksen jäsen")}
    assert {o for _, o, _ in posts} <= {"Kainuun Omaishoitajat ry", "Kainuun Omaishoitajat"}


@needs_voikko
def test_the_same_list_one_name_a_line_and_in_swedish(tmp_path: Path) -> None:
    lines = (_OPENING + "Hallituksen kokoonpano 2019:\nKaarina Salmela (pj)\nVeikko Rantanen\nHelmi Aaltonen\n\n"
             "Toiminta\n\nVuoden aikana järjestettiin kursseja.\n")
    assert {p for p, _, _ in _posts(tmp_path, lines)} == {"Kaarina Salmela", "Veikko Rantanen", "Helmi Aaltonen"}
    swedish = ("Närpes Anhörigvårdare rf verksamhetsberättelse 2019\n\nNärpes Anhörigvårdare rf är en förening "
               "för anhörigvårdare. Styrelsen bestod av: Karin Sjöholm, ordförande Johan Nyström, "
               "Maria Lindqvist och Erik Backman. Föreningen ordnade kurser.\n")
    posts = _posts(tmp_path, swedish)
    assert ("Karin Sjöholm", "ordförande") in {(p, post) for p, _, post in posts}
    assert {p for p, _, _ in posts} == {"Karin Sjöholm", "Johan Nyström", "Maria Lindqvist", "Erik Backman"}


@needs_voikko
def test_a_board_word_and_a_colon_before_no_run_of_people_posts_no_one(tmp_path: Path) -> None:
    text = (_OPENING
            # a decision, one person named: no list
            + "Hallitus päätti seuraavaa: Kaarina Salmela esittelee talousarvion. "
            # thanks to people, not the board's members: the words before the colon are no constituting
            + "Hallitus kiittää lämpimästi seuraavia henkilöitä: Veikko Rantanen, Helmi Aaltonen, Seppo Kallio. "
            # rows with an organisation after each name are member_rows.py's, not a run
            + "Hallitus: Anna Mäkelä, Kajaani, Pekka Laine, Sotkamo, Liisa Heikkinen, Paltamo.\n")
    assert _posts(tmp_path, text) == set()


@needs_voikko
def test_a_board_heading_line_over_rows_of_names_and_seats(tmp_path: Path) -> None:
    text = (_OPENING + "\n\nHallitus 2024\n\nMatti Malli, puheenjohtaja\nAnna Esimerkki, varapuheenjohtaja\n"
            "Pekka Peloton, sihteeri\nVille Virta, jäsen\n")
    assert _posts(tmp_path, text) == {
        ("Matti Malli", "Kainuun Omaishoitajat ry", "puheenjohtaja"),
        ("Anna Esimerkki", "Kainuun Omaishoitajat ry", "varapuheenjohtaja"),
        ("Pekka Peloton", "Kainuun Omaishoitajat ry", "sihteeri"),
        ("Ville Virta", "Kainuun Omaishoitajat ry", "jäsen")}


@needs_voikko
def test_a_board_word_inside_a_line_or_over_prose_opens_no_list(tmp_path: Path) -> None:
    inside = (_OPENING + "\n\nVuonna 2024 hallitus kokoontui kuusi kertaa\n\nMatti Malli, Anna Esimerkki ja "
              "Pekka Peloton kävivät koulutuksessa.\n")
    assert _posts(tmp_path, inside) == set()
    prose = (_OPENING + "\n\nHallitus\n\nHallitus kokoontui kuusi kertaa. Matti Malli kertoi tuloksista.\n")
    assert _posts(tmp_path, prose) == set()


@needs_voikko
def test_a_page_that_names_no_organisation_posts_its_roster_in_the_board_heading(tmp_path: Path) -> None:
    # an association's board page: the site's header named the association, the text never does
    text = ("Hallitus\n\nYhdistyksemme toiminnasta vastaa hallitus, joka kokoontuu kuusi kertaa vuodessa.\n\n"
            "Hallitus v. 2021\n\nLeena Koivuranta, puheenjohtaja\nMarkus Tervahauta, varapuheenjohtaja\n"
            "Sirpa Kallioniemi, jäsen\nOlli Ruohomaa, jäsen\n")
    got = _posts(tmp_path, text)
    assert ("Olli Ruohomaa", "Hallitus", "jäsen") in got
    assert ("Sirpa Kallioniemi", "Hallitus", "jäsen") in got


@needs_voikko
def test_a_named_association_keeps_its_boards_roster(tmp_path: Path) -> None:
    # the page names its association: the members' posts are the association's, no bare board is made
    text = (_OPENING + "\n\nHallitus 2021\n\nLeena Koivuranta, puheenjohtaja\nMarkus Tervahauta, varapuheenjohtaja\n"
            "Sirpa Kallioniemi, jäsen\nOlli Ruohomaa, jäsen\n")
    got = _posts(tmp_path, text)
    assert ("Olli Ruohomaa", "Kainuun Omaishoitajat ry", "jäsen") in got
    assert not any(obj == "Hallitus" for _, obj, _ in got)


@needs_voikko
def test_a_board_heading_without_a_roster_is_no_body(tmp_path: Path) -> None:
    doc = tmp_path / "sivu.txt"
    doc.write_text("Hallitus\n\nHallitus kokoontuu kuusi kertaa vuodessa. Leena Koivuranta kertoo lisää.\n",
                   encoding="utf-8")
    ex = extract_document(load_document(doc))
    assert not any(e.type == "Body" for e in ex.entities.values())

"""A regional council's grant table with an applicant column and a project column (header_granter.py), and a
project's name that stops at a table's cell border (entities.py)."""

from __future__ import annotations

from decimal import Decimal

from tests.helpers import entity_labels, labelled_grants, needs_voikko

OPEN = ("Lapin liitto myönsi maakunnan kehittämisrahaa hankkeille.\n\n"
        "Maakuntahallitus teki päätökset kokouksessaan.\n\n")
ROWS = [("Lapin yliopisto", "Arktinen hyvinvointi -hanke", "120 000"), ("Tornion kaupunki", "Rajalla-hanke", "38 500")]


def _grants(text: str) -> set[tuple[str, str, Decimal | None]]:
    return labelled_grants(text, "news")


@needs_voikko
def test_a_project_name_stops_at_a_cell_border() -> None:
    text = OPEN + "| Hakija | Hanke | Myönnetty |\n| Lapin yliopisto | Arktinen hyvinvointi -hanke | 120 000 € |\n"
    projects = entity_labels(text, "Project")
    assert "Arktinen hyvinvointi" in projects
    assert not any("|" in p for p in projects)


@needs_voikko
def test_the_project_column_receives_the_row_s_sum_from_the_opening_s_granter() -> None:
    for rows in (ROWS, ROWS[::-1]):
        table = "| Hakija | Hanke | Myönnetty |\n" + "\n".join(f"| {a} | {h} | {s} € |" for a, h, s in rows)
        found = _grants(OPEN + table + "\n")
        assert ("Lapin liitto", "Arktinen hyvinvointi", Decimal("120000")) in found
        assert ("Lapin liitto", "Rajalla", Decimal("38500")) in found
        # the applicant column is no receiver of the row's sum, and the university in it no other giver
        assert not any(r in {"Lapin yliopisto", "Tornio"} and a is not None for _, r, a in found)


@needs_voikko
def test_a_row_naming_two_projects_pairs_neither() -> None:
    table = ("| Hakija | Hanke | Myönnetty |\n"
             "| Lapin yliopisto | Arktinen hyvinvointi -hanke ja Rajalla-hanke | 120 000 € |\n"
             "| Tornion kaupunki | Kylät kuntoon -hanke | 38 500 € |\n")
    found = _grants(OPEN + table)
    assert not any(a == Decimal("120000") for *_, a in found)


@needs_voikko
def test_a_table_flattened_one_cell_a_paragraph_pairs_each_sum_cell_with_its_row() -> None:
    for head in ("Hakija\n\nHanke\n\nMyönnetty\n\n", ""):
        rows = [*ROWS, ("Rovaniemen kaupunki", "Kylät kuntoon -hanke", "20 000")]
        text = OPEN + head + "\n\n".join(f"{a}\n\n{h}\n\n{s} €" for a, h, s in rows) + "\n"
        found = _grants(text)
        assert ("Lapin liitto", "Arktinen hyvinvointi", Decimal("120000")) in found, head
        assert ("Lapin liitto", "Kylät kuntoon", Decimal("20000")) in found, head
    two = ("Kulttuurilautakunnan avustukset 2024\n\nKulttuurilautakunta on jakanut vuoden 2024 toiminta-avustukset."
           "\n\nKangasalan Kuvataideyhdistys ry\n\n1 800 €\n\nYstäväntupa ry (Ähtäri)\n\n500 €\n")
    found = _grants(two)
    assert ("Kulttuurilautakunta", "Kangasalan Kuvataideyhdistys ry", Decimal("1800")) in found
    assert ("Kulttuurilautakunta", "Ystäväntupa ry", Decimal("500")) in found


@needs_voikko
def test_a_sum_paragraph_after_prose_or_two_organisations_pairs_nothing() -> None:
    text = (OPEN + "Hankkeita hallinnoivat Lapin yliopisto ja Tornion kaupunki yhdessä alueen kuntien kanssa koko "
            "ohjelmakauden ajan.\n\n120 000 €\n\nLapin yliopisto\n\nTornion kaupunki\n\n38 500 €\n")
    assert not any(a in {Decimal("120000"), Decimal("38500")} for *_, a in _grants(text))


RESEARCH = ("STM rahoittaa sosiaalityön tutkimusta\n\nSosiaali- ja terveysministeriö myönsi rahoitusta "
            "tutkimushankkeille.\n\nRahoitusta saavat seuraavat tutkimushankkeet (tutkimushanke, hakijataho, "
            "vastuututkija, avustusmäärä):\n\n{rows}\n")
RESEARCH_ROWS = ["Lasten arviointi ja työskentely vaativissa tilanteissa (LATU), Lapin yliopisto, Liisa Aho, "
                 "468 531 euroa",
                 "Perheet ja työ lapsi- ja perhesosiaalityössä (PERTU), Jyväskylän yliopisto, Outi Kivi, 450 103 euroa",
                 "Johtajat puristuksessa (PURJO), Itä-Suomen yliopisto, Sanna Laulainen, 438 347 euroa"]


@needs_voikko
def test_research_grant_rows_without_bullets_keep_their_titles_and_sums() -> None:
    for bullet in ("• ", ""):
        found = _grants(RESEARCH.format(rows="\n".join(bullet + r for r in RESEARCH_ROWS)))
        receivers = {(r, a) for _, r, a in found}
        assert ("Lasten arviointi ja työskentely vaativissa tilanteissa", Decimal("468531")) in receivers, bullet
        assert ("Johtajat puristuksessa", Decimal("438347")) in receivers, bullet


@needs_voikko
def test_an_unbulleted_line_without_an_acronym_is_no_title_row() -> None:
    text = RESEARCH.format(rows="Hankkeiden rahoitus jakautuu tasan, Jyväskylän yliopisto ja muut, 900 000 euroa")
    assert "Hankkeiden rahoitus jakautuu tasan" not in entity_labels(text, "Project")


def _sum_of(row: str) -> str:
    return row.rsplit(", ", 1)[1].replace(" euroa", " €")


@needs_voikko
def test_research_grant_rows_as_table_cells_keep_their_sums() -> None:
    fields = [r.rsplit(", ", 1)[0] for r in RESEARCH_ROWS]
    layouts = {"cells": "\n".join(f"{f}\n{_sum_of(r)}" for f, r in zip(fields, RESEARCH_ROWS, strict=True)),
               "table": "\n".join(f"| {f} | {_sum_of(r)} |" for f, r in zip(fields, RESEARCH_ROWS, strict=True))}
    for layout, rows in layouts.items():
        receivers = {(r, a) for _, r, a in _grants(RESEARCH.format(rows=rows))}
        assert ("Lasten arviointi ja työskentely vaativissa tilanteissa", Decimal("468531")) in receivers, layout
        assert ("Johtajat puristuksessa", Decimal("438347")) in receivers, layout
        assert not any(r in {"Lapin yliopisto", "Jyväskylän yliopisto"} for r, _ in receivers), layout

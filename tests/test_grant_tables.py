"""A regional council's grant table with an applicant column and a project column (header_granter.py), and a
project's name that stops at a table's cell border (entities.py)."""

from __future__ import annotations

from decimal import Decimal

from tests.helpers import entity_labels, extract, needs_voikko

OPEN = ("Lapin liitto myönsi maakunnan kehittämisrahaa hankkeille.\n\n"
        "Maakuntahallitus teki päätökset kokouksessaan.\n\n")
ROWS = [("Lapin yliopisto", "Arktinen hyvinvointi -hanke", "120 000"), ("Tornion kaupunki", "Rajalla-hanke", "38 500")]


def _grants(text: str) -> set[tuple[str, str, Decimal | None]]:
    ex = extract(text, "news")
    label = {iri: e.label for iri, e in ex.entities.items()}
    return {(label[f.subject], label[f.object], f.amount) for f in ex.facts if f.predicate == "funds"}


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

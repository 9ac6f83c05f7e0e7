"""Projects named by the first cell of a pipe table whose first column holds projects' names
(extract/table_project_names.py): a row wrapped over lines starts after a line that ends with a border."""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer

TABLE = ("Koulun hankkeet\n\nHankkeen nimi | Hankeaika | Avustus | Kuvaus |\n"
         "Pienryhmäopetus | 1.1.2024-31.12.2025\n(avustus maksetaan kahdessa erässä) | 40 000 | Tukea oppimiseen. |\n"
         "Metsäkoulu Together (Viron hallinnoima) | 1.8.2024-31.7.2026 | 9 000 |\n| 9 000 | Opetusta ulkona. |\n"
         "Yhteensä | | 49 000 | |\n")


def _projects(text: str) -> set[str]:
    ex = extract_document(record(text, kind="minutes"), gazetteer=reference_gazetteer())
    return {e.label for e in ex.entities.values() if e.type == "Project"}


def test_first_cells_of_rows_under_a_name_column_are_projects() -> None:
    projects = _projects(TABLE)
    assert {"Pienryhmäopetus", "Metsäkoulu Together"} <= projects
    assert not any(p.startswith(("Yhteensä", "(avustus")) or "9 000" in p for p in projects)


def test_a_table_whose_first_column_is_no_projects_name_gives_none() -> None:
    assert not _projects(TABLE.replace("Hankkeen nimi |", "Koulun nimi |"))

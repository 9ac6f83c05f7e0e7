"""A project named in an item title before a head written apart in the illative ("Osallistuminen Kylien voima
hankkeeseen") is the project the item decides; an organisation's genitive there names none ("Lapin liiton
hankkeeseen": whose project, not which) (extract/item_titles.py title_projects).

Written for these tests: invented project names in short minutes of a real municipality's board.
"""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document

MINUTES = """Pelkosenniemen kunta
Kunnanhallitus
PÖYTÄKIRJA 5/2024

§ 34 {title}

Esittelijä: kunnanjohtaja Matti Virtanen

Asia on valmisteltu.

Ehdotus:
Kunnanhallitus päättää hyväksyä asian esityksen mukaisesti.

Päätös:
Ehdotus hyväksyttiin.
"""


def _projects_decided(title: str) -> tuple[list[str], list[str]]:
    ex = extract_document(record(MINUTES.format(title=title), kind="minutes"))
    projects = [e.label for e in ex.entities.values() if e.type == "Project"]
    decided = [ex.entities[f.object].label for f in ex.facts
               if f.predicate == "decides" and f.object in ex.entities]
    return projects, decided


def test_a_name_before_the_illative_head_written_apart() -> None:
    projects, decided = _projects_decided("Osallistuminen Kylien voima hankkeeseen")
    assert projects == ["Kylien voima"], projects
    assert decided == ["Kylien voima"], decided


def test_a_share_before_the_name() -> None:
    projects, _ = _projects_decided("Rahoitusosuus Tuulen Tuvat projektiin")
    assert projects == ["Tuulen Tuvat"], projects


def test_an_owners_genitive_names_no_project() -> None:
    assert _projects_decided("Osallistuminen Lapin liiton hankkeeseen") == ([], [])
    assert _projects_decided("Osallistuminen Pohjoisen Kylät ry:n hankkeeseen") == ([], [])

"""A bracketed short name right after a dash-headed project name ("X -hankkeessa (InnoGIS-hanke)") is the same
project: the two mentions resolve to one entity, so that document-level rules find one main project."""

from __future__ import annotations

from tests.helpers import make_gazetteer, record
from welfare_kg.extract.document import extract_document

GAZ = make_gazetteer()


def _projects(text: str) -> list[set[str]]:
    ex = extract_document(record(text), gazetteer=GAZ)
    return [e.labels for e in ex.entities.values() if e.type == "Project"]


def test_bracketed_short_name_with_head_is_the_same_project() -> None:
    text = ("Paikkatiedon verkoston kehittäminen Kainuussa -hankkeessa (VerGIS-hanke) kehitettiin palveluja. "
            "VerGIS-hanke päättyi vuonna 2014.")
    projects = _projects(text)
    assert len(projects) == 1, projects
    assert any("VerGIS" in label for label in projects[0])


def test_bracketed_word_that_is_no_short_name_stays_apart() -> None:
    text = "Paikkatiedon verkoston kehittäminen Kainuussa -hankkeessa (katso liite) kehitettiin palveluja."
    projects = _projects(text)
    assert all(not any("katso" in label for label in labels) for labels in projects)

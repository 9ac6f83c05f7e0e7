"""A Swedish item title naming a matter of the procedure ("Understöd till föreningar", "Ansökan om anslag") is no
project's name, even right after an item about a project (item_title_runs._name_like). Invented minutes; the town is
a real one of the reference data."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import labels_of, needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders import load_document

pytestmark = needs_voikko

_MINUTES = (
    "Kommunstyrelsen\n"
    "§ 112 Deltagande i projektet Trygga hem för äldre\n"
    "Beredare: utvecklingschef Anna Holm, anna.holm@korsholm.fi\n"
    "Förslag: Kommunstyrelsen beslutar att delta i projektet och reserverar 12 000 euro för kommunens andel.\n"
    "Beslut: Förslaget godkändes.\n"
    "§ 113 Understöd till föreningar\n"
    "Förslag: Kommunstyrelsen beviljar Smedsby Ungdomsförening rf 1 500 euro.\n"
    "Beslut: Förslaget godkändes.\n"
    "§ 114 Ansökan om anslag för skolresor\n"
    "Förslag: Ansökan avslås.\n"
    "Beslut: Förslaget godkändes.\n"
)


def test_procedural_titles_are_no_projects(tmp_path: Path) -> None:
    path = tmp_path / "ks.txt"
    path.write_text(_MINUTES, encoding="utf-8")
    ex = extract_document(load_document(path))
    projects = labels_of(ex, "Project")
    assert "Trygga hem för äldre" in projects
    assert not projects & {"Understöd till föreningar", "Ansökan om anslag för skolresor"}

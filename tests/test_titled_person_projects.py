"""A titled person's genitive before a bare project head says whose project, it names none
(extract/undertaking_names.py `_titled_surname`). Invented names."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def _projects(text: str) -> set[str]:
    ex = extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))
    return {e.label for e in ex.entities.values() if e.type == "Project"}


def test_professors_project_is_no_name() -> None:
    projects = _projects("Professori Liisa Mäki-Kuusela-Harjun hanke osallistuu konsortioon. Professori "
                         "Mäki-Kuusela-Harjun hanke saa 600 000 euroa.")
    assert not any("Harju" in p for p in projects)


def test_an_associations_genitive_still_names() -> None:
    assert "Juha Sipilän hallituksen kärkihanke" in _projects("Juha Sipilän hallituksen kärkihanke alkoi.")

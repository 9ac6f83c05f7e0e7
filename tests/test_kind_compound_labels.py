"""A capitalised compound of a kind of project ("Toteutushanke:" as a card's field label, "Leaderhanke") names no
project (extract/undertaking_names.py `_KIND_OF_UNDERTAKING`). Invented names."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def _projects(text: str) -> set[str]:
    ex = extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))
    return {e.label for e in ex.entities.values() if e.type == "Project"}


def test_kind_compounds_are_no_names() -> None:
    projects = _projects("Toimintaryhmä: Pohjolan Kehittämisyhdistys ry Toteutushanke: hallitus on puoltanut "
                         "rahoittamista. Tavoitteena oli käynnistää kansainvälinen Leaderhanke.")
    assert "Toteutushanke" not in projects and "Leaderhanke" not in projects


def test_a_capitalised_compound_name_still_names() -> None:
    assert "Kuntakokeiluhanke" in _projects("Kunta on mukana Kuntakokeiluhankkeessa.")

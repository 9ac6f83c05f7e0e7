"""A programme's name compounded with a project word ("Leader-hanke", "yksi Leader-hankkeista") names some project
of the programme, not the programme: it is no target of what a sentence says of "the project", nor a page's focus.
A compound that goes on to a programme word ("Elämänote-hankekokonaisuus") stays the programme. Invented texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.model import Mention
from welfare_kg.extract.programme_project_words import names_programme_project
from welfare_kg.loaders.record import DocumentRecord


def _facts(text: str) -> set[tuple[str, str, str]]:
    ex = extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))
    return {(ex.entities[f.subject].label, f.predicate, ex.entities[f.object].label) for f in ex.facts
            if f.predicate != "holdsPost"}


@pytest.mark.parametrize(("surface", "project"), [
    ("Leader-hanke", True), ("Leader-hankkeista", True), ("Leader-hanketta", True), ("Interreg-projektin", True),
    ("Elämänote-hankekokonaisuuteen", False), ("Leader-ohjelma", False), ("Leader-projektiohjelma", False),
])
def test_project_compound_of_a_programme(surface: str, project: bool) -> None:
    m = Mention(start=0, end=len(surface), surface=surface, label="Leader", type="Programme", rule="gazetteer")
    assert names_programme_project(m) is project


@needs_voikko
def test_unnamed_leader_project_gives_the_programme_no_facts() -> None:
    facts = _facts("Leader-hanke\nVirtaniemen Kylät ry:n (hallinnoija) ja Virtaniemen Liikunta ry:n (osatoteuttaja) "
                   "yhteinen kehittämishanke käynnistyy syksyllä.\nHanke toteutetaan EU:n maaseuturahaston tuella ja "
                   "hanke on yksi Kehittämisyhdistys Kalakukko ry:n rahoittamista Leader-hankkeista.")
    assert not any(o == "Leader-ohjelma" for _s, _p, o in facts)


@needs_voikko
def test_named_leader_project_keeps_its_funders() -> None:
    facts = _facts("Kylävoima-hanke\nKylävoima-hanke toteutetaan EU:n maaseuturahaston tuella ja hanke on yksi "
                   "Kehittämisyhdistys Kalakukko ry:n rahoittamista Leader-hankkeista.")
    assert ("Kehittämisyhdistys Kalakukko ry", "funds", "Kylävoima") in facts
    assert ("Euroopan maaseudun kehittämisen maatalousrahasto", "funds", "Kylävoima") in facts

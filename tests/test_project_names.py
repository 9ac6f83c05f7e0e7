"""Project and programme names in the shapes real documents write them, with clean boundaries.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.helpers import record
from welfare_kg.extract.document import extract_document

UNDERTAKINGS = {"Project", "Programme", "WorkPackage"}


def undertakings(text: str) -> set[tuple[str, str]]:
    ex = extract_document(record(text))
    return {(e.type, e.label) for e in ex.entities.values() if e.type in UNDERTAKINGS}


@pytest.mark.parametrize(("text", "expected"), [
    # a head word, then the name, up to the verb or the sentence's end
    ("Lautakunta hyväksyi hankkeen Kummelin peruskorjaus.", ("Project", "Kummelin peruskorjaus")),
    ("Hanke Hyvä arki käynnistyy syksyllä.", ("Project", "Hyvä arki")),
    ("Kunta osallistuu hankkeeseen Kotona kaikki hyvin.", ("Project", "Kotona kaikki hyvin")),
    # the name in the nominative before a head written without its dash
    ("Kunta osallistuu Koulutuksen ennakointi projektiin.", ("Project", "Koulutuksen ennakointi projekti")),
    # inner capitals in a name glued to its head
    ("Hallitus päätti osallistua UusOptimi-projektiin.", ("Project", "UusOptimi")),
    # a genitive chain with an action noun, opened by a capital
    ("Kaupunginhallitus päätti osallistua Työllisyyden edistämisen kuntakokeiluun.",
     ("Project", "Työllisyyden edistämisen kuntakokeilu")),
    # an acronym in brackets after the head, Finnish and Swedish
    ("Kunta osallistuu kehittämishankkeeseen (KEHO) vuosina 2020-2022.", ("Project", "KEHO")),
    ("Representant till integrationsprojektets (IMMI) styrgrupp utses.", ("Project", "IMMI")),
    ("Socialnämnden deltar i IMMI-projektet tillsammans med Vasa.", ("Project", "IMMI")),
])
def test_project_name_shapes(text: str, expected: tuple[str, str]) -> None:
    assert expected in undertakings(text)


def test_a_named_compound_keeps_its_bracketed_acronym() -> None:
    ex = extract_document(record("Kunta osallistuu Lapin hyvinvointihankkeeseen (LAHY)."))
    projects = [e for e in ex.entities.values() if e.type == "Project"]
    assert [e.label for e in projects] == ["Lapin hyvinvointihanke"]
    assert "LAHY" in projects[0].labels | {projects[0].attrs.get("acronym")}


@pytest.mark.parametrize("text", [
    "Hankkeen Kainuun alueella toimiva ohjausryhmä kokoontui.",  # a place after the head
    "Hankkeessa Matti Virtanen toimii johtajana.",  # a person after the head
    "Hanke Yhteistyö alkaa.",  # one common word says what kind, not which
    "EU-osarahoitteinen hanke käynnistyi.",  # how it is funded is no name
    "Hankkeelle myönnettiin valtionavustus.",
    "Lautakunta päätti Lapin osallistumisen hankkeeseen.",  # a place's act, not a name
    "Huvudmålgrupper för projektet är barnfamiljer.",
    "Kaupunki osallistuu Lapin hyvinvointi hankkeeseen.",  # a known place does not open an appositive name
])
def test_no_project_named(text: str) -> None:
    assert not {u for u in undertakings(text) if u[0] == "Project"}

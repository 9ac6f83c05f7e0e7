"""An English title in title case before a Finnish project head ("Walkers On Wheels -hanke",
extract/undertaking_names.py `_title_case_on`): its capitalised "On" is a preposition of the name, while the Finnish
verb "on" still ends a name read backwards from the head."""

from __future__ import annotations

from helpers import record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import Gazetteer


def _projects(gaz: Gazetteer, text: str) -> set[str]:
    out = extract_document(record(text), gazetteer=gaz)
    return {e.label for e in out.entities.values() if e.type == "Project"}


def test_a_capitalised_on_between_title_words_stays_in_the_name(gaz: Gazetteer) -> None:
    text = "Nuorisoseura sai 8 000 euroa Dancers On Stage -hankkeelle syksyllä."
    projects = _projects(gaz, text)
    assert "Dancers On Stage" in projects
    assert "Stage" not in projects


def test_the_finnish_verb_on_still_ends_the_name(gaz: Gazetteer) -> None:
    text = "Tavoitteena on Kylän Kunto -hanke, joka alkaa syksyllä."
    projects = _projects(gaz, text)
    assert "Kylän Kunto" in projects
    assert not any(p.lower().startswith(("on ", "tavoitteena")) for p in projects)

"""A town in a locative case inside a project's name is where the project works (extract/document.py, _town_where).
Texts written for these tests; the projects are invented."""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document


def covers(text: str) -> set[tuple[str, str]]:
    ex = extract_document(record(text))
    return {(ex.entities[f.subject].label, ex.entities[f.object].label) for f in ex.facts
            if f.predicate == "coversArea"}


def test_inessive_town_in_a_project_name() -> None:
    facts = covers("Kaupunki käynnisti Kotona Kuopiossa -hankkeen viime vuonna. Hanke päättyy keväällä.")
    assert any(area.startswith("Kuopio") for _project, area in facts)


def test_genitive_town_in_a_project_name_is_no_area() -> None:
    facts = covers("Kaupunki käynnisti Kuopion Kotiapu -hankkeen viime vuonna. Hanke päättyy keväällä.")
    assert not any(area.startswith("Kuopio") and project.startswith("Kuopion Kotiapu") for project, area in facts)

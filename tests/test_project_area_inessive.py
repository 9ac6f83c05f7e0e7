"""The focus areas of what was done in a project, "Hankkeessa toteutettujen toimenpiteiden painopistealueina olivat A,
B ja C", are the project's area as "Hankkeen painopistealueina olivat ..." are (extract/area_phrases.py). Texts
written for these tests; the project is invented."""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document


def covers(text: str) -> set[tuple[str, str]]:
    ex = extract_document(record(text))
    return {(ex.entities[f.subject].type, ex.entities[f.object].label) for f in ex.facts
            if f.predicate == "coversArea"}


def test_inessive_project_then_area_essive() -> None:
    text = ("Jokivarren Virkistys -hanke toteutettiin vuosina 2012-2014. Hankkeen toteuttaja oli Jokiseura ry. "
            "Hankkeessa toteutettujen toimenpiteiden painopistealueina olivat Somero, Marttila ja Sauvo.")
    facts = covers(text)
    assert {("Project", "Somero"), ("Project", "Marttila"), ("Project", "Sauvo")} <= facts
    assert not any(kind == "Association" for kind, _area in facts)

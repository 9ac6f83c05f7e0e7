"""The place a list's lead-in locates its projects in, when the lead-in runs on one line with what went before
(extract/project_lists.py `_lead_area`). Invented texts only."""

from __future__ import annotations

from helpers import record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer


def _areas(text: str) -> set[tuple[str, str]]:
    out = extract_document(record(text), gazetteer=reference_gazetteer())
    label = {i: e.label for i, e in out.entities.items()}
    return {(label.get(f.subject, f.subject), label.get(f.object, f.object)) for f in out.facts
            if f.predicate == "coversArea"}


def test_a_lead_in_inside_a_long_line_reads_only_its_own_place() -> None:
    # a transcript's one line: places named before the lead-in are no places of its list
    text = ("1 Raportti Toiminta-alueella Oulussa ja Kemissä on tehty kyläsuunnitelmia. Kainuussa on käynnissä "
            "useita hankkeita: Kylätuvat kuntoon, Reittirinki ja Tuulet ja tuvat. Työ jatkuu.")
    got = _areas(text)
    assert ("Reittirinki", "Kainuu") in got, got
    assert not any(o in {"Oulu", "Kemi"} for s, o in got if s == "Reittirinki"), got

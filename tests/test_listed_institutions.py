"""A town's or a university's own institutions listed under a participant line ("Hankkeessa mukana" over bullets)
take part in the project like any organisation; a project's own working group does not. Texts written for these
tests."""

from __future__ import annotations

from helpers import record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer


def _participants(text: str) -> set[str]:
    out = extract_document(record(text), gazetteer=reference_gazetteer())
    label = {i: e.label for i, e in out.entities.items()}
    return {label.get(f.subject, f.subject) for f in out.facts if f.predicate == "participatesIn"}


def test_institutes_under_a_participant_line_take_part() -> None:
    text = ("Lukutaito kaikille -hanke\n\nToteutusaika: 2024–2025\n\nHankkeessa mukana\n\n"
            " • Tornion kansalaisopisto\n • Mäntsälän kansalaisopisto\n\n"
            "Hankkeen tavoitteena on lisätä lukemista.")
    assert {"Tornion kansalaisopisto", "Mäntsälän kansalaisopisto"} <= _participants(text)


def test_a_working_group_is_no_partner() -> None:
    text = ("Lukutaito kaikille -hanke\n\nHankkeessa mukana\n\n • Mikkelin kansalaisopisto\n"
            " • Mikkelin kaupungin ohjausryhmä\n\nHankkeen tavoitteena on lisätä lukemista.")
    parts = _participants(text)
    assert "Mikkelin kansalaisopisto" in parts
    assert not {p for p in parts if "ryhmä" in p}

"""A funder inside a conditional clause ("Jos X myöntää ...") grants nothing yet."""

from __future__ import annotations

from helpers import ID, record

from welfare_kg.extract.conditional_clauses import in_conditional_clause
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer


def _funds(text: str) -> set[tuple[str, str]]:
    out = extract_document(record(text), gazetteer=reference_gazetteer())
    label = {iri: min(e.labels) for iri, e in out.entities.items()}
    return {(label.get(f.subject, f.subject.removeprefix(ID)), label.get(f.object, f.object.removeprefix(ID)))
            for f in out.facts if f.predicate == "funds"}


def test_the_clause_of_a_conditional_conjunction() -> None:
    text = "Kunta sitoutuu osuuteensa, jos ministeriö myöntää rahoituksen."
    assert in_conditional_clause(text, text.index("ministeriö"))
    assert not in_conditional_clause(text, text.index("Kunta"))
    text = "Mikäli ELY-keskus myöntää tuen, hanke alkaa syksyllä."
    assert in_conditional_clause(text, text.index("ELY"))
    assert not in_conditional_clause(text, text.index("hanke"))
    text = "Om Tillväxtverket beviljar stöd startar projektet i höst."
    assert in_conditional_clause(text, text.index("Tillväxtverket"))


def test_a_grant_still_to_come_is_no_funding() -> None:
    text = ("Kylätalkkari-hanke\n\n"
            "Jos sosiaali- ja terveysministeriö myöntää Kylätalkkari-hankkeelle 80 000 euroa, hanke alkaa syksyllä.\n")
    assert not any(s.startswith("Sosiaali- ja terveysministeriö") for s, _ in _funds(text))
    text = ("Kylätalkkari-hanke\n\n"
            "Sosiaali- ja terveysministeriö myönsi Kylätalkkari-hankkeelle 80 000 euroa, ja hanke alkaa syksyllä.\n")
    assert any(s.startswith("Sosiaali- ja terveysministeriö") for s, _ in _funds(text))

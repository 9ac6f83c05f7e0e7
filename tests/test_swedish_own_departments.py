"""A Swedish administration's departments named by a capitalised compound in the definite form, and a place-and-date
line after "i" that names where a body sits, not whose it is.

All texts here are invented; they imitate layouts, not particular documents.
"""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document


def _bodies(text: str) -> tuple[set[str], set[tuple[str, str]]]:
    out = extract_document(record(text, kind="minutes"))
    labels = {e.label for e in out.entities.values() if e.type == "Body"}
    part_of = {(out.entities[f.subject].label, f.object) for f in out.facts
               if f.predicate == "partOf" and f.subject in out.entities}
    return labels, part_of


def test_definite_department_compounds_are_bodies_named_as_written() -> None:
    labels, _ = _bodies("Protokoll fört vid enskild föredragning. Hälso- och omsorgsavdelningen Familjebyrån, "
                        "beslut nr 4. Förvaringsplats för protokollet: Omsorgsförvaltningen.")
    assert {"Hälso- och omsorgsavdelningen", "Familjebyrån", "Omsorgsförvaltningen"} <= labels


def test_the_bare_head_or_a_lower_case_field_is_no_department() -> None:
    labels, _ = _bodies("Förvaltningen har berett ärendet. Svar på remiss om den digitala förvaltningen. "
                        "Avdelningen informerar.")
    assert not any(x.lower().endswith(("förvaltningen", "avdelningen")) for x in labels)


def test_a_place_and_date_after_i_is_where_the_body_sits_not_its_owner() -> None:
    _, part_of = _bodies("Protokollet har framlagts på Omsorgsförvaltningen i Pargas 20.4.2016.")
    assert not any(label == "Omsorgsförvaltningen" for label, _ in part_of)

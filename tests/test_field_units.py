"""A unit named with its organisation inside a card field ("Hallinnoija: X, Y-yksikkö") stays part of it: the field's
own facts replace prose rules' facts there, but not the unit's place in its organisation (extract/pages.py)."""

from __future__ import annotations

from helpers import ID, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer


def _card(field: str) -> tuple[set[tuple[str, str, str]], dict]:
    text = ("Kylätalot kuntoon -hanke\n\nToteuttajat\n\n" + field + "\n\nToteutusaika: 1.3.2020 - 31.12.2022\n\n"
            "Hankkeessa kunnostetaan kylätaloja ja kehitetään niiden käyttöä.\n")
    out = extract_document(record(text), gazetteer=reference_gazetteer())
    return {(f.subject, f.predicate, f.object) for f in out.facts}, out.entities


def test_a_unit_after_its_organisation_in_the_administrator_field() -> None:
    facts, ents = _card("Hallinnoija: Lapin ammattikorkeakoulu, Matkailun tutkimusyksikkö")
    unit = next(i for i, e in ents.items() if e.type == "Body" and e.label.lower().endswith("tutkimusyksikkö"))
    parents = {o for s, p, o in facts if s == unit and p == "partOf"}
    assert parents and all(ents[o].type != "Body" and "Lapin" in ents[o].label for o in parents)


def test_two_organisations_in_a_field_are_no_parts_of_each_other() -> None:
    facts, ents = _card("Hallinnoija: Lapin ammattikorkeakoulu, Oulun kaupunki")
    assert not {(s, o) for s, p, o in facts if p == "partOf" and ents.get(s) and ents[s].type != "Municipality"}
    assert ID + "municipality/564" in ents

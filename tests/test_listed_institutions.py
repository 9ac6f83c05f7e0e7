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



def test_a_town_in_brackets_after_a_listed_association_is_its_home() -> None:
    from welfare_kg.extract.lists import _seat
    from welfare_kg.extract.model import Mention

    text = "olivat Kerkkoon lukupiiri ry (Porvoo), Mallusjoen lukupiiri ry ja Pukkila."
    org = Mention(start=7, end=28, surface="Kerkkoon lukupiiri ry", label="Kerkkoon lukupiiri ry", type="Association")
    town = Mention(start=30, end=36, surface="Porvoo", label="Porvoo", type="Municipality", case="nimento")
    other = Mention(start=39, end=62, surface="Mallusjoen lukupiiri ry", label="Mallusjoen lukupiiri ry",
                    type="Association")
    last = Mention(start=66, end=73, surface="Pukkila", label="Pukkila", type="Municipality", case="nimento")
    assert text[town.start:town.end] == "Porvoo" and text[last.start:last.end] == "Pukkila"
    assert _seat(text, org, town)  # in brackets right after the association: where it is
    assert not _seat(text, other, last)  # a town of its own in the list: a partner

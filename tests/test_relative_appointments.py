"""Appointees named before the appointing verb (extract/relative_appointments.py); the texts are invented."""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.model import Extraction
from welfare_kg.extract.relative_appointments import RULE

DECISION = ("Raahen kaupunki Sivistyslautakunta\n"
            "Ohjausryhmän puheenjohtajaksi nimeän opetustoimen johtaja Kari Moilanen. Hankkeen koordinaattorina "
            "toimii kirjastotoimen suunnittelija Aila Pekkala, jonka nimeän ohjausryhmän sihteeriksi.\n")


def _seats(ex: Extraction) -> set[tuple[str, str, str | None]]:
    return {(ex.entities[f.subject].label, ex.entities[f.object].label, f.post) for f in ex.facts
            if f.rule == RULE and f.subject in ex.entities and f.object in ex.entities}


def test_relative_clause_seats_the_name_before_it() -> None:
    seats = _seats(extract_document(record(DECISION, kind="minutes")))
    assert len(seats) == 1
    person, group, post = seats.pop()
    assert (person, post) == ("Aila Pekkala", "sihteeri") and group.lower().endswith("ohjausryhmä")


def test_group_of_another_kind_than_the_documents_seats_nobody() -> None:
    text = DECISION.replace("ohjausryhmän sihteeriksi", "työryhmän sihteeriksi")
    assert _seats(extract_document(record(text, kind="minutes"))) == set()

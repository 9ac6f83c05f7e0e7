"""A Swedish project name read up to the verb after "projektet" ends in no conjunction or preposition
(running_names._swedish_run): "projektet X och betalar" joins the verb's clause to the name. Names are invented."""

from __future__ import annotations

from tests.helpers import entity_labels, needs_voikko

pytestmark = needs_voikko


def _projects(text: str) -> set[str]:
    return entity_labels(text, "Project")


def test_name_before_och_and_a_verb_ends_before_och() -> None:
    assert _projects("Kommunen deltar i projektet Trygga hem och betalar 4 000 euro.") \
        == {"Trygga hem"}


def test_och_inside_a_name_stays() -> None:
    assert _projects("Projektet Musik och rörelse pågår i två år.") == {"Musik och rörelse"}

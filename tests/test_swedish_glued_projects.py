"""A Swedish name in sentence case glued to its definite head ("Trygg vardag-projektet"), read from the capital
after a word in lower case (extract/undertaking_names.py `_swedish_glued_start`), on invented sentences."""

from __future__ import annotations

import pytest

from welfare_kg.extract.entities import Recogniser
from welfare_kg.extract.gazetteer import Gazetteer
from welfare_kg.extract.morphology import get_morphology
from welfare_kg.extract.text import sentences


def _projects(gaz: Gazetteer, text: str) -> list[str]:
    rec = Recogniser(gaz, get_morphology())
    return [m.label for s in sentences(text) for m in rec.sentence_mentions(s, text, title=False)
            if m.type == "Project" and not m.generic]


@pytest.mark.parametrize("text", [
    "Kommunen deltar i Byaliv i skärgården-projektet.",  # the verb and preposition before stay out
    "Föreningen har beviljat 5 000 euro till Byaliv i skärgården-projektet.",
    "Styrelsen stöder Byaliv i skärgården-projektets fortsättning.",
])
def test_the_name_runs_from_the_capital_to_the_glued_head(gaz: Gazetteer, text: str) -> None:
    assert _projects(gaz, text) == ["Byaliv i skärgården"]


def test_a_known_place_before_the_glued_head_is_no_project_name(gaz: Gazetteer) -> None:
    assert _projects(gaz, "Kommunen deltar i Vasa stad-projektet.") == []

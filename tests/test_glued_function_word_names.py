"""A capitalised pronoun, adverb or postposition glued to "-hanke" inside a sentence is a coined project name
("Lausunto Yhdessä-hankkeesta", extract/entities.py `_glued_name`); found on project-swapped copies
(eval/project_swap.py), where a coined name became a common word. At a sentence's start the capital says nothing,
so such a word stays out there."""

from __future__ import annotations

from welfare_kg.extract.entities import Recogniser
from welfare_kg.extract.gazetteer import Gazetteer
from welfare_kg.extract.morphology import get_morphology
from welfare_kg.extract.text import sentences


def _projects(gaz: Gazetteer, text: str) -> list[str]:
    rec = Recogniser(gaz, get_morphology())
    return [m.label for s in sentences(text) for m in rec.sentence_mentions(s, text, title=False)
            if m.type == "Project"]


def test_a_function_word_glued_to_the_head_inside_a_sentence_is_a_name(gaz: Gazetteer) -> None:
    assert "Yhdessä" in _projects(gaz, "Hallitus antoi lausunnon Yhdessä-hankkeesta kunnalle.")
    assert "Kohti" in _projects(gaz, "Yhtymähallitus merkitsi tiedoksi Kohti-hankkeen loppuraportin.")


def test_a_function_word_opening_a_sentence_is_not(gaz: Gazetteer) -> None:
    assert "Myös" not in _projects(gaz, "Myös-hanke ei ole nimi. Kunta jatkaa työtä.")

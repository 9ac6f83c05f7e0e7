"""A project named by one word: a capitalised common noun after its head word (extract/undertaking_names.py
`_lone_name`), or a word glued to "-osahanke", on invented sentences.

"hankkeessa Kotivoima.", "hankkeet Kylävoima ja Arjen apu", "Hanke Kotivoima alkoi": inside a sentence a writer
capitalises a common noun only as a name, so the word names the project when it ends its clause. A run-in heading
goes on with more words, a genitive head owns the noun after it, and a kind word names who, not which."""

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


@pytest.mark.parametrize(("text", "name"), [
    ("Kunta on mukana hankkeessa Kotivoima.", "Kotivoima"),  # the word ends the sentence
    ("Yhdistys käynnisti projektin Kylävoima, jota rahoittaa STEA.", "Kylävoima"),  # a comma ends the clause
    ("Rahoitusta saivat hankkeet Kylävoima ja Arjen apu.", "Kylävoima"),  # the next listed name follows "ja"
    ("Hanke Kotivoima alkoi keväällä.", "Kotivoima"),  # a finite verb after a head that opens the sentence
])
def test_one_capitalised_noun_that_closes_its_clause_names_the_project(gaz: Gazetteer, text: str, name: str) -> None:
    assert name in _projects(gaz, text)


def test_the_listed_name_stops_before_ja_and_the_next_name(gaz: Gazetteer) -> None:
    found = _projects(gaz, "STEA rahoittaa hankkeita Kylävoima ja Arjen apu.")
    assert "Kylävoima" in found
    assert not any(label.startswith("Kylävoima ja") for label in found)


@pytest.mark.parametrize("text", [
    "Hankkeen Loppuseminaari pidettiin toukokuussa.",  # a genitive head owns the noun after it
    "Hankkeen Kotisivut avautuivat.",  # a plural noun is no project's name
    "Raportti valmistui hankkeesta Raportti Hankkeen tavoitteet",  # a run-in heading goes on with more words
    "Kunta osallistui hankkeeseen Kunta maksaa osuuden",  # a kind word names who pays
])
def test_a_capitalised_noun_that_does_not_close_a_clause_is_no_name(gaz: Gazetteer, text: str) -> None:
    found = _projects(gaz, text)
    assert not [label for label in found if " " not in label], found


def test_a_sub_project_glued_to_its_one_word_name(gaz: Gazetteer) -> None:
    # "Kotivoima-osahankkeessa": a sub-project is named as a project is; a place glued to it names where it runs
    assert "Kotivoima" in _projects(gaz, "Kunta on mukana Kotivoima-osahankkeessa.")
    assert "Lappi" not in _projects(gaz, "Kunta on mukana Lappi-osahankkeessa.")

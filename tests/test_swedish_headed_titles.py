"""Project names written after a Swedish head word (extract/entities.py): an English title's lower-case small words
("of the", "for") continue the name between its capitalised words, and a quoted name after a word for a joint effort
("satsningen", "initiativet") is a project; on invented sentences."""

from __future__ import annotations

from welfare_kg.extract.entities import Recogniser
from welfare_kg.extract.gazetteer import Gazetteer
from welfare_kg.extract.morphology import get_morphology
from welfare_kg.extract.text import sentences


def _projects(gaz: Gazetteer, text: str) -> list[str]:
    rec = Recogniser(gaz, get_morphology())
    return [m.label for s in sentences(text) for m in rec.sentence_mentions(s, text, title=False)
            if m.type == "Project"]


def test_an_english_title_runs_through_its_small_words(gaz: Gazetteer) -> None:
    assert "Sailing of the North" in _projects(gaz, "Föreningen driver seglingsprojektet Sailing of the North.")
    assert "Care for All Ages" in _projects(gaz, "Kommunen deltar i projektet Care for All Ages under 2024.")


def test_a_swedish_place_after_an_english_title_is_no_part_of_it(gaz: Gazetteer) -> None:
    text = "Föreningen driver projektet Songs of the Coast i Vasa och Korsholm."
    assert "Songs of the Coast" in _projects(gaz, text)
    # the Swedish name keeps its place as before: the place is part of what it is called
    assert "Familjestöd i Närpes" in _projects(gaz, "Kommunen deltar i projektet Familjestöd i Närpes.")


def test_small_words_without_a_capital_after_end_the_name(gaz: Gazetteer) -> None:
    names = _projects(gaz, "Kommunen deltar i projektet Bright Days for the elderly.")
    assert "Bright Days" in names
    assert not any("elderly" in n for n in names)


def test_a_quoted_name_after_a_word_for_an_effort_is_a_project(gaz: Gazetteer) -> None:
    assert "Trygga barn i byn" in _projects(gaz, "Regionen leder satsningen ”Trygga barn i byn” sedan 2021.")
    assert "Unga röster" in _projects(gaz, 'Initiativet "Unga röster" samlar skolor i regionen.')


def test_the_effort_word_unquoted_names_nothing(gaz: Gazetteer) -> None:
    assert "Trygga barn" not in _projects(gaz, "Satsningen Trygga barn är viktig för regionen.")


def test_a_register_code_and_diary_number_after_the_name_are_no_part_of_it(gaz: Gazetteer) -> None:
    assert "Hemtjänstplanen" in _projects(gaz, "8 Pågående projekt Hemtjänstplanen BN 2020/64, BN 2021/7 Övrigt")
    # capitals that are the name's own, with no diary number after them, stay in it
    assert "Trygg IT" in _projects(gaz, "Kommunen deltar i projektet Trygg IT under året.")

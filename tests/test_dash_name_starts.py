"""Where a project's name before a dash-glued head begins when a list runs into it (extract/undertaking_names.py
`_name_start`), on invented sentences: an item after "sekä" that opens with a capital is a name of its own, and a
registered name's legal form ends that organisation's name; a title whose "sekä" joins words in lower case stays
whole."""

from __future__ import annotations

from welfare_kg.extract.entities import Recogniser
from welfare_kg.extract.gazetteer import Gazetteer
from welfare_kg.extract.morphology import get_morphology
from welfare_kg.extract.text import sentences


def _projects(gaz: Gazetteer, text: str) -> list[str]:
    rec = Recogniser(gaz, get_morphology())
    return [m.label for s in sentences(text) for m in rec.sentence_mentions(s, text, title=False)
            if m.type == "Project"]


def test_a_capital_after_seka_opens_the_next_item(gaz: Gazetteer) -> None:
    found = _projects(gaz, "Tukea saivat Kotiseutu ry kerhojen järjestämiseen sekä Kylien Voima -hankkeeseen.")
    assert "Kylien Voima" in found
    assert not any("sekä" in label or "Kotiseutu" in label for label in found), found


def test_a_legal_form_ends_the_organisation_before_a_project_name(gaz: Gazetteer) -> None:
    found = _projects(gaz, "Mukana on Kotiseutu ry Kylien Voima -hankkeessa.")
    assert not any(" ry" in label for label in found), found


def test_seka_joining_lower_case_words_stays_in_the_name(gaz: Gazetteer) -> None:
    found = _projects(gaz, "Hallitus käsitteli Lasten liikunta sekä harrastukset -hanketta.")
    assert any("sekä harrastukset" in label for label in found), found

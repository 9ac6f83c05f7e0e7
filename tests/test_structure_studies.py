"""A study of municipal structure ("A-B-C -kuntarakenneselvitys") runs as a project of the towns it joins, as a
merger study does (extract/recognition_words.py UNDERTAKING_HEADS); towns joined by hyphens before its head are
each a place it covers (extract/document.py `_leading_area`); a request or an application opening the next item
title ("Anomus valtiokonttorille ...") names no project of the run (extract/item_titles.py `_procedural`).
The minutes are invented; the towns are real ones of the reference lists."""

from __future__ import annotations

from helpers import labels_and_facts

_ITEMS = ("KUNNANHALLITUS PÖYTÄKIRJA 4/2014\n"
          "§ 20 Laukaa-Äänekoski-Konnevesi -kuntarakenneselvitys\n"
          "Kunnanhallitus päättää hyväksyä selvityksen loppuraportin.\n"
          "§ 21 Anomus maanmittauslaitokselle tilusjärjestelyn aloittamiseksi\n"
          "Kunnanhallitus päättää lähettää anomuksen.\n")


def test_a_structure_study_is_a_project_the_board_decides() -> None:
    ents, facts = labels_and_facts(_ITEMS, "minutes")
    name = "Laukaa-Äänekoski-Konnevesi -kuntarakenneselvitys"
    assert ("Project", name) in ents, ents
    assert any(p == "decides" and o == name for _s, p, o in facts), facts


def test_towns_joined_by_hyphens_are_each_covered() -> None:
    _ents, facts = labels_and_facts(_ITEMS, "minutes")
    name = "Laukaa-Äänekoski-Konnevesi -kuntarakenneselvitys"
    assert {(name, "coversArea", town) for town in ("Laukaa", "Äänekoski", "Konnevesi")} <= facts, facts


def test_an_application_title_after_a_project_names_none() -> None:
    ents, _facts = labels_and_facts(_ITEMS, "minutes")
    assert not any(label.startswith("Anomus") for _t, label in ents), ents


def test_a_region_written_with_a_hyphen_is_no_list_of_places() -> None:
    _ents, facts = labels_and_facts("Kunnanhallitus päätti osallistua Pohjois-Savon kehittämishankkeeseen.",
                                    "minutes")
    assert ("Pohjois-Savon kehittämishanke", "coversArea", "Pohjois-Savo") in facts, facts

"""Swedish sub-regions named after their town, and the Swedish clauses that say where an actor works.

Finland-Swedish news name a town's surroundings with one compound ("Vasaområdet", "Åbotrakten",
"Jakobstadsregionen"), where Finnish writes "Vaasan seutu". Lists of local groups then say "X som fungerar i A,
Y som fungerar i trakten av B och C samt Z som fungerar i D": each group covers the places of its own clause, and a
lead "I <region> är grupperna A, B och C" puts each in the region (extract/area_phrases.py, place-then-actors).
"""

from __future__ import annotations

import pytest
from helpers import found, labels_and_facts

from welfare_kg.extract.entities import Recogniser
from welfare_kg.extract.gazetteer import reference_gazetteer
from welfare_kg.extract.morphology import get_morphology


@pytest.fixture(scope="module")
def recogniser() -> Recogniser:
    return Recogniser(reference_gazetteer(), get_morphology())


@pytest.mark.parametrize(("text", "label"), [
    ("Föreningen ordnar kurser i Vasaområdet.", "Vasaområdet"),
    ("Det nya nätverket verkar i Åbotrakten.", "Åbotrakten"),
    ("Invånarna i Nystadsområdet fick ny service.", "Nystadsområdet"),  # "Nystad" linked by an -s
    ("Helsingforsområdets kommuner samarbetar.", "Helsingforsområdet"),  # the town's own -s, genitive -s off
    ("Skolorna i Borgånejden stängs.", "Borgånejden"),
])
def test_town_compound_is_a_cooperation_area(recogniser: Recogniser, text: str, label: str) -> None:
    areas = [m for m in found(recogniser, text) if m[0] == "CooperationArea"]
    assert areas and areas[0][2].startswith(label), found(recogniser, text)


@pytest.mark.parametrize("text", [
    "Kulturområdet får mer pengar.",  # no town before the head
    "Skolområdet byggs om i år.",
    "Hela regionen deltar.",
])
def test_compound_of_no_town_is_no_area(recogniser: Recogniser, text: str) -> None:
    assert not [m for m in found(recogniser, text) if m[0] == "CooperationArea"], found(recogniser, text)


def test_each_group_covers_the_places_of_its_own_clause() -> None:
    _, facts = labels_and_facts(
        "I regionen verkar Bygdeforum rf som fungerar i Vasaområdet, Kustringen rf som fungerar i trakten av "
        "Närpes och Kaskö samt Skärgårdsbyarna rf som fungerar i Borgånejden och Nyland.")
    covers = {(s, o) for s, p, o in facts if p == "coversArea"}
    assert ("Bygdeforum rf", "Seutukunta Vaasa") in covers
    assert {("Kustringen rf", "Närpiö"), ("Kustringen rf", "Kaskinen")} <= covers  # "i trakten av" is "i"
    assert {("Skärgårdsbyarna rf", "Seutukunta Porvoo"), ("Skärgårdsbyarna rf", "Uusimaa")} <= covers  # after "samt"
    assert not {o for s, o in covers if s == "Bygdeforum rf"} - {"Seutukunta Vaasa"}  # later clauses are not its


def test_the_groups_of_a_region_after_its_copula_cover_it() -> None:
    """"I Egentliga Finland är grupperna A, B och C": the region first, a copula and the kind in the plural."""
    _, facts = labels_and_facts("I Kajanaland är föreningarna liksom tidigare Bygdeforum rf som fungerar i "
                                "Vasaområdet, Kustringen rf som fungerar i Kaskö samt Byaringen rf.")
    covers = {(s, o) for s, p, o in facts if p == "coversArea"}
    assert {("Bygdeforum rf", "Kainuu"), ("Kustringen rf", "Kainuu"), ("Byaringen rf", "Kainuu")} <= covers


def test_a_copula_with_another_noun_names_no_area() -> None:
    _, facts = labels_and_facts("I Kajanaland är målet att Bygdeforum rf och Kustringen rf samarbetar.")
    assert not [f for f in facts if f[1] == "coversArea" and f[2] == "Kainuu"]

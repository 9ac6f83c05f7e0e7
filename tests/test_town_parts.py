"""A town said to be part of an area organisation (extract/town_parts.py).

The sentences are invented for these tests.
"""

from __future__ import annotations

from tests.helpers import ID, extract
from welfare_kg.extract.town_parts import RULE


def _pairs(text: str) -> set[tuple[str, str]]:
    return {(f.subject.removeprefix(ID), f.object.removeprefix(ID)) for f in extract(text).facts if f.rule == RULE}


def test_a_town_that_is_part_of_a_county() -> None:
    assert _pairs("Juva on osa Etelä-Savon hyvinvointialuetta vuoden 2023 alusta.") == {
        ("municipality/178", "wellbeing-county/12")}
    assert _pairs("Sjundeå hör numera till Västra Nylands välfärdsområde.") == {
        ("municipality/755", "wellbeing-county/03")}


def test_a_genitive_whole_names_something_else() -> None:
    assert _pairs("Juva on osa Etelä-Savon hyvinvointialueen palveluverkkoa.") == set()


def _run_pairs(text: str) -> set[tuple[str, str]]:
    from welfare_kg.extract.town_parts import RUN_RULE

    return {(f.subject.removeprefix(ID), f.object.removeprefix(ID)) for f in extract(text).facts
            if f.rule == RUN_RULE}


def test_towns_that_form_a_joint_authority_or_are_its_members() -> None:
    assert len(_run_pairs("Kajaani, Kuhmo ja Sotkamo muodostavat Kainuun sote-kuntayhtymän.")) == 3
    assert len(_run_pairs("Kajaani ja Kuhmo ovat Kainuun sote-kuntayhtymän jäsenkuntia.")) == 2


def test_the_copula_without_a_word_for_members_gives_nothing() -> None:
    assert _run_pairs("Kajaani ja Kuhmo ovat Kainuun sote-kuntayhtymän suurimmat kunnat.") == set()

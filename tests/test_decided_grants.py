"""A body that decides to fund or join a project decides it (extract/decided_grants.py).

Written for these tests: invented bodies, projects and sentences.
"""

from __future__ import annotations

from welfare_kg.extract.decided_grants import decided_grant_facts
from welfare_kg.extract.model import Evidence, Fact
from welfare_kg.records import Entity

BODY, PROJECT, TOWN = "body/x-kunnanhallitus", "project/kivikko", "municipality/x"
ENTITIES = {BODY: Entity(BODY, "Body", "Kunnanhallitus"), PROJECT: Entity(PROJECT, "Project", "Kivikko-hanke"),
            TOWN: Entity(TOWN, "Municipality", "Xkylä")}


def _fact(subject: str, predicate: str, sentence: str) -> Fact:
    return Fact(subject, predicate, PROJECT, Evidence(sentence, 0, len(sentence)), "funds:test")


def test_a_body_that_decided_to_grant_decides_the_project() -> None:
    f = _fact(BODY, "funds", "Kunnanhallitus päätti myöntää rahoitusta Kivikko-hankkeeseen 5 000 euroa.")
    found = decided_grant_facts([f], ENTITIES)
    assert [(x.subject, x.predicate, x.object) for x in found] == [(BODY, "decides", PROJECT)]


def test_a_swedish_decision_to_join_counts_too() -> None:
    f = _fact(BODY, "participatesIn", "Kommunstyrelsen beslutade att delta i projektet Kivikko.")
    assert decided_grant_facts([f], ENTITIES)


def test_funding_without_a_word_of_deciding_is_no_decision() -> None:
    f = _fact(BODY, "funds", "Kunnanhallituksen rahoittama Kivikko-hanke alkoi keväällä.")
    assert not decided_grant_facts([f], ENTITIES)


def test_a_town_is_no_body_and_decides_nothing_here() -> None:
    f = _fact(TOWN, "funds", "Kunta päätti myöntää rahoitusta Kivikko-hankkeeseen.")
    assert not decided_grant_facts([f], ENTITIES)


def test_a_decision_already_stated_is_not_stated_again() -> None:
    sentence = "Kunnanhallitus päätti osallistua Kivikko-hankkeeseen."
    decided = Fact(BODY, "decides", PROJECT, Evidence(sentence, 0, len(sentence)), "decides:approve-verb")
    assert not decided_grant_facts([_fact(BODY, "participatesIn", sentence), decided], ENTITIES)

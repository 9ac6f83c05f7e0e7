"""Who owns a funded project: the genitive before it, not the granting board's town (issue 12, round 3)."""

from __future__ import annotations

import pytest
from helpers import fact_rows, has_fact


def test_town_of_the_granting_board_does_not_run_the_project(gaz) -> None:
    rows = fact_rows(gaz, "Kemin kaupunginhallitus myönsi Kotipolku-hankkeelle 5 000 euroa.")
    assert has_fact(rows, "body/240-kunnanhallitus", "funds", "project/kotipolku", 5000)
    assert not any(p == "coordinates" for _s, p, _o, _a, _r in rows)


def test_owner_right_before_the_funded_project_runs_it(gaz) -> None:
    rows = fact_rows(gaz, "Kaupunginhallitus myönsi 79 000 euroa Lapin Kylät ry:n Kotipolku-hankkeelle.")
    assert has_fact(rows, "association/lapin-kylat", "coordinates", "project/kotipolku")


@pytest.mark.parametrize("text", [
    "Kemin kaupunginhallitus päätti hakea rahoitusta Kotipolku-hankkeelle.",
    "Kemin kaupunginhallitus on päättänyt lähteä mukaan Kotipolku-hankkeeseen.",
])
def test_board_deciding_to_apply_for_or_join_a_project_decides_on_it(gaz, text: str) -> None:
    assert has_fact(fact_rows(gaz, text), "body/240-kunnanhallitus", "decides", "project/kotipolku")


def test_no_decision_about_a_project_only_asked_about(gaz) -> None:
    rows = fact_rows(gaz, "Kemin kaupunginhallitus päätti hakea lausuntoa Kotipolku-hankkeesta.")
    assert not any(p == "decides" for _s, p, _o, _a, _r in rows)


def test_passive_decision_right_after_a_deciding_board_is_its_decision(gaz) -> None:
    rows = fact_rows(gaz, "Kemin kaupunginvaltuusto hyväksyi talousarvion. "
                          "Kotipolku-hankkeen hankesuunnitelma hyväksyttiin äänestyksen jälkeen.")
    assert has_fact(rows, "body/240-kunnanvaltuusto", "decides", "project/kotipolku")


def test_passive_decision_with_no_board_before_decides_nothing(gaz) -> None:
    rows = fact_rows(gaz, "Kotipolku-hankkeen hankesuunnitelma hyväksyttiin äänestyksen jälkeen.")
    assert not any(p == "decides" for _s, p, _o, _a, _r in rows)

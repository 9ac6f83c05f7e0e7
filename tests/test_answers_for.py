"""'X vastaa Y-hankkeen toteutuksesta': answering for a named project's carrying out is running it (issue 12)."""

from __future__ import annotations

import pytest
from helpers import fact_rows, has_fact


@pytest.mark.parametrize("text", [
    "Kemin kaupunki vastaa Kotipolku-hankkeen toteutuksesta.",
    "Kotipolku-hankkeen toteutuksesta vastaa Kemin kaupunki.",
])
def test_town_answering_for_the_named_project_runs_it(gaz, text: str) -> None:
    assert has_fact(fact_rows(gaz, text), "municipality/240", "coordinates", "project/kotipolku")


def test_answering_for_something_else_runs_nothing(gaz) -> None:
    rows = fact_rows(gaz, "Kotipolku-hanke alkoi. Kemin kaupunki vastaa kotihoidon asiakasmaksuista.")
    assert not any(p == "coordinates" for _s, p, _o, _a, _r in rows)


@pytest.mark.parametrize("text", [
    "Kotipolku-hanke alkoi. Lapin liitto hallinnoi myös muita hankkeita.",
    "Kotipolku-hanke alkoi. Lapin liitto on johtanut useita hankkeita.",
])
def test_running_other_projects_is_not_running_the_one_in_focus(gaz, text: str) -> None:
    assert not any(p == "coordinates" for _s, p, _o, _a, _r in fact_rows(gaz, text))


def test_coordinating_the_projects_carrying_out_still_runs_the_one_in_focus(gaz) -> None:
    rows = fact_rows(gaz, "Kotipolku-hanke alkoi. Lapin liitto koordinoi alueellisten hankkeiden toimeenpanoa.")
    assert has_fact(rows, "joint-authority/lapin-liitto", "coordinates", "project/kotipolku")


@pytest.mark.parametrize("text", [
    "Kotipolku-hanke alkoi. Hanke on osa THL:n koordinoimaa ryhmähanketta.",
    "Kotipolku-hanke alkoi. Hanke on osa THL:n koordinoimaa laajempaa kokonaisuutta.",
])
def test_runner_of_the_whole_does_not_run_the_part(gaz, text: str) -> None:
    assert not any(p == "coordinates" for _s, p, _o, _a, _r in fact_rows(gaz, text))


def test_runner_of_a_named_whole_runs_that_whole(gaz) -> None:
    rows = fact_rows(gaz, "Kotipolku on osa THL:n koordinoimaa Arjen tuki -ohjelmaa.")
    assert has_fact(rows, "agency/thl", "coordinates", "arki-tuki")
    assert not has_fact(rows, "agency/thl", "coordinates", "project/kotipolku")


def test_a_project_of_its_owner_is_no_part_of_a_larger_whole(gaz) -> None:
    rows = fact_rows(gaz, "Kotipolku-hanke on Kemin kaupungin hanke.")
    assert not any(p == "partOf" for _s, p, _o, _a, _r in rows)


def test_a_named_whole_after_the_owner_still_takes_the_part(gaz) -> None:
    rows = fact_rows(gaz, "Kotipolku-hanke on Sosiaali- ja terveysministeriön Kaste-hanke.")
    # "Kaste-hanke": a project of the Kaste programme of the reference data (extract/gazetteer.py), its whole
    assert has_fact(rows, "project/kotipolku", "partOf", "programme/kaste")

"""Swedish "X står för projektets genomförande" (X stands for the project's carrying out) names who runs it, as
Finnish "X vastaa hankkeen toteutuksesta" does (coordinates:administer-verb). Invented names."""
from __future__ import annotations

from tests.helpers import labelled_facts, needs_voikko


@needs_voikko
def test_stands_for_the_carrying_out_runs_the_project():
    text = ("Projektet Bättre vardag finansieras av Österbottens förbund. "
            "Södra Österbottens förbund står för projektets genomförande.")
    facts = labelled_facts(text)
    assert any(p == "coordinates" and s.startswith("Etelä-Pohjanmaan liitto") for s, p, _o in facts)


@needs_voikko
def test_standing_for_costs_runs_nothing():
    text = "Projektet Bättre vardag startar i vår. Österbottens förbund står för en del av kostnaderna."
    assert not any(p == "coordinates" for _s, p, _o in labelled_facts(text))

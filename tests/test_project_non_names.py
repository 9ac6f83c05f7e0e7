"""Phrases that stand where project names stand but name nothing (output audit a39, invented sentences): a speaker's
quotation line under a list's lead-in, dated decision documents linked under a list, and "one of X's partners" as
the subject of a copular definition. Real names in the same layouts stay projects."""

from __future__ import annotations

from tests.helpers import entity_labels, fact_rows
from welfare_kg.extract.gazetteer import Gazetteer


def _projects(gaz: Gazetteer, text: str) -> set[str]:
    return entity_labels(text, "Project", "news", gaz)


def test_a_quotation_line_under_a_lead_in_is_no_project(gaz: Gazetteer) -> None:
    text = ("Nämnden beviljade medel till fem projekt i länet:\n\n"
            "– Vi tror på de här satsningarna, som ska ge fler jobb, säger Anna Berg (S), ordförande.\n")
    assert not any(p.startswith("Vi tror") for p in _projects(gaz, text))


def test_dated_decision_documents_under_a_lead_in_are_no_projects(gaz: Gazetteer) -> None:
    text = ("Se listan över alla beviljade projekt här:\n\n"
            "Beslut om prioritering ESF 2021-03-04\n"
            "Beslut om prioritering ERUF 2021-03-04\n")
    assert not any("2021-03-04" in p for p in _projects(gaz, text))


def test_a_named_row_under_the_same_lead_in_stays_a_project(gaz: Gazetteer) -> None:
    text = ("Nämnden beviljade medel till följande projekt:\n\n"
            "- Gröna rum för unga\n"
            "- Bygdens mötesplatser 2021–2023\n")
    assert {"Gröna rum för unga", "Bygdens mötesplatser 2021–2023"} <= _projects(gaz, text)


def test_one_of_the_partners_is_no_project_name(gaz: Gazetteer) -> None:
    text = ("Yhteistyötä tehdään monen kanssa.\n\nYksi Kylien polun yhteistyökumppaneista on Arjen aarteet-hanke.\n\n"
            "Hankkeen tavoitteena on vähentää yksinäisyyttä.")
    projects = _projects(gaz, text)
    assert not any(p.startswith("Yksi") for p in projects)
    assert not any(f[1] == "partOf" for f in fact_rows(gaz, text, "news"))


def test_a_copular_definition_still_names_its_subject(gaz: Gazetteer) -> None:
    text = "Arjen aarteet on Kylätalon hallinnoima hanke, joka toimii kolmessa kunnassa."
    assert "Arjen aarteet" in _projects(gaz, text)

"""A project's steering group named without its project ("Projektin ohjausryhmä", a bare "Ohjausryhmä") is partOf
the project the document is about (extract/steering_groups.py)."""

from __future__ import annotations

from helpers import ID, extract

from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.steering_groups import RULE, steering_group_facts

PROJECT, OTHER = ID + "project/kylat-kuntoon", ID + "project/muu-hanke"
GROUP = ID + "body/ohjausryhma"


def _project(start: int, iri: str = PROJECT) -> Mention:
    return Mention(start, start + 12, "Kylät kuntoon", "Kylät kuntoon", "Project", iri)


def _body(label: str, start: int = 100) -> Mention:
    return Mention(start, start + len(label), label, label, "Body", GROUP)


def test_a_projects_steering_group_goes_to_the_documents_project() -> None:
    for label in ("Projektin ohjausryhmä", "Ohjausryhmä", "Hankkeen projektiryhmä", "Styrgruppen"):
        facts = steering_group_facts([_project(0), _project(40), _body(label)], [])
        assert [(f.subject, f.predicate, f.object, f.rule) for f in facts] == [(GROUP, "partOf", PROJECT, RULE)]


def test_the_most_named_project_is_the_owner() -> None:
    facts = steering_group_facts([_project(0, OTHER), _project(30), _project(60), _body("Ohjausryhmä")], [])
    assert {(f.subject, f.object) for f in facts} == {(GROUP, PROJECT)}


def test_groups_a_town_or_university_has_too_need_the_project_word() -> None:
    for label in ("Johtoryhmä", "Työryhmä", "Kunnan ohjausryhmä"):
        assert steering_group_facts([_project(0), _body(label)], []) == []


def test_a_group_placed_elsewhere_or_a_page_without_project_gets_nothing() -> None:
    placed = Fact(GROUP, "partOf", ID + "municipality/091", Evidence("", 0, 0), "partOf:body-of", 0.7)
    assert steering_group_facts([_project(0), _body("Ohjausryhmä")], [placed]) == []
    assert steering_group_facts([_body("Ohjausryhmä")], []) == []


def test_a_final_reports_bare_steering_group_in_the_pipeline() -> None:
    text = ("Kylät kuntoon -hanke loppuraportti\n\nKylät kuntoon -hanke toteutettiin vuosina 2019-2021. "
            "Kylät kuntoon -hankkeen tavoitteena oli kylätalojen kunnostus.\n\n"
            "Projektin ohjausryhmän jäseniä olivat Liisa Esimerkki ja Pekka Malli. Ohjausryhmä kokoontui neljä kertaa.")
    ex = extract(text)
    groups = {e.iri for e in ex.entities.values() if e.type == "Body" and "ohjausryhm" in e.label.lower()}
    projects = {e.iri for e in ex.entities.values() if e.type == "Project"}
    part = {(f.subject, f.object) for f in ex.facts if f.predicate == "partOf"}
    assert groups and projects
    assert {(g, p) for g in groups for p in projects} & part

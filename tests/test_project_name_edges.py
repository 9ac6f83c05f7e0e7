"""Edges of a project's name on project and association pages: a sentence under a runner's label is no
organisation ("Hankkeen toteuttaja\\nHankkeen toteutti Leader X ry"), a Swedish verb after a name is no word of it
("Bakom projektet X står Y"), and an about page's heading ("Om RFS") is no project. All names are invented."""

from __future__ import annotations

from helpers import extract, needs_voikko

pytestmark = needs_voikko


def _labels(text: str, typ: str) -> set[str]:
    return {e.label for e in extract(text).entities.values() if e.type == typ}


def test_sentence_under_a_runners_label_is_no_organisation() -> None:
    text = ("Nuoret kylissä -hanke kokosi nuoria.\nKesto\nHanke toteutettiin 1.10.2019-31.3.2022.\n"
            "Hankkeen toteuttaja\nHankkeen toteutti Kylien Voima ry.\n"
            "Rahoittaja\nHankkeen rahoitti Keski-Suomen ELY-keskus.\n")
    ex = extract(text)
    labels = {iri: e.label for iri, e in ex.entities.items()}
    assert not any(e.label.lower().startswith("hankkeen") for e in ex.entities.values())
    assert any(f.predicate == "coordinates" and labels.get(f.subject) == "Kylien Voima ry" for f in ex.facts)


def test_swedish_verb_after_a_project_name_is_no_part_of_it() -> None:
    text = "Bakom projektet Lekstugan står Föreningen Barnens hus. Projektet Lekstugan samlar familjer."
    projects = _labels(text, "Project")
    assert "Lekstugan" in projects
    assert not any(p.endswith("står") for p in projects)


def test_about_heading_is_no_project() -> None:
    text = ("Om KFF\n\nProjekt\n\nEn viktig del av vår verksamhet är projektfinansierad. "
            "Projekten drivs ofta i samarbete med andra föreningar.")
    assert "Om KFF" not in _labels(text, "Project")

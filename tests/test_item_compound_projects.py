"""Projects named before a compound head in an item title (extract/item_compound_projects.py); invented minutes."""

from __future__ import annotations

from helpers import extract

MINUTES = ("Esimerkkilän kunta\nKunnanhallitus\nPÖYTÄKIRJA 4/2031\n\n"
           "§ 41 Kylätiet kuntoon yhteishankkeen rahoitus vuosille 2031-2033\n\n"
           "Valmistelija: kunnanjohtaja\n\nPäätösehdotus: Kunnanhallitus myöntää hankkeelle kuntarahoitusta.\n\n"
           "Päätös: Hyväksyttiin.\n\n"
           "§ 42 Testilän satama- ja asematerminaalin (TSA) kehittämishankkeen hyväksyminen\n\n"
           "Päätösehdotus: Kunnanhallitus hyväksyy hankesuunnitelman.\n\nPäätös: Hyväksyttiin.\n")


def _projects(text: str) -> set[str]:
    ex = extract(text, kind="minutes")
    return {e.label.lower() for e in ex.entities.values() if e.type == "Project"}


def test_the_name_before_a_compound_head_and_a_matter_is_a_project() -> None:
    found = _projects(MINUTES)
    assert "kylätiet kuntoon yhteishanke" in found
    assert "testilän satama- ja asematerminaalin kehittämishanke" in found or "tsa" in found


def test_the_meeting_decides_about_the_project_of_its_item() -> None:
    ex = extract(MINUTES, kind="minutes")
    labels = {k: e.label.lower() for k, e in ex.entities.items()}
    decided = {labels[f.object] for f in ex.facts if f.predicate == "decides"}
    assert "kylätiet kuntoon yhteishanke" in decided


def test_an_owners_genitive_names_no_project() -> None:
    text = ("Esimerkkilän kunta\nKunnanhallitus\nPÖYTÄKIRJA 4/2031\n\n"
            "§ 41 Kylätie ry:n kehittämishankkeen rahoitus\n\nPäätös: Hyväksyttiin.\n")
    assert not any(p.startswith("kylätie ry") for p in _projects(text))

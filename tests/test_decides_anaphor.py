"""A deciding body's bare "hanke" is the project in focus (decides:anaphor, extract/relations.py): a bulletin's
heading naming the project, then "Maakuntahallitus päätti rahoittaa hanketta"; a report's "yhteistyöryhmä on
hyväksynyt hankkeen". No decision where the project word is plural (projects at large), in the nominative before
another body's verb, far from the body, or where nothing in focus is a project.

Written for these tests: invented regions, bodies and projects.
"""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document


def _decided(text: str, kind: str = "news") -> set[tuple[str, str]]:
    ex = extract_document(record(text, kind=kind))
    label = {i: e.label for i, e in ex.entities.items()}
    return {(label.get(f.subject, f.subject), label.get(f.object, f.object)) for f in ex.facts
            if f.predicate == "decides"}


def test_a_bulletins_heading_project_decided_by_its_bare_word() -> None:
    text = ("Järvimaan maakuntahallituksen kokoustiedote 17.10.2022\n\nKylä Elää -hanke\n\n"
            "Maakuntahallitus päätti rahoittaa hanketta 50 000 eurolla. Hanke kehittää kyläpalveluja.\n\n"
            "Vesi Virtaa -hanke\n\nMaakuntahallitus puolsi hankkeen rahoittamista.\n")
    decided = {o for _s, o in _decided(text)}
    assert {"Kylä Elää", "Vesi Virtaa"} <= decided


def test_a_reports_project_approved_by_a_group() -> None:
    text = ("Kylä Elää -hankkeen loppuraportti\n\nKylä Elää -hanke kehitti kyläpalveluja vuosina 2019-2021. "
            "Järvimaan maakunnan yhteistyöryhmä on hyväksynyt hankkeen ja sen kustannusarvion.\n")
    assert any(o == "Kylä Elää" for _s, o in _decided(text))


def test_no_decision_on_projects_at_large_or_by_another_body() -> None:
    head = "Järvimaan maakuntahallituksen kokoustiedote\n\nKylä Elää -hanke\n\n"
    assert not _decided(head + "Maakuntahallitus päätti rahoittaa useita hankkeita.\n")
    assert not _decided(head + "Hoitokunta katsoo kunnostuksen olevan sellainen monen sidosryhmän asiantuntemuksesta "
                               "hyötyvä hanke, jolle voidaan nimetä ohjausryhmä, ja ministeriö hyväksyy hankkeen "
                               "ohjausryhmän kokoonpanon.\n")
    assert not _decided("Järvimaan maakuntahallituksen kokoustiedote\n\nMaakuntahallitus päätti rahoittaa "
                        "hanketta 50 000 eurolla.\n")

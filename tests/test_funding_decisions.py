"""An item titled as a decision on funding a project: the body deciding it funds the project
(extract/funding_decisions.py, issue 12)."""

from __future__ import annotations

from welfare_kg.extract.funding_decisions import RULE, funding_decision_facts
from welfare_kg.extract.model import Evidence, Fact
from welfare_kg.records import MinutesItem

BOARD = "body/board"
TYPES = {"project/kylat": "Project", "project/polut": "Project", "agreement/sopimus": "Agreement",
         "council/liitto": "JointAuthority"}


def _decides(obj: str, at: int, rule: str = "decides:minutes-item") -> Fact:
    return Fact(BOARD, "decides", obj, Evidence("Päätösehdotus: hallitus päättää.", at, at + 30), rule, 0.85)


def _funds(items: list[MinutesItem], facts: list[Fact], text: str = "") -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in funding_decision_facts(items, facts, TYPES, text) if f.rule == RULE}


def test_a_funding_decision_title_makes_the_board_a_funder() -> None:
    items = [MinutesItem(0, 100, title='Päätös projektin "Kylät kuntoon" rahoittamisesta'),
             MinutesItem(100, 200, title="Rahoituspäätös hankehakemuksesta 2024_12: Polut auki")]
    facts = [_decides("project/kylat", 40), _decides("project/polut", 140)]
    assert _funds(items, facts) == {(BOARD, "project/kylat"), (BOARD, "project/polut")}


def test_other_titles_statements_and_non_projects_give_nothing() -> None:
    items = [MinutesItem(0, 100, title='Projektin "Kylät kuntoon" loppuraportti'),
             MinutesItem(100, 200, title='Lausunto hankkeen "Polut auki" rahoittamisesta'),
             MinutesItem(200, 300, title="Päätös sopimuksen rahoittamisesta"),
             MinutesItem(300, 400, title="Oikaisuvaatimus Kylät kuntoon -hankkeen rahoituspäätöksestä")]
    facts = [_decides("project/kylat", 40), _decides("project/polut", 140), _decides("agreement/sopimus", 240),
             _decides("project/kylat", 340)]
    assert _funds(items, facts) == set()


def test_a_funder_already_stated_is_not_repeated() -> None:
    items = [MinutesItem(0, 100, title='Päätös projektin "Kylät kuntoon" lisärahoituksesta')]
    granted = Fact(BOARD, "funds", "project/kylat", Evidence("myöntää 5 000 euroa", 50, 70), "funds:grant-verb")
    assert _funds(items, [_decides("project/kylat", 40), granted]) == set()


def test_a_title_in_a_run_on_list_of_contents() -> None:
    text = ('KÄSITELTÄVÄT ASIAT 12 Kokouksen avaus 13 Päätös projektin "Kylät kuntoon" rahoittamisesta '
            '14 Projektin "Polut auki" väliraportti 15 Muut asiat')
    kylat, polut = text.index("Kylät kuntoon"), text.index("Polut auki")
    facts = [Fact(BOARD, "decides", "project/kylat", Evidence("Kylät kuntoon", kylat, kylat + 13),
                  "decides:contents-title", 0.6),
             Fact(BOARD, "decides", "project/polut", Evidence("Polut auki", polut, polut + 10),
                  "decides:contents-title", 0.6)]
    assert _funds([], facts, text) == {(BOARD, "project/kylat")}


def test_the_council_a_board_is_part_of_funds() -> None:
    items = [MinutesItem(0, 100, title='Päätös projektin "Kylät kuntoon" rahoittamisesta')]
    part = Fact(BOARD, "partOf", "council/liitto", Evidence("Maakuntahallitus", 0, 16), "partOf:letterhead-owner-body")
    assert _funds(items, [_decides("project/kylat", 40), part]) == {("council/liitto", "project/kylat")}

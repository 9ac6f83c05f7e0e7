"""A project report whose heading names its programme ("ESR-PROJEKTIN LOPPURAPORTTI"): the document's main project
is partOf that programme, under its own rule name and a low confidence."""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.report_programme import RULE

REPORT = ("ESR-PROJEKTIN LOPPURAPORTTI\n\n"
          "Projektin nimi Yhdessä eteenpäin -hanke. Yhdessä eteenpäin -hanke järjesti koulutuksia. "
          "Yhdessä eteenpäin -hankkeessa kehitettiin työtapoja.\n")


def _report_facts(text: str) -> list[tuple[str, str, str]]:
    ex = extract_document(record(text))  # the reference data: ESR is a known programme
    return [(f.subject, f.predicate, f.object) for f in ex.facts if f.rule == RULE]


def test_report_heading_names_the_main_projects_programme() -> None:
    facts = _report_facts(REPORT)
    assert len(facts) == 1, facts
    subject, predicate, obj = facts[0]
    assert predicate == "partOf" and "/project/" in subject and "/programme/" in obj


def test_heading_further_on_says_nothing() -> None:
    text = ("Yhdessä eteenpäin -hanke järjesti koulutuksia. " * 12) + "\nLiitteenä ESR-projektin loppuraportti.\n"
    assert _report_facts(text) == []

"""A report's heading word before a project's name is no word of the name. Sentences written for these tests."""

from __future__ import annotations

from tests.helpers import MORPH, record
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.model import Mention
from welfare_kg.extract.report_headings import trim_report_headings


def projects(text: str) -> set[str]:
    ex = extract_document(record(text))
    return {e.label for e in ex.entities.values() if e.type == "Project"}


def test_heading_word_leaves_the_name() -> None:
    got = projects("Loppuraportti Kylätalojen Kevät -hanke\nHankkeen toteuttaja: Mäkikylän Nuorisoseura ry")
    assert "Kylätalojen Kevät" in got
    assert not {p for p in got if p.startswith("Loppuraportti")}


def test_heading_word_with_only_the_head_names_nothing() -> None:
    # a form's field "Yhteenveto hankkeesta" read as a name of its own
    field = Mention(start=10, end=31, surface="Yhteenveto hankkeesta", label="Yhteenveto hanke", type="Project",
                    rule="compound-head", key="yhteenveto")
    kept = Mention(start=40, end=52, surface="Kesäkylä-hanke", label="Kesäkylä", type="Project", key="kesakyla")
    assert trim_report_headings([[field, kept]], MORPH) == [[kept]]

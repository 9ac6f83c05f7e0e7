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


def test_the_report_word_after_a_name_ends_it() -> None:
    # a report's cover line: the name, the report word, then its publisher
    field = Mention(start=0, end=60, surface="Kylätalon kesä esiselvityshanke Loppuraportti Mäkikylän Nuoret",
                    label="Kylätalon kesä esiselvityshanke Loppuraportti Mäkikylän Nuoret", type="Project",
                    rule="compound-head", key="x")
    (got,), = trim_report_headings([[field]], MORPH)
    assert got.label == "Kylätalon kesä esiselvityshanke"
    assert got.surface == "Kylätalon kesä esiselvityshanke"
    caps = Mention(start=0, end=40, surface="Arjen Askel LOPPURAPORTTI", label="Arjen Askel LOPPURAPORTTI",
                   type="Project", rule="project-list", key="y")
    assert [m.label for ms in trim_report_headings([[caps]], MORPH) for m in ms] == ["Arjen Askel"]


def test_a_report_word_with_only_a_head_before_it_names_nothing() -> None:
    bare = Mention(start=0, end=20, surface="Hanke Loppuraportti", label="Hanke Loppuraportti", type="Project",
                   rule="compound-head", key="z")
    assert trim_report_headings([[bare]], MORPH) == [[]]

"""Roman numerals in project names and a programme inside a project's name (extract/numeral_names.py), on
invented sentences: a numeral after the head makes another phase's project, "<programme> II hanke" is a
project named with the words before it and part of that programme, and a bare numeral names nothing."""

from __future__ import annotations

from tests.helpers import entity_iris
from tests.helpers import fact_rows as run
from tests.helpers import has_fact as has
from welfare_kg.extract.gazetteer import Gazetteer


def _projects(gaz: Gazetteer, text: str) -> dict[str, str]:
    return entity_iris(text, "Project", gazetteer=gaz)


def test_numeral_after_the_head_names_another_phase(gaz: Gazetteer) -> None:
    found = _projects(gaz, "Lapin kehittämishanke päättyi vuonna 2010. Lapin kehittämishanke II alkoi vuonna 2011.")
    assert "Lapin kehittämishanke II" in found and "Lapin kehittämishanke" in found, found
    assert found["Lapin kehittämishanke II"] != found["Lapin kehittämishanke"]


def test_programme_numeral_and_head_make_a_project_of_the_programme(gaz: Gazetteer) -> None:
    text = ("Lapset ja perheet Kaste II hanke toteutuu Lapissa.\n\n"
            "JOHDANTO Lapset ja perheet Kaste II jatkohankkeen lähtökohtana on yhteistyö.")
    found = _projects(gaz, text)
    assert list(found) == ["Lapset ja perheet Kaste II hanke"], found  # the follow-up's head: the same project
    rows = run(gaz, text)
    assert has(rows, "project/", "partOf", "programme/kaste"), rows
    assert has(rows, "project/", "coversArea", "region/19"), rows


def test_bare_numeral_names_nothing(gaz: Gazetteer) -> None:
    assert not _projects(gaz, "II hanke alkoi Lapissa vuonna 2011.")
    # a numeral that does not follow a head stays out of the name
    found = _projects(gaz, "Arjen Tuki -hanke alkoi. Vaihe II alkoi Lapissa.")
    assert not [k for k in found if k.endswith("II")], found

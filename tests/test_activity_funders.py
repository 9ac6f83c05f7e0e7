"""Who pays for an association's running activity (extract/activity_funders.py): the run of towns or organisations
before a verb of paying and the association's genitive before "toimintaa", or the association's main funders named
as a predicate. Texts written for these tests; the associations are invented."""

from __future__ import annotations

import pytest

from tests.helpers import record
from welfare_kg.extract.document import extract_document


def funds(text: str) -> set[tuple[str, str]]:
    ex = extract_document(record(text))
    return {(ex.entities[f.subject].label, ex.entities[f.object].label) for f in ex.facts if f.predicate == "funds"}


def test_run_of_towns_funds_the_named_association() -> None:
    got = funds("Lieto ja Marttila rahoittavat Koivulan Kuoro ry:n toimintaa.")
    assert {("Lieto", "Koivulan Kuoro ry"), ("Marttila", "Koivulan Kuoro ry")} <= got, got


def test_association_written_by_its_kind() -> None:
    got = funds("Koivulan Kyläyhdistys ry järjestää kerhoja. Pöytyä ja Lieto tukevat yhdistyksen toimintaa vuosittain.")
    assert {("Pöytyä", "Koivulan Kyläyhdistys ry"), ("Lieto", "Koivulan Kyläyhdistys ry")} <= got, got


def test_main_funders_as_a_predicate() -> None:
    got = funds("Koivulan 4H-yhdistyksen päärahoittajina voidaan pitää Pöytyää, Marttilaa ja Lietoa.")
    assert {("Pöytyä", "Koivulan 4H-yhdistys"), ("Marttila", "Koivulan 4H-yhdistys"),
            ("Lieto", "Koivulan 4H-yhdistys")} <= got, got


@pytest.mark.parametrize("text", [
    # the activity is the town's own, not the association's
    "Koivulan Kuoro ry kiittää: Lieto rahoittaa omaa nuorisotoimintaansa.",
    # a verb of talking, not of paying
    "Lieto ja Marttila kertovat Koivulan Kuoro ry:n toimintaa koskevista päätöksistä.",
])
def test_no_activity_funding(text: str) -> None:
    assert not {p for p in funds(text) if p[1] == "Koivulan Kuoro ry"}


def test_organisations_funded_as_the_verbs_partitive_object() -> None:
    got = funds("Koivulan Kuoro ry esiintyy keväällä. Lieto ja Marttila rahoittavat Koivulan Kuoro ry:tä ja "
                "Vehkalan Latu ry:tä.")
    assert {("Lieto", "Koivulan Kuoro ry"), ("Marttila", "Koivulan Kuoro ry"), ("Lieto", "Vehkalan Latu ry"),
            ("Marttila", "Vehkalan Latu ry")} <= got, got


def test_run_ending_in_an_unnamed_co_funder() -> None:
    got = funds("Koivulan Kuoro ry esiintyy keväällä. Lieto ja Xyzkylä rahoittavat Koivulan Kuoro ry:n toimintaa.")
    assert ("Lieto", "Koivulan Kuoro ry") in got, got


@pytest.mark.parametrize("text", [
    # support may be advice or work: only "rahoittaa" takes the organisation itself as its object
    "Koivulan Kuoro ry esiintyy keväällä. Lieto tukee Koivulan Kuoro ry:tä neuvonnalla.",
    # a negated verb pays nothing
    "Koivulan Kuoro ry esiintyy keväällä. Lieto ei rahoita Koivulan Kuoro ry:tä.",
])
def test_no_partitive_funding(text: str) -> None:
    assert not {p for p in funds(text) if p[1] == "Koivulan Kuoro ry"}


def test_activity_fronted_before_its_funders() -> None:
    got = funds("Koivulan Kuoro ry esiintyy keväällä. Yhdistyksen toimintaa rahoittavat Lieto ja Marttila.")
    assert {("Lieto", "Koivulan Kuoro ry"), ("Marttila", "Koivulan Kuoro ry")} <= got, got


def test_fronted_activity_with_a_place_after_the_verb_is_no_funding() -> None:
    got = funds("Koivulan Kuoro ry esiintyy keväällä. Yhdistyksen toimintaa esitellään Liedossa ja Marttilassa.")
    assert not {p for p in got if p[1] == "Koivulan Kuoro ry"}, got

"""Who joins what when 'osallistua' has a list of subjects (issue 12, round 3): invented sentences."""

from __future__ import annotations

import pytest
from helpers import fact_rows, has_fact


def test_project_listed_among_subjects_is_not_what_they_join(gaz) -> None:
    """A project named in the nominative among the subjects after 'osallistuvat' is one more participant."""
    # the heading names the page's project: two projects named once each would leave the page none of its own
    # (extract/page_project.py)
    rows = fact_rows(gaz, "Kylätupa-hanke\n\nKylätupa-hanke käynnistyi keväällä. "
                          "Työhön osallistuvat Sodankylän kunta, Arjen Apu -hanke ja Kemin kaupunki.")
    assert has_fact(rows, "municipality/758", "participatesIn", "project/kylatupa")
    assert has_fact(rows, "municipality/240", "participatesIn", "project/kylatupa")
    assert not any(p == "participatesIn" and "apu-arki" in o for _s, p, o, _a, _r in rows)


def test_project_in_the_illative_is_still_what_is_joined(gaz) -> None:
    rows = fact_rows(gaz, "Kylätupa-hanke käynnistyi keväällä. Kemin kaupunki osallistui Arjen Apu -hankkeeseen.")
    assert has_fact(rows, "municipality/240", "participatesIn", "project/apu-arki")
    assert not has_fact(rows, "municipality/240", "participatesIn", "project/kylatupa")


@pytest.mark.parametrize("text", [
    "Kemin kaupunki osallistuu ESR-hankkeeseen.",
    "Kemin kaupunki osallistuu hankkeeseen, jolle haetaan ESR-rahoitusta.",
])
def test_fund_opening_a_compound_is_not_what_a_town_joins(gaz, text: str) -> None:
    rows = fact_rows(gaz, text)
    assert not any(p == "participatesIn" and "programme/esr" in o for _s, p, o, _a, _r in rows)


def test_fund_compound_leaves_the_project_of_the_text(gaz) -> None:
    rows = fact_rows(gaz, "Kotipolku-hanke alkoi keväällä. Kemin kaupunki osallistuu ESR-hankkeeseen.")
    assert has_fact(rows, "municipality/240", "participatesIn", "project/kotipolku")


def test_fund_named_as_such_is_still_joined(gaz) -> None:
    rows = fact_rows(gaz, "Kemin kaupunki osallistuu Euroopan sosiaalirahaston ohjelmaan.")
    assert has_fact(rows, "municipality/240", "participatesIn", "programme/esr")


def test_word_of_joining_inside_an_organisation_name_is_no_joining(gaz) -> None:
    """'Kumppaniksi ry' holds 'kumppani', a cue of partnership; a list of grant receivers joins nothing."""
    rows = fact_rows(gaz, "Kotipolku-hanke Sodankylässä sai avustusta. "
                          "Avustuksia saivat Kemin kaupunki 62 000 euroa ja Kumppaniksi ry 5 000 euroa.")
    assert not any(p == "participatesIn" for _s, p, _o, _a, _r in rows)


def test_partners_named_after_a_real_cue_still_join(gaz) -> None:
    rows = fact_rows(gaz, "Kotipolku-hanke alkoi. Hankkeessa ovat mukana Kemin kaupunki ja Kumppaniksi ry.")
    assert has_fact(rows, "municipality/240", "participatesIn", "project/kotipolku")
    assert has_fact(rows, "association/kumppaniksi", "participatesIn", "project/kotipolku")


def test_towns_as_funding_towns_of_the_project(gaz) -> None:
    """'rahoittajakunta' (a funding town) is the funder's role noun with a town in it."""
    rows = fact_rows(gaz, "Kotipolku-hanke alkoi. Hankkeen kuntarahoittajakuntina on kolme kuntaa: "
                          "Kemi, Tornio ja Keminmaa.")
    for town in ("240", "851", "241"):
        assert has_fact(rows, f"municipality/{town}", "funds", "project/kotipolku")


def test_a_kind_of_money_is_not_joined(gaz) -> None:
    """'Maakunnan kehittämisraha' is money a regional council grants; joining it is no fact."""
    rows = fact_rows(gaz, "Maakunnan kehittämisrahan myöntäminen. "
                          "Hämeen liitto osallistuu maakunnan kehittämisrahan jakoon.")
    assert not any(p == "participatesIn" and "kehittamisraha" in o for _s, p, o, _a, _r in rows)


@pytest.mark.parametrize("text", [
    "Kotipolku-hanke alkoi. Kemin kaupunki osallistui seminaariin, jossa esiteltiin hankkeen tuloksia.",
    "Kotipolku-hanke alkoi. Lapin liitto osallistui keskusteluun.",
    "Kotipolku-hanke alkoi. Tornio ei osallistu hankkeeseen.",
    "Kotipolku-hanke alkoi. Tornion kaupunki päätti olla osallistumatta hankkeeseen.",
])
def test_taking_part_in_an_event_or_refusing_joins_no_project(gaz, text: str) -> None:
    assert not any(p == "participatesIn" for _s, p, _o, _a, _r in fact_rows(gaz, text))


def test_an_event_beside_the_project_still_joins_the_project(gaz) -> None:
    rows = fact_rows(gaz, "Kotipolku-hanke alkoi. Tornio osallistuu hankkeen aloitusseminaariin ja hankkeeseen.")
    assert has_fact(rows, "municipality/851", "participatesIn", "project/kotipolku")


@pytest.mark.parametrize(("text", "predicate"), [
    ("Kotipolku-hanke alkoi. Kemin kaupunki osallistuu myös muihin hankkeisiin.", "participatesIn"),
    ("Kotipolku-hanke alkoi. Lapin liitto on mukana monissa hankkeissa.", "participatesIn"),
    ("Kotipolku-hanke alkoi. STM rahoittaa useita hankkeita.", "funds"),
])
def test_other_or_many_projects_are_not_the_one_in_focus(gaz, text: str, predicate: str) -> None:
    assert not any(p == predicate for _s, p, _o, _a, _r in fact_rows(gaz, text))

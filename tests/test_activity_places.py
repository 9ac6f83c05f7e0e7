"""Towns listed where a project's work was done ("Hankkeen aikana järjestettiin koulutuksia A:ssa, B:ssä ja
C:ssä"): invented texts, each shape once where it must fire and once where a look-alike must not."""

from __future__ import annotations

from tests.helpers import fact_rows as run
from tests.helpers import has_fact as has
from welfare_kg.extract import activity_places  # noqa: F401  the module registers its rule when imported
from welfare_kg.extract.gazetteer import Gazetteer
from welfare_kg.extract.relations import RULES

PAGE = "Kylätalo-hanke\n\nKylätalo-hanke kehittää kylien palveluja vuosina 2020-2022. "


def _rule(facts: list) -> list:
    return [f for f in facts if f[4] == "coversArea:activity-places"]


def test_the_rule_is_registered_once() -> None:
    assert [r.name for r in RULES].count("coversArea:activity-places") == 1


def test_a_run_of_towns_in_the_locative_is_where_the_project_worked(gaz: Gazetteer) -> None:
    facts = run(gaz, PAGE + "Hankkeen aikana järjestettiin koulutuksia Kangasalla, Lempäälässä ja Pirkkalassa.")
    for town in ("municipality/211", "municipality/418", "municipality/604"):
        assert has(facts, "kylatalo", "coversArea", town)


def test_a_swedish_run_after_i_under_a_project_word(gaz: Gazetteer) -> None:
    facts = run(gaz, PAGE + "Under projekttiden hölls utbildningar i Kangasala, Lempäälä och Pirkkala.")
    assert len(_rule(facts)) == 3


def test_one_town_is_a_venue_and_towns_in_the_nominative_are_subjects(gaz: Gazetteer) -> None:
    assert not _rule(run(gaz, PAGE + "Hankkeen seminaari pidettiin Tampereella."))
    assert not _rule(run(gaz, PAGE + "Kangasala, Lempäälä ja Pirkkala osallistuvat hankkeeseen."))


def test_a_swedish_run_without_i_or_without_a_project_gives_nothing(gaz: Gazetteer) -> None:
    assert not _rule(run(gaz, PAGE + "Kangasala, Lempäälä och Pirkkala deltar i projektet."))
    assert not _rule(run(gaz, "Uutiset\n\nKesällä järjestettiin konsertteja Kangasalla, Lempäälässä ja "
                              "Pirkkalassa."))


def test_a_run_on_transcript_line_is_no_statement_of_where_the_project_worked(gaz: Gazetteer) -> None:
    contents = " ".join(f"Ärende {k} om budgetändring och avgifter" for k in range(12))
    facts = run(gaz, PAGE + contents + " Kylätalo-hanke ansökan om projektfinansiering. Protokollet hålls framlagt "
                                       "i stadshuset och som kopior på kontoren i Kangasala, Lempäälä och Pirkkala.",
                kind="minutes")
    assert not _rule(facts)


def test_a_line_that_is_a_run_of_towns_alone_on_a_project_page(gaz: Gazetteer) -> None:
    facts = run(gaz, PAGE + "Kenelle? Ikääntyneille.\nMissä? Kangasalla, Lempäälässä ja Pirkkalassa\n"
                            "Kylätalo-hanke alkoi keväällä.")
    assert len(_rule(facts)) == 3


def test_a_swedish_line_of_towns_after_i_alone(gaz: Gazetteer) -> None:
    facts = run(gaz, PAGE + "Var?\nI Kangasala, Lempäälä och Pirkkala\nKylätalo-hanke alkoi keväällä.")
    assert len(_rule(facts)) == 3

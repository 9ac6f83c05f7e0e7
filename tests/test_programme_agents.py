"""A programme named after a word of funding in a sentence about the project pays the project
(extract/programme_agents.py); invented sentences."""

from __future__ import annotations

from helpers import ID, fact_pairs


def _funded(text: str) -> set[tuple[str, str]]:
    return {(s.removeprefix(ID), o.removeprefix(ID)) for s, o in fact_pairs(text, "funds")}


def test_swedish_funders_listed_after_a_programme_fund_the_project() -> None:
    text = ("Projektet Fjällhälsa genomfördes 2021–2023 i Norrbotten.\n"
            "Projektet är finansierat av Interreg Aurora, Luleå kommun och Länsstyrelsen i Norrbotten.")
    funded = _funded(text)
    assert not any(o.startswith("programme/") for _, o in funded)
    assert any(s == "municipality/lulea-kommun" and o.startswith("project/") for s, o in funded)


def test_finnish_funders_listed_after_a_programme_fund_the_project() -> None:
    text = ("Arjen Apu -hanke toteutettiin vuosina 2021–2023.\n"
            "Hanketta rahoittavat Interreg Aurora -ohjelma, Lapin liitto ja Tornion kaupunki.")
    funded = _funded(text)
    assert not any(o.startswith("programme/") for _, o in funded)
    assert any(o.startswith("project/") for _, o in funded)

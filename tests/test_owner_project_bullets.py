"""Bulleted rows of owner, project name and years (extract/owner_project_bullets.py); invented lists."""

from __future__ import annotations

from helpers import labelled_facts

LIST = ("Ohjelmaan valittiin kolme uutta toimijaa. Toimijat ja hankkeet ovat seuraavat:\n\n"
        "• Esimerkin eläkeläiset ry, Käsillä tehden - osallisuutta ikäihmisille 2031–2034.\n"
        "• Testilän muistiyhdistys ry, toimintakyvyn edistäminen liikunnan avulla, Liikkeellä 2031–2033.\n"
        "• Kokeilan kylät ry, jatkohanke 2031–2034.\n")


def test_the_association_runs_the_project_named_before_the_years() -> None:
    facts = labelled_facts(LIST)
    assert ("Esimerkin eläkeläiset ry", "coordinates", "Käsillä tehden - osallisuutta ikäihmisille") in facts
    assert ("Testilän muistiyhdistys ry", "coordinates", "Liikkeellä") in facts


def test_a_description_in_lower_case_names_no_project() -> None:
    assert not any(o.startswith("jatkohanke") for _s, p, o in labelled_facts(LIST) if p == "coordinates")


def test_one_row_is_no_list() -> None:
    text = "Avustuksen sai:\n\n• Esimerkin eläkeläiset ry, Käsillä tehden 2031–2034.\n"
    assert not any(p == "coordinates" and o == "Käsillä tehden" for _s, p, o in labelled_facts(text))


def test_owner_cell_is_the_whole_association_name() -> None:
    """The recogniser reads "Hely ry" from "Itälän lähimmäistyö Hely ry": the row's cell is the whole name."""
    text = ("Toimijat ja hankkeet ovat seuraavat:\n\n"
            "• Itälän lähimmäistyö Hely ry, mobiilisovellusten käyttö (Senioriverkko 2031–2034).\n"
            "• Testilän muistiyhdistys ry, Liikkeellä 2031–2033.\n")
    facts = labelled_facts(text)
    assert ("Itälän lähimmäistyö Hely ry", "coordinates", "Senioriverkko") in facts, facts

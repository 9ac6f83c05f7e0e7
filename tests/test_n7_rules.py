"""Rules added after the sixth blind batch: areas made of places, "X:n johtama" and who runs a project.

Every sentence here is invented; names are real Finnish places and organisations of the reference data.
"""

from __future__ import annotations

from helpers import ID, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer


def _facts(text: str) -> set[tuple[str, str, str]]:
    out = extract_document(record(text, "news"), gazetteer=reference_gazetteer())
    return {(f.subject.removeprefix(ID), f.predicate, f.object.removeprefix(ID)) for f in out.facts}


def test_county_made_of_municipalities_in_the_genitive() -> None:
    facts = _facts("Pohjois-Karjalan hyvinvointialue muodostuu Joensuun, Lieksan ja Nurmeksen kunnista.")
    covered = {o for s, p, o in facts if p == "coversArea" and s == "wellbeing-county/14"}
    assert covered == {"municipality/167", "municipality/422", "municipality/541"}


def test_county_made_of_municipalities_in_the_elative_and_in_swedish() -> None:
    facts = _facts("Kainuun hyvinvointialue koostuu Kajaanista, Kuhmosta ja Sotkamosta.")
    assert ("wellbeing-county/20", "coversArea", "municipality/205") in facts
    facts = _facts("Östra Nylands välfärdsområde omfattar fyra kommuner: Askola, Borgå, Lappträsk och Sibbo.")
    assert {o for s, p, o in facts if p == "coversArea"} >= {"municipality/018", "municipality/638"}


def test_members_after_an_illative_owner() -> None:
    facts = _facts("Pohjois-Karjalan hyvinvointialueeseen kuuluvat Joensuu, Lieksa ja Nurmes.")
    assert ("wellbeing-county/14", "coversArea", "municipality/541") in facts


def test_region_whose_municipalities_make_the_county() -> None:
    facts = _facts("Kainuun hyvinvointialue muodostuu kahdeksasta Kainuun kunnasta.")
    assert ("wellbeing-county/20", "coversArea", "region/18") in facts


def test_a_project_made_of_parts_is_no_area_statement() -> None:
    facts = _facts("Hanke koostuu kolmesta osasta, joita toteutetaan Joensuussa ja Lieksassa.")
    assert not any(p == "coversArea" and s.startswith("wellbeing") for s, p, _o in facts)
    # one place after the cue is not a list of members: "muodostuu Joensuun kaupungista" stays unread
    facts = _facts("Pohjois-Karjalan hyvinvointialue muodostuu Joensuun kaupungista.")
    assert not any(r == "coversArea" for _s, r, _o in facts)


def test_genitive_leader_runs_the_project_and_is_no_funder() -> None:
    facts = _facts("Tutkimusryhmä sai rahoituksen osana Itä-Suomen yliopiston johtamaa Hyvä Arki -hanketta.")
    runs = [(s, o) for s, p, o in facts if p == "coordinates"]
    assert runs and runs[0][0] == "agency/ita-suomen-yliopisto" and "arki" in runs[0][1]
    assert not any(p == "funds" and s == "agency/ita-suomen-yliopisto" for s, p, _o in facts)


def test_two_genitive_runners_both_coordinate() -> None:
    facts = _facts("Ministeriö kohdensi Keski-Suomen sosiaalialan osaamiskeskuksen johtamalle ja "
                   "Jyväskylän kaupungin hallinnoimalle Hyvä Arki -hankkeelle rahoitusta.")
    runners = {s for s, p, _o in facts if p == "coordinates"}
    assert {"competence-centre/koske", "municipality/179"} <= runners

"""Towns named beside the sub-region the reference data puts them in are partOf it; other towns are not."""

from __future__ import annotations

from helpers import ID, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer
from welfare_kg.extract.subregion_members import RULE, area_members


def _parts(text: str) -> set[tuple[str, str]]:
    out = extract_document(record(text), gazetteer=reference_gazetteer())
    return {(f.subject.removeprefix(ID), f.object.removeprefix(ID)) for f in out.facts
            if f.predicate == "partOf" and f.rule == RULE}


def test_reference_members_of_a_sub_region() -> None:
    members = area_members()[ID + "cooperation-area/kaustisen-seutukunta"]
    assert ID + "municipality/074" in members and ID + "municipality/564" not in members


def test_member_towns_named_with_their_sub_region() -> None:
    text = ("Hankkeet\n\nSeutukunta valmistelee hankkeita.\n\nKaustisen seutukunta hallinnoi kehittämishankkeiden "
            "kuntarahoitusta Halsuan, Kaustisen ja Vetelin kuntien puolesta yhdessä Oulun kaupungin kanssa.\n")
    parts = _parts(text)
    area = "cooperation-area/kaustisen-seutukunta"
    assert {("municipality/074", area), ("municipality/236", area), ("municipality/924", area)} <= parts
    assert ("municipality/564", area) not in parts  # Oulu is no town of the sub-region


def test_the_head_area_is_the_whole_of_sentences_naming_none() -> None:
    text = ("Kaustisen seutukunta\n\nSeutukunta valmistelee hankkeita kuntien kanssa ja seuraa niiden toteutumista "
            "koko alueella vuosittain laadittavan suunnitelman mukaisesti yhdessä muiden toimijoiden kanssa.\n\n"
            "Hankkeita on tänä vuonna Halsualla ja Vetelissä sekä Oulussa. Lisäksi seutu tekee paljon muuta "
            "kehittämistyötä, josta kerrotaan tarkemmin toimintakertomuksessa ja sen liitteissä.\n")
    out = extract_document(record(text), gazetteer=reference_gazetteer())
    rules = {(f.subject.removeprefix(ID), f.rule) for f in out.facts if f.predicate == "partOf"}
    assert ("municipality/074", "partOf:header-subregion-member") in rules
    assert not any(s == "municipality/564" for s, _ in rules)

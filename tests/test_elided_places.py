"""Coordinated place names that share their second part, and place names that lost their hyphen."""

from __future__ import annotations

from helpers import ID, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer
from welfare_kg.extract.morphology import get_morphology
from welfare_kg.extract.text import tokenize


def _labels(text: str) -> list[tuple[str, str]]:
    toks = tokenize(text)
    return [(m.entity.type, m.entity.label) for m in reference_gazetteer().match(toks, get_morphology())]


def test_elided_prefix_names_its_own_region() -> None:
    found = _labels("Verkosto kokoontuu Pohjois- ja Etelä-Savon kunnissa.")
    assert ("Region", "Pohjois-Savo") in found and ("Region", "Etelä-Savo") in found


def test_three_elided_conjuncts_share_the_plural_head() -> None:
    found = _labels("Lausunnon antoivat Pohjois-, Etelä- ja Keski-Pohjanmaan liitot.")
    assert {("JointAuthority", "Pohjois-Pohjanmaan liitto"), ("JointAuthority", "Etelä-Pohjanmaan liitto"),
            ("JointAuthority", "Keski-Pohjanmaan liitto")} <= set(found)


def test_elided_conjunct_takes_the_kind_of_the_last_one() -> None:
    found = _labels("Sopimuksen allekirjoittivat Etelä- ja Keski-Pohjanmaan hyvinvointialueet.")
    assert ("WellbeingCounty", "Etelä-Pohjanmaan hyvinvointialue") in found
    assert ("Region", "Etelä-Pohjanmaa") not in found


def test_elided_cooperation_areas_in_the_locative() -> None:
    found = _labels("Itä- ja Pohjois-Suomessa tukea saavat myös pienet yritykset.")
    assert ("CooperationArea", "Itä-Suomen yhteistyöalue") in found


def test_elided_compass_point_before_another_head_is_no_cooperation_area() -> None:
    found = _labels("Itä- ja Pohjois-Suomen yliopistot tekevät tutkimusta.")
    assert not [f for f in found if f[0] == "CooperationArea"]


def test_common_elided_prefixes_stay_as_they_were() -> None:
    assert _labels("Sosiaali- ja terveysministeriö myönsi avustuksen.")[0][0] == "Ministry"
    assert _labels("Lasten- ja nuortenpalvelut järjestävät tapahtuman.") == []


def test_place_names_without_their_hyphen() -> None:
    found = _labels("Ryhmä kokoontuu Etelä Savon, Kantahämeen ja Etelän Karjalan kunnissa.")
    assert {("Region", "Etelä-Savo"), ("Region", "Kanta-Häme"), ("Region", "Etelä-Karjala")} <= set(found)
    assert _labels("Keskiviikkona Pohjoismaiden edustajat tapasivat.") == []


def test_elided_and_unhyphened_together_in_a_document() -> None:
    out = extract_document(record("Yhdistys toimii Pohjois- ja Etelä Savon alueella."), gazetteer=reference_gazetteer())
    assert {ID + "region/11", ID + "region/10"} <= set(out.entities)


def test_elided_prefix_with_its_plural_head() -> None:
    found = _labels("Lausunnot antoivat Pohjois- ja Etelä-Savon liitot sekä Itä- ja Keski-Uudenmaan hyvinvointialueet.")
    assert ("JointAuthority", "Pohjois-Savon liitto") in found
    assert ("WellbeingCounty", "Itä-Uudenmaan hyvinvointialue") in found


def test_swedish_compass_words_share_the_name_after_them() -> None:
    found = _labels("Samarbetet omfattar Södra och Mellersta Österbotten samt Norra, Södra och Östra Savolax.")
    assert {("Region", "Etelä-Pohjanmaa"), ("Region", "Keski-Pohjanmaa"), ("Region", "Pohjois-Savo"),
            ("Region", "Etelä-Savo")} <= set(found)
    assert _labels("Den södra och mellersta delen av landet.") == []

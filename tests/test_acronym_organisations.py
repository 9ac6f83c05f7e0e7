"""Organisations named by genitives, a kind word and an abbreviation; towns of a plural name; the capital
region's joint authorities. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import record
from welfare_kg.extract.document import extract_document


def typed(text: str) -> set[tuple[str, str]]:
    ex = extract_document(record(text))
    return {(e.type, e.label) for e in ex.entities.values()}


@pytest.mark.parametrize(("text", "expected"), [
    ("Tapahtuman järjestävät Tampereen yliopiston ylioppilaskunta TREY ja kaupunki.",
     "Tampereen yliopiston ylioppilaskunta TREY"),
    ("Mukana ovat kaupunki, Savonia-ammattikorkeakoulun opiskelijakunta SAMOK ja seurakunta.",
     "Savonia-ammattikorkeakoulun opiskelijakunta SAMOK"),
    ("Asunnot tarjoaa Jyväskylän seudun opiskelija-asuntosäätiö KOAS:n kautta kaupunki.",
     "Jyväskylän seudun opiskelija-asuntosäätiö KOAS"),
    ("Hankkeeseen osallistuu Åbo Akademis Studentkår ÅAS.", "Åbo Akademis Studentkår ÅAS"),
])
def test_kind_and_abbreviation_make_one_association(text: str, expected: str) -> None:
    got = typed(text)
    assert ("Association", expected) in got
    # the university or the town inside the name is no actor of its own
    assert not {t for t in got if t[0] in {"Agency", "Municipality", "Company"} and t[1] in expected}


def test_abbreviation_in_parentheses_is_the_acronym_not_the_label() -> None:
    got = typed("Kyselyn toteutti Turun yliopiston ylioppilaskunta (TYY) keväällä.")
    assert ("Association", "Turun yliopiston ylioppilaskunta") in got


def test_funding_abbreviation_after_a_kind_is_no_name() -> None:
    got = typed("Rahoittajana on Kuopion kaupunki ja hankkeen tukena yhdistys ESR:n kautta.")
    assert not {t for t in got if t[0] == "Association"}


def test_known_council_before_its_abbreviation_stays() -> None:
    got = typed("Pohjois-Savon liitto PSL myönsi rahoituksen.")
    assert not {t for t in got if t[0] == "Association"}


def test_plural_town_in_its_genitive() -> None:
    # Virrat inflects in the weak grade: "Virtain", "Virroilla"; Voikko gives the singular base "Virta"
    got = typed("Sopimuksen allekirjoittivat Virtain kaupunki ja Ruoveden kunta.")
    assert ("Municipality", "Virrat") in got
    assert ("Municipality", "Ruovesi") in got


@pytest.mark.parametrize(("text", "label"), [
    ("Hankkeessa on mukana Helsingin seudun liikenne HSL.", "Helsingin seudun liikenne -kuntayhtymä"),
    ("HSY:n hallitus käsitteli vesihuollon suunnitelman.", "Helsingin seudun ympäristöpalvelut -kuntayhtymä"),
])
def test_capital_region_joint_authorities(text: str, label: str) -> None:
    assert ("JointAuthority", label) in typed(text)


@pytest.mark.parametrize(("text", "expected"), [
    # "tuki" is also a verb form ("supported"): right before "ry" it is the name's noun
    ("Toiminnan järjestää Näkövammaisten nuorten tuki ry yhdessä kunnan kanssa.", "Näkövammaisten nuorten tuki ry"),
    ("Avustusta sai Pohjoisen taiteilijoiden tuki ry.", "Pohjoisen taiteilijoiden tuki ry"),
])
def test_noun_that_is_also_a_verb_before_the_legal_form(text: str, expected: str) -> None:
    assert ("Association", expected) in typed(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Resan bekostas av Familjen Holmbergs stiftelse.", "Familjen Holmbergs stiftelse"),
    ("Projektet stöds av Maria och B.K. Sjöbergs stiftelse.", "Maria och B.K. Sjöbergs stiftelse"),
    ("Bidrag kom från Bergsrådet E.W. Lindholms stiftelse i fjol.", "Bergsrådet E.W. Lindholms stiftelse"),
])
def test_foundation_named_by_family_title_or_initials(text: str, expected: str) -> None:
    got = typed(text)
    assert ("Association", expected) in got
    assert len([t for t in got if t[0] == "Association"]) == 1  # no shorter second reading

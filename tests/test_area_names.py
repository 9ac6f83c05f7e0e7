"""Co-operation areas named by the places they join (extract/area_names.py)."""

from __future__ import annotations

import pytest
from helpers import entity_labels
from helpers import extract as _extract


def _areas(text: str) -> set[str]:
    return entity_labels(text, "CooperationArea")


@pytest.mark.parametrize(("text", "label"), [
    ("Palvelut järjestää Kiteen ja Rääkkylän yhteistoiminta-alue vuodesta 2010.",
     "Kiteen ja Rääkkylän yhteistoiminta-alue"),
    ("Valvonnasta vastaa Raahen kaupungin ympäristöterveydenhuollon yhteistoiminta-alue.",
     "Raahen kaupungin ympäristöterveydenhuollon yhteistoiminta-alue"),
    ("Palveluja tuottaa Järviseudun perusturvan yhteistoiminta-alueella toimiva keskus.",
     "Järviseudun perusturvan yhteistoiminta-alue"),
    ("Kuntien nimitys on Läntisen Uudenmaan työllisyysalue.", "Läntisen Uudenmaan työllisyysalue"),
    # an elided compound of the area's task inside the chain
    ("Isäntäkuntana toimii Pieksämäen ja Hankasalmen sosiaali- ja terveydenhuollon yhteistoiminta-alueessa Pieksämäki.",
     "Pieksämäen ja Hankasalmen sosiaali- ja terveydenhuollon yhteistoiminta-alue"),
])
def test_named_area(text: str, label: str) -> None:
    assert label in _areas(text)


@pytest.mark.parametrize("text", [
    # a head without a name: the kind of area
    "Ympäristöterveydenhuollon yhteistoiminta-alueeseen kuuluvat kolme kuntaa.",
    "Kunnat muodostavat yhteisen työllisyysalueen.",
    # plural heads name areas of a kind
    "Kuntien yhteistoiminta-alueet aloittivat vuonna 2009.",
])
def test_no_area_without_a_name(text: str) -> None:
    assert not _areas(text)


def test_reference_area_keeps_its_iri() -> None:
    ents = _extract("Hanke toimii Itä-Suomen yhteistoiminta-alueella.").entities.values()
    iris = {e.iri.rsplit("/id/", 1)[-1] for e in ents if e.type == "CooperationArea"}
    assert iris == {"cooperation-area/kys"}


def test_towns_naming_an_area_are_its_members() -> None:
    facts = {(f.subject.rsplit("/", 1)[-1], f.predicate, f.object.rsplit("/", 1)[-1])
             for f in _extract("Palvelut järjestää Kiteen ja Rääkkylän yhteistoiminta-alue.").facts}
    area = "kiteen-ja-raakkylan-yhteistoiminta-alue"
    assert ("260", "partOf", area) in facts  # Kitee
    assert ("707", "partOf", area) in facts  # Rääkkylä


@pytest.mark.parametrize(("text", "label"), [
    # a sub-region named by its region or landscape (one named by its town is the recogniser's)
    ("Salla kuuluu Itä-Lapin seutukuntaan yhdessä Kemijärven kanssa.", "Itä-Lapin seutukunta"),
    ("Helsingin metropolialueella asuu paljon nuoria.", "Helsingin metropolialue"),
    # "seutu" with its towns right after it
    # (a town's sub-region of the reference data is labelled as Statistics Finland names it: extract/subregion_keys.py)
    ("Hämeenlinnan seudun kunnat Hattula ja Janakkala ovat mukana.", "Seutukunta Hämeenlinna"),
    # a town's urban region, named by the town as its sub-region is
    ("Malli rakennetaan Kouvolan kaupunkiseudulle.", "Kouvolan kaupunkiseutu"),
])
def test_sub_region_and_towns_of_a_seutu(text: str, label: str) -> None:
    assert label in _areas(text)


@pytest.mark.parametrize("text", [
    # the area's organisation, no area of co-operation (a town's "seudulla" alone names the sub-region: the dev gold
    # holds "Heinolan seudulla", "Loimaan seudulla", "Turun seudulla" as areas)
    "Oulun seudun ammattikorkeakoulu aloitti hankkeen.",
    "Lapin eri seutukunnissa toimii hankkeita.",  # a plural head: areas of a kind
    "Seutukunnan kunnat tekevät yhteistyötä.",  # no name
])
def test_no_seutu_area_without_name_or_towns(text: str) -> None:
    assert not _areas(text)


def test_towns_listed_after_a_seutu_are_its_members() -> None:
    facts = {(f.subject.rsplit("/", 1)[-1], f.predicate, f.object.rsplit("/", 1)[-1])
             for f in _extract("Raahen seudun kunnat ovat Raahe, Siikajoki ja Pyhäjoki.").facts}
    assert {("678", "partOf", "raahen-seutukunta"), ("748", "partOf", "raahen-seutukunta"),
            ("625", "partOf", "raahen-seutukunta")} <= facts

"""A wellbeing county's or a joint authority's department named after its written-out genitive ("Pohjois-Savon
hyvinvointialueen perhe- ja sosiaalipalvelujen palvelualue", "kuntayhtymän vanhuspalvelujen tulosalue") is a Body
part of it, as a town's is after "kaupungin" (department_names.py); the acronym's genitive or a bare area word
names none."""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document


def _part_of(text: str) -> list[tuple[str, str]]:
    return [(f.subject.rsplit("/", 1)[-1], f.object.rsplit("/", 1)[-1])
            for f in extract_document(record(text + "\n")).facts if f.predicate == "partOf"]


def test_county_department_is_part_of_the_county() -> None:
    facts = _part_of("Hankkeen toteuttaa Pohjois-Savon hyvinvointialueen perhe- ja sosiaalipalvelujen palvelualue.")
    assert len(facts) == 1 and facts[0][0].endswith("palvelualue"), facts


def test_an_area_in_the_county_is_no_department() -> None:
    assert _part_of("Hanke toimii Pohjois-Savon hyvinvointialueen alueella ja sen kunnissa.") == []


def test_swedish_departments_after_the_owners_genitive() -> None:
    for sentence, owner in (("Projektet genomförs av Vasa stads socialverk.", "905"),
                            ("Projektet drivs av Österbottens välfärdsområdes enhet för äldreomsorg.", "17")):
        facts = _part_of(sentence)
        assert len(facts) == 1 and facts[0][1] == owner, (sentence, facts)


def test_a_swedish_town_before_a_common_noun_names_no_department() -> None:
    assert _part_of("Projektet genomförs i Vasa stads centrum.") == []

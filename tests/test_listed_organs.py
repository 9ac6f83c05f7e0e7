"""The organs listed after their whole's genitive and a plural word for organs are each part of it
(partOf:listed-organs, extract/body_parents.py), as are those an owner in the adessive "has" (partOf:owner-has-body);
a list after another noun, or a town in another case, gives none.

The sentences are invented for these tests (the county and the town are real, from the bundled reference data).
"""

from __future__ import annotations

from tests.helpers import ID, extract
from welfare_kg.extract.body_parents import LISTED_ORGANS_RULE


def _listed(text: str) -> set[tuple[str, str]]:
    return {(f.subject.removeprefix(ID), f.object.removeprefix(ID)) for f in extract(text).facts
            if f.rule == LISTED_ORGANS_RULE}


def test_each_committee_listed_after_the_countys_organs_word_is_its() -> None:
    found = _listed("Pohjois-Savon hyvinvointialueen toimielimiä ovat tarkastuslautakunta, "
                    "kansallisen kielen lautakunta ja pelastuslautakunta.")
    assert {o for _, o in found} == {"wellbeing-county/13"}
    assert len(found) == 3


def test_a_towns_committees_after_the_copula_and_muun_muassa() -> None:
    found = _listed("Kuopion kaupungin lautakunnat ovat muun muassa sivistyslautakunta ja ympäristölautakunta.")
    assert len(found) == 2 and {o for _, o in found} == {"municipality/297"}


def test_a_list_after_another_noun_gives_nothing() -> None:
    assert _listed("Kuopion kaupungin edustajat ovat sivistyslautakunta ja ympäristölautakunta.") == set()


def _has(text: str) -> set[tuple[str, str]]:
    return {(f.subject.removeprefix(ID), f.object.removeprefix(ID)) for f in extract(text).facts
            if f.rule == "partOf:owner-has-body"}


def test_the_owner_in_the_adessive_has_the_bodies_after_on() -> None:
    assert _has("Pohjois-Savon hyvinvointialueella on vanhusneuvosto ja vammaisneuvosto.") == {
        ("body/13-vanhusneuvosto", "wellbeing-county/13"), ("body/13-vammaisneuvosto", "wellbeing-county/13")}
    found = _has("Kuopion kaupungilla on oma nuorisovaltuusto.")
    assert {o for _, o in found} == {"municipality/297"} and len(found) == 1


def test_a_town_in_another_case_has_nothing() -> None:
    # the inessive says where the body meets, not whose it is
    assert _has("Kuopion kaupungissa on nuorisovaltuusto.") == set()

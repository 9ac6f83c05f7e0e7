"""A working unit that says it joins a project is the participant itself (extract/working_units.py): "X:n laitos
osallistuu Y-hankkeeseen"; a deciding organ's joining stays its organisation's. Sentences invented here."""

from __future__ import annotations

import pytest

from tests.helpers import labelled_facts, make_gazetteer, record
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.model import Mention
from welfare_kg.extract.working_units import working_unit


def _body(label: str, rule: str = "body") -> Mention:
    return Mention(start=0, end=len(label), surface=label, label=label, type="Body", rule=rule)


@pytest.mark.parametrize("label", [
    "Tampereen yliopiston sosiaalipolitiikan laitos", "Kemin kaupungin nuorisopalvelut",
    "Rovaniemen perusterveydenhuollon yksikkö", "Turun kulttuurikeskus", "Salon sosiaali- ja terveystoimi",
    "Jakobstads socialförvaltningen", "Hankkeen tutkimusinstituutti",
])
def test_unit_heads_are_working_units(label: str) -> None:
    assert working_unit(_body(label))


@pytest.mark.parametrize("label", [
    "Kemin kaupunginhallitus", "Sosiaali- ja terveyslautakunta", "Hankkeen ohjausryhmä", "Kommunstyrelsen",
    "Vanhusneuvosto", "Yhtymävaltuusto",
])
def test_organs_and_groups_are_not(label: str) -> None:
    assert not working_unit(_body(label))


def test_a_unit_read_by_a_unit_rule_is_one_whatever_its_head() -> None:
    assert working_unit(_body("Kemin kaupungin Perhetalo", rule="body-department"))
    assert not working_unit(Mention(start=0, end=4, surface="Kemi", label="Kemi", type="Municipality"))


def test_a_university_unit_that_joins_is_the_participant() -> None:
    facts = labelled_facts("Tampereen yliopiston sosiaalipolitiikan laitos osallistuu Uusi arki -hankkeeseen.")
    assert ("Tampereen yliopiston sosiaalipolitiikan laitos", "participatesIn", "Uusi arki") in facts


def test_a_unit_joins_even_with_another_organisation_in_the_clause() -> None:
    facts = labelled_facts("Jyväskylän yliopiston psykologian laitos osallistuu virolaisen yliopiston koordinoimaan "
                           "KOTIRAUHA-hankkeeseen.")
    assert ("Jyväskylän yliopiston psykologian laitos", "participatesIn", "KOTIRAUHA") in facts


def test_a_deciding_organ_still_joins_as_its_town() -> None:
    ex = extract_document(record("Tampereen kaupunginhallitus päätti osallistua Uusi arki -hankkeeseen."),
                          gazetteer=make_gazetteer())
    label = {iri: e.label for iri, e in ex.entities.items()}
    joined = {label[f.subject] for f in ex.facts if f.predicate == "participatesIn"}
    assert joined and all("kaupunginhallitus" not in j.lower() for j in joined), joined

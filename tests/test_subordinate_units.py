"""A unit said to work under, beside or in the ownership of another organisation is part of it
(extract/subordinate_units.py). Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import record
from welfare_kg.extract.document import extract_document

RULE = "partOf:working-under"


def working_under(text: str) -> set[tuple[str, str]]:
    ex = extract_document(record(text))
    return {(ex.entities[f.subject].label, ex.entities[f.object].label) for f in ex.facts if f.rule == RULE}


def test_council_working_under_a_board() -> None:
    facts = working_under("Vanhusneuvosto toimii Kuopion kaupunginhallituksen alaisuudessa ja kokoontuu kuukausittain.")
    assert ("Vanhusneuvosto", "Kuopion kaupunginhallitus") in facts


def test_unit_beside_its_host_attributive() -> None:
    facts = working_under("Rahoitus tuli Suomen Akatemian yhteydessä toimivalta strategisen tutkimuksen neuvostolta.")
    assert {host for _unit, host in facts} == {"Suomen Akatemia"}


def test_agency_with_its_acronym_beside_a_ministry() -> None:
    facts = working_under("Sosiaali- ja terveysjärjestöjen avustuskeskus (STEA) on sosiaali- ja terveysministeriön "
                          "yhteydessä toimiva itsenäinen valtionapuviranomainen.")
    assert any(host.lower().startswith("sosiaali- ja terveysministeriö") for _unit, host in facts)


def test_company_owned_by_a_town() -> None:
    facts = working_under("Karelia Ammattikorkeakoulu Oy on Joensuun kaupungin omistama osakeyhtiö.")
    assert {host for _unit, host in facts} == {"Joensuu"}


@pytest.mark.parametrize("text", [
    "Asiasta keskusteltiin Kuopion kaupunginhallituksen kokouksen yhteydessä.",  # an event's "yhteydessä"
    "Kuopion kaupunginhallitus ja vanhusneuvosto kokoontuivat yhdessä.",
])
def test_no_unit_without_the_shape(text: str) -> None:
    assert not working_under(text)


def test_swedish_council_under_the_board() -> None:
    facts = working_under("Närpes stad. Äldrerådet underlyder kommunstyrelsen. Kommunen väljer medlemmar till "
                          "äldrerådet.")
    assert ("Äldreråd", "Kommunstyrelse") in facts

"""The EU money field of a project card's fact box gives the EU funders' grant its sum (eu_field_sums.py); a
field of EU and state money together, or two different EU fields, give none."""

from __future__ import annotations

from decimal import Decimal

from tests.helpers import extract, needs_voikko

PROSE = ("Interreg Aurora har beslutat att ur Europeiska regionala utvecklingsfonden (ERUF) bevilja stöd till "
         "Kiruna kommun för projektet ”Bättre vård i norr”.")


def _sums(box: str) -> set[Decimal | None]:
    """The sums on the Interreg programme's grants of PROSE under a fact box."""
    ex = extract(f"Bättre vård i norr\n\n{PROSE}\n\nFakta\n\n{box}\nPROJEKTTID 2019–2021\n", "news")
    return {f.amount for f in ex.facts if f.predicate == "funds" and "Interreg" in ex.entities[f.subject].label}


@needs_voikko
def test_the_eu_field_is_the_eu_grants_sum() -> None:
    assert _sums("EU-STÖD 250 000 EUR\nTOTALBUDGET 400 000 EUR") == {Decimal(250000)}


@needs_voikko
def test_mixed_or_twice_stated_eu_money_gives_no_sum() -> None:
    assert _sums("EU- och statligt stöd 250 000 EUR\nTOTALBUDGET 400 000 EUR") == {None}
    assert _sums("EU-stöd 250 000 EUR\nEU-stöd 120 000 EUR") == {None}

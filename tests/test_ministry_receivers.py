"""A ministry receives no grant: extract/ministry_receivers.py. The sentences are invented."""

from __future__ import annotations

from tests.helpers import extract, needs_voikko


def _funds(text: str) -> set[tuple[str, str]]:
    ex = extract(text, "news")
    label = {iri: e.label for iri, e in ex.entities.items()}
    return {(label.get(f.subject, ""), label.get(f.object, "")) for f in ex.facts if f.predicate == "funds"}


@needs_voikko
def test_an_agency_proposing_grants_to_its_ministry_does_not_fund_it() -> None:
    found = _funds("Järjestöavustukset 2025\n\nSosiaali- ja terveysjärjestöjen avustuskeskus (STEA) käsittelee "
                   "hakemukset ja tekee sosiaali- ja terveysministeriölle avustusehdotuksen myönnettävistä "
                   "avustuksista.")
    assert not any(obj == "sosiaali- ja terveysministeriö" for _s, obj in found)

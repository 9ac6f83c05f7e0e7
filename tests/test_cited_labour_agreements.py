"""A labour-market agreement cited as the rules of a wage or a negotiation ("työehtosopimuksen mukainen palkka",
"pääsopimuksen mukaisiin paikallisneuvotteluihin") is no Agreement of the text (extract/undertaking_names.py); one the
text deals with, and other agreements cited, stay.

Written for these tests: invented sentences.
"""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document


def _agreements(text: str) -> set[str]:
    out = extract_document(record(text, kind="news"))
    return {e.label.lower() for e in out.entities.values() if e.type == "Agreement"}


def test_labour_agreements_cited_as_rules_are_no_agreements() -> None:
    assert not _agreements("Harjoittelijoille maksetaan työehtosopimuksen mukainen palkka koko kesän ajan.")
    assert not _agreements("Hallitus päätti olla nimeämättä jäseniä pääsopimuksen mukaisiin paikallisneuvotteluihin.")
    assert not _agreements("Lomarahat maksetaan virkaehtosopimuksen 12 §:n mukaan kesäkuussa.")


def test_an_agreement_dealt_with_or_another_cited_stays() -> None:
    assert "työehtosopimus" in _agreements("Liitto allekirjoitti uuden työehtosopimuksen eilen illalla.")
    assert "palvelusopimus" in _agreements("Kotihoito järjestetään palvelusopimuksen mukaisesti ensi vuonna.")

"""A joint authority's charter cited for what it says ("Perussopimuksen mukaan ...", "perussopimuksen 11 §:n
mukaan", "kuvattu perussopimuksessa (3 §)") is no agreement the document deals with, as a collective agreement cited
for its rules is none; a charter approved or amended still is. Invented sentences."""

from __future__ import annotations

from helpers import needs_voikko, typed_labels


def _agreements(text: str, kind: str = "news") -> set[str]:
    return {label for t, label in typed_labels(text, kind) if t == "Agreement"}


@needs_voikko
def test_a_charter_cited_for_its_rules_is_no_agreement() -> None:
    assert _agreements("Perussopimuksen mukaan Sotkamolla on kaksi yhtymäkokousedustajaa.") == set()
    assert _agreements("Perussopimuksen 8 §:n mukaan kokouskutsu lähetetään viikkoa ennen.") == set()
    assert _agreements("Kuntayhtymän tehtävät on lueteltu perussopimuksessa (2 §): kuntayhtymä järjestää "
                       "erikoissairaanhoidon.") == set()


@needs_voikko
def test_a_collective_agreement_cited_in_the_inessive_is_no_agreement_either() -> None:
    assert _agreements("Palkka maksetaan työehtosopimuksessa määritellyllä tavalla.") == set()


@needs_voikko
def test_a_charter_dealt_with_stays_an_agreement() -> None:
    assert _agreements("Yhtymävaltuusto hyväksyi perussopimuksen muutoksen.") == {"perussopimus"}

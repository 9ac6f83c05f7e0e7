"""A centre named by its own name ("Seinäjoen yliopistokeskus Epanet") is the same body in every document: its IRI
is its name's, not that of the organisation whose document names it (extract/document.py, _SELF_NAMED_BODIES)."""

from __future__ import annotations

from tests.helpers import extract, needs_voikko


def _iri(text: str, kind: str, word: str) -> str:
    ex = extract(text, kind)
    return next(iri for iri, e in ex.entities.items() if e.type == "Body" and word in e.label)


@needs_voikko
def test_a_named_centre_keeps_one_iri_across_documents() -> None:
    a = _iri("Keski-Pohjanmaan liitto myönsi rahoituksen. Hankkeen osatoteuttajana on Kokkolan yliopistokeskus "
             "Chydenius, joka vastaa vaikuttavuuden arvioinnista.", "news", "Chydenius")
    b = _iri("Kokkolan yliopistokeskus Chydenius käynnisti uuden koulutushankkeen yhdessä alueen kuntien kanssa.",
             "news", "Chydenius")
    assert a == b
    assert a.rsplit("/", 1)[-1] == "kokkolan-yliopistokeskus-chydenius"

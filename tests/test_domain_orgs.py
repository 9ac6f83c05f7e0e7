"""An e-mail domain no list knows names the one organisation of the page whose name it begins
(extract/domain_orgs.py). Invented names, placeholder addresses."""

from __future__ import annotations

from helpers import record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.domain_orgs import document_domain_org
from welfare_kg.extract.gazetteer import reference_gazetteer
from welfare_kg.extract.model import Mention


def _org(label: str, iri: str) -> Mention:
    return Mention(start=0, end=len(label), surface=label, label=label, type="Association", iri=iri)


def test_the_domain_begins_one_word_of_one_organisation() -> None:
    orgs = [_org("Järvilinnan Vanhustyön säätiö", "a"), _org("Kylätalo ry", "b")]
    assert document_domain_org("vanhustyo.example.fi", orgs) == "a"
    assert document_domain_org("kylatalo.example.fi", orgs) == "b"
    assert document_domain_org("talo.example.fi", orgs) is None  # too short, and a word's end, not its start
    assert document_domain_org("kylat.example.fi", [*orgs, _org("Kylätoiminta ry", "c")]) is None  # two match


def _posts(domain: str) -> set[tuple[str | None, str | None]]:
    text = (f"Hankkeet\n\nJohtaja Maija Esimerkki\n040 000 0000\nmaija.esimerkki@{domain}\n\n"
            "Oulun Vanhustyön säätiö\nKoivukatu 3\n00100 Esimerkkilä\n\nKylätupa-hanke\n\n"
            "Hanketta toteutetaan yhdessä Kylätalo ry:n kanssa.\n")
    out = extract_document(record(text), gazetteer=reference_gazetteer())
    label = {i: e.label for i, e in out.entities.items()}
    return {(label.get(f.subject), label.get(f.object)) for f in out.facts if f.predicate == "holdsPost"}


def test_a_contact_block_post_is_held_at_the_domain_s_organisation() -> None:
    # two organisations on the page: only the address says whose director she is
    assert ("Maija Esimerkki", "Oulun Vanhustyön säätiö") in _posts("vanhustyo.example")
    assert ("Maija Esimerkki", "Kylätalo ry") in _posts("kylatalo.example")
    assert not _posts("esimerkki.example")

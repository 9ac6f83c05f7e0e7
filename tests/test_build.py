"""graph/build.py on a hand-made record and extraction: what each fact, entity and item becomes in RDF."""

from __future__ import annotations

import os
import signal
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

from welfare_kg.contacts import REDACTED
from welfare_kg.extract.sentence_pool import ChildFailed
from welfare_kg.graph import build
from welfare_kg.graph.build import build_document_graph, document_iri, document_ntriples, fact_iri
from welfare_kg.ontology.namespace import BESLUIT, ID, ORG, PROV, SDO, WKG
from welfare_kg.records import DocumentRecord, Entity, Evidence, Extraction, Fact, MinutesItem

CHECKSUM = "3f" * 32
RANUA, PROJECT, PERSON, BODY = (ID["municipality/683"], ID["project/testihanke"], ID["person/matti-meikalainen"],
                                ID["body/683-kunnanhallitus"])
EMAIL, PHONE = "matti.meikalainen@ranua.fi", "040 123 4567"
FUNDING = f"Ranuan kunta myöntää Testihankkeelle 50 000 euroa. Lisätietoja {EMAIL}, puh. {PHONE}."
POST = "Matti Meikäläinen toimii Testihankkeen hankejohtajana."
ITEM = "Kunnanhallitus päättää myöntää avustuksen. Valmistelija Matti Meikäläinen, matti.meikalainen@ranua.fi"


Built = tuple[Graph, Graph, DocumentRecord, Extraction]


@pytest.fixture(scope="module")
def built() -> Built:
    text = f"{FUNDING}\n{POST}\n{ITEM}\n"
    item_start = text.index(ITEM)
    record = DocumentRecord(
        source=Path("/data/ranua-kh-2024.txt"), text=text, checksum=CHECKSUM, fmt="txt",
        title=f"Kunnanhallitus 12.3.2024 ({EMAIL})", kind="minutes", published="2024-03-12T10:00:00",
        items=[MinutesItem(start=item_start, end=len(text), title="Avustus Testihankkeelle", section="§ 12",
                           record_number="RAN/12/2024", date="2024-03-12",
                           preparer=f"Matti Meikäläinen, hankejohtaja, {EMAIL}, puh. {PHONE}",
                           parts={"decision": (item_start, item_start + len(ITEM))}, outcome="hyväksyttiin")],
    )
    ex = Extraction(
        entities={
            str(RANUA): Entity(str(RANUA), "Municipality", "Ranua", labels={"Ranua", "Ranuan kunta"},
                               surfaces={"Ranuan kunta"}, reference=True),
            str(PROJECT): Entity(str(PROJECT), "Project", "Testihanke", labels={"Testihanke"},
                                 surfaces={"Testihankkeelle", "Testihankkeen"}, attrs={"acronym": "TH"}),
            str(PERSON): Entity(str(PERSON), "Person", "Matti Meikäläinen", labels={"Matti Meikäläinen"}),
            str(BODY): Entity(str(BODY), "Body", "Ranuan kunnanhallitus", labels={"Ranuan kunnanhallitus"}),
        },
        facts=[
            Fact(str(RANUA), "funds", str(PROJECT), Evidence(FUNDING, 0, len(FUNDING)), "funds:test", 0.9,
                 amount=Decimal("50000"), start_date="2024-01-01", end_date="2025-12-31"),
            Fact(str(PERSON), "holdsPost", str(PROJECT), Evidence(POST, len(FUNDING) + 1, len(FUNDING) + 1 + len(POST)),
                 "holdsPost:test", 0.8, post="hankejohtaja"),
        ],
        contacts={str(PERSON): [EMAIL, PHONE]},
        item_subjects={0: [str(PROJECT)]},
        item_bodies={0: str(BODY)},
        publisher=str(RANUA),
    )
    g, contacts = build_document_graph(record, ex, ingested_at=datetime(2024, 4, 1, 9, 30, 15, 123, timezone.utc))
    return g, contacts, record, ex


def _fact(g: Graph, predicate: URIRef) -> URIRef:
    facts = [f for f in g.subjects(WKG.predicate, predicate) if (f, RDF.type, WKG.Fact) in g]
    assert len(facts) == 1
    return facts[0]


def test_document_node(built: Built) -> None:
    g, _c, _r, _ex = built
    doc = document_iri(CHECKSUM)
    assert doc == ID[f"document/{CHECKSUM[:16]}"]
    assert {WKG.Document, PROV.Entity} <= set(g.objects(doc, RDF.type))
    assert g.value(doc, WKG.fileName) == Literal("ranua-kh-2024.txt")
    assert g.value(doc, WKG.checksum) == Literal(CHECKSUM)
    assert g.value(doc, DCTERMS.issued) == Literal("2024-03-12", datatype=XSD.date)
    assert g.value(doc, DCTERMS.publisher) == RANUA
    assert g.value(doc, WKG.ingestedAt) == Literal("2024-04-01T09:30:15+00:00", datatype=XSD.dateTime)
    assert EMAIL not in str(g.value(doc, DCTERMS.title)) and REDACTED in str(g.value(doc, DCTERMS.title))
    assert set(g.objects(doc, WKG.mentions)) == {RANUA, PROJECT, PERSON, BODY}


def test_a_fact_is_a_plain_triple_and_a_fact_node(built: Built) -> None:
    g, _c, _r, ex = built
    assert (RANUA, WKG.funds, PROJECT) in g
    f = _fact(g, WKG.funds)
    assert f == fact_iri(CHECKSUM, ex.facts[0])
    assert {WKG.Fact, PROV.Entity} <= set(g.objects(f, RDF.type))
    assert (g.value(f, WKG.subject), g.value(f, WKG.object)) == (RANUA, PROJECT)
    assert g.value(f, PROV.wasDerivedFrom) == document_iri(CHECKSUM)
    assert g.value(f, WKG.charStart) == Literal(0) and g.value(f, WKG.charEnd) == Literal(len(FUNDING))
    assert g.value(f, WKG.rule) == Literal("funds:test")
    rule = g.value(f, PROV.wasGeneratedBy)
    assert rule == ID["rule/funds/test"] and (rule, RDF.type, PROV.Activity) in g
    assert g.value(f, WKG.confidence) == Literal(Decimal("0.9"), datatype=XSD.decimal)
    assert g.value(f, SDO.startDate) == Literal("2024-01-01", datatype=XSD.date)
    assert g.value(f, SDO.endDate) == Literal("2025-12-31", datatype=XSD.date)


def test_amount_typing_and_monetary_grant(built: Built) -> None:
    g, _c, _r, _ex = built
    f = _fact(g, WKG.funds)
    amount = g.value(f, WKG.amount)
    assert amount.datatype == XSD.decimal and amount.toPython() == Decimal("50000")
    assert (f, RDF.type, SDO.MonetaryGrant) in g
    assert (g.value(f, SDO.funder), g.value(f, SDO.fundedItem)) == (RANUA, PROJECT)
    node = g.value(f, SDO.amount)
    assert (node, RDF.type, SDO.MonetaryAmount) in g
    assert g.value(node, SDO.value) == Literal(Decimal("50000"), datatype=XSD.decimal)
    assert g.value(node, SDO.currency) == Literal("EUR")
    post_fact = _fact(g, WKG.holdsPost)
    assert (post_fact, RDF.type, SDO.MonetaryGrant) not in g and g.value(post_fact, WKG.amount) is None


def test_post(built: Built) -> None:
    g, _c, _r, _ex = built
    f = _fact(g, WKG.holdsPost)
    assert g.value(f, WKG.postTitle) == Literal("hankejohtaja", lang="fi")
    post = URIRef(f"{f}/post")
    assert (post, RDF.type, ORG.Post) in g
    assert g.value(post, SKOS.prefLabel) == Literal("hankejohtaja", lang="fi")
    assert g.value(post, ORG.postIn) == PROJECT
    assert (PERSON, ORG.holds, post) in g


def test_entities_are_typed_and_named(built: Built) -> None:
    g, _c, _r, _ex = built
    assert {WKG.Project, SDO.Project} <= set(g.objects(PROJECT, RDF.type))
    assert {WKG.Municipality, ORG.FormalOrganization} <= set(g.objects(RANUA, RDF.type))
    assert g.value(PROJECT, RDFS.label) == Literal("Testihanke", lang="fi")
    assert g.value(RANUA, RDFS.label) is None  # reference entities keep their reference names
    assert set(g.objects(RANUA, SKOS.altLabel)) == {Literal("Ranuan kunta", lang="fi")}
    assert set(g.objects(PROJECT, SKOS.hiddenLabel)) == {Literal("Testihankkeelle", lang="fi"),
                                                         Literal("Testihankkeen", lang="fi")}
    assert g.value(PROJECT, SKOS.notation) == Literal("TH")


def test_minutes_item_becomes_a_decision_at_a_meeting(built: Built) -> None:
    g, _c, _r, _ex = built
    dec = ID[f"decision/{CHECKSUM[:16]}/1"]
    assert {WKG.Decision, BESLUIT.Besluit} <= set(g.objects(dec, RDF.type))
    assert g.value(dec, WKG.section) == Literal("§ 12") and g.value(dec, DCTERMS.identifier) == Literal("RAN/12/2024")
    assert g.value(dec, WKG.about) == PROJECT and g.value(dec, WKG.body) == BODY
    meeting = g.value(dec, WKG.meeting)
    assert meeting == ID["meeting/683-kunnanhallitus/2024-03-12"]
    assert g.value(meeting, BESLUIT.isGehoudenDoor) == BODY
    assert g.value(dec, WKG.preparer) == Literal("Matti Meikäläinen, hankejohtaja")


def test_contacts_are_redacted_from_evidence_and_kept_in_their_own_graph(built: Built) -> None:
    g, contacts, _r, _ex = built
    literals = [str(o) for o in g.objects() if isinstance(o, Literal)]
    assert not any(EMAIL in text or "123 4567" in text or "@" in text for text in literals)
    evidence = str(g.value(_fact(g, WKG.funds), PROV.value))
    assert evidence.startswith("Ranuan kunta myöntää Testihankkeelle 50 000 euroa.") and REDACTED in evidence
    decision_text = str(g.value(ID[f"decision/{CHECKSUM[:16]}/1"], WKG.decisionText))
    assert REDACTED in decision_text and "ranua.fi" not in decision_text
    assert set(contacts) == {(PERSON, WKG.contactData, Literal(EMAIL)), (PERSON, WKG.contactData, Literal(PHONE))}
    assert not set(g.triples((None, WKG.contactData, None)))


def test_same_input_same_graph(built: Built) -> None:
    g, contacts, record, ex = built
    again, again_contacts = build_document_graph(record, ex, ingested_at=datetime(2024, 4, 1, 9, 30, 15,
                                                                                    tzinfo=timezone.utc))
    assert set(again) == set(g) and set(again_contacts) == set(contacts)


def test_ntriples_text_is_what_rdflib_reads_and_writes_back() -> None:
    """The N-Triples are written as text, not through rdflib: rdflib reading them and writing them again
    gives the same statements, so escapes, language tags and the lexical forms of decimals and dates
    (which rdflib normalises: 1E+3 is 1000) are spelled as rdflib spells them; each statement once."""
    text = 'Sopimus "Testi" \\ rivi\r\nToinen\trivi, 1E+3 euroa.\n'
    record = DocumentRecord(source=Path("/data/x.txt"), text=text, checksum=CHECKSUM, fmt="txt",
                            title='Otsikko "lainaus"\nrivi \\ loppu', published="2024-03-12T10:00:00",
                            items=[MinutesItem(start=0, end=len(text), title="A \\ B", date="2024-03-01",
                                               parts={"decision": (0, len(text))})])
    facts = [Fact(str(RANUA), "funds", str(PROJECT), Evidence(text, 0, len(text)), "funds:test", confidence,
                  amount=amount, share=Decimal("12.50"), start_date="2024-01-01")
             for confidence, amount in ((0.899999, Decimal("1E+3")), (1.0, Decimal("50000.50")), (0.7, Decimal(0)))]
    facts.append(facts[0])  # the same fact twice is one set of statements
    ex = Extraction(entities={str(PROJECT): Entity(str(PROJECT), "Project", 'Hanke "X"', labels={'Hanke "X"'},
                                                   attrs={"startDate": "2024-01-01"})},
                    facts=facts, contacts={str(PERSON): ['a"b@example.fi']})
    nt, contacts = document_ntriples(record, ex, ingested_at=datetime(2024, 4, 1, 9, 30, 15, tzinfo=timezone.utc))
    for written in (nt, contacts):
        lines = written.splitlines()
        assert len(lines) == len(set(lines))
        again = Graph().parse(data=written, format="nt").serialize(format="nt")
        assert set(lines) == set(again.splitlines()) - {""}
    g, _ = build_document_graph(record, ex)
    amounts = set(g.objects(None, WKG.amount))
    assert amounts == {Literal(Decimal(x), datatype=XSD.decimal) for x in ("1E+3", "50000.50", "0")}
    assert Literal("1000", datatype=XSD.decimal) in amounts
    assert g.value(document_iri(CHECKSUM), DCTERMS.title) == Literal('Otsikko "lainaus"\nrivi \\ loppu', lang="fi")


def test_an_iri_rdflib_cannot_write_is_refused() -> None:
    record = DocumentRecord(source=Path("/data/x.txt"), text="x", checksum=CHECKSUM, fmt="txt")
    ex = Extraction(facts=[Fact("https://example.org/a b", "funds", str(PROJECT), Evidence("x", 0, 1), "funds:test")])
    with pytest.raises(Exception, match="does not look like a valid URI"):
        document_ntriples(record, ex)


def _many_facts() -> tuple[DocumentRecord, Extraction]:
    """Facts whose statements repeat across the halves (the same relation, rule and sentence in both)."""
    text = f"{FUNDING}\n{POST}\n"
    record = DocumentRecord(source=Path("/data/x.txt"), text=text, checksum=CHECKSUM, fmt="txt", language="fi")
    facts = [Fact(str(RANUA), "funds", str(PROJECT), Evidence(FUNDING, i, i + 10), "funds:test", 0.9,
                  amount=Decimal(1000 + i % 3)) for i in range(7)]
    facts += [Fact(str(PERSON), "holdsPost", str(BODY if i % 2 else PROJECT), Evidence(POST, i, i + 5),
                   f"holdsPost:test{i % 2}", 0.8, post="hankejohtaja") for i in range(7)]
    facts += facts[:3]  # a fact stated again in the second half is one set of statements, where it came first
    ex = Extraction(entities={str(PROJECT): Entity(str(PROJECT), "Project", "Testihanke", labels={"Testihanke"})},
                    facts=facts, contacts={str(PERSON): [EMAIL]})
    return record, ex


@pytest.mark.skipif(not hasattr(os, "fork"), reason="forks")
def test_two_processes_write_the_serial_ntriples() -> None:
    record, ex = _many_facts()
    when = datetime(2024, 4, 1, 9, 30, 15, tzinfo=timezone.utc)
    serial = document_ntriples(record, ex, ingested_at=when)
    assert document_ntriples(record, ex, ingested_at=when, workers=2) == serial  # below the size: one process
    shared = document_ntriples(record, ex, ingested_at=when, workers=2, parallel_chars=0)
    assert shared == serial  # the same text, statement for statement in the same order


@pytest.mark.skipif(not hasattr(os, "fork"), reason="forks")
def test_a_build_process_that_dies_or_fails_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    record, ex = _many_facts()
    ex.facts.append(Fact("https://example.org/a b", "funds", str(PROJECT), Evidence("x", 0, 1), "funds:test"))
    with pytest.raises(Exception, match="does not look like a valid URI"):  # the second half's error, raised here
        document_ntriples(record, ex, workers=2, parallel_chars=0)
    ex.facts.pop()

    def killed(*_args: object) -> list[str]:
        os.kill(os.getpid(), signal.SIGKILL)
        return []

    monkeypatch.setattr(build, "_fact_rows", killed)
    with pytest.raises(ChildFailed, match="died"):
        document_ntriples(record, ex, workers=2, parallel_chars=0)

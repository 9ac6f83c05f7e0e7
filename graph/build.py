"""Turning one document's extraction into RDF: the document's own named graph.

Every fact is written twice on purpose: as a plain triple (`s wkg:funds o`) that
SPARQL users and maps traverse, and as a `wkg:Fact` node that keeps what a plain
triple cannot: amount, period, post title, the sentence and its offsets, the rule
and a confidence (PROV-O). Contact data goes to a separate graph so that exports
and maps can leave it out.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone
from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

from welfare_kg.contacts import redact
from welfare_kg.ontology.namespace import BESLUIT, ID, ORG, PROV, SDO, WKG
from welfare_kg.records import DocumentRecord, Extraction, Fact

SCHEMA_SUPER = {
    "Project": SDO.Project, "Programme": SDO.Project, "Agreement": SDO.CreativeWork,
    "Person": SDO.Person, "Body": ORG.Organization, "Municipality": ORG.FormalOrganization,
}


def document_iri(checksum: str) -> URIRef:
    return ID[f"document/{checksum[:16]}"]


def build_document_graph(record: DocumentRecord, ex: Extraction, *, ingested_at: datetime | None = None
                         ) -> tuple[Graph, Graph]:
    """(document graph, contact graph) for one document."""
    g = Graph()
    doc = document_iri(record.checksum)
    lang = record.language
    g.add((doc, RDF.type, WKG.Document))
    g.add((doc, RDF.type, PROV.Entity))
    g.add((doc, DCTERMS.title, Literal(redact(record.title), lang=lang)))
    g.add((doc, DCTERMS.source, Literal(str(record.source))))
    g.add((doc, WKG.fileName, Literal(record.name)))
    g.add((doc, WKG.checksum, Literal(record.checksum)))
    g.add((doc, WKG.kind, Literal(record.kind)))
    g.add((doc, DCTERMS.language, Literal(lang)))
    g.add((doc, DCTERMS["format"], Literal(record.fmt)))
    if record.published:
        g.add((doc, DCTERMS.issued, Literal(record.published[:10], datatype=XSD.date)))
    if ex.publisher:
        g.add((doc, DCTERMS.publisher, URIRef(ex.publisher)))
    when = ingested_at or datetime.now(timezone.utc)
    g.add((doc, WKG.ingestedAt, Literal(when.replace(microsecond=0).isoformat(), datatype=XSD.dateTime)))
    for ent in ex.entities.values():
        e = URIRef(ent.iri)
        g.add((doc, WKG.mentions, e))
        g.add((e, RDF.type, WKG[ent.type]))
        if ent.type in SCHEMA_SUPER:
            g.add((e, RDF.type, SCHEMA_SUPER[ent.type]))
        if not ent.reference:
            # this document's name for it; the store keeps one skos:prefLabel across documents
            g.add((e, RDFS.label, Literal(redact(ent.label), lang=lang)))
        for label in sorted(ent.labels if not ent.reference else ent.labels - {ent.label}):
            g.add((e, SKOS.altLabel, Literal(redact(label), lang=lang)))
        for surface in sorted(ent.surfaces - ent.labels):
            g.add((e, SKOS.hiddenLabel, Literal(redact(surface), lang=lang)))
        if "startDate" in ent.attrs:
            g.add((e, SDO.startDate, Literal(ent.attrs["startDate"], datatype=XSD.date)))
        if "endDate" in ent.attrs:
            g.add((e, SDO.endDate, Literal(ent.attrs["endDate"], datatype=XSD.date)))
        if "acronym" in ent.attrs:
            g.add((e, SKOS.notation, Literal(ent.attrs["acronym"])))
        for why in ent.merged_because:
            g.add((e, WKG.evidence, Literal(f"merged: {why}")))
    for fact in ex.facts:
        _add_fact(g, doc, record, fact)
    _add_minutes(g, doc, record, ex)
    contacts = Graph()
    for person, values in ex.contacts.items():
        for v in values:
            contacts.add((URIRef(person), WKG.contactData, Literal(v)))
    return g, contacts


def fact_iri(checksum: str, fact: Fact) -> URIRef:
    h = hashlib.sha1("|".join((*fact.key(), str(fact.evidence.start))).encode()).hexdigest()[:16]
    return ID[f"fact/{checksum[:16]}/{h}"]


def _add_fact(g: Graph, doc: URIRef, record: DocumentRecord, fact: Fact) -> None:
    s, o, p = URIRef(fact.subject), URIRef(fact.object), WKG[fact.predicate]
    g.add((s, p, o))
    f = fact_iri(record.checksum, fact)
    g.add((f, RDF.type, WKG.Fact))
    g.add((f, RDF.type, PROV.Entity))
    g.add((f, WKG.subject, s))
    g.add((f, WKG.predicate, p))
    g.add((f, WKG.object, o))
    g.add((f, PROV.wasDerivedFrom, doc))
    g.add((f, PROV.value, Literal(redact(fact.evidence.text))))
    g.add((f, WKG.charStart, Literal(fact.evidence.start)))
    g.add((f, WKG.charEnd, Literal(fact.evidence.end)))
    g.add((f, WKG.rule, Literal(fact.rule)))
    # the rule as a PROV activity, so generic PROV tools can group facts by what produced them
    rule = ID[f"rule/{fact.rule.replace(':', '/')}"]
    g.add((f, PROV.wasGeneratedBy, rule))
    g.add((rule, RDF.type, PROV.Activity))
    g.add((rule, RDFS.label, Literal(fact.rule)))
    g.add((f, WKG.confidence, Literal(Decimal(str(round(fact.confidence, 2))), datatype=XSD.decimal)))
    if fact.amount is not None:
        g.add((f, WKG.amount, Literal(fact.amount, datatype=XSD.decimal)))
    if fact.amount_qualifier:
        g.add((f, WKG.amountQualifier, Literal(fact.amount_qualifier)))
    if fact.share is not None:
        g.add((f, WKG.amountQualifier, Literal(f"share {fact.share} %")))
    if fact.start_date:
        g.add((f, SDO.startDate, Literal(fact.start_date, datatype=XSD.date)))
    if fact.end_date:
        g.add((f, SDO.endDate, Literal(fact.end_date, datatype=XSD.date)))
    if fact.post:
        g.add((f, WKG.postTitle, Literal(redact(fact.post), lang="fi")))
        post = URIRef(f"{f}/post")
        g.add((post, RDF.type, ORG.Post))
        g.add((post, SKOS.prefLabel, Literal(redact(fact.post), lang="fi")))
        g.add((post, ORG.postIn, o))
        g.add((s, ORG.holds, post))
    if fact.predicate == "funds":
        g.add((f, RDF.type, SDO.MonetaryGrant))
        g.add((f, SDO.funder, s))
        g.add((f, SDO.fundedItem, o))
        if fact.amount is not None:
            amount = URIRef(f"{f}/amount")
            g.add((f, SDO.amount, amount))
            g.add((amount, RDF.type, SDO.MonetaryAmount))
            g.add((amount, SDO.value, Literal(fact.amount, datatype=XSD.decimal)))
            g.add((amount, SDO.currency, Literal("EUR")))


def _add_minutes(g: Graph, doc: URIRef, record: DocumentRecord, ex: Extraction) -> None:
    """Meetings and decisions in Besluit (LBLOD) terms, the vocabulary of published municipal decisions."""
    for idx, item in enumerate(record.items):
        dec = ID[f"decision/{record.checksum[:16]}/{idx + 1}"]
        g.add((dec, RDF.type, WKG.Decision))
        g.add((dec, RDF.type, BESLUIT.Besluit))
        g.add((dec, PROV.wasDerivedFrom, doc))
        if item.title:
            g.add((dec, DCTERMS.title, Literal(redact(item.title), lang=record.language)))
        if item.section:
            g.add((dec, WKG.section, Literal(item.section)))
        if item.record_number:
            g.add((dec, WKG.recordNumber, Literal(item.record_number)))
            g.add((dec, DCTERMS.identifier, Literal(item.record_number)))
        if item.preparer:
            g.add((dec, WKG.preparer, Literal(_public_part(item.preparer))))
        if item.presenter:
            g.add((dec, WKG.presenter, Literal(_public_part(item.presenter))))
        if item.outcome:
            g.add((dec, WKG.outcome, Literal(item.outcome)))
        if item.date:
            g.add((dec, DCTERMS.date, Literal(item.date, datatype=XSD.date)))
        for kind, pred in (("proposal", WKG.proposal), ("decision", WKG.decisionText), ("appeal", WKG.appeal)):
            if kind in item.parts:
                s, e = item.parts[kind]
                g.add((dec, pred, Literal(redact(record.text[s:e].strip()), lang=record.language)))
        for subj in ex.item_subjects.get(idx, []):
            g.add((dec, WKG.about, URIRef(subj)))
        body_iri = ex.item_bodies.get(idx)
        if body_iri:
            g.add((dec, WKG.body, URIRef(body_iri)))
            if item.date:
                meeting = ID[f"meeting/{body_iri.rsplit('/', 1)[-1]}/{item.date}"]
                g.add((meeting, RDF.type, WKG.Meeting))
                g.add((meeting, RDF.type, BESLUIT.Zitting))
                g.add((meeting, BESLUIT.isGehoudenDoor, URIRef(body_iri)))
                g.add((meeting, DCTERMS.date, Literal(item.date, datatype=XSD.date)))
                g.add((dec, WKG.meeting, meeting))


def _public_part(person_line: str) -> str:
    """Name and post only: contact details stay out of the public graph."""
    parts = [p.strip() for p in person_line.split(",")]
    return redact(", ".join(p for p in parts if "@" not in p and "(at)" not in p and not any(c.isdigit() for c in p)))

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
from functools import lru_cache

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

from welfare_kg.contacts import redact
from welfare_kg.extract.sentence_pool import PARALLEL_CHARS, Later, workers_for
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
    """(document graph, contact graph) for one document, as rdflib graphs (for code that walks them)."""
    nt, contacts = document_ntriples(record, ex, ingested_at=ingested_at)
    g, c = Graph(), Graph()
    if nt:
        g.parse(data=nt, format="nt")
    if contacts:
        c.parse(data=contacts, format="nt")
    return g, c


def document_ntriples(record: DocumentRecord, ex: Extraction, *, ingested_at: datetime | None = None,
                      workers: int = 1, parallel_chars: int = PARALLEL_CHARS) -> tuple[str, str]:
    """(document graph, contact graph) for one document as N-Triples text, each statement once.

    Written as text directly: the store reads N-Triples, and building an rdflib graph
    first (a term object, an index entry and an event per statement) cost more than
    recognising the document did: 3.5 s of CPU for the 160,000 statements of a 2 MB page.
    Terms are spelled exactly as rdflib's N-Triples serialiser spells them (see `_Rows`),
    so the store holds the same statements either way.

    With `workers` > 1 a document as large as extraction splits (`parallel_chars`) has the statements of the
    second half of its facts made in a forked process while this one makes the rest (a 20 MB page's ~9 CPU-s
    build ran on one core, the other waiting); they are put in after the first half's, each statement where
    it was first made, so the text is the serial one.
    """
    rows = _Rows(record.language)
    doc = _iri(document_iri(record.checksum))
    facts = ex.facts
    cut = len(facts) // 2 if workers_for(len(record.text), workers, parallel_chars) > 1 else len(facts)
    second = Later(lambda: _fact_rows(record, doc, facts[cut:])) if cut < len(facts) else None
    add, lit, text = rows.add, rows.literal, rows.text
    add(doc, _TYPE, _iri(WKG.Document))
    add(doc, _TYPE, _iri(PROV.Entity))
    add(doc, _iri(DCTERMS.title), text(record.title))
    add(doc, _iri(DCTERMS.source), lit(str(record.source)))
    add(doc, _iri(WKG.fileName), lit(record.name))
    add(doc, _iri(WKG.checksum), lit(record.checksum))
    add(doc, _iri(WKG.kind), lit(record.kind))
    add(doc, _iri(DCTERMS.language), lit(record.language))
    add(doc, _iri(DCTERMS["format"]), lit(record.fmt))
    if record.published:
        add(doc, _iri(DCTERMS.issued), _typed(record.published[:10], XSD.date))
    if ex.publisher:
        add(doc, _iri(DCTERMS.publisher), _iri(ex.publisher))
    when = ingested_at or datetime.now(timezone.utc)
    add(doc, _iri(WKG.ingestedAt), _typed(when.replace(microsecond=0).isoformat(), XSD.dateTime))
    mentions, label, alt, hidden = _iri(WKG.mentions), _iri(RDFS.label), _iri(SKOS.altLabel), _iri(SKOS.hiddenLabel)
    for ent in ex.entities.values():
        e = _iri(ent.iri)
        add(doc, mentions, e)
        add(e, _TYPE, _iri(WKG[ent.type]))
        if ent.type in SCHEMA_SUPER:
            add(e, _TYPE, _iri(SCHEMA_SUPER[ent.type]))
        if not ent.reference:
            # this document's name for it; the store keeps one skos:prefLabel across documents
            add(e, label, text(ent.label))
        for name in sorted(ent.labels if not ent.reference else ent.labels - {ent.label}):
            add(e, alt, text(name))
        for surface in sorted(ent.surfaces - ent.labels):
            add(e, hidden, text(surface))
        if "startDate" in ent.attrs:
            add(e, _iri(SDO.startDate), _typed(ent.attrs["startDate"], XSD.date))
        if "endDate" in ent.attrs:
            add(e, _iri(SDO.endDate), _typed(ent.attrs["endDate"], XSD.date))
        if "acronym" in ent.attrs:
            add(e, _iri(SKOS.notation), lit(ent.attrs["acronym"]))
        for why in ent.merged_because:
            add(e, _iri(WKG.evidence), lit(f"merged: {why}"))
    for fact in facts[:cut]:
        _add_fact(rows, doc, record, fact)
    if second is not None:
        rows.extend(second.result())
    _add_minutes(rows, doc, record, ex)
    contacts = _Rows(None)
    data = _iri(WKG.contactData)
    for person, values in ex.contacts.items():
        for v in values:
            contacts.add(_iri(person), data, contacts.literal(v))
    return rows.ntriples(), contacts.ntriples()


class _Rows:
    """Distinct N-Triples statements in the order first added (an rdflib graph is a set too).

    Spelling follows rdflib 7's N-Triples serialiser: IRIs in angle brackets (refused
    when they hold a character rdflib refuses), literals quoted with backslash, newline,
    quote and carriage return escaped, then a language tag or a datatype; typed
    literals take rdflib's lexical form (`_typed`). Redacted texts are remembered: one
    evidence sentence backs several facts.
    """

    def __init__(self, lang: str | None) -> None:
        self._rows: dict[str, None] = {}
        self._lang = f"@{Literal('', lang=lang).language}" if lang else ""  # rdflib's check of the tag
        self._texts: dict[str, str] = {}
        self._redactions: dict[str, str] = {}

    def add(self, s: str, p: str, o: str) -> None:
        self._rows[f"{s} {p} {o} .\n"] = None

    @staticmethod
    def literal(value: str, tag: str = "") -> str:
        """A quoted literal; `tag` is "" or "@lang"."""
        escaped = value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r")
        return f'"{escaped}"{tag}'

    def text(self, value: str) -> str:
        """A redacted text in the document's language."""
        hit = self._texts.get(value)
        if hit is None:
            hit = self._texts[value] = self.literal(self.redacted(value), self._lang)
        return hit

    def redacted(self, value: str) -> str:
        """`redact(value)`, once per distinct text of the document."""
        hit = self._redactions.get(value)
        if hit is None:
            hit = self._redactions[value] = redact(value)
        return hit

    def ntriples(self) -> str:
        return "".join(self._rows)

    def statements(self) -> list[str]:
        """The statements in the order first added (to send back from a forked process)."""
        return list(self._rows)

    def extend(self, statements: list[str]) -> None:
        """`add` of each statement in turn: one already here keeps its place."""
        self._rows.update(dict.fromkeys(statements))


def _fact_rows(record: DocumentRecord, doc: str, facts: list[Fact]) -> list[str]:
    """The statements of `facts`, in the order `_add_fact` makes them, each once."""
    rows = _Rows(record.language)
    for fact in facts:
        _add_fact(rows, doc, record, fact)
    return rows.statements()


_INVALID_IRI = frozenset('<>" {}|\\^`')


@lru_cache(maxsize=65_536)
def _iri(value: str) -> str:
    if not _INVALID_IRI.isdisjoint(value):  # what rdflib's serialiser refuses, refused the same way
        raise Exception(f'"{value}" does not look like a valid URI, I cannot serialize this as N3/Turtle. '
                        "Perhaps you wanted to urlencode it?")
    return f"<{value}>"


@lru_cache(maxsize=4096)
def _typed_lexical(kind: str, text: str, datatype: str) -> str:
    value: object = Decimal(text) if kind == "Decimal" else int(text) if kind == "int" else text
    return _rows_literal(str(Literal(value, datatype=URIRef(datatype))), datatype)


def _rows_literal(lexical: str, datatype: str) -> str:
    return f"{_Rows.literal(lexical)}^^<{datatype}>"


def _typed(value: object, datatype: str) -> str:
    """A typed literal in rdflib's lexical form (dates and decimals are normalised: "1E+2" is "100")."""
    if type(value) is int and datatype == _INTEGER:
        return f'"{value}"^^<{_INTEGER}>'
    if type(value) not in (str, int, Decimal):
        return _rows_literal(str(Literal(value, datatype=URIRef(datatype))), datatype)
    return _typed_lexical(type(value).__name__, str(value), str(datatype))


_INTEGER = str(XSD.integer)
_TYPE = _iri(RDF.type)


def fact_iri(checksum: str, fact: Fact) -> URIRef:
    h = hashlib.sha1("|".join((*fact.key(), str(fact.evidence.start))).encode()).hexdigest()[:16]
    return ID[f"fact/{checksum[:16]}/{h}"]


def _add_fact(rows: _Rows, doc: str, record: DocumentRecord, fact: Fact) -> None:
    add, lit = rows.add, rows.literal
    s, o, p = _iri(fact.subject), _iri(fact.object), _iri(WKG[fact.predicate])
    add(s, p, o)
    f_iri = fact_iri(record.checksum, fact)
    f = _iri(f_iri)
    add(f, _TYPE, _FACT)
    add(f, _TYPE, _PROV_ENTITY)
    add(f, _SUBJECT, s)
    add(f, _PREDICATE, p)
    add(f, _OBJECT, o)
    add(f, _DERIVED, doc)
    add(f, _VALUE, rows.literal(rows.redacted(fact.evidence.text)))
    add(f, _CHAR_START, _typed(fact.evidence.start, _INTEGER))
    add(f, _CHAR_END, _typed(fact.evidence.end, _INTEGER))
    add(f, _RULE, lit(fact.rule))
    # the rule as a PROV activity, so generic PROV tools can group facts by what produced them
    rule = _iri(ID[f"rule/{fact.rule.replace(':', '/')}"])
    add(f, _GENERATED, rule)
    add(rule, _TYPE, _ACTIVITY)
    add(rule, _LABEL, lit(fact.rule))
    add(f, _CONFIDENCE, _typed(Decimal(str(round(fact.confidence, 2))), _DECIMAL))
    if fact.amount is not None:
        add(f, _AMOUNT, _typed(fact.amount, _DECIMAL))
    if fact.amount_qualifier:
        add(f, _QUALIFIER, lit(fact.amount_qualifier))
    if fact.share is not None:
        add(f, _QUALIFIER, lit(f"share {fact.share} %"))
    if fact.start_date:
        add(f, _START_DATE, _typed(fact.start_date, _DATE))
    if fact.end_date:
        add(f, _END_DATE, _typed(fact.end_date, _DATE))
    if fact.post:
        post_title = lit(rows.redacted(fact.post), "@fi")
        add(f, _POST_TITLE, post_title)
        post = _iri(f"{f_iri}/post")
        add(post, _TYPE, _iri(ORG.Post))
        add(post, _iri(SKOS.prefLabel), post_title)
        add(post, _iri(ORG.postIn), o)
        add(s, _iri(ORG.holds), post)
    if fact.predicate == "funds":
        add(f, _TYPE, _iri(SDO.MonetaryGrant))
        add(f, _iri(SDO.funder), s)
        add(f, _iri(SDO.fundedItem), o)
        if fact.amount is not None:
            amount = _iri(f"{f_iri}/amount")
            add(f, _iri(SDO.amount), amount)
            add(amount, _TYPE, _iri(SDO.MonetaryAmount))
            add(amount, _iri(SDO.value), _typed(fact.amount, _DECIMAL))
            add(amount, _iri(SDO.currency), lit("EUR"))


_DECIMAL, _DATE = str(XSD.decimal), str(XSD.date)
_FACT, _PROV_ENTITY, _ACTIVITY = _iri(WKG.Fact), _iri(PROV.Entity), _iri(PROV.Activity)
_SUBJECT, _PREDICATE, _OBJECT = _iri(WKG.subject), _iri(WKG.predicate), _iri(WKG.object)
_DERIVED, _VALUE, _GENERATED = _iri(PROV.wasDerivedFrom), _iri(PROV.value), _iri(PROV.wasGeneratedBy)
_CHAR_START, _CHAR_END, _RULE = _iri(WKG.charStart), _iri(WKG.charEnd), _iri(WKG.rule)
_LABEL, _CONFIDENCE, _AMOUNT = _iri(RDFS.label), _iri(WKG.confidence), _iri(WKG.amount)
_QUALIFIER, _POST_TITLE = _iri(WKG.amountQualifier), _iri(WKG.postTitle)
_START_DATE, _END_DATE = _iri(SDO.startDate), _iri(SDO.endDate)


def _add_minutes(rows: _Rows, doc: str, record: DocumentRecord, ex: Extraction) -> None:
    """Meetings and decisions in Besluit (LBLOD) terms, the vocabulary of published municipal decisions."""
    add, lit, text = rows.add, rows.literal, rows.text
    for idx, item in enumerate(record.items):
        dec = _iri(ID[f"decision/{record.checksum[:16]}/{idx + 1}"])
        add(dec, _TYPE, _iri(WKG.Decision))
        add(dec, _TYPE, _iri(BESLUIT.Besluit))
        add(dec, _DERIVED, doc)
        if item.title:
            add(dec, _iri(DCTERMS.title), text(item.title))
        if item.section:
            add(dec, _iri(WKG.section), lit(item.section))
        if item.record_number:
            add(dec, _iri(WKG.recordNumber), lit(item.record_number))
            add(dec, _iri(DCTERMS.identifier), lit(item.record_number))
        if item.preparer:
            add(dec, _iri(WKG.preparer), lit(_public_part(item.preparer)))
        if item.presenter:
            add(dec, _iri(WKG.presenter), lit(_public_part(item.presenter)))
        if item.outcome:
            add(dec, _iri(WKG.outcome), lit(item.outcome))
        if item.date:
            add(dec, _iri(DCTERMS.date), _typed(item.date, _DATE))
        for kind, pred in (("proposal", WKG.proposal), ("decision", WKG.decisionText), ("appeal", WKG.appeal)):
            if kind in item.parts:
                s, e = item.parts[kind]
                add(dec, _iri(pred), text(record.text[s:e].strip()))
        for subj in ex.item_subjects.get(idx, []):
            add(dec, _iri(WKG.about), _iri(subj))
        body_iri = ex.item_bodies.get(idx)
        if body_iri:
            add(dec, _iri(WKG.body), _iri(body_iri))
            if item.date:
                meeting = _iri(ID[f"meeting/{body_iri.rsplit('/', 1)[-1]}/{item.date}"])
                add(meeting, _TYPE, _iri(WKG.Meeting))
                add(meeting, _TYPE, _iri(BESLUIT.Zitting))
                add(meeting, _iri(BESLUIT.isGehoudenDoor), _iri(body_iri))
                add(meeting, _iri(DCTERMS.date), _typed(item.date, _DATE))
                add(dec, _iri(WKG.meeting), meeting)


def _public_part(person_line: str) -> str:
    """Name and post only: contact details stay out of the public graph."""
    parts = [p.strip() for p in person_line.split(",")]
    return redact(", ".join(p for p in parts if "@" not in p and "(at)" not in p and not any(c.isdigit() for c in p)))

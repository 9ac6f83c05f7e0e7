"""The derived entity layer: one deduplicated description per entity, computed from the documents.

Every document graph restates the type and its own name of each entity it mentions (it
must: a document graph is the provenance of what it says). Queries that list entities
would then join once per mention and GROUP BY to pick one label, which at a million quads
costs seconds. The entity layer (graph `graph/entities`) says each thing once:

* `rdf:type` — every class any source graph (documents, reference data) gives it;
* `skos:prefLabel` — one per language: the shortest name documents give it in that
  language (`rdfs:label`), then alphabetical, so it does not depend on ingest order;
* `skos:altLabel` — every other name documents give it; `skos:notation` — acronyms;
* `wkg:mentionCount` and `dcterms:isReferencedBy` — how many and which documents mention it;
* `wkg:displayLabel` — the one plain name saved queries show: a Finnish or untagged
  preferred label (reference data or documents) when there is one, else any, first in
  code-point order;
* listing rows, the answer of the scoring contract's `entities` query precomputed. For each
  (entity, document file name, class) the names it may be listed under (the document's own
  `skos:prefLabel`/`skos:altLabel`/`rdfs:label`, the reference graph's `skos:prefLabel`/
  `skos:altLabel` and the layer's preferred labels). A *listing* node stands for one (file name,
  class) pair: `wkg:mentionedIn` (the file name) and `wkg:mentionedAs` (a `wkg:` class the
  document gives) in this graph; the rows are `entity listing name` statements in a graph of
  their own (`graph/entities/listings`), the listing node used as the property. One scan of that
  graph gives three of the query's four columns, and one hash join with the listing nodes the
  other two: the evaluation of `entities` at a million quads took 0.42 s as four scans of
  one-value-per-row nodes hash-joined (mention rows, layer version 2), 0.20 s so
  (benchmarks/HISTORY.md, twelfth pass). The listing rows live in their own graph because the
  query reads them with the property unbound: in the layer graph that scan would read every
  entity's description too. The rows are distinct by construction: no `DISTINCT`.

Which subjects are entities: in a document graph, what the document `wkg:mentions` or
gives an `rdfs:label`; in the reference graph, what it types or gives a `skos:prefLabel`.

The layer is kept in step by computing, for each write, the *delta* of the entities it
touches, and the store applies that delta in the same SPARQL update as the documents
(graph/store.py). Adding documents only ever grows types, names and counts, so the delta
starts from the layer's current description; dropping a graph can shrink them, so the
entities of a dropped graph are recomputed from every other graph that states them.
`expected()` recomputes the whole layer from scratch (rebuild, `welfare-kg check`).
A listing row changes when a document with its file name is written or dropped, or when its
entity's shared names (reference or preferred labels) change; only those rows are recomputed, and a
listing node is stated while some row uses it. Everything the layer states is returned as quads of
these two graphs, with the derived fact rows (graph/factrows.py), which the same delta and `expected()` keep.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from hashlib import sha256
from typing import TYPE_CHECKING, TypeVar

import pyoxigraph as ox

from welfare_kg.graph import factrows
from welfare_kg.graphs import DOCUMENT_PREFIX, ENTITIES_GRAPH, LISTINGS_GRAPH, REFERENCE

RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
PREF = ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
ALT = ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")
NOTATION = ox.NamedNode("http://www.w3.org/2004/02/skos/core#notation")
MENTIONS = ox.NamedNode("https://w3id.org/welfare-kg/ontology#mentions")
MENTION_COUNT = ox.NamedNode("https://w3id.org/welfare-kg/ontology#mentionCount")
DISPLAY = ox.NamedNode("https://w3id.org/welfare-kg/ontology#displayLabel")
REFERENCED_BY = ox.NamedNode("http://purl.org/dc/terms/isReferencedBy")
VERSION = ox.NamedNode("http://purl.org/dc/terms/hasVersion")
INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
LAYER = ox.NamedNode(ENTITIES_GRAPH)
WKG = "https://w3id.org/welfare-kg/ontology#"
FILE_NAME = ox.NamedNode(WKG + "fileName")
LISTINGS = ox.NamedNode(LISTINGS_GRAPH)
ROW_DOCUMENT = ox.NamedNode(WKG + "mentionedIn")  # a listing node's file name
ROW_CLASS = ox.NamedNode(WKG + "mentionedAs")  # a listing node's class
LISTING_PREFIX = ENTITIES_GRAPH + "/listing/"
# version 2: mention rows; version 3: listing rows in graph/entities/listings
MARKER = ox.Triple(LAYER, VERSION, ox.Literal("entity-layer 3"))
# what the layer reads from each source graph
READ = (RDF_TYPE, RDFS_LABEL, ALT, NOTATION, PREF)
# what `group` collects: the layer's statements and the fact rows' (graph/factrows.py)
GROUPED = frozenset((*READ, *factrows.READ))
# what the layer states, apart from the documents that mention an entity
STATED = (RDF_TYPE, PREF, ALT, NOTATION, MENTION_COUNT, DISPLAY)
# the names a document gives an entity, as the `entities` query lists them
OWN_NAMES = (PREF, ALT, RDFS_LABEL)
SHARED_NAMES = (PREF, ALT)  # from the reference graph

_BY_TEXT = {str(p): p for p in (*READ, *factrows.READ, MENTIONS, FILE_NAME)}  # as they appear in N-Triples: "<iri>"
# a line whose second token (split at single spaces) is a predicate the layer reads;
# "\n" only ends a line: str.splitlines would also break at characters literals may hold unescaped
_READ_LINE = re.compile(r"^[^ \n]* (" + "|".join(re.escape(t) for t in sorted(_BY_TEXT)) + r")(?= |$)[^\n]*", re.M)

if TYPE_CHECKING:  # ox.Term exists for type checkers only
    Key = tuple[ox.NamedNode, ox.Term, ox.NamedNode]  # (entity, file name, class): the rows of one listing
    Grouped = dict[ox.Term, list[tuple[ox.NamedNode, ox.Term]]]
    GroupedGraph = tuple[Grouped, list[tuple[ox.Term, ox.Term]], dict[ox.Term, set[ox.Term]]]  # what `group` returns

Name = tuple[str, str]  # (text, language tag or "")
T = TypeVar("T")


def _source(graph: str) -> str | None:
    """"doc" or "ref" for graphs the layer derives from, None for contact and derived graphs."""
    if graph.startswith(DOCUMENT_PREFIX):
        return "doc"
    if graph == REFERENCE:
        return "ref"
    return None


def _name(lit: ox.Term) -> Name | None:
    return (lit.value, lit.language or "") if isinstance(lit, ox.Literal) else None


@dataclass
class Contribution:
    """What one source graph says about one entity."""

    types: set[ox.NamedNode] = field(default_factory=set)
    labels: set[Name] = field(default_factory=set)  # rdfs:label (documents)
    names: set[Name] = field(default_factory=set)  # rdfs:label and skos:altLabel (documents)
    notations: set[ox.Literal] = field(default_factory=set)
    ref_labels: set[Name] = field(default_factory=set)  # skos:prefLabel (reference graph)
    doc: ox.NamedNode | None = None  # the document node that mentions it


def contributions(kind: str, by_subject: dict[ox.Term, list[tuple[ox.NamedNode, ox.Term]]],
                  mentioned: dict[ox.Term, ox.NamedNode]) -> dict[ox.NamedNode, Contribution]:
    """The entities of one source graph, from its statements grouped by subject (the one rule, used everywhere)."""
    out: dict[ox.NamedNode, Contribution] = {}
    for subject in set(by_subject) | set(mentioned):
        if not isinstance(subject, ox.NamedNode):
            continue
        pos = by_subject.get(subject, [])
        c = Contribution(doc=mentioned.get(subject))
        for p, o in pos:
            if p == RDF_TYPE and isinstance(o, ox.NamedNode):
                c.types.add(o)
            elif kind == "doc" and p == RDFS_LABEL and (n := _name(o)):
                c.labels.add(n)
                c.names.add(n)
            elif kind == "doc" and p == ALT and (n := _name(o)):
                c.names.add(n)
            elif kind == "doc" and p == NOTATION and isinstance(o, ox.Literal):
                c.notations.add(o)
            elif kind == "ref" and p == PREF and (n := _name(o)):
                c.ref_labels.add(n)
        is_entity = (c.doc is not None or bool(c.labels)) if kind == "doc" else bool(c.types or c.ref_labels)
        if is_entity:
            out[subject] = c
    return out


def summarise(graph: str, triples: Iterable[ox.Quad | ox.Triple]) -> dict[ox.NamedNode, Contribution]:
    """The entities a source graph describes, from its statements (empty for other graphs)."""
    kind = _source(graph)
    if kind is None:
        return {}
    by_subject, pairs, _ = group(triples)
    return contributions(kind, by_subject, _mentioned(kind, pairs))


def _mentioned(kind: str, pairs: list[tuple[ox.Term, ox.Term]]) -> dict[ox.Term, ox.NamedNode]:
    """Entity -> the document node that mentions it (a document graph's `wkg:mentions`; the last one stated)."""
    return {e: doc for doc, e in pairs if isinstance(doc, ox.NamedNode)} if kind == "doc" else {}


@dataclass
class Entity:
    """The layer's description of one entity while it is being computed."""

    types: set[ox.NamedNode] = field(default_factory=set)
    pref: dict[str, str] = field(default_factory=dict)  # language -> preferred label
    names: set[Name] = field(default_factory=set)
    notations: set[ox.Literal] = field(default_factory=set)
    ref_labels: set[Name] = field(default_factory=set)
    docs: set[ox.NamedNode] = field(default_factory=set)  # documents added (all of them when recomputed)
    count: int = 0  # documents that mention it
    seen: bool = False  # some source graph states it

    def add(self, c: Contribution) -> None:
        self.seen = True
        self.types |= c.types
        for text, lang in c.labels:
            best = self.pref.get(lang)
            if best is None or (len(text), text) < (len(best), best):
                self.pref[lang] = text
        self.names |= c.names
        self.notations |= c.notations
        self.ref_labels |= c.ref_labels
        if c.doc is not None and c.doc not in self.docs:
            self.docs.add(c.doc)
            self.count += 1

    def display(self) -> str | None:
        candidates = self.ref_labels | {(text, lang) for lang, text in self.pref.items()}
        if not candidates:
            return None
        return min((0 if lang in ("fi", "") else 1, text) for text, lang in candidates)[1]

    def stated(self, e: ox.NamedNode) -> set[ox.Triple]:
        """Its triples in the layer, without the documents (`isReferencedBy`), which are handled apart."""
        out = {ox.Triple(e, RDF_TYPE, t) for t in self.types}
        prefs = {(text, lang) for lang, text in self.pref.items()}
        out |= {ox.Triple(e, PREF, _literal(n)) for n in prefs}
        out |= {ox.Triple(e, ALT, _literal(n)) for n in self.names - prefs}
        out |= {ox.Triple(e, NOTATION, n) for n in self.notations}
        out.add(ox.Triple(e, MENTION_COUNT, ox.Literal(str(self.count), datatype=INTEGER)))
        if (label := self.display()) is not None:
            out.add(ox.Triple(e, DISPLAY, ox.Literal(label)))
        return out


def _literal(name: Name) -> ox.Literal:
    text, lang = name
    return ox.Literal(text, language=lang) if lang else ox.Literal(text)


def listing_node(f: ox.Term, t: ox.NamedNode) -> ox.NamedNode:
    """The listing node of (file name, class): a name from the pair, so a write finds it again."""
    return ox.NamedNode(LISTING_PREFIX + sha256(f"{f} {t}".encode()).hexdigest()[:32])


def listing_quads(f: ox.Term, t: ox.NamedNode) -> set[ox.Quad]:
    """What the layer graph says of a listing node: its file name and class."""
    node = listing_node(f, t)
    return {ox.Quad(node, ROW_DOCUMENT, f, LAYER), ox.Quad(node, ROW_CLASS, t, LAYER)}


def row_quads(key: Key, names: set[ox.Term]) -> set[ox.Quad]:
    """The listing rows of (entity, file name, class): one `entity listing name` per name."""
    e, f, t = key
    node = listing_node(f, t)
    return {ox.Quad(e, node, n, LISTINGS) for n in names}


def _in_layer(triples: Iterable[ox.Triple]) -> set[ox.Quad]:
    return {ox.Quad(t.subject, t.predicate, t.object, LAYER) for t in triples}


def graph_rows(by_subject: Grouped, pairs: Iterable[tuple[ox.Term, ox.Term]],
               files: dict[ox.Term, set[ox.Term]]) -> dict[Key, set[ox.Term]]:
    """One document graph's listing rows: (entity, file name, class) -> the graph's own names of the entity.

    As the `entities` query joins them: the document node's file name and its `wkg:mentions`, the
    entity's `wkg:` classes and names in the same graph.
    """
    out: dict[Key, set[ox.Term]] = {}
    for doc, e in pairs:
        if not isinstance(e, ox.NamedNode):
            continue
        pos = by_subject.get(e, [])
        classes = {o for p, o in pos if p == RDF_TYPE and isinstance(o, ox.NamedNode) and o.value.startswith(WKG)}
        own = {o for p, o in pos if p in OWN_NAMES}
        for f in files.get(doc, ()):
            for t in classes:
                out.setdefault((e, f, t), set()).update(own)
    return out


def group(triples: Iterable[ox.Quad | ox.Triple]
          ) -> tuple[Grouped, list[tuple[ox.Term, ox.Term]], dict[ox.Term, set[ox.Term]]]:
    """(statements by subject, (document, entity) mentions, document -> file names) of one graph.

    The statements are those the layer reads and those the fact rows read (`GROUPED`).
    """
    by_subject: Grouped = defaultdict(list)
    pairs: list[tuple[ox.Term, ox.Term]] = []
    files: dict[ox.Term, set[ox.Term]] = defaultdict(set)
    for t in triples:
        p = t.predicate
        if p == MENTIONS:
            pairs.append((t.subject, t.object))
        elif p == FILE_NAME:
            files[t.subject].add(t.object)
        elif p in GROUPED:
            by_subject[t.subject].append((p, t.object))
    return by_subject, pairs, files


def group_text(ntriples: str) -> tuple[Grouped, list[tuple[ox.Term, ox.Term]], dict[ox.Term, set[ox.Term]]]:
    """`group` of an N-Triples text, its predicates read from the text.

    Only the lines the layer reads become Python objects, and each predicate's lines are parsed
    together, so no triple's predicate is built and compared: on a 20 MB page's graph (1.7 million
    statements) `group` of the parsed triples, done twice per write, was a fifth of the write's CPU.
    The statements of a subject come grouped by predicate rather than in the text's order, which no
    reader of `group` depends on (they collect sets); the mentions keep the text's order.
    """
    lines: dict[str, list[str]] = defaultdict(list)
    for m in _READ_LINE.finditer(ntriples):
        lines[m.group(1)].append(m.group(0))
    by_subject: Grouped = defaultdict(list)
    pairs: list[tuple[ox.Term, ox.Term]] = []
    files: dict[ox.Term, set[ox.Term]] = defaultdict(set)
    for text in _BY_TEXT:  # a fixed order: the same grouping whatever order the text states them in
        if text not in lines:
            continue
        p = _BY_TEXT[text]
        triples = ox.parse("\n".join(lines[text]) + "\n", format=ox.RdfFormat.N_TRIPLES)
        if p == MENTIONS:
            pairs = [(t.subject, t.object) for t in triples]
        elif p == FILE_NAME:
            for t in triples:
                files[t.subject].add(t.object)
        else:
            for t in triples:
                by_subject[t.subject].append((p, t.object))
    return by_subject, pairs, files


@dataclass
class Summary:
    """What one written graph brings to the derived graphs, computed from its statements alone.

    Each part is a function of the graph, never of the store, so ingest's workers make it beside the single
    writer (`Built.summary`), which only merges it with what the store holds: the per-graph work (grouping the
    statements, each entity's contribution, the listing rows, the fact rows as text) left the writer, and what
    a worker sends shrank from every statement the layer and the fact rows read (~420 terms a generated
    document, each rebuilt when unpickled) to the entities' contributions and the rows' text.
    """

    entities: dict[ox.NamedNode, Contribution] = field(default_factory=dict)
    rows: dict[Key, set[ox.Term]] = field(default_factory=dict)  # a document graph's listing rows, its own names
    shared: dict[ox.Term, set[ox.Term]] = field(default_factory=dict)  # the reference graph: names every row lists
    facts: factrows.Rows = field(default_factory=factrows.Rows)


def summary(graph: str, grouped: GroupedGraph) -> Summary:
    """The `Summary` of a graph from its statements as `group` or `group_text` returns them."""
    by_subject, pairs, files = grouped
    kind = _source(graph)
    if kind is None:
        return Summary(facts=factrows.rows_of(graph, by_subject, files))
    shared = {}
    if graph == REFERENCE:
        shared = {e: names for e, pos in by_subject.items() if (names := {o for p, o in pos if p in SHARED_NAMES})}
    return _shared_terms(Summary(contributions(kind, by_subject, _mentioned(kind, pairs)),
                                 graph_rows(by_subject, pairs, files) if kind == "doc" else {}, shared,
                                 factrows.rows_of(graph, by_subject, files)))


def _shared_terms(s: Summary) -> Summary:
    """`s` with each distinct term one object: pickle writes an object once, and unpickling rebuilds each term
    written (an entity named in its contribution and in each of its rows; the document node of every entity)."""
    canon: dict[object, object] = {}

    def one(t: T) -> T:
        return canon.setdefault(t, t)  # type: ignore[return-value]

    for c in s.entities.values():
        c.types = {one(t) for t in c.types}
        c.notations = {one(n) for n in c.notations}
        c.doc = one(c.doc)
    s.entities = {one(e): c for e, c in s.entities.items()}
    s.rows = {(one(e), one(f), one(t)): {one(n) for n in names} for (e, f, t), names in s.rows.items()}
    return s


def summary_text(graph: str, ntriples: str) -> Summary:
    """`summary` of a graph's N-Triples text; nothing is parsed for a graph that no derived graph reads (contacts)."""
    if _source(graph) is None and not graph.startswith(DOCUMENT_PREFIX):
        return Summary()
    return summary(graph, group_text(ntriples))


class EntityLayer:
    """Reads the store to compute the layer, in full or as the delta of one write; never writes itself."""

    GRAPH = ENTITIES_GRAPH
    GRAPHS = (ENTITIES_GRAPH, LISTINGS_GRAPH, *factrows.GRAPHS)  # everything the layer writes, fact rows included

    def __init__(self, store: ox.Store) -> None:
        self.store = store

    def present(self) -> bool:
        return any(True for _ in self.store.quads_for_pattern(MARKER.subject, MARKER.predicate, MARKER.object, LAYER))

    # -- from scratch ------------------------------------------------------------------------
    def _gather(self) -> tuple[dict[str, Grouped], dict[str, list[tuple[ox.Term, ox.Term]]],
                               dict[str, dict[ox.Term, set[ox.Term]]]]:
        """Per source graph: statements the layer reads by subject, (document, entity) mentions, file names."""
        per_graph: dict[str, Grouped] = defaultdict(lambda: defaultdict(list))
        pairs: dict[str, list[tuple[ox.Term, ox.Term]]] = defaultdict(list)
        files: dict[str, dict[ox.Term, set[ox.Term]]] = defaultdict(lambda: defaultdict(set))
        for p in (*READ, *factrows.READ):
            for q in self.store.quads_for_pattern(None, p, None, None):
                if isinstance(q.graph_name, ox.NamedNode) and _source(q.graph_name.value):
                    per_graph[q.graph_name.value][q.subject].append((p, q.object))
        for q in self.store.quads_for_pattern(None, MENTIONS, None, None):
            g = q.graph_name
            if isinstance(g, ox.NamedNode) and _source(g.value) == "doc" and isinstance(q.subject, ox.NamedNode):
                pairs[g.value].append((q.subject, q.object))
        for q in self.store.quads_for_pattern(None, FILE_NAME, None, None):
            g = q.graph_name
            if isinstance(g, ox.NamedNode) and _source(g.value) == "doc":
                files[g.value][q.subject].add(q.object)
        return per_graph, pairs, files

    @staticmethod
    def _entities(per_graph: dict[str, Grouped], pairs: dict[str, list[tuple[ox.Term, ox.Term]]]
                  ) -> dict[ox.NamedNode, Entity]:
        """Every entity of every source graph, from what `_gather` read."""
        entities: dict[ox.NamedNode, Entity] = defaultdict(Entity)
        for g in set(per_graph) | set(pairs):
            kind = _source(g)
            assert kind is not None
            mentioned = {e: doc for doc, e in pairs.get(g, [])}
            for e, c in contributions(kind, per_graph.get(g, {}), mentioned).items():
                entities[e].add(c)
        return dict(entities)

    def expected(self) -> set[ox.Quad]:
        """The whole layer as it should be, marker, listing rows and fact rows included."""
        per_graph, pairs, files = self._gather()
        entities = self._entities(per_graph, pairs)
        triples = {MARKER}
        for e, ent in entities.items():
            triples |= ent.stated(e)
            triples |= {ox.Triple(e, REFERENCED_BY, d) for d in ent.docs}
        out = _in_layer(triples)
        rows: dict[Key, set[ox.Term]] = defaultdict(set)
        for g, graph_pairs in pairs.items():
            for key, own in graph_rows(per_graph.get(g, {}), graph_pairs, files.get(g, {})).items():
                rows[key] |= own
        reference = per_graph.get(REFERENCE, {})
        for key, own in rows.items():
            e = key[0]
            shared = {o for p, o in reference.get(e, []) if p in SHARED_NAMES}
            if e in entities:
                shared |= {_literal((text, lang)) for lang, text in entities[e].pref.items()}
            if names := own | shared:
                out |= row_quads(key, names) | listing_quads(key[1], key[2])
        return out | factrows.expected(per_graph, files)

    def actual(self) -> set[ox.Quad]:
        """What the store holds in the layer's graphs, fact rows included."""
        return {q for g in self.GRAPHS for q in self.store.quads_for_pattern(None, None, None, ox.NamedNode(g))}

    # -- one write -----------------------------------------------------------------------------
    def delta(self, written: dict[str, Summary], dropped: Iterable[str]
              ) -> tuple[set[ox.Quad], set[ox.Quad], str]:
        """(quads to delete, quads to insert, more `GRAPH` blocks to insert) in the layer's graphs when `written`
        graphs go in and `dropped` go out.

        `written` holds each written graph's `Summary` (made from its statements alone, by whoever built it).
        `written` graphs that exist already must be in `dropped` too (a replacement). The blocks are the
        written graphs' fact rows, as text (graph/factrows.py); the update applies them after the deletions.
        """
        dropped = set(dropped)
        new: dict[ox.NamedNode, list[Contribution]] = defaultdict(list)
        for s in written.values():
            for e, c in s.entities.items():
                new[e].append(c)
        recompute: set[ox.NamedNode] = set()
        dropped_rows: set[Key] = set()  # the listing rows of dropped documents, read in the same pass
        dropped_facts = []  # (graph, statements by subject, file names) of dropped documents, for their fact rows
        for g in dropped:
            if kind := _source(g):
                by_subject, pairs, files = group(self.store.quads_for_pattern(None, None, None, ox.NamedNode(g)))
                recompute |= set(contributions(kind, by_subject, _mentioned(kind, pairs)))
                if kind == "doc":
                    dropped_rows |= set(graph_rows(by_subject, pairs, files))
                    dropped_facts.append((g, by_subject, files))
        skip = dropped | set(written)
        delete: set[ox.Triple] = set()
        insert: set[ox.Triple] = set()
        prefs: dict[ox.NamedNode, tuple[set[ox.Term], set[ox.Term]]] = {}  # entity -> (old, new) preferred labels
        for e in recompute:
            ent = self._scan(e, skip)
            for c in new.get(e, []):
                ent.add(c)
            old = {ox.Triple(e, q.predicate, q.object) for q in self.store.quads_for_pattern(e, None, None, LAYER)}
            now = ent.stated(e) | {ox.Triple(e, REFERENCED_BY, d) for d in ent.docs} if ent.seen else set()
            delete |= old - now
            insert |= now - old
            prefs[e] = ({t.object for t in old if t.predicate == PREF}, {t.object for t in now if t.predicate == PREF})
        for e, contribs in new.items():
            if e in recompute:
                continue
            ent, old = self._current(e)
            before = set(ent.docs)
            for c in contribs:
                ent.add(c)
            now = ent.stated(e)
            delete |= old - now
            insert |= now - old
            insert |= {ox.Triple(e, REFERENCED_BY, d) for d in ent.docs - before}
            prefs[e] = ({t.object for t in old if t.predicate == PREF}, {t.object for t in now if t.predicate == PREF})
        rows_delete, rows_insert = self._rows_delta(written, dropped_rows, skip, prefs)
        facts_delete, facts_text = factrows.delta(self.store, (s.facts for s in written.values()), dropped_facts)
        return _in_layer(delete) | rows_delete | facts_delete, _in_layer(insert) | rows_insert, facts_text

    def _rows_delta(self, written: dict[str, Summary], dropped_rows: set[Key], skip: set[str],
                    prefs: dict[ox.NamedNode, tuple[set[ox.Term], set[ox.Term]]]
                    ) -> tuple[set[ox.Quad], set[ox.Quad]]:
        """The listing rows that change: those of the written and dropped documents' (entity, file name, class)
        keys, and every row of an entity whose shared names change. Each is recomputed from the graphs that
        hold its file name, so a write costs a few lookups per mention, not a scan of the entity's documents.
        """
        reference = ox.NamedNode(REFERENCE)
        written_rows: dict[Key, set[ox.Term]] = {}  # over all written documents: a key's own names in any of them
        for s in written.values():
            for key, own in s.rows.items():
                written_rows.setdefault(key, set()).update(own)
        keys: set[Key] = set(written_rows) | dropped_rows
        new_reference = written[REFERENCE].shared if REFERENCE in written else {}

        def stored_reference(e: ox.NamedNode) -> set[ox.Term]:
            return {q.object for p in SHARED_NAMES for q in self.store.quads_for_pattern(e, p, None, reference)}

        shared: dict[ox.NamedNode, set[ox.Term]] = {}
        for e, (old_pref, new_pref) in prefs.items():
            before = stored_reference(e)
            after = new_reference.get(e, set()) if REFERENCE in written else set() if REFERENCE in skip else before
            shared[e] = new_pref | after
            if old_pref | before != shared[e]:  # every row of the entity lists its shared names
                for node in {q.predicate for q in self.store.quads_for_pattern(e, None, None, LISTINGS)}:
                    keys.add(self._key(node, e))
        delete: set[ox.Quad] = set()
        insert: set[ox.Quad] = set()
        listings: dict[ox.NamedNode, tuple[ox.Term, ox.NamedNode]] = {}
        for key in keys:
            e, f, t = key
            found, own = key in written_rows, set(written_rows.get(key, ()))
            for q in self.store.quads_for_pattern(None, FILE_NAME, f, None):
                g = q.graph_name
                if not isinstance(g, ox.NamedNode) or g.value in skip or _source(g.value) != "doc":
                    continue
                if (any(True for _ in self.store.quads_for_pattern(q.subject, MENTIONS, e, g))
                        and any(True for _ in self.store.quads_for_pattern(e, RDF_TYPE, t, g))):
                    found = True
                    own |= {x.object for p in OWN_NAMES for x in self.store.quads_for_pattern(e, p, None, g)}
            now = row_quads(key, own | shared.get(e, set())) if found else set()
            node = listing_node(f, t)
            old = set(self.store.quads_for_pattern(e, node, None, LISTINGS))
            delete |= old - now
            insert |= now - old
            listings[node] = (f, t)
        # the rows' properties, once: testing each node against every inserted quad made a write of a group
        # quadratic in its size (the loop below adds only the nodes' own quads, whose properties are no nodes)
        inserted_nodes = {q.predicate for q in insert}
        for node, (f, t) in listings.items():  # a listing node is stated while some row uses it
            used = node in inserted_nodes or any(
                q not in delete for q in self.store.quads_for_pattern(None, node, None, LISTINGS))
            now_node = listing_quads(f, t) if used else set()
            old_node = set(self.store.quads_for_pattern(node, None, None, LAYER))
            delete |= old_node - now_node
            insert |= now_node - old_node
        return delete, insert

    def _key(self, node: ox.Term, e: ox.NamedNode) -> Key:
        """The (entity, file name, class) of a stored listing row of `e`."""
        f = next(self.store.quads_for_pattern(node, ROW_DOCUMENT, None, LAYER)).object
        t = next(self.store.quads_for_pattern(node, ROW_CLASS, None, LAYER)).object
        assert isinstance(t, ox.NamedNode)
        return e, f, t

    def _current(self, e: ox.NamedNode) -> tuple[Entity, set[ox.Triple]]:
        """The layer's present description of `e` (documents only counted) and those triples."""
        ent = Entity(seen=True)
        old: set[ox.Triple] = set()
        for p in STATED:
            for q in self.store.quads_for_pattern(e, p, None, LAYER):
                o = q.object
                old.add(ox.Triple(e, p, o))
                if p == RDF_TYPE and isinstance(o, ox.NamedNode):
                    ent.types.add(o)
                elif p == PREF and (n := _name(o)):
                    ent.pref[n[1]] = n[0]
                    ent.names.add(n)
                elif p == ALT and (n := _name(o)):
                    ent.names.add(n)
                elif p == NOTATION and isinstance(o, ox.Literal):
                    ent.notations.add(o)
                elif p == MENTION_COUNT:
                    ent.count = int(o.value)
        for q in self.store.quads_for_pattern(e, PREF, None, ox.NamedNode(REFERENCE)):
            if n := _name(q.object):
                ent.ref_labels.add(n)
        return ent, old

    def _scan(self, e: ox.NamedNode, skip: set[str]) -> Entity:
        """`e` recomputed from every source graph that states it, except `skip` (graphs going out or rewritten)."""
        by_graph: dict[str, dict[ox.Term, list[tuple[ox.NamedNode, ox.Term]]]] = defaultdict(lambda: defaultdict(list))
        mentioned: dict[str, dict[ox.Term, ox.NamedNode]] = defaultdict(dict)
        for q in self.store.quads_for_pattern(e, None, None, None):
            g = q.graph_name
            if isinstance(g, ox.NamedNode) and g.value not in skip and _source(g.value) and q.predicate in READ:
                by_graph[g.value][e].append((q.predicate, q.object))
        for q in self.store.quads_for_pattern(None, MENTIONS, e, None):
            g = q.graph_name
            if (isinstance(g, ox.NamedNode) and g.value not in skip and _source(g.value) == "doc"
                    and isinstance(q.subject, ox.NamedNode)):
                mentioned[g.value][e] = q.subject
        ent = Entity()
        for g in set(by_graph) | set(mentioned):
            kind = _source(g)
            assert kind is not None
            for c in contributions(kind, by_graph.get(g, {}), mentioned.get(g, {})).values():
                ent.add(c)
        return ent

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
  code-point order.

Which subjects are entities: in a document graph, what the document `wkg:mentions` or
gives an `rdfs:label`; in the reference graph, what it types or gives a `skos:prefLabel`.

The layer is kept in step by computing, for each write, the *delta* of the entities it
touches, and the store applies that delta in the same SPARQL update as the documents
(graph/store.py). Adding documents only ever grows types, names and counts, so the delta
starts from the layer's current description; dropping a graph can shrink them, so the
entities of a dropped graph are recomputed from every other graph that states them.
`expected()` recomputes the whole layer from scratch (rebuild, `welfare-kg check`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox

from welfare_kg.graphs import DOCUMENT_PREFIX, ENTITIES_GRAPH, REFERENCE

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
MARKER = ox.Triple(LAYER, VERSION, ox.Literal("entity-layer 1"))
# what the layer reads from each source graph
READ = (RDF_TYPE, RDFS_LABEL, ALT, NOTATION, PREF)
# what the layer states, apart from the documents that mention an entity
STATED = (RDF_TYPE, PREF, ALT, NOTATION, MENTION_COUNT, DISPLAY)

_READ_TEXT = {str(p) for p in (*READ, MENTIONS)}  # as they appear in N-Triples: "<iri>"

Name = tuple[str, str]  # (text, language tag or "")


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
    by_subject: dict[ox.Term, list[tuple[ox.NamedNode, ox.Term]]] = defaultdict(list)
    mentioned: dict[ox.Term, ox.NamedNode] = {}
    for t in triples:
        p = t.predicate
        if p == MENTIONS and kind == "doc" and isinstance(t.subject, ox.NamedNode):
            mentioned[t.object] = t.subject
        elif p in READ:
            by_subject[t.subject].append((p, t.object))
    return contributions(kind, by_subject, mentioned)


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


class EntityLayer:
    """Reads the store to compute the layer, in full or as the delta of one write; never writes itself."""

    GRAPH = ENTITIES_GRAPH

    def __init__(self, store: ox.Store) -> None:
        self.store = store

    @staticmethod
    def relevant(ntriples: str) -> str:
        """The N-Triples lines the layer reads (its predicates), so that only those are parsed into Python objects."""
        # split on "\n" only: str.splitlines also breaks at form feeds, U+2028 and other characters
        # that N-Triples literals may hold unescaped (rdflib writes them as they are)
        return "".join(line + "\n" for line in ntriples.split("\n")
                       if line.split(" ", 2)[1:2] and line.split(" ", 2)[1] in _READ_TEXT)

    def present(self) -> bool:
        return any(True for _ in self.store.quads_for_pattern(MARKER.subject, MARKER.predicate, MARKER.object, LAYER))

    # -- from scratch ------------------------------------------------------------------------
    def compute(self) -> dict[ox.NamedNode, Entity]:
        """Every entity of every source graph (one pass per predicate the layer reads)."""
        per_graph: dict[str, dict[ox.Term, list[tuple[ox.NamedNode, ox.Term]]]] = defaultdict(lambda: defaultdict(list))
        mentioned: dict[str, dict[ox.Term, ox.NamedNode]] = defaultdict(dict)
        for p in READ:
            for q in self.store.quads_for_pattern(None, p, None, None):
                if isinstance(q.graph_name, ox.NamedNode) and _source(q.graph_name.value):
                    per_graph[q.graph_name.value][q.subject].append((p, q.object))
        for q in self.store.quads_for_pattern(None, MENTIONS, None, None):
            g = q.graph_name
            if isinstance(g, ox.NamedNode) and _source(g.value) == "doc" and isinstance(q.subject, ox.NamedNode):
                mentioned[g.value][q.object] = q.subject
        entities: dict[ox.NamedNode, Entity] = defaultdict(Entity)
        for g in set(per_graph) | set(mentioned):
            kind = _source(g)
            assert kind is not None
            for e, c in contributions(kind, per_graph.get(g, {}), mentioned.get(g, {})).items():
                entities[e].add(c)
        return dict(entities)

    def expected(self) -> set[ox.Triple]:
        """The whole layer as it should be, marker included."""
        out = {MARKER}
        for e, ent in self.compute().items():
            out |= ent.stated(e)
            out |= {ox.Triple(e, REFERENCED_BY, d) for d in ent.docs}
        return out

    def actual(self) -> set[ox.Triple]:
        quads = self.store.quads_for_pattern(None, None, None, LAYER)
        return {ox.Triple(q.subject, q.predicate, q.object) for q in quads}

    # -- one write -----------------------------------------------------------------------------
    def delta(self, written: dict[str, list[ox.Quad]], dropped: Iterable[str]) -> tuple[set[ox.Triple], set[ox.Triple]]:
        """(triples to delete, triples to insert) in the layer when `written` graphs go in and `dropped` go out.

        `written` graphs that exist already must be in `dropped` too (a replacement).
        """
        dropped = set(dropped)
        new: dict[ox.NamedNode, list[Contribution]] = defaultdict(list)
        for g, triples in written.items():
            for e, c in summarise(g, triples).items():
                new[e].append(c)
        recompute: set[ox.NamedNode] = set()
        for g in dropped:
            if _source(g):
                recompute |= set(summarise(g, self.store.quads_for_pattern(None, None, None, ox.NamedNode(g))))
        skip = dropped | set(written)
        delete: set[ox.Triple] = set()
        insert: set[ox.Triple] = set()
        for e in recompute:
            ent = self._scan(e, skip)
            for c in new.get(e, []):
                ent.add(c)
            old = {ox.Triple(e, q.predicate, q.object) for q in self.store.quads_for_pattern(e, None, None, LAYER)}
            now = ent.stated(e) | {ox.Triple(e, REFERENCED_BY, d) for d in ent.docs} if ent.seen else set()
            delete |= old - now
            insert |= now - old
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
        return delete, insert

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

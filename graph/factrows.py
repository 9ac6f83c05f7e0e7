"""Derived fact rows: each fact of a document restated in three statements, for the two fact listings.

`evidence` and `project_network` list every fact with its document, sentence, offsets, rule,
confidence and amount. Read from the document graphs that is ten one-property scans of every fact,
hash-joined on (graph, fact), or one sub-query per document (`evidence`'s LATERAL form): about half
of their CPU at a million quads. The rows state each fact in three statements of graphs of their own,
plus two small tables (benchmarks/HISTORY.md, thirteenth and fourteenth passes, where this layout
was measured on a copy of the benchmark store; the thirtieth session built it into the writer):

* `graph/facts/links`: `subject fact object`, the fact IRI used as the property: subject, fact
  and object in one scan;
* `graph/facts/rows`: `fact kind sentence`, a *kind* node standing for one (relation, rule,
  confidence), a few dozen of them in any store; a fact without a sentence has `fact kind rdf:nil`
  in `graph/facts/bare` instead, read as a `UNION` (a sentinel read back as unbound would decode
  every sentence);
* `graph/facts/spans`: `fact source "charStart charEnd"`, the *source* node standing for the
  fact's document graph and its file name (a source per name, should a graph hold several); the
  span is one literal of at most 15 bytes, which Oxigraph keeps inline;
* `graph/facts`: each kind's relation, rule and confidence, each source's file name and sort key,
  each fact's amount, under `wkg:row...` predicates that nothing else uses (a document's own
  `wkg:fileName` there would add documents to every query that lists them), and the version mark.

A fact's document is its graph's document node, as the saved forms take it (a document graph holds
one node with a file name and every fact in it derives from that node: `welfare-kg check` verifies
it). Cross products are kept as the saved forms give them: a kind per (relation, rule, confidence)
combination, a span per (start, end), a row per sentence. Facts are named per document (the fact
IRI holds the document's checksum), so the rows of a fact belong to one document graph.

Every row is a function of one document graph, except the kind nodes, which documents share: a
kind's statements stay while some row uses it, as the entity layer's listing nodes do. The rows are
kept in step by the entity layer's delta (graph/entities.py), in the same update as the documents; a
written graph's rows come as text (`rows_of`, made by ingest's workers where the document is built).
Facts that an RDF statement cannot restate this way (a fact that is no IRI, a literal subject) get
no rows; the writer never makes them.

The source's sort key is the first 15 UTF-8 bytes of its file name plus a space as one `xsd:decimal`
(inline in Oxigraph: comparing two is no store read); it orders documents as `CONCAT(name, " ")` does
or ties, and ties fall through to that string.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, field
from hashlib import sha256
from typing import TYPE_CHECKING

import pyoxigraph as ox

from welfare_kg.graphs import DOCUMENT_PREFIX, FACT_ROW_GRAPHS, FACTS_GRAPH

if TYPE_CHECKING:
    from welfare_kg.graph.entities import Grouped

WKG = "https://w3id.org/welfare-kg/ontology#"
PROV = "http://www.w3.org/ns/prov#"
META = ox.NamedNode(FACTS_GRAPH)
LINKS, ROWS, BARE, SPANS = (ox.NamedNode(g) for g in FACT_ROW_GRAPHS)
GRAPHS = (FACTS_GRAPH, *FACT_ROW_GRAPHS)
NIL = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#nil")
DECIMAL = ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")
VERSION = ox.NamedNode("http://purl.org/dc/terms/hasVersion")
# in the rows' own graph, so that a store holding the documents and the entity layer but not the rows (written by
# an older version, or loaded from an export, which leaves the rows out) is known to have none
MARKER = ox.Quad(META, VERSION, ox.Literal("fact-rows 1"), META)

SUBJECT, PREDICATE, OBJECT = (ox.NamedNode(WKG + n) for n in ("subject", "predicate", "object"))
SENTENCE = ox.NamedNode(PROV + "value")
START, END, RULE, CONFIDENCE, AMOUNT = (ox.NamedNode(WKG + n)
                                        for n in ("charStart", "charEnd", "rule", "confidence", "amount"))
# what the rows read from a document graph (the entity layer's `group` collects these too)
READ = (SUBJECT, PREDICATE, OBJECT, SENTENCE, START, END, RULE, CONFIDENCE, AMOUNT)
ROW_PREDICATE, ROW_RULE, ROW_CONFIDENCE = (ox.NamedNode(WKG + n) for n in ("rowPredicate", "rowRule", "rowConfidence"))
FILE_NAME = ox.NamedNode(WKG + "fileName")
ROW_FILE_NAME, ROW_FILE_KEY, ROW_AMOUNT = (ox.NamedNode(WKG + n) for n in ("rowFileName", "rowFileKey", "rowAmount"))
_FIELD = {p: i for i, p in enumerate(READ)}


def _node(kind: str, *parts: object) -> ox.NamedNode:
    return ox.NamedNode(f"{FACTS_GRAPH}/{kind}/" + sha256("\x1f".join(map(str, parts)).encode()).hexdigest()[:32])


def source_node(graph: str, file_name: ox.Literal) -> ox.NamedNode:
    """The node that stands for a document graph and one of its file names (there is one) in the spans."""
    return _node("source", graph, file_name)


@functools.lru_cache(maxsize=4096)  # a few dozen kinds, met by every fact: hashed once
def kind_node(p: ox.Term, rule: ox.Term | None, confidence: ox.Term | None) -> ox.NamedNode:
    return _node("kind", p, rule, confidence)


def sort_key(file_name: str) -> ox.Literal:
    """A decimal that orders file names as `CONCAT(name, " ")` does, or ties (their first 15 UTF-8 bytes)."""
    n = int.from_bytes((file_name + " ").encode()[:15].ljust(15, b"\0"), "big")
    fraction = f"{n % 10**18:018d}".rstrip("0")  # in the store's canonical form, so that `check` finds it equal
    return ox.Literal(f"{n // 10**18}" + (f".{fraction}" if fraction else ""), datatype=DECIMAL)


def kind_quads(kind: ox.NamedNode, p: ox.Term, rule: ox.Term | None, confidence: ox.Term | None) -> set[ox.Quad]:
    out = {ox.Quad(kind, ROW_PREDICATE, p, META)}
    if rule is not None:
        out.add(ox.Quad(kind, ROW_RULE, rule, META))
    if confidence is not None:
        out.add(ox.Quad(kind, ROW_CONFIDENCE, confidence, META))
    return out


def graph_rows(graph: str, by_subject: Grouped, files: dict[ox.Term, set[ox.Term]]
               ) -> tuple[set[ox.Quad], dict[ox.NamedNode, set[ox.Quad]]]:
    """(one document graph's own rows, the kinds they use -> each kind's statements); empty for other graphs.

    `by_subject` and `files` as `graph/entities.group` returns them (it collects `READ` too).
    """
    if not graph.startswith(DOCUMENT_PREFIX):
        return set(), {}
    out: set[ox.Quad] = set()
    kinds: dict[ox.NamedNode, set[ox.Quad]] = {}
    sources = []
    for f in {f for names in files.values() for f in names}:
        if isinstance(f, ox.Literal):
            source = source_node(graph, f)
            sources.append(source)
            out |= {ox.Quad(source, ROW_FILE_NAME, f, META), ox.Quad(source, ROW_FILE_KEY, sort_key(f.value), META)}
    for fact, pos in by_subject.items():
        v: list[set[ox.Term]] | None = None  # made for facts only: most subjects are entities or the document
        for p, o in pos:
            if (i := _FIELD.get(p)) is not None:
                if v is None:
                    v = [set() for _ in READ]
                v[i].add(o)
        if v is None or not isinstance(fact, ox.NamedNode):
            continue
        subjects, predicates, objects, sentences, starts, ends, rules, confidences, amounts = v
        subjects = {s for s in subjects if not isinstance(s, ox.Literal)}
        if not (subjects and predicates and objects):
            continue  # the listings join all three: no row for such a fact
        out |= {ox.Quad(s, fact, o, LINKS) for s in subjects for o in objects}  # type: ignore[arg-type]
        for p in predicates:
            for rule in rules or {None}:
                for conf in confidences or {None}:
                    kind = kind_node(p, rule, conf)
                    if kind not in kinds:
                        kinds[kind] = kind_quads(kind, p, rule, conf)
                    if sentences:
                        out |= {ox.Quad(fact, kind, s, ROWS) for s in sentences}  # type: ignore[arg-type]
                    else:
                        out.add(ox.Quad(fact, kind, NIL, BARE))
        for start in starts or {None}:
            for end in ends or {None}:
                span = ox.Literal(f"{start.value if start is not None else ''} {end.value if end is not None else ''}")
                out |= {ox.Quad(fact, source, span, SPANS) for source in sources}
        out |= {ox.Quad(fact, ROW_AMOUNT, a, META) for a in amounts}
    return out, kinds


def expected(per_graph: dict[str, Grouped], files: dict[str, dict[ox.Term, set[ox.Term]]]) -> set[ox.Quad]:
    """Every document graph's rows, the kinds they use and the version mark: the rows as they should be."""
    out = {MARKER}
    for g, by_subject in per_graph.items():
        rows, kinds = graph_rows(g, by_subject, files.get(g, {}))
        out |= rows
        for quads in kinds.values():
            out |= quads
    return out


def gather(store: ox.Store) -> tuple[dict[str, Grouped], dict[str, dict[ox.Term, set[ox.Term]]]]:
    """Per document graph: its fact statements by subject and its file names, read from the store (for `expected`).

    What a store that has the entity layer but not the rows needs: a scan of the nine fact predicates and the
    file names, not the whole layer's recomputation.
    """
    from collections import defaultdict

    per_graph: dict[str, Grouped] = defaultdict(lambda: defaultdict(list))
    files: dict[str, dict[ox.Term, set[ox.Term]]] = defaultdict(lambda: defaultdict(set))
    for p in READ:
        for q in store.quads_for_pattern(None, p, None, None):
            g = q.graph_name
            if isinstance(g, ox.NamedNode) and g.value.startswith(DOCUMENT_PREFIX):
                per_graph[g.value][q.subject].append((p, q.object))
    for q in store.quads_for_pattern(None, FILE_NAME, None, None):
        g = q.graph_name
        if isinstance(g, ox.NamedNode) and g.value.startswith(DOCUMENT_PREFIX):
            files[g.value][q.subject].add(q.object)
    return per_graph, files


@dataclass(frozen=True, eq=False)
class Rows:
    """One document graph's rows ready to insert: N-Triples lines per row graph, and its kinds' statements.

    Made where the document is built (ingest's workers: `rows_of`), so that the single writer neither
    builds the rows' terms nor formats them; text pickles at the cost of a string copy, where terms are
    rebuilt one by one. A kind's statements are inserted with every document that uses it: inserting a
    stated quad changes nothing, so the writer need not look up which kinds the store has.
    """

    text: dict[str, str] = field(default_factory=dict)  # row graph IRI -> N-Triples lines
    kinds: dict[str, str] = field(default_factory=dict)  # kind IRI -> N-Triples lines (graph/facts)

    def __eq__(self, other: object) -> bool:
        """The same statements, in whatever order the lines come (a set's: sorting a large page's rows would
        cost the worker time on the page's critical path, for nothing the update needs)."""
        if not isinstance(other, Rows):
            return NotImplemented

        def lines(texts: dict[str, str]) -> dict[str, list[str]]:
            return {k: sorted(t.splitlines()) for k, t in texts.items()}

        return lines(self.text) == lines(other.text) and lines(self.kinds) == lines(other.kinds)

    __hash__ = None  # type: ignore[assignment]  # mutable dicts inside: no hash, as with eq=True


def rows_of(graph: str, by_subject: Grouped, files: dict[ox.Term, set[ox.Term]]) -> Rows:
    """`graph_rows` as text: the rows the writer inserts for a written document graph."""
    def line(q: ox.Quad) -> str:
        return f"{q.subject} {q.predicate} {q.object} .\n"

    rows, kinds = graph_rows(graph, by_subject, files)
    by_graph: dict[str, list[str]] = {}
    for q in rows:
        by_graph.setdefault(q.graph_name.value, []).append(line(q))
    return Rows({g: "".join(lines) for g, lines in by_graph.items()},
                {k.value: "".join(map(line, quads)) for k, quads in kinds.items()})


def delta(store: ox.Store, written: Iterable[Rows],
          dropped: Iterable[tuple[str, Grouped, dict[ox.Term, set[ox.Term]]]]) -> tuple[set[ox.Quad], str]:
    """(quads to delete, `GRAPH` blocks of an `INSERT DATA`) when `written` graphs go in and `dropped` go out.

    `written` as `rows_of` gives them; `dropped` as (graph, statements by subject, file names), read for the
    entity layer. A replaced graph is in both: the update deletes before it inserts, so its unchanged rows
    end stated. A kind stays while a row uses it: the first stored row of the kind that is not going out
    says so (almost always the first one looked at).
    """
    delete: set[ox.Quad] = set()
    gone_kinds: dict[ox.NamedNode, set[ox.Quad]] = {}
    for g, by_subject, files in dropped:
        rows, kinds = graph_rows(g, by_subject, files)
        delete |= rows
        gone_kinds.update(kinds)
    blocks: list[str] = []
    new_kinds: dict[str, str] = {}
    for r in written:
        blocks += (f"GRAPH <{g}> {{\n{text}}}\n" for g, text in r.text.items())
        new_kinds.update(r.kinds)
    if new_kinds:
        blocks.append(f"GRAPH <{META.value}> {{\n{''.join(new_kinds.values())}}}\n")
    for kind, quads in gone_kinds.items():
        if kind.value in new_kinds or any(q not in delete for graph in (ROWS, BARE)
                                          for q in store.quads_for_pattern(None, kind, None, graph)):
            continue
        delete |= quads
    return delete, "".join(blocks)


def present(store: ox.Store) -> bool:
    """The store holds the rows (its writer kept them; a store of an older version or an import does not)."""
    return any(True for _ in store.quads_for_pattern(MARKER.subject, MARKER.predicate, MARKER.object, META))

"""`welfare-kg check`: is the store whole, and does its derived data match the documents?

Document graphs are written whole or not at all (one transaction each), so what can go
wrong is either data the documents do not explain (a stale or half-built derived graph,
from an older version or an interrupted repair; a contact graph whose document is gone)
or a document graph without its provenance, which no run of this code writes but a
hand-edited or foreign store may hold. Derived data is recomputed from the documents
and compared triple by triple; `repair` rebuilds what is derived and drops orphaned
contact graphs. A document without provenance is reported, never guessed at: the fix is
to ingest its file again.

A very large document is written in two atomic steps (graph/store.py, `_write_bulk`); a
crash between them leaves its graphs marked unfinished. Readers never see them and no
derived data counts them, so check drops them first, as the next write would, and says so.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import pyoxigraph as ox

from welfare_kg.graph import factrows
from welfare_kg.graph.entities import DISPLAY, LISTING_PREFIX, LISTINGS, MENTION_COUNT, REFERENCED_BY, EntityLayer
from welfare_kg.graph.store import KGStore
from welfare_kg.graphs import CONTACT_PREFIX, DOCUMENT_PREFIX, LABELS_GRAPH
from welfare_kg.ontology.namespace import PREFIXES

DOCUMENT_NODES = """
SELECT ?g ?doc (COUNT(DISTINCT ?sum) AS ?sums) (COUNT(DISTINCT ?src) AS ?sources) WHERE {
  GRAPH ?g { ?doc a wkg:Document }
  OPTIONAL { GRAPH ?g { ?doc wkg:checksum ?sum } }
  OPTIONAL { GRAPH ?g { ?doc dcterms:source ?src } }
} GROUP BY ?g ?doc"""
# What the saved queries rely on when they join a fact's document by its graph (project_network, the local form of
# evidence): in every graph, whatever has a file name is the document node, and every fact (whatever has a
# wkg:subject) is derived from a document node of its graph. The writer makes every graph so; a hand-edited or
# foreign store may not be. One row per offending (graph, node).
FACT_SOURCES = """
SELECT ?g ?node ?why WHERE {
  { GRAPH ?g { ?node wkg:fileName ?name } FILTER NOT EXISTS { GRAPH ?g { ?node a wkg:Document } }
    BIND("a file name on a node that is not the document" AS ?why) }
  UNION
  { GRAPH ?g { ?node wkg:subject ?s }
    FILTER NOT EXISTS { GRAPH ?g { ?node prov:wasDerivedFrom ?doc . ?doc a wkg:Document } }
    BIND("a fact not derived from its graph's document" AS ?why) }
}"""
EXAMPLES = 3  # how many examples a report line names


@dataclass
class Finding:
    """One checked property: `problems` empty means it holds."""

    name: str
    ok_text: str
    problems: list[str] = field(default_factory=list)
    repairable: bool = False
    repaired: str = ""
    items: list[str] = field(default_factory=list)  # what a repair acts on

    def lines(self) -> list[str]:
        if not self.problems:
            return [f"{'ok':<9}{self.name}: {self.ok_text}"]
        status = "REPAIRED" if self.repaired else "FAIL"
        out = [f"{status:<9}{self.name}: {self.problems[0]}"]
        out += [f"{'':9}{p}" for p in self.problems[1:]]
        if self.repaired:
            out.append(f"{'':9}-> {self.repaired}")
        elif self.repairable:
            out.append(f"{'':9}-> derived data: `welfare-kg check --repair` rebuilds it")
        return out


@dataclass
class CheckReport:
    documents: int = 0
    entities: int = 0
    findings: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when nothing is wrong any more (after a repair, if one was asked for)."""
        return all(not f.problems or f.repaired for f in self.findings)

    def format(self, where: str) -> str:
        head = f"{where}: {self.documents:,} documents, {self.entities:,} entities in the entity layer"
        body = [line for f in self.findings for line in f.lines()]
        tail = "store is consistent" if self.ok else "store has problems (see FAIL lines)"
        return "\n".join([head, *body, tail])


def _iri(term: ox.Term) -> str:
    return str(term)


def check_documents(store: KGStore) -> tuple[int, Finding]:
    """Every document graph has one document node with one checksum and one source."""
    f = Finding("provenance", "every document graph has its document node, checksum and source")
    graphs = {g for g in store.named_graphs() if g.startswith(DOCUMENT_PREFIX)}
    seen: Counter[str] = Counter()
    bad: list[str] = []
    # straight to Oxigraph: KGStore.query would first build a missing entity layer, hiding what check reports
    for row in store.oxigraph.query(DOCUMENT_NODES, use_default_graph_as_union=True, prefixes=PREFIXES):
        g = row["g"].value
        if not g.startswith(DOCUMENT_PREFIX):
            continue
        seen[g] += 1
        if int(row["sums"].value) != 1 or int(row["sources"].value) != 1:
            bad.append(f"<{g}>: {row['sums'].value} checksums, {row['sources'].value} sources")
    missing = sorted(graphs - set(seen))
    several = sorted(g for g, n in seen.items() if n > 1)
    if missing:
        f.problems.append(f"{len(missing)} document graph(s) without a wkg:Document node, e.g. "
                          + ", ".join(f"<{g}>" for g in missing[:EXAMPLES]))
    if several:
        f.problems.append(f"{len(several)} document graph(s) with several document nodes, e.g. "
                          + ", ".join(f"<{g}>" for g in several[:EXAMPLES]))
    if bad:
        f.problems.append(f"{len(bad)} document node(s) without exactly one checksum and source, e.g. "
                          + "; ".join(bad[:EXAMPLES]))
    if f.problems:
        f.problems.append("ingest those files again (`welfare-kg ingest`); check does not guess provenance")
    return len(graphs), f


def check_fact_sources(store: KGStore) -> Finding:
    """Every fact is derived from its graph's document node, the only node with a file name (see FACT_SOURCES)."""
    f = Finding("fact sources", "every fact is derived from the document of its graph")
    bad: dict[str, list[str]] = {}
    for row in store.oxigraph.query(FACT_SOURCES, prefixes=PREFIXES):
        bad.setdefault(row["why"].value, []).append(f"{_iri(row['node'])} in <{row['g'].value}>")
    for why, where in sorted(bad.items()):
        f.problems.append(f"{len(where)} x {why}, e.g. " + ", ".join(sorted(where)[:EXAMPLES]))
    if f.problems:
        f.problems.append("ingest those files again (`welfare-kg ingest`); check does not guess provenance")
    return f


def check_contacts(store: KGStore) -> Finding:
    f = Finding("contact graphs", "every contact graph belongs to a stored document", repairable=True)
    graphs = set(store.named_graphs())
    orphans = sorted(g for g in graphs if g.startswith(CONTACT_PREFIX)
                     and DOCUMENT_PREFIX + g.removeprefix(CONTACT_PREFIX) not in graphs)
    if orphans:
        f.problems.append(f"{len(orphans)} contact graph(s) whose document graph is gone, e.g. "
                          + ", ".join(f"<{g}>" for g in orphans[:EXAMPLES]))
    f.items = orphans
    return f


def _describe(triples: set[ox.Quad]) -> str:
    t = min(triples, key=str)
    return f"{_iri(t.subject)} {_iri(t.predicate)} {t.object}"


def check_entities(store: KGStore, expected: set[ox.Quad]) -> tuple[Finding, Finding]:
    """(the layer equals its recomputation, every mentioned entity has a label)."""
    layer = EntityLayer(store.oxigraph)
    actual = layer.actual()
    match = Finding("entity layer", "matches its recomputation from the document and reference graphs "
                    "(fact rows included)", repairable=True)
    if store.oxigraph.contains_named_graph(ox.NamedNode(LABELS_GRAPH)):
        match.problems.append(f"the old labels graph <{LABELS_GRAPH}> is still there (a store from an older version)")
    missing, extra = expected - actual, actual - expected
    if missing or extra:
        differ = missing | extra
        fact_graphs = {ox.NamedNode(g) for g in factrows.GRAPHS}
        facts = {q for q in differ if q.graph_name in fact_graphs}  # the derived fact rows (graph/factrows.py)
        differ -= facts
        rows = {(q.subject, q.predicate) for q in differ if q.graph_name == LISTINGS}  # (entity, listing)
        listings = {q.subject for q in differ
                    if q.graph_name != LISTINGS and q.subject.value.startswith(LISTING_PREFIX)}
        wrong = {q.subject for q in differ if q.graph_name != LISTINGS} - listings
        parts = [f"{len(wrong):,} entities" if wrong or not facts else "",
                 f"{len(rows):,} listing rows" if rows else "", f"{len(listings):,} listing nodes" if listings else "",
                 f"{len(facts):,} fact row statements" if facts else ""]
        what = " and ".join(p for p in parts if p)
        match.problems.append(f"{what} differ: {len(missing):,} statements missing, "
                              f"{len(extra):,} not explained by the documents")
        if missing:
            match.problems.append(f"missing, e.g. {_describe(missing)}")
        if extra:
            match.problems.append(f"unexplained, e.g. {_describe(extra)}")
    # labels: judged on the actual layer (what queries see) and on the recomputation (what repair can give)
    mentioned_now = {t.subject for t in actual if t.predicate == REFERENCED_BY}
    labelled_now = {t.subject for t in actual if t.predicate == DISPLAY}
    mentioned = {t.subject for t in expected if t.predicate == REFERENCED_BY}
    labelled = {t.subject for t in expected if t.predicate == DISPLAY}
    labels = Finding("labels", "every mentioned entity has a preferred label", repairable=True)
    blank = mentioned_now - labelled_now
    if blank:
        labels.problems.append(f"{len(blank):,} mentioned entities have no label in the entity layer, e.g. "
                               + ", ".join(_iri(e) for e in sorted(blank, key=str)[:EXAMPLES]))
    nameless = mentioned - labelled
    if nameless:
        labels.repairable = False
        labels.problems.append(f"{len(nameless):,} entities are named by no document and no reference data, e.g. "
                               + ", ".join(_iri(e) for e in sorted(nameless, key=str)[:EXAMPLES]))
    return match, labels


def finish_writes(store: KGStore) -> Finding:
    """Drop the graphs of an interrupted bulk write (what any writer does first), reporting them."""
    f = Finding("unfinished writes", "no graph left by an interrupted write", repairable=True)
    dropped = store.finish_interrupted(force=True)
    if dropped:
        f.problems.append(f"{len(dropped)} graph(s) of a large document whose write was interrupted (never "
                          "visible to readers), e.g. " + ", ".join(f"<{g}>" for g in dropped[:EXAMPLES]))
        f.repaired = "dropped them (as the next ingest would); ingest that file again"
    return f


def check_store(store: KGStore, *, repair: bool = False) -> CheckReport:
    """Verify the store; with `repair`, rebuild derived data and drop orphaned contact graphs.

    Graphs of an interrupted bulk write are dropped even without `repair`: they are not
    part of the store for any reader, and the next write would drop them anyway.
    """
    report = CheckReport()
    unfinished = finish_writes(store)
    report.documents, provenance = check_documents(store)
    sources = check_fact_sources(store)
    contacts = check_contacts(store)
    expected = EntityLayer(store.oxigraph).expected()
    match, labels = check_entities(store, expected)
    report.findings = [unfinished, provenance, sources, contacts, match, labels]
    if repair and contacts.problems:
        orphans = contacts.items
        store.oxigraph.update(" ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in orphans))
        contacts.repaired = f"dropped {len(orphans)} orphaned contact graph(s)"
    if repair and (match.problems or (labels.problems and labels.repairable)):
        store.rebuild_derived()
        again, labels_again = check_entities(store, EntityLayer(store.oxigraph).expected())
        if not again.problems:
            match.repaired = match.repaired or f"rebuilt the entity layer from {report.documents:,} documents"
            if labels.problems and not labels_again.problems:
                labels.repaired = "labels recomputed with the entity layer"
        else:
            match.problems.append("the rebuilt layer still differs (a write during the check?); run check again")
    report.entities = sum(1 for t in EntityLayer(store.oxigraph).actual() if t.predicate == MENTION_COUNT)
    return report

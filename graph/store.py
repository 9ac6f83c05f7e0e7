"""The on-disk quad store (Oxigraph) that holds one named graph per document.

Oxigraph gives a transactional, indexed store in a directory; every write of a
document goes through a single SPARQL Update so that an interrupted ingest leaves
either the whole document or nothing. The derived entity layer (graph/entities.py)
is updated in that same update, so it can never fall behind the documents.

A very large write (a 20 MB page: 1.2 million statements) is the exception, because
Oxigraph's transaction costs ~35 CPU-s per million statements where its bulk loader
costs ~7: such a write goes in two steps, each atomic (see `KGStore._write_bulk`). The
bulk loader ingests the graphs' statements, each graph marked `wkg:unfinishedWrite`,
in one RocksDB ingestion of all its files (all or nothing); then one ordinary update
removes the marks and adds the document nodes and the entity layer's delta. A graph
that still carries the mark is not part of the store: every read of this class leaves
it out, and the next write (or `check --repair`) drops it, so a crash between the two
steps leaves the document absent, as a crash before a single update would.
"""

from __future__ import annotations

import os
import sys
import weakref
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import pyoxigraph as ox
from rdflib import Graph

from welfare_kg.graph import factrows, retry, writer
from welfare_kg.graph.entities import RDF_TYPE, EntityLayer, summary_text
from welfare_kg.graphs import LABELS_GRAPH
from welfare_kg.ontology.namespace import PREFIXES, REFERENCE_GRAPH, WKG

# Writes of at least this many statements take the bulk path (two atomic steps, see `_write_bulk`);
# at 100,000 statements the transaction costs ~3.5 CPU-s, the bulk path ~0.7 plus its small update.
BULK_STATEMENTS = 100_000
# The mark of a graph whose bulk write is not finished: `<graph> wkg:unfinishedWrite "1"` inside the graph,
# so that dropping the graph removes its mark, and one index range (the predicate) lists every such graph.
UNFINISHED = ox.NamedNode(f"{WKG._NS}unfinishedWrite")  # internal, never in a finished store: not in the ontology
_UNFINISHED_VALUE = ox.Literal("1")
_DOCUMENT_NODE = f" <{RDF_TYPE.value}> <{WKG.Document}> .\n"
# what pyoxigraph raises when a load or an update fails (I/O, RocksDB, a text it cannot parse); a bug of
# ours (a TypeError, an AttributeError) is left to surface as such
UPDATE_FAILURES = (OSError, RuntimeError, SyntaxError, ValueError)
T = TypeVar("T")

if TYPE_CHECKING:
    from welfare_kg.graph.entities import Summary


class StoreError(Exception):
    """A store could not be opened or written; the message names the store directory."""


@dataclass(frozen=True)
class StoredDocument:
    """What the store knows about one ingested document."""

    iri: str
    graph: str
    checksum: str
    source: str


def _ntriples(graph: Graph) -> str:
    return graph.serialize(format="nt")


class KGStore:
    """A directory-backed store; `None` as path gives an in-memory store (tests, benchmarks)."""

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        self.read_only = read_only and self.path is not None
        try:
            if self.path is None:
                self._store = ox.Store()
            elif read_only:
                # Needs no lock: works while an ingest writes, and sees what it has committed so far.
                self._store = writer.open_read_only(self.path)
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
                writer.write_note(self.path)
                weakref.finalize(self, writer.remove_note, self.path, os.getpid())
        except (OSError, RuntimeError) as exc:  # RocksDB reports some open failures as RuntimeError
            if self.path is not None and not read_only and writer.is_lock_error(exc):
                raise StoreError(writer.locked_message(self.path, exc)) from exc
            if self.path is not None and read_only and not (self.path / "CURRENT").exists():
                raise StoreError(f"{self.path}: not a store (no CURRENT file; an ingest may be creating it "
                                 "right now)") from exc
            raise StoreError(f"{self.path}: cannot open store ({exc})") from exc
        # graphs of an unfinished bulk write: absent for every read (a read-only handle's view is fixed at open)
        self._hidden: frozenset[str] = frozenset()
        self._hidden = self.read(lambda s: s.unfinished_graphs())

    def read(self, whole_read: Callable[[KGStore], T]) -> T:
        """Run `whole_read(self)`, again on a reopened handle if a writer removed a file under this one.

        A read-only handle works while an ingest writes, but RocksDB opens table files
        only when a read first needs them, and the writer's compactions delete the files
        they replace: such a read fails with "No such file" although the store is whole.
        The whole read (a query and the rendering of all its rows) is repeated on a fresh
        handle, which sees the writer's newest commit; a writer's own handle never meets this.
        Which failures count as that race, and how often and how soon to try again, is the
        policy of graph/retry.py, shared with the read-only open and the endpoint's workers.
        """
        if not self.read_only:
            return whole_read(self)

        def reopen(_exc: BaseException) -> None:
            self._store = None  # type: ignore[assignment]  # release the old handle's files first
            self._store = writer.open_read_only(self.path)  # type: ignore[arg-type]
            self._hidden = unfinished_graphs(self._store)

        return retry.READS.run(lambda: whole_read(self), before_retry=reopen)

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying pyoxigraph store, for code that needs its full API."""
        return self._store

    # -- writing ---------------------------------------------------------------------
    _derived_checked = False  # the entity layer was found (or built) once for this handle

    def write_documents(self, graphs: dict[str, str], *, drop: Iterable[str] = (),
                        summaries: dict[str, Summary] | None = None) -> None:
        """Write graphs (IRI -> N-Triples text) and drop others, derived entity layer included, in ONE update.

        Oxigraph applies an update as one transaction, so however many documents go in
        together, a killed process leaves each of them whole or absent, and the entity
        layer always describes exactly the documents that are stored. A graph that exists
        already is replaced (dropped and inserted in the same update). A write of new graphs one of which
        holds at least `BULK_STATEMENTS` statements takes the bulk path, with the same outcome. `summaries` may hold
        some graphs' `Summary` (graph/entities.py), made beforehand (by ingest's workers, beside the single writer).
        """
        self.finish_interrupted()
        self.ensure_derived()
        drop = [g for g in dict.fromkeys(drop) if g not in graphs]
        try:
            # only the statements the derived graphs read become Python objects; the update parses the rest
            given = summaries or {}
            parsed = {g: given[g] if g in given else summary_text(g, "" if _blank(nt) else nt)
                      for g, nt in graphs.items()}
            replaced = [g for g in graphs if self._store.contains_named_graph(ox.NamedNode(g))]
            delete, insert, blocks = EntityLayer(self._store).delta(parsed, [*drop, *replaced])
            if not replaced and self._bulk_suits(graphs):
                self._write_bulk(graphs, drop, delete, insert, blocks)
                return
            parts = [f"DROP SILENT GRAPH <{g}>" for g in (*drop, *replaced)]
            if delete:
                parts.insert(0, f"DELETE DATA {{\n{_graph_blocks(delete)}}}")
            body = "".join(f"GRAPH <{g}> {{\n{graphs[g]}\n}}\n" for g in graphs if not _blank(graphs[g]))
            body += _graph_blocks(insert) + blocks
            if body:
                parts.append(f"INSERT DATA {{\n{body}}}")
            if parts:
                self._store.update(" ;\n".join(parts))
        except (OSError, SyntaxError, ValueError) as exc:
            first = next(iter(graphs), next(iter(drop), "nothing"))
            raise StoreError(f"{self.path}: write of {first} failed ({exc})") from exc

    def _bulk_suits(self, graphs: dict[str, str]) -> bool:
        """A graph large enough for the bulk path, and nothing in it the bulk loader would read differently.

        One large graph decides, not the write's total: the ingest's groups of small documents (up to
        200,000 statements, welfare_kg/ingest.py) cost less as one ordinary transaction than on the
        bulk path (17.7 against 13.6 ms a document when measured at 100,000).
        Blank nodes: an update makes fresh ones, the bulk loader keeps the labels as written
        (document graphs have none; a text that might is left to the update).
        """
        if self.path is None or max((nt.count("\n") for nt in graphs.values()), default=0) < BULK_STATEMENTS:
            return False
        return not any("_:" in nt for nt in graphs.values())

    def _write_bulk(self, graphs: dict[str, str], drop: list[str], delete: set[ox.Quad],
                    insert: set[ox.Quad], blocks: str = "") -> None:
        """Two atomic steps instead of one large transaction (the graphs are all new).

        1. The bulk loader writes every graph's statements but its document node, with the
           graph's `wkg:unfinishedWrite` mark, and ingests the files it wrote in one RocksDB
           call, which makes all of them visible or none (a killed loader leaves nothing).
        2. One update removes the marks and adds the document nodes (what says "this is a
           document": type, checksum, source, file name, mentions), drops `drop`, and applies
           the entity layer's delta, computed before step 1 from the same store.

        Between the two, and after a crash between them, the marked graphs are absent to
        every read through this class; the next write drops them (`finish_interrupted`). The
        document node comes last so that even a reader that ignores the mark (a tool opening
        the directory with Oxigraph itself) finds no document, and saved queries, which reach
        facts through their document, no facts.
        """
        halves: list[list[str]] = [[], []]
        records = []
        for g, nt in graphs.items():
            if _blank(nt):
                continue
            body, record = _split_document_node(nt)
            mark = f"<{g}> {UNFINISHED} {_UNFINISHED_VALUE} ."
            cut = body.find("\n", len(body) // 2) + 1 or len(body)  # each half of a graph carries its mark
            for half, part in zip(halves, (body[:cut], body[cut:]), strict=True):
                if not _blank(part):  # in pieces: the half's one join is its only copy of the part
                    half += (f"<{g}> {{\n{mark}\n", part, "\n}\n")
            records.append(f"GRAPH <{g}> {{\n{record}}}\n" if record else "")
        written = [g for g, nt in graphs.items() if not _blank(nt)]
        try:  # steps 1 and 2: a failure in either (one half loaded, the update refused) takes step 1 back
            self._bulk_load(["".join(h) for h in halves if h])
            del halves
            marks = "".join(f"GRAPH <{g}> {{ <{g}> {UNFINISHED} {_UNFINISHED_VALUE} }}\n" for g in written)
            parts = [f"DELETE DATA {{\n{marks}}}"]
            if delete:
                parts.append(f"DELETE DATA {{\n{_graph_blocks(delete)}}}")
            parts += [f"DROP SILENT GRAPH <{g}>" for g in drop]
            body = "".join(records) + _graph_blocks(insert) + blocks
            if body:
                parts.append(f"INSERT DATA {{\n{body}}}")
            self._store.update(" ;\n".join(parts))
        except BaseException:
            self._abandon_bulk(written)
            raise

    def _abandon_bulk(self, graphs: list[str]) -> None:
        """Take back step 1 of a failed bulk write; if even that fails, treat its graphs as a crash's.

        They are hidden from this handle's reads first: a handle's list of unfinished graphs
        is made when it opens, so without this the half-written graphs (a document's facts,
        its contact graph) would show in this handle's queries and exports, and its next write
        would not drop them. Dropping them may fail too (the disk that failed the write is
        still full): that is said, and they stay hidden until the next write or `check` drops them.
        """
        self._hidden = self._hidden | frozenset(graphs)
        try:
            self.finish_interrupted(force=True)
        except UPDATE_FAILURES as exc:
            sys.stderr.write(f"welfare-kg: {self.path}: could not yet drop the graphs of a failed bulk write "
                             f"({_one_line(exc)}); they stay hidden, and the next write or `welfare-kg check` "
                             "drops them\n")

    def _bulk_load(self, texts: list[str]) -> None:
        """Bulk-load TriG texts side by side: Oxigraph parses one text on one core (its own split needs 4).

        Each load is one atomic ingestion and marks the graphs it touches, so whichever lands
        first, a crash leaves only marked graphs behind.
        """
        if len(texts) == 1 or (os.cpu_count() or 1) < 2:
            for text in texts:
                self._store.bulk_load(text, format=ox.RdfFormat.TRIG)
            return
        with ThreadPoolExecutor(len(texts)) as pool:  # pyoxigraph lets go of the GIL while it loads
            for done in [pool.submit(self._store.bulk_load, t, format=ox.RdfFormat.TRIG) for t in texts]:
                done.result()

    def unfinished_graphs(self) -> frozenset[str]:
        """Graphs that a bulk write left marked (a crash between its two steps)."""
        return unfinished_graphs(self._store)

    def finish_interrupted(self, *, force: bool = False) -> list[str]:
        """Drop the graphs of an interrupted bulk write (never seen by a read, never in the entity layer).

        Only a writer calls this, and RocksDB's lock admits one writer: a mark found here
        belongs to a writer that died (or, with `force`, to this one's failed write).
        Returns the graphs dropped.
        """
        if not force and not self._hidden:
            return []
        found = sorted(self.unfinished_graphs())
        if found:
            self._store.update(" ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in found))
        self._hidden = frozenset()
        return found

    def write_document(self, graph_iri: str, ntriples: str, *, extra: dict[str, str] | None = None,
                       drop: Iterable[str] = ()) -> None:
        """One document's graph plus `extra` graphs (its contact graph), dropping others, in one transaction."""
        self.write_documents({graph_iri: ntriples, **(extra or {})}, drop=drop)

    def replace_graph(self, graph_iri: str, graph: Graph, *, drop: Iterable[str] = (),
                      extra: dict[str, Graph] | None = None) -> None:
        """`write_document` for rdflib graphs."""
        self.write_document(graph_iri, _ntriples(graph),
                            extra={k: _ntriples(g) for k, g in (extra or {}).items() if len(g)}, drop=drop)

    def remove_graphs(self, graphs: Iterable[str]) -> None:
        """Drop graphs (a removed document and its contact graph) with the entity layer updated in step."""
        self.write_documents({}, drop=graphs)

    def ensure_derived(self) -> bool:
        """Build the entity layer if this store predates it (or it was never finished); True when built.

        A store written by an older version has a labels graph instead: that goes, and
        the layer is computed from the documents. A read-only handle cannot build it and
        leaves it to the next writer (decided by the handle's mode); a writable handle that
        fails to build it raises `StoreError` naming the store, and tries again on its next use.
        """
        if self._derived_checked:
            return False
        layer = EntityLayer(self._store)
        current = layer.present() and not self._store.contains_named_graph(ox.NamedNode(LABELS_GRAPH))
        if current and factrows.present(self._store):
            self._derived_checked = True
            return False
        if current and self.read_only:
            # the layer of the version before the fact rows: every query answers (the two fact listings in
            # their forms that read the documents: `has_fact_rows`) until a write or `check --repair` adds them
            self._derived_checked = True
            return False
        if current:  # only the fact rows are missing: add them, not the whole layer again
            try:
                self.rebuild_fact_rows()
            except UPDATE_FAILURES as exc:
                where = self.path if self.path is not None else "in-memory store"
                raise StoreError(f"{where}: cannot build the fact rows ({_one_line(exc)})") from exc
            self._derived_checked = True
            return True
        if self.read_only:  # it could not write the layer: skip computing it (over a minute at a million quads)
            sys.stderr.write(f"welfare-kg: {self.path}: the entity layer is missing or from an older version; "
                             "queries that read it are incomplete until a write or `welfare-kg check --repair` "
                             "rebuilds it\n")
            self._derived_checked = True
            return False
        # a writable handle: a failure here (full disk, a failed update, a bug in the layer) is the store's
        # failure, reported, never passed over: the handle would go on without its entity layer
        try:
            self.rebuild_derived()
        except UPDATE_FAILURES as exc:
            where = self.path if self.path is not None else "in-memory store"
            raise StoreError(f"{where}: cannot build the entity layer ({_one_line(exc)})") from exc
        return True

    def rebuild_derived(self) -> None:
        """Recompute every derived graph from the document and reference graphs, in one update."""
        layer = EntityLayer(self._store)
        quads = layer.expected()
        parts = [f"DROP SILENT GRAPH <{g}>" for g in (LABELS_GRAPH, *EntityLayer.GRAPHS)]
        parts.append(f"INSERT DATA {{\n{_graph_blocks(quads)}}}")
        self._store.update(" ;\n".join(parts))
        self._derived_checked = True

    def has_fact_rows(self) -> bool:
        """The store holds the derived fact rows (graph/factrows.py) that the local forms of the fact listings read.

        A store written before them, or loaded from an export (which leaves them out), has none until its
        first write or `welfare-kg check --repair`; read-only, such a store answers with the older forms
        (`SavedQuery.local_for`).
        """
        return factrows.present(self._store)

    def rebuild_fact_rows(self) -> None:
        """Recompute the derived fact rows alone from the document graphs, in one update (graph/factrows.py)."""
        per_graph, files = factrows.gather(self._store)
        parts = [f"DROP SILENT GRAPH <{g}>" for g in factrows.GRAPHS]
        parts.append(f"INSERT DATA {{\n{_graph_blocks(factrows.expected(per_graph, files))}}}")
        self._store.update(" ;\n".join(parts))

    def flush(self) -> None:
        if self.path is not None and not self.read_only:  # a read-only handle has nothing to flush (Oxigraph raises)
            self._store.flush()

    # -- reading ---------------------------------------------------------------------
    def query(self, sparql: str, *, substitutions: dict[str, ox.Term] | None = None):
        """Run a SPARQL query with all named graphs visible as the default graph.

        Union-default-graph is what researchers expect from a store whose data is
        split into per-document graphs; `GRAPH ?g` patterns still see each graph.
        """
        if not self._derived_checked:
            self.ensure_derived()
        subs = {ox.Variable(k): v for k, v in (substitutions or {}).items()}
        if self._hidden:  # rare (a crash mid bulk write): the union of the other graphs, named one by one
            visible = [ox.NamedNode(g) for g in self.named_graphs()]
            return self._store.query(sparql, default_graph=visible or ox.DefaultGraph(), named_graphs=visible,
                                     prefixes=PREFIXES, substitutions=subs or None)
        return self._store.query(
            sparql,
            use_default_graph_as_union=True,
            prefixes=PREFIXES,
            substitutions=subs or None,
        )

    def documents(self) -> Iterator[StoredDocument]:
        q = """SELECT ?doc ?g ?sum ?src WHERE { GRAPH ?g {
                 ?doc a wkg:Document ; wkg:checksum ?sum ; dcterms:source ?src } }"""
        return iter(self.read(lambda s: [StoredDocument(row["doc"].value, row["g"].value, row["sum"].value,
                                                        row["src"].value) for row in s.query(q)]))

    def has_reference(self, version: str) -> bool:
        if not version.isalnum():
            raise ValueError("reference version must be a hex digest")
        q = f'ASK {{ GRAPH <{REFERENCE_GRAPH}> {{ <{REFERENCE_GRAPH}> <{WKG.checksum}> "{version}" }} }}'
        return self.read(lambda s: bool(s._store.query(q)))

    def named_graphs(self) -> list[str]:
        """Every named graph but those of an unfinished write."""
        return self.read(lambda s: sorted(g.value for g in s._store.named_graphs() if g.value not in s._hidden))

    def quads_in(self, graphs: Iterable[str]) -> Iterator[ox.Quad]:
        """Every quad of the given named graphs, graph by graph (export and push read through this)."""
        for g in graphs:
            if g not in self._hidden:
                yield from self._store.quads_for_pattern(None, None, None, ox.NamedNode(g))

    def distinct_triples(self, graphs: Iterable[str]) -> Iterator[ox.Triple]:
        """The set union of the graphs' triples, in store order (graph by graph, subject by subject).

        SELECT DISTINCT, not CONSTRUCT: Oxigraph's CONSTRUCT stops de-duplicating after about a
        million triples (to bound memory), so a triple restated by several documents would come
        twice. DISTINCT compares internal term ids, so restated copies are never even decoded.
        Store order keeps a subject's triples together (Turtle writes it once, with `;` lists).
        """
        rows = self._store.query("SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o }",
                                 default_graph=[ox.NamedNode(g) for g in graphs if g not in self._hidden])
        return (ox.Triple(r[0], r[1], r[2]) for r in rows)

    def union_of(self, graphs: Iterable[str], fmt: ox.RdfFormat = ox.RdfFormat.N_TRIPLES) -> bytes:
        """The set union of the given graphs' triples, serialised natively (each triple once)."""
        return ox.serialize(self.distinct_triples(graphs), format=fmt) or b""

    def count_in(self, graph: str) -> int:
        """Triples in one named graph."""
        if graph in self._hidden:
            return 0
        return sum(1 for _ in self._store.quads_for_pattern(None, None, None, ox.NamedNode(graph)))

    def __len__(self) -> int:
        return self.read(lambda s: len(s._store) - sum(
            1 for g in s._hidden for _ in s._store.quads_for_pattern(None, None, None, ox.NamedNode(g))))

    def dump(self, fmt: ox.RdfFormat, *, graph: str | None = None) -> bytes:
        if graph is not None:
            return self._store.dump(format=fmt, from_graph=ox.NamedNode(graph)) if graph not in self._hidden else b""
        if self._hidden:
            return ox.serialize(self.quads_in([*self.named_graphs()]), format=fmt) or b""
        return self._store.dump(format=fmt)


def _one_line(exc: BaseException) -> str:
    """An exception's message on one line (RocksDB's can span several), for a one-line error."""
    return " ".join(str(exc).split()) or type(exc).__name__


def _blank(text: str) -> bool:
    """Nothing but whitespace; unlike `text.strip()`, no copy of a document's 200 MB of N-Triples."""
    return not text or text.isspace()


def unfinished_graphs(store: ox.Store) -> frozenset[str]:
    """Graphs of a bulk write not yet finished, in any Oxigraph handle (the endpoint's workers open their own):
    one index range to list."""
    return frozenset(q.graph_name.value for q in store.quads_for_pattern(None, UNFINISHED, None, None)
                     if isinstance(q.graph_name, ox.NamedNode))


def _split_document_node(nt: str) -> tuple[str, str]:
    """(every other statement, the statements about the graph's wkg:Document node), as N-Triples text."""
    at = nt.find(_DOCUMENT_NODE)
    if at < 0:
        return nt, ""
    prefix = nt[nt.rfind("\n", 0, at) + 1:at] + " "  # "<document IRI> "
    # one statement per line ("\n" only: N-Triples escapes line breaks inside literals); the node's few lines are
    # found with str.find and cut out, not every line of a 200 MB text split, tested and joined again
    tail = not nt.endswith("\n")  # then the last line has no line end: cut as if it had one, and take it off after
    if tail:
        nt += "\n"
    starts = [0] if nt.startswith(prefix) else []
    at = nt.find("\n" + prefix)
    while at >= 0:
        starts.append(at + 1)
        at = nt.find("\n" + prefix, at + 1)
    keep, last, record = [], 0, []
    for a in starts:
        b = nt.index("\n", a) + 1
        keep.append(nt[last:a])
        record.append(nt[a:b])
        last = b
    keep.append(nt[last:])
    body = "".join(keep)
    return body[:-1] if tail else body, "".join(record)


def _lines(triples: Iterable[ox.Triple | ox.Quad]) -> str:
    """Triples as N-Triples lines, the body of a graph in an INSERT DATA or DELETE DATA block."""
    return "".join(f"{t.subject} {t.predicate} {t.object} .\n" for t in triples)


def _graph_blocks(quads: Iterable[ox.Quad]) -> str:
    """`GRAPH <g> { ... }` blocks of an INSERT DATA or DELETE DATA update, one per named graph of `quads`."""
    by_graph: dict[str, list[ox.Quad]] = {}
    for q in quads:
        by_graph.setdefault(str(q.graph_name), []).append(q)
    return "".join(f"GRAPH {g} {{\n{_lines(qs)}}}\n" for g, qs in sorted(by_graph.items()))

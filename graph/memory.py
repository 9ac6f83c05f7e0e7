"""An in-memory copy of an on-disk store, for re-running queries fast (notebooks, `serve --in-memory`).

On disk, Oxigraph reads every stored term of a result from RocksDB one by one (~1-2 µs
each), and the three whole-graph listings (`entities`, `evidence`, `project_network`)
hand out 150,000-640,000 such terms at a million quads: that alone kept them over a
second (benchmarks/README.md, the bench_queries sections). Oxigraph's in-memory store
keeps the same terms in a hash map, so the same queries give the same answers in
roughly half the CPU time, at the price of loading the copy first (about 10 CPU-s per
million quads, and ~0.7 GB of memory per million quads) and of keeping it current.

Current means: a copy remembers the signature of the store directory it was taken
from (the RocksDB files every commit changes, as the endpoint's workers use it, see
serve/workers.py) and is taken again when that changes, so a reader never answers
from a copy older than the store's last commit once it has looked (`refresh`). The
copy is taken from a read-only handle, which sees committed transactions only, and
leaves out graphs of an unfinished bulk write, as every read of `KGStore` does.
"""

from __future__ import annotations

import time
from pathlib import Path

import pyoxigraph as ox

from welfare_kg.graph.store import KGStore

Signature = tuple[tuple[str, int, int], ...]


def store_signature(path: str | Path) -> Signature:
    """The files a commit changes (see serve/workers.py, whose workers use the same test)."""
    from welfare_kg.serve.workers import store_signature as signature

    return signature(path)


Token = tuple[int, tuple[tuple[str, str], ...]]

_DOCUMENTS = """SELECT ?g ?sum WHERE { GRAPH ?g { ?doc a <https://w3id.org/welfare-kg/ontology#Document> ;
                                                  <https://w3id.org/welfare-kg/ontology#checksum> ?sum } }"""


def content_token(store: ox.Store) -> Token:
    """(quads, each document graph with its checksum): what a write changes, and a flush or compaction does not.

    RocksDB rewrites its manifest a moment after a commit (a memtable flush, a
    compaction), which changes the directory's signature although no quad changed; a
    copy is taken again only if this token differs too. Every write of the project
    changes it: a new, changed or removed document changes the list, a repaired entity
    layer the count.
    """
    docs = sorted((row[0].value, row[1].value) for row in store.query(_DOCUMENTS))  # type: ignore[union-attr]
    return len(store), tuple(docs)


def copy_quads(source: ox.Store, *, leave_out: list[ox.NamedNode] = ()) -> ox.Store:  # type: ignore[assignment]
    """A new in-memory store holding `source`'s quads, less the graphs in `leave_out`.

    Serialised and bulk-loaded in Rust: going through Python quad objects costs a
    Python object per term (several times slower); the loader indexes without a
    transaction log (nothing else can see the new store yet). Both release the GIL.
    """
    copy = ox.Store()
    copy.bulk_load(source.dump(format=ox.RdfFormat.N_QUADS), format=ox.RdfFormat.N_QUADS)
    for g in leave_out:
        copy.remove_graph(g)
    return copy


class Snapshot:
    """An in-memory copy of the store at `path`, taken again when the store has changed.

    `query` answers as `KnowledgeGraph.query` does (saved query names, parameters,
    `Rows`), from the copy; before each query it checks the store directory (a
    directory scan, well under a millisecond) and takes a new copy if a writer has
    committed since, so a document committed before the call is always in the answer.
    `refresh()` does that check by hand; `auto_refresh=False` keeps the copy as it is
    until then (repeatable answers while an ingest runs).
    """

    def __init__(self, path: str | Path = "kg-store", *, auto_refresh: bool = True) -> None:
        self.path = Path(path)
        self.auto_refresh = auto_refresh
        self.signature: Signature = ()
        self.token: Token | None = None
        self.load_seconds = 0.0  # wall time of the last copy
        self.load_cpu = 0.0  # CPU time of the last copy
        self.loads = 0
        self._kg = _MemoryGraph()
        self.refresh(force=True)

    @property
    def store(self) -> KGStore:
        """The in-memory `KGStore` the copy lives in (read it, do not write it: writes go to the on-disk store)."""
        return self._kg.store

    def refresh(self, *, force: bool = False) -> bool:
        """Take a new copy if the store changed since the last one; True when it did."""
        if not force and store_signature(self.path) == self.signature:
            return False
        t0, c0 = time.perf_counter(), time.process_time()
        # the signature first: a commit landing between it and the open is then in the copy and also makes
        # the next check take a copy again (needless, never stale)
        signature = store_signature(self.path)
        source = KGStore(self.path, read_only=True)  # a commit's view: never half a transaction
        token = source.read(lambda s: content_token(s.oxigraph))
        if not force and token == self.token:  # only a flush or compaction since the copy was taken
            self.signature = signature
            return False
        data = source.read(lambda s: s.dump(ox.RdfFormat.N_QUADS))  # unfinished bulk writes left out
        del source
        copy = KGStore()
        copy.oxigraph.bulk_load(data, format=ox.RdfFormat.N_QUADS)
        del data
        copy.ensure_derived()  # a store from before the entity layer: built in the copy, as a writer would
        self._kg.store = copy
        self.signature, self.token = signature, token
        self.load_seconds, self.load_cpu = time.perf_counter() - t0, time.process_time() - c0
        self.loads += 1
        return True

    def query(self, query: str, **params: str):
        """`KnowledgeGraph.query` on the copy (after a `refresh` when `auto_refresh`)."""
        if self.auto_refresh:
            self.refresh()
        return self._kg.query(query, **params)

    def __len__(self) -> int:
        return len(self.store)

    def __repr__(self) -> str:
        return (f"Snapshot({str(self.path)!r}: {len(self.store):,} quads in memory, "
                f"copied in {self.load_seconds:.1f} s)")


class _MemoryGraph:
    """`KnowledgeGraph`'s query over an in-memory `KGStore` (imported lazily: kg.py imports the graph package)."""

    def __init__(self) -> None:
        self.store = KGStore()

    def query(self, query: str, **params: str):
        from welfare_kg.kg import KnowledgeGraph

        return KnowledgeGraph.query(self, query, **params)  # type: ignore[arg-type]


def snapshot(path: str | Path = "kg-store", *, auto_refresh: bool = True) -> Snapshot:
    """An in-memory copy of the store at `path` for fast repeated queries (see `Snapshot`).

        from welfare_kg.graph import snapshot
        snap = snapshot("kg-store")          # ~10 CPU-s per million quads to copy
        rows = snap.query("evidence")        # same answers as KnowledgeGraph(...).query, about half the time
    """
    return Snapshot(path, auto_refresh=auto_refresh)

"""An in-memory copy of an on-disk store, for re-running queries fast (notebooks, `serve --in-memory`).

On disk, Oxigraph reads every stored term of a result from RocksDB one by one (~1-2 µs
each), and the three whole-graph listings (`entities`, `evidence`, `project_network`)
hand out 170,000-600,000 such terms at a million document quads: that kept them at or
over a second (benchmarks/HISTORY.md, the bench_queries passes). Oxigraph's in-memory store
reads a term from a hash map, so those three take 0.46-0.68x their disk CPU on a copy
(eleventh pass), at the price of taking the copy first (~14 CPU-s and ~1 GB per 1.5
million quads) and of keeping it current. Its evaluation is not faster in general (one
list of quads per term, no sorted ranges): other saved queries ran up to 8x slower or
did not finish in 120 s there, so only `MEMORY_QUERIES` are answered from the copy, and
in their own forms (queries/memory/); everything else reads the disk.

Current means: a snapshot remembers the signature of the store directory (the RocksDB
files every commit changes, as the endpoint's workers use it, see serve/workers.py);
when that changes it opens the store again (a read-only handle: committed transactions
only, graphs of an unfinished bulk write left out, as every read of `KGStore`) and takes
a new copy if the content token (the number of quads, every document graph and its
checksum) changed too: RocksDB rewrites its manifest after a flush without any write.
So a reader never answers from a copy older than the store's last commit once it has
looked (`refresh`, before every query by default).
"""

from __future__ import annotations

import functools
import re
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from welfare_kg.graph.store import KGStore

if TYPE_CHECKING:  # kg.py imports the graph package: the type only, at check time
    from welfare_kg.kg import Rows

Signature = tuple[tuple[str, int, int], ...]


def store_signature(path: str | Path) -> Signature:
    """The files a commit changes (see serve/workers.py, whose workers use the same test)."""
    from welfare_kg.serve.workers import store_signature as signature

    return signature(path)


Token = tuple[int, tuple[tuple[str, str], ...]]

_DOCUMENTS = """SELECT ?g ?sum WHERE { GRAPH ?g { ?doc a <https://w3id.org/welfare-kg/ontology#Document> ;
                                                  <https://w3id.org/welfare-kg/ontology#checksum> ?sum } }"""


QUIET_SECONDS = 1.0  # the store's files unchanged this long: no writer is busy, a copy may be taken


def _quiet(signature: Signature) -> bool:
    """Whether the newest of the files a commit changes is over `QUIET_SECONDS` old."""
    newest = max((mtime for _, _, mtime in signature), default=0)
    return time.time_ns() - newest >= QUIET_SECONDS * 1e9


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


def copy_quads(source: ox.Store, *, leave_out: Iterable[ox.NamedNode] = ()) -> ox.Store:
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


# Saved queries that run faster on the in-memory copy than on disk: the whole-graph listings, whose time on disk
# is mostly RocksDB reads of the result's stored terms. Oxigraph 0.5.13's in-memory store evaluates other shapes
# much more slowly than its RocksDB store (some saved queries 10-100x: an index lookup there scans one term's
# whole quad list), so every other query, and any SPARQL text that is not one of these, reads the disk.
# Measured per query on the benchmark store (benchmarks/HISTORY.md, the eleventh bench_queries pass).
MEMORY_QUERIES = frozenset({"entities", "evidence", "project_network"})

_BOUND_VALUES = re.compile(r"^\s*VALUES \((?:\?\w+\s*)+\) \{.*\}\s*$")  # a parameter block (queries/binding.py)


def _normalised(text: str) -> str:
    """The query without comments, parameter blocks and layout: what `routes_to_memory` compares."""
    lines = [ln for ln in text.splitlines()
             if ln.strip() and not ln.lstrip().startswith("#") and not _BOUND_VALUES.match(ln)]
    return " ".join(" ".join(lines).split())


@functools.cache
def _memory_forms() -> dict[str, str]:
    """Normalised text of each form (portable, local) of a `MEMORY_QUERIES` query -> its in-memory form."""
    from welfare_kg.queries import saved_queries

    return {_normalised(t): q.memory_text for q in saved_queries() if q.name in MEMORY_QUERIES
            for t in (q.text, q.local_text, q.memory_text)}


def memory_form(text: str) -> str | None:
    """The in-memory form of a `MEMORY_QUERIES` query given in any of its forms, its bound parameters kept; else None.

    A client (the query page, `query --endpoint`, a notebook) sends the portable or the local
    text, perhaps with a parameter block that queries/binding.py put first in the WHERE clause:
    the same block goes first into the in-memory form's WHERE clause.
    """
    form = _memory_forms().get(_normalised(text))
    if form is None:
        return None
    from welfare_kg.queries import _where_brace

    bound = [ln.strip() for ln in text.splitlines() if _BOUND_VALUES.match(ln)]
    if not bound:
        return form
    pos = _where_brace(form)
    return form[:pos + 1] + "\n  " + "\n  ".join(bound) + "\n" + form[pos + 1:]


def routes_to_memory(text: str) -> bool:
    """Whether a query's text is one of `MEMORY_QUERIES` (any form, with or without bound parameters)."""
    return memory_form(text) is not None


class Snapshot:
    """An in-memory copy of the store at `path`, taken again when the store has changed, beside a disk handle.

    `query` answers as `KnowledgeGraph.query` does (saved query names, parameters,
    `Rows`): the saved queries in `MEMORY_QUERIES` (and their text; in their in-memory
    form, queries/memory/, where they have one) from the copy, every
    other query from a read-only handle on the store, whichever is faster. Before each
    query it checks the store directory (a directory scan, well under a millisecond);
    if a writer has committed since, the disk handle is opened again and, if the
    documents or the number of quads changed, a new copy is taken once the store has
    been quiet for `QUIET_SECONDS` (until then the listings read the disk too), so a
    document committed before the call is always in the answer. `refresh()` does that check by
    hand; `auto_refresh=False` keeps both as they are until then (repeatable answers
    while an ingest runs). `engine="memory"` or `"disk"` overrides the choice.
    """

    def __init__(self, path: str | Path = "kg-store", *, auto_refresh: bool = True) -> None:
        self.path = Path(path)
        self.auto_refresh = auto_refresh
        self.signature: Signature = ()  # of the store when the disk handle was opened
        self.token: Token | None = None  # content of the copy
        self._disk_token: Token | None = None  # content the disk handle sees
        self.stale = True  # the copy holds less than the disk handle (a write since, not yet quiet)
        self.load_seconds = 0.0  # wall time of the last copy
        self.load_cpu = 0.0  # CPU time of the last copy
        self.loads = 0
        self._memory = _QueryOn(KGStore())
        self._disk: _QueryOn | None = None
        self.refresh(force=True)

    @property
    def store(self) -> KGStore:
        """The in-memory `KGStore` the copy lives in (read it, do not write it: writes go to the on-disk store)."""
        return self._memory.store

    @property
    def disk(self) -> KGStore:
        """The read-only handle on the store, opened at the last refresh."""
        assert self._disk is not None
        return self._disk.store

    def refresh(self, *, force: bool = False) -> bool:
        """Open the store again if it changed, and take a new copy if its content changed too; True when copied.

        While the store is being written (a file changed under `QUIET_SECONDS` ago) the copy is
        not taken: it is marked stale and the listings read the disk handle meanwhile (as the
        endpoint's workers do), so an ingest's every commit does not cost a copy. `force` copies now.
        """
        signature = store_signature(self.path)
        if signature != self.signature or self._disk is None:
            source = KGStore(self.path, read_only=True)  # a commit's view: never half a transaction
            self._disk_token = source.read(lambda s: content_token(s.oxigraph))
            self._disk = _QueryOn(source)
            # a commit between the signature and the open is in the handle and makes the next check open again
            self.signature = signature
        self.stale = self._disk_token != self.token  # only a flush or compaction since the copy: still current
        if not self.stale and not force:
            return False
        if not force and not _quiet(signature):
            return False
        self._copy()
        return True

    def _copy(self) -> None:
        t0, c0 = time.perf_counter(), time.process_time()
        source = self.disk
        data = source.read(lambda s: s.dump(ox.RdfFormat.N_QUADS))  # unfinished bulk writes left out
        copy = KGStore()
        copy.oxigraph.bulk_load(data, format=ox.RdfFormat.N_QUADS)
        del data
        copy.ensure_derived()  # a store from before the entity layer: built in the copy, as a writer would
        self._memory = _QueryOn(copy)
        self.token, self.stale = self._disk_token, False
        self.load_seconds, self.load_cpu = time.perf_counter() - t0, time.process_time() - c0
        self.loads += 1

    def query(self, query: str, *, engine: str = "auto", **params: str) -> Rows | bool | str:
        """`KnowledgeGraph.query` on the copy or the disk handle (after a `refresh` when `auto_refresh`)."""
        if engine not in ("auto", "memory", "disk"):
            raise ValueError(f"engine must be auto, memory or disk, not {engine!r}")
        if self.auto_refresh:
            self.refresh()
        if "{" not in query:  # a saved query's name or an .rq file: bound here, so that its in-memory form can run
            from welfare_kg.queries import bind_params, load_query
            from welfare_kg.queries.params import check_params, resolve_iri_params

            saved = load_query(query)
            values = {k: str(v) for k, v in params.items()}
            check_params(saved, values)
            if engine == "auto":
                engine = "memory" if saved.name in MEMORY_QUERIES and not self.stale else "disk"
            elif engine == "memory" and self.stale:
                self._copy()
            target = self._memory if engine == "memory" else self._disk
            assert target is not None
            values = resolve_iri_params(saved, values, target.store)
            text = saved.memory_text if engine == "memory" else saved.local_for(target.store)
            return target.query(bind_params(text, values))
        if engine == "auto":
            engine = "memory" if routes_to_memory(query) and not self.stale else "disk"
        elif engine == "memory" and self.stale:
            self._copy()
        if engine == "memory":
            query = memory_form(query) or query
        target = self._memory if engine == "memory" else self._disk
        assert target is not None
        return target.query(query, **params)

    def __len__(self) -> int:
        return len(self.store)

    def __repr__(self) -> str:
        return (f"Snapshot({str(self.path)!r}: {len(self.store):,} quads in memory, "
                f"copied in {self.load_seconds:.1f} s)")


class _QueryOn:
    """`KnowledgeGraph.query` over a given `KGStore` (imported lazily: kg.py imports the graph package)."""

    def __init__(self, store: KGStore) -> None:
        self.store = store

    def query(self, query: str, **params: str) -> Rows | bool | str:
        from welfare_kg.kg import KnowledgeGraph

        return KnowledgeGraph.query(self, query, **params)  # type: ignore[arg-type]


def snapshot(path: str | Path = "kg-store", *, auto_refresh: bool = True) -> Snapshot:
    """An in-memory copy of the store at `path` for fast repeated listings (see `Snapshot`).

        from welfare_kg.graph import snapshot
        snap = snapshot("kg-store")          # ~14 CPU-s per 1.5 million quads to copy, ~1 GB of memory
        rows = snap.query("evidence")        # same rows as KnowledgeGraph(...).query, 0.57x its CPU
    """
    return Snapshot(path, auto_refresh=auto_refresh)

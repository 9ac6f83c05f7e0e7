"""Ingest: files -> loaders -> extract -> graph, streaming and incremental, in one or several processes.

This is the one module above storage that runs the whole pipeline; graph/ only builds RDF
and stores it. A document is identified by the checksum of its bytes: the same file under
two names is one document, and a changed file at a known path replaces the graph of its
previous version in the same transaction that writes the new one.

Why this shape:

* Extraction (Voikko morphology, relation rules) and building RDF are pure Python and
  CPU-bound, so threads would not help; worker processes do load -> extract -> build
  -> serialise and hand back N-Triples *strings*, which pickle cheaply.
* Oxigraph allows one writer; keeping every write in the parent keeps the guarantee
  of one transaction per document, so a killed run leaves whole documents only.
* Work is submitted in small batches with a bounded number in flight, so memory stays
  flat however many files a folder holds, and results are consumed in submission
  order, so the store is written in the same order as the serial ingest.
* Files whose checksum is already stored are skipped in the parent *before* any work
  is sent out: hashing is cheap, and the stored checksums are read once into a set.

`jobs=1` runs everything in this process with the same reader, writer and rules, so one
or several workers give the same set of quads (apart from the `wkg:ingestedAt`
timestamps); `tests/test_parallel.py` checks that.
"""

from __future__ import annotations

import hashlib
import itertools
import multiprocessing as mp
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal

from welfare_kg.graph.build import document_iri
from welfare_kg.graph.store import KGStore, StoredDocument
from welfare_kg.graphs import contact_graph_iri, contact_graph_of
from welfare_kg.loaders import DEFAULT_MAX_BYTES, LoadError, file_checksum, iter_paths
from welfare_kg.ontology.namespace import REFERENCE_GRAPH, WKG

# RocksDB (under Oxigraph) keeps written data in memtables until they are flushed; without
# a flush now and then the writer grows by ~250 MB per 1,000 documents (measured), with one
# it stays near 100 MB. Flushing persists memtables to table files; it is not a commit point.
FLUSH_EVERY_QUADS = 50_000
BATCH = 8  # files per task: amortises pickling and queue round trips, small enough to keep order smooth
INFLIGHT_PER_JOB = 4  # batches queued per worker: keeps workers busy while the parent writes


@dataclass
class IngestReport:
    ingested: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)  # one line each: "path: reason"

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        return (f"{len(self.ingested)} ingested, {len(self.unchanged)} unchanged, "
                f"{len(self.replaced)} replaced, {len(self.failed)} failed")


def ensure_reference(store: KGStore) -> bool:
    """Load the bundled reference graph unless this exact version is already in the store."""
    from welfare_kg.data import reference_path

    data = reference_path().read_bytes()
    version = hashlib.sha256(data).hexdigest()
    if store.has_reference(version):
        return False
    g = Graph()
    g.parse(data=data, format="turtle")
    g.add((REFERENCE_GRAPH, WKG.checksum, Literal(version)))
    store.replace_graph(str(REFERENCE_GRAPH), g)
    return True


@dataclass
class Built:
    """One document as a worker returns it: everything the writer needs, nothing unpicklable."""

    path: str
    error: str | None = None  # one line "path: reason" when loading or extraction failed
    checksum: str = ""
    source: str = ""
    graph: str = ""
    contact_graph: str = ""
    ntriples: str = ""
    contacts: str = ""
    labelled: list[str] = field(default_factory=list)  # entities this document gives an rdfs:label
    timings: dict[str, float] = field(default_factory=dict)


def build_file(path: str, max_bytes: int = DEFAULT_MAX_BYTES, *, timed: bool = False) -> Built:
    """Load, extract and build one file into N-Triples; failures come back as `error`, never raised.

    `timed` records per-stage seconds (load, extract, build, serialise) for the benchmark.
    """
    import time

    from rdflib.namespace import RDFS

    from welfare_kg.extract.document import extract_document
    from welfare_kg.graph.build import build_document_graph
    from welfare_kg.graphs import document_graph_iri
    from welfare_kg.loaders import load_document

    t0 = time.perf_counter()
    try:
        record = load_document(path, max_bytes=max_bytes)
    except LoadError as exc:
        return Built(path, error=str(exc))
    t1 = time.perf_counter()
    try:
        extraction = extract_document(record)
        t2 = time.perf_counter()
        graph, contacts = build_document_graph(record, extraction)
        t3 = time.perf_counter()
        nt, cnt = graph.serialize(format="nt"), (contacts.serialize(format="nt") if len(contacts) else "")
    except Exception as exc:  # an extraction bug must not stop the batch; say which file (as the serial path)
        return Built(path, error=f"{path}: extraction failed ({type(exc).__name__}: {exc})")
    t4 = time.perf_counter()
    timings = {"load": t1 - t0, "extract": t2 - t1, "build": t3 - t2, "serialise": t4 - t3} if timed else {}
    labelled = sorted({str(e) for e in graph.subjects(RDFS.label, None)})
    return Built(path, None, record.checksum, str(record.source), str(document_graph_iri(record.checksum)),
                 str(contact_graph_iri(record.checksum)), nt, cnt, labelled, timings)


def _build_batch(paths: list[str], max_bytes: int) -> list[Built]:
    return [build_file(p, max_bytes) for p in paths]


def _warm_worker() -> None:
    """Build the gazetteer and open Voikko once per worker process, not on its first document."""
    from welfare_kg.extract.gazetteer import reference_gazetteer
    from welfare_kg.extract.morphology import get_morphology

    get_morphology()
    reference_gazetteer()



class Writer:
    """The single writer: knows the stored documents from one read and keeps that view up to date."""

    def __init__(self, store: KGStore) -> None:
        self.store = store
        self.unflushed = 0
        self.relabel: set[str] = set()
        store.defer_labels = True  # preferred labels are refreshed in bulk (see `refresh`)
        self.checksums: set[str] = set()
        self.by_source: dict[str, list[StoredDocument]] = {}
        for d in store.documents():
            self.checksums.add(d.checksum)
            self.by_source.setdefault(d.source, []).append(d)

    def refresh(self) -> None:
        """Recompute preferred labels of everything written since the last call, in one update.

        Labels are derived data: refreshing them per batch instead of per document takes
        a query per document off the single writer.
        """
        self.store.refresh_labels(self.relabel)
        self.relabel = set()

    def close(self) -> None:
        self.refresh()
        self.store.defer_labels = False

    def write(self, b: Built) -> str:
        """Store one built document in one transaction; returns "ingested" or "replaced"."""
        previous = [d for d in self.by_source.get(b.source, []) if d.checksum != b.checksum]
        drop = [d.graph for d in previous] + [contact_graph_of(d.graph) for d in previous]
        self.relabel |= self.store.write_document(b.graph, b.ntriples, extra={b.contact_graph: b.contacts}, drop=drop,
                                  labelled=b.labelled)
        self.unflushed += b.ntriples.count("\n") + b.contacts.count("\n")
        if self.unflushed >= FLUSH_EVERY_QUADS:
            self.refresh()
            self.store.flush()
            self.unflushed = 0
        doc_iri = str(document_iri(b.checksum))
        self.by_source[b.source] = [StoredDocument(doc_iri, b.graph, b.checksum, b.source)]
        self.checksums.add(b.checksum)
        return "replaced" if previous else "ingested"


def _pool(jobs: int) -> ProcessPoolExecutor:
    """Workers from a fork server: never a fork of this process, whose store has live native threads."""
    methods = mp.get_all_start_methods()
    ctx = mp.get_context("forkserver" if "forkserver" in methods else "spawn")
    if "forkserver" in methods:
        ctx.set_forkserver_preload(["welfare_kg.ingest"])
    return ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_warm_worker)


def _batches(items: Iterator[str], size: int) -> Iterator[list[str]]:
    batch: list[str] = []
    for it in items:
        batch.append(it)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def ingest(paths: Iterable[str | Path], store: KGStore, *, jobs: int = 1, strict: bool = False,
           max_bytes: int = DEFAULT_MAX_BYTES, on_progress: Callable[[str, str], None] | None = None,
           batch: int = BATCH) -> IngestReport:
    """Ingest files and folders with `jobs` worker processes (1: all in this process).

    Failures are reported per file and the batch goes on; with `strict` the first
    failure stops it (what is stored stays stored). `on_progress(path, status)` is
    called after each file (for progress bars).
    """
    report = IngestReport()
    ensure_reference(store)
    writer = Writer(store)
    stop = False

    def progress(path: str, status: str) -> None:
        if on_progress:
            on_progress(path, status)

    def todo() -> Iterator[str]:
        """Paths that need work; load errors and unchanged files are reported here, in the parent."""
        nonlocal stop
        claimed: set[str] = set()  # checksums handed out in this run: a duplicate file is "unchanged"
        for item in iter_paths(paths):
            if stop:
                return
            if isinstance(item, LoadError):
                report.failed.append(str(item))
                progress(str(item.path), "failed")
                stop = strict
                continue
            digest = file_checksum(item, max_bytes)
            if digest is not None and (digest in writer.checksums or digest in claimed):
                report.unchanged.append(str(item))
                progress(str(item), "unchanged")
                continue
            if digest is not None:
                claimed.add(digest)
            yield str(item)

    def consume(b: Built) -> None:
        nonlocal stop
        if stop:
            return
        if b.error is not None:
            report.failed.append(b.error)
            progress(b.path, "failed")
            stop = strict
            return
        status = writer.write(b)
        (report.replaced if status == "replaced" else report.ingested).append(b.path)
        progress(b.path, status)

    try:
        chunks = _batches(todo(), batch if jobs > 1 else 1)
        first = next(chunks, None)  # no pool at all when nothing needs work (the common incremental re-run)
        if first is not None and jobs <= 1:
            for chunk in itertools.chain([first], chunks):
                consume(build_file(chunk[0], max_bytes))
                if stop:
                    break
        elif first is not None:
            with _pool(jobs) as pool:
                inflight: deque[Future[list[Built]]] = deque()
                limit = jobs * INFLIGHT_PER_JOB
                for chunk in itertools.chain([first], chunks):
                    inflight.append(pool.submit(_build_batch, chunk, max_bytes))
                    while len(inflight) >= limit:
                        for b in inflight.popleft().result():
                            consume(b)
                    if stop:
                        break
                while inflight:
                    fut = inflight.popleft()
                    if stop:
                        fut.cancel()
                        continue
                    for b in fut.result():
                        consume(b)
    finally:
        writer.close()  # labels are refreshed even when the batch stops early
    store.flush()
    return report


def default_jobs() -> int:
    """Worker count when none is given: the CPUs this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)

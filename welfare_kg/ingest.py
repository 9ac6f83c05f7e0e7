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

import contextlib
import hashlib
import itertools
import multiprocessing as mp
import os
import pickle
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Graph, Literal

from welfare_kg.graph.build import document_iri
from welfare_kg.graph.entities import summary_text
from welfare_kg.graph.store import KGStore, StoredDocument
from welfare_kg.graphs import contact_graph_iri, contact_graph_of
from welfare_kg.heap import young_collections_only
from welfare_kg.loaders import (
    DEFAULT_MAX_BYTES,
    LoadError,
    NoDocuments,
    SkippedFiles,
    file_checksum,
    iter_paths,
    printable,
)
from welfare_kg.ontology.namespace import REFERENCE_GRAPH, WKG
from welfare_kg.processes import kill_when_parent_dies

if TYPE_CHECKING:
    from welfare_kg.graph.entities import Summary

# RocksDB (under Oxigraph) keeps written data in memtables until they are flushed; without
# a flush now and then the writer grows by ~250 MB per 1,000 documents (measured), with one
# it stays near 100 MB. Flushing persists memtables to table files; it is not a commit point.
# Committed groups are flushed (with several jobs every second one, `FLUSH_EVERY`): a reader opening the store during an
# ingest (each reader command, each endpoint worker after a commit) replays the unflushed write-ahead
# log, which took 7 s on average and up to 15 s with a flush every 50,000 statements, 0.5 s with one per
# commit, at the same ingest CPU time (tests/test_ingest_flush.py).
# CPU seconds per document. Extraction is linear, at 35,000-45,000 characters per CPU-second on a busy 2-core
# machine, so a sound document at the 25 MB size limit needs up to ~700 CPU-s in one process; 300 (the old
# default) failed the 20.9 MB benchmark page (2026-12-03: 475 CPU-s in one process at load 7-11, over 300 with
# --jobs 2 on a slow machine). The budget only has to stop runaway work, which linear extraction no longer makes.
DEFAULT_DOC_TIMEOUT = 900.0
BATCH = 8  # files per task: amortises pickling and queue round trips, small enough to keep order smooth
# Batches queued per worker: enough for the workers to go on building while the parent commits a group (up to 512
# documents, several seconds). With 4 (32 documents a worker) both workers sat idle through most of each large
# commit: 6.8 idle core-s per 1,000 documents on 3,000 generated ones, none with 32 (benchmarks/idle_timeline.py,
# benchmarks/HISTORY.md, thirty-second session). Costs the parent the finished results it holds (~60 KB pickled).
INFLIGHT_PER_JOB = 32
COMMIT_DOCS = 16  # documents per store transaction while the store is small (see Writer)
COMMIT_QUADS = 8_000  # ... or fewer when they are large
# A group grows with the store: to 1/GROUP_SHARE of the documents stored, up to GROUP_SCALE times the sizes
# above (512 documents; statements: GROUP_STATEMENTS below). Commits are flushed, and RocksDB merges each
# flush's small table files into levels that grow with the store, so the writer's background CPU per commit grows
# with the store: at 2,000 generated documents groups of 16 cost 13.2 ms of it a document, groups of 128 3.9
# (benchmarks/HISTORY.md, "The writer's CPU per document"); at 10,000, groups of up to 512 documents and 200,000
# statements instead of 256 and 90,000: 5.4 against 8.0 ms a document, the writer's main thread 10.7 against 10.3
# (benchmarks/HISTORY.md, thirty-first session). With two jobs that background work takes the cores the workers
# need; with one job it runs on the otherwise idle second core, so it bounds `--jobs 2`'s speed-up.
# Each merge rewrites about the whole store (Oxigraph merges after every second flush, and its keys are hashes, so a
# flush's table files overlap every stored one), so the merges' CPU is the number of flushes times the store's size
# then. Groups of a quarter of the store instead of an eighth reach 512 documents at ~1,900 stored instead of
# ~3,950: 34 commits instead of 50 at 10,000 generated documents, RocksDB's merges 45.8 -> 39.0 CPU-s, the main
# thread +1.0 (larger transactions cost it a little more per statement: +1.1-1.6 ms a document over the first 4,000,
# where the groups differ most; writer replays side by side, benchmarks/HISTORY.md, thirty-fourth session). A crash
# loses the pending group: at most a quarter of the store it would complete (an eighth before), never over 512
# documents.
GROUP_SHARE = 4
GROUP_SCALE = 32
# ... and a group of ordinary documents stays an ordinary transaction: the bulk path is taken for a large document
# only (graph/store.py, `_bulk_suits`): for groups of small documents it cost more CPU in all (17.7 against 13.6 ms
# a document, same replay)
GROUP_STATEMENTS = 200_000
# With several jobs every second commit is flushed, not every one: RocksDB merges its table files after every second
# flush and each merge rewrites about the whole store, so halving the flushes halves those merges, which two jobs pay
# on the workers' cores (10,000 generated documents, writer replays: 39.6 -> 18.9 CPU-s). The price is on the
# writer's main thread: a commit into memtables that still hold the previous group costs more (each inserted
# statement is first looked up, and a memtable has no filter to skip it: +1-2 CPU-s a late commit). With one job
# the merges run free on the otherwise idle second core and the main thread is the critical path, so every commit
# stays flushed (`flush_every`). Each commit stays one transaction of whole documents (a crash loses no committed
# document: the log holds it); a reader opening between the two commits replays the first one's log (at most one
# group of 512 documents, ~4 CPU-s, against ~0.01 s for a flushed store; benchmarks/HISTORY.md, thirty-fourth and
# thirty-fifth sessions).
FLUSH_EVERY = 2


def flush_every(jobs: int) -> int:
    """Commits per flush for an ingest with `jobs` workers (see `FLUSH_EVERY`)."""
    return FLUSH_EVERY if jobs > 1 else 1


OnChars = Callable[[str, int, int, str], None]  # (path, done, total, phase) inside a document: _document_progress


@dataclass
class IngestReport:
    ingested: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)  # one line each: "path: reason"
    warnings: list[str] = field(default_factory=list)  # "path: what was not as expected" (the file was read)
    empty: list[str] = field(default_factory=list)  # named folders in which no document was found

    @property
    def ok(self) -> bool:
        """Nothing failed, and every folder named held something to read: naming an empty one is a mistake."""
        return not self.failed and not self.empty

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
    warnings: list[str] = field(default_factory=list)  # the loader's, as "path: message"
    timings: dict[str, float] = field(default_factory=dict)
    # what `ntriples` brings to the entity layer and the fact rows (graph/entities.Summary): made where the
    # document is built, so the single writer neither parses the statements nor derives the rows from them
    summary: Summary | None = None


class DocumentTimeout(BaseException):
    """A document used up its time budget (`--doc-timeout`).

    A BaseException, like KeyboardInterrupt, so that the `except Exception` guards
    around parsers and extraction cannot swallow it.
    """


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise `DocumentTimeout` in this process if the block runs longer than `seconds`.

    A pathological document must not hold a batch of thousands hostage. The budget is
    CPU time of this process (ITIMER_PROF), not wall time: on a busy machine a large
    but sound document may get a quarter of a core, and should not fail for that;
    extraction is CPU-bound, so a runaway document still hits the limit. The signal
    interrupts pure-Python work anywhere; it can only be armed in a process's main
    thread, which is where both the one-process ingest and the workers run. Elsewhere
    (a library user's thread) no budget applies.
    """
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(_signum: int, _frame: object) -> None:
        raise DocumentTimeout

    previous = signal.signal(signal.SIGPROF, expire)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def build_file(path: str, max_bytes: int = DEFAULT_MAX_BYTES, *, timed: bool = False,
               doc_timeout: float | None = DEFAULT_DOC_TIMEOUT, as_text: bool = False,
               on_chars: OnChars | None = None, workers: int = 1) -> Built:
    """Load, extract and build one file into N-Triples; failures come back as `error`, never raised.

    `timed` records per-stage seconds (load, extract, build, serialise) for the benchmark.
    `doc_timeout` is the document's time budget in seconds (None: no limit; with `workers` > 1 it
    applies to each process working on the document, see extract/sentence_pool.py).
    `on_chars(path, done, total, phase)` reports progress inside a large document (`_document_progress`).
    `workers` processes share the sentences of a large document (extract/sentence_pool.py).
    """
    try:
        with time_budget(doc_timeout):
            return _build_file(path, max_bytes, timed, as_text, on_chars, workers)
    except DocumentTimeout:
        reason = f"gave up after {doc_timeout:g} s (raise --doc-timeout for very large documents)"
        return Built(path, error=str(LoadError(path, reason)))


@young_collections_only()  # reading, extraction and the graph of one document: welfare_kg/heap.py
def _build_file(path: str, max_bytes: int, timed: bool, as_text: bool = False,
                on_chars: OnChars | None = None, workers: int = 1) -> Built:
    import time

    from welfare_kg.extract.document import extract_document
    from welfare_kg.graph.build import document_ntriples
    from welfare_kg.graphs import document_graph_iri
    from welfare_kg.loaders import load_document

    shown = _document_progress(path, on_chars)
    t0 = time.perf_counter()
    try:
        record = load_document(path, max_bytes=max_bytes, as_text=as_text, workers=workers)
    except LoadError as exc:
        return Built(path, error=str(exc))
    t1 = time.perf_counter()
    try:
        extraction = extract_document(record, progress=shown, workers=workers)
        if shown is not None:
            shown.writing()
        t2 = time.perf_counter()
        nt, cnt = document_ntriples(record, extraction, workers=workers)  # a large one in two processes
        graph = str(document_graph_iri(record.checksum))
        t3 = time.perf_counter()
        summary = summary_text(graph, nt)
    except Exception as exc:  # an extraction bug must not stop the batch; say which file (as the serial path)
        return Built(path, error=f"{printable(path)}: extraction failed ({printable(f'{type(exc).__name__}: {exc}')})")
    t4 = time.perf_counter()
    timings = {"load": t1 - t0, "extract": t2 - t1, "build": t3 - t2, "serialise": t4 - t3} if timed else {}
    return Built(path, None, record.checksum, str(record.source), graph, str(contact_graph_iri(record.checksum)),
                 nt, cnt, [f"{printable(path)}: {w}" for w in record.warnings], timings, summary)


class _Shown:
    """A large document's progress as `on_chars` gets it: extraction's reports (extract/doc_progress.py), then
    "writing" at the end of the scale while the graph is built and stored."""

    def __init__(self, path: str, on_chars: OnChars) -> None:
        self.path = path
        self.on_chars = on_chars
        self.total = 0

    def __call__(self, done: int, total: int, phase: str) -> None:
        self.total = total
        self.on_chars(self.path, done, total, phase)

    def writing(self) -> None:
        if self.total:  # only a document large enough to have reported
            self.on_chars(self.path, self.total, self.total, "writing")


def _document_progress(path: str, on_chars: OnChars | None) -> _Shown | None:
    """`on_chars(path, done, total, phase)` inside one document, for a bar that would otherwise show a spinner
    for minutes: "reading" with `total` 0 when a large file starts loading (its length in characters is not
    known yet), then recognition ("reading") and the sentence rules ("relations") as the two halves of
    `total`, then "writing" at `total` while it is built and stored. A small document reports nothing."""
    if on_chars is None:
        return None
    from welfare_kg.extract.doc_progress import MIN_CHARS

    with contextlib.suppress(OSError):
        if os.path.getsize(path) >= MIN_CHARS:
            on_chars(path, 0, 0, "reading")
    return _Shown(path, on_chars)


def _build_batch(paths: list[str], max_bytes: int, doc_timeout: float | None = DEFAULT_DOC_TIMEOUT,
                 as_text: bool = False, workers: int = 1) -> list[Built]:
    """In a pool worker: a large document's sentences are shared with `workers` processes forked from this
    one (the other workers may be idle while it runs; if not, the machine is busy either way)."""
    on_chars = _send_chars if _PROGRESS is not None else None
    return [build_file(p, max_bytes, doc_timeout=doc_timeout, as_text=as_text, workers=workers, on_chars=on_chars)
            for p in paths]


# In a pool worker: where its documents' progress goes (the parent's reader thread), if the ingest wants it.
_PROGRESS: Connection | None = None
PIPE_ATOMIC = 4096  # POSIX PIPE_BUF at least 512; Linux 4096: a write this small is never interleaved


def _send_chars(path: str, done: int, total: int, phase: str) -> None:
    """A worker's progress inside a document, to the parent: one small message per 1 % of it at most.

    A future's result arrives only when the whole batch is built, so under `--jobs` a large
    document showed a spinner for minutes; this is the sentence pool's shape (children write
    ticks to a pipe, a thread in the parent reads them) one level up. The workers share one
    pipe without a lock (a worker killed holding a lock would block the others for good): a
    message under PIPE_BUF is written whole, by one write, so messages never interleave and
    a time-out raised in the worker cannot leave half of one. A message too long for that
    (a path of thousands of bytes) is dropped: it is only a display.
    """
    if _PROGRESS is None:
        return
    data = pickle.dumps((path, done, total, phase), protocol=pickle.HIGHEST_PROTOCOL)
    if len(data) + 4 <= PIPE_ATOMIC:  # Connection.send_bytes adds a 4-byte length and writes both at once
        with contextlib.suppress(OSError):  # the ingest is gone: the worker exits soon anyway
            _PROGRESS.send_bytes(data)


@contextmanager
def _chars_reader(ctx: mp.context.BaseContext, on_chars: OnChars | None) -> Iterator[Connection | None]:
    """The write end of a pipe for the workers' progress, and a thread passing it to `on_chars`.

    None when nobody listens. The callback runs on the reader thread, not the ingest's
    (rich's Progress locks its updates); it never stops the ingest.
    """
    if on_chars is None:
        yield None
        return
    receive, send = ctx.Pipe(duplex=False)

    def read() -> None:
        with contextlib.suppress(EOFError, OSError):
            while (data := receive.recv_bytes()) != b"":
                with contextlib.suppress(Exception):  # a broken message or display error is only a display
                    on_chars(*pickle.loads(data))

    reader = threading.Thread(target=read, name="ingest-progress", daemon=True)
    reader.start()
    try:
        yield send
    finally:
        with contextlib.suppress(OSError):
            send.send_bytes(b"")  # the end (the workers have all exited by now)
        reader.join(5)
        send.close()
        receive.close()


def _warm_worker(parent: int | None = None, progress: Connection | None = None) -> None:
    """Tie the worker's life to the ingest's, then build the gazetteer and open Voikko once per worker."""
    global _PROGRESS
    _PROGRESS = progress
    if parent is not None:
        _exit_with(parent)
    from welfare_kg.extract.gazetteer import reference_gazetteer
    from welfare_kg.extract.morphology import get_morphology

    get_morphology()
    reference_gazetteer()


WATCH_SECONDS = 0.5


def _exit_with(parent: int) -> None:
    """Make this worker exit when the ingest process `parent` dies, however it dies.

    A worker blocks reading its task queue, whose write end it holds itself, so it never
    sees the ingest go: after a `kill -9` the workers, and the resource tracker they keep
    open, would run on as orphans. The fork server exits on its own (its pipe from the
    ingest closes), but workers are its children, not the ingest's. Two guards: on Linux
    the kernel sends SIGKILL when the fork server (this worker's parent) exits; everywhere,
    a daemon thread checks twice a second that the ingest still exists.
    """
    import time

    forkserver = os.getppid()
    kill_when_parent_dies()  # Linux only: without it, the watchdog below still applies

    def alive() -> bool:
        try:
            os.kill(parent, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            pass  # it exists
        return os.getppid() == forkserver

    def watch() -> None:
        while alive():
            time.sleep(WATCH_SECONDS)
        os._exit(1)  # nothing to clean up: the ingest, the only writer, is gone

    if not alive():
        os._exit(1)
    threading.Thread(target=watch, name="exit-with-ingest", daemon=True).start()



class Writer:
    """The single writer: knows the stored documents from one read and commits finished documents in groups.

    Several documents go into one store update (one transaction): the per-transaction
    cost (the entity-layer lookups of entities the documents share, RocksDB's commit) is
    paid once per group instead of once per document, which keeps the single writer
    from capping `--jobs`. A crash loses at most the uncommitted group, never part of a
    document; files are reported ingested only once their group is committed.

    A group holds `commit_docs` documents (or `commit_quads` statements) while the store is
    small and grows with it, to 1/`GROUP_SHARE` of the documents stored, up to `group_scale`
    times those sizes: each commit is flushed, or each `flush_every`-th (`FLUSH_EVERY`; readers
    open fast, see above), and the CPU RocksDB spends merging a flush's table files into its
    levels grows with the store, so a group's size keeps that cost per document flat. What a
    crash can lose grows with it, never beyond a quarter of what is stored (the next run
    ingests it again).
    """

    def __init__(self, store: KGStore, on_written: Callable[[Built, str], None] | None = None, *,
                 commit_docs: int = COMMIT_DOCS, commit_quads: int = COMMIT_QUADS,
                 group_scale: int = GROUP_SCALE, flush_every: int = 1) -> None:
        self.store = store
        self.on_written = on_written
        self.commit_docs = commit_docs
        self.commit_quads = commit_quads
        self.group_scale = group_scale
        self.flush_every = flush_every
        self.unflushed = 0  # commits since the last flush (`commit_ahead`'s are not flushed, nor every ordinary one)
        self.checksums: set[str] = set()
        self.by_source: dict[str, list[StoredDocument]] = {}
        for d in store.documents():
            self.checksums.add(d.checksum)
            self.by_source.setdefault(d.source, []).append(d)
        self._reset()

    def _reset(self) -> None:
        self.pending: list[tuple[Built, str]] = []
        self.graphs: dict[str, str] = {}
        self.summaries: dict[str, Summary] = {}  # graph -> what it brings to the derived graphs, as built
        self.drop: list[str] = []
        self.pending_quads = 0

    def write(self, b: Built) -> str:
        """Queue one built document; it is committed with its group. Returns "ingested" or "replaced"."""
        previous = [d for d in self.by_source.get(b.source, []) if d.checksum != b.checksum]
        self.drop += [d.graph for d in previous] + [contact_graph_of(d.graph) for d in previous]
        self.graphs[b.graph] = b.ntriples
        if b.summary is not None:
            self.summaries[b.graph] = b.summary
        self.graphs[b.contact_graph] = b.contacts  # empty: drops a stale contact graph of the same checksum
        doc_iri = str(document_iri(b.checksum))
        self.by_source[b.source] = [StoredDocument(doc_iri, b.graph, b.checksum, b.source)]
        self.checksums.add(b.checksum)
        status = "replaced" if previous else "ingested"
        self.pending.append((b, status))
        self.pending_quads += b.ntriples.count("\n") + b.contacts.count("\n")
        scale = max(1, min(self.group_scale, len(self.checksums) // (GROUP_SHARE * self.commit_docs)))
        quads = min(self.commit_quads * scale, max(self.commit_quads, GROUP_STATEMENTS))
        if len(self.pending) >= self.commit_docs * scale or self.pending_quads >= quads:
            self.commit()
        return status

    def commit_ahead(self, coming: int) -> None:
        """Commit the pending group now if it is at least as large as the `coming` documents still to arrive.

        For the end of an ingest: the group committed after the workers' last batch is work no worker
        overlaps, so it should be small. Committing whenever the group has caught up with what is still
        to come halves the groups toward the end (a few more commits), and each of those commits runs
        while the workers build the rest.

        These commits are not flushed; `close` flushes once. Each flush leaves new table files, and RocksDB
        merges them into its levels every second flush (Oxigraph's `level0_file_num_compaction_trigger`),
        rewriting tables that by now hold most of the store: the tail's four or five flushed commits cost
        the two cores those merges at the store's largest, where `--jobs 1` commits its last group once
        (benchmarks/HISTORY.md, thirty-third session). A reader opening the store during the tail (its
        last seconds) replays the tail's log instead.
        """
        if len(self.pending) >= max(self.commit_docs, coming):
            self.commit(flush=False)

    def commit(self, *, flush: bool = True) -> None:
        """Write the queued documents, their replaced versions dropped, in one transaction, then (`flush`, on
        every `flush_every`-th commit) persist what is committed to table files (readers open fast; not a commit
        point: see `FLUSH_EVERY`)."""
        if not self.pending:
            return
        done = self.pending
        self.store.write_documents(self.graphs, drop=self.drop, summaries=self.summaries)
        self._reset()
        self.unflushed += 1
        if flush and self.unflushed >= self.flush_every:
            self._flush()
        if self.on_written is not None:
            for b, status in done:
                self.on_written(b, status)

    def _flush(self) -> None:
        self.store.flush()
        self.unflushed = 0

    def close(self) -> None:
        """Commit the last group and flush whatever is committed and not yet flushed."""
        if self.pending:
            self.commit(flush=False)
        if self.unflushed:
            self._flush()


# What the fork server imports once, so that each worker forked from it starts with the modules a document needs:
# imported in every worker instead, they cost ~1 CPU-s a worker (2026-12-06), paid again by each of `--jobs`.
# Importing them starts no thread and opens nothing (Voikko opens in `_warm_worker`, after the fork).
FORKSERVER_PRELOAD = ["welfare_kg.ingest", "welfare_kg.loaders", "welfare_kg.extract.document",
                      "welfare_kg.graph.build"]


def _context() -> mp.context.BaseContext:
    methods = mp.get_all_start_methods()
    ctx = mp.get_context("forkserver" if "forkserver" in methods else "spawn")
    if "forkserver" in methods:
        ctx.set_forkserver_preload(FORKSERVER_PRELOAD)
    return ctx


def _start_forkserver(ctx: mp.context.BaseContext) -> None:
    """Start the fork server without waiting for it, so that its imports (`FORKSERVER_PRELOAD`, ~1.8 CPU-s) run
    while this process still prepares the ingest (the reference graph, ~0.6 CPU-s): the first worker's start
    waits for those imports, and nothing else ran on the second core meanwhile (benchmarks/idle_timeline.py)."""
    if ctx.get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()


def _pool(jobs: int, ctx: mp.context.BaseContext | None = None,
          progress: Connection | None = None) -> ProcessPoolExecutor:
    """Workers from a fork server: never a fork of this process, whose store has live native threads."""
    return ProcessPoolExecutor(max_workers=jobs, mp_context=ctx or _context(), initializer=_warm_worker,
                               initargs=(os.getpid(), progress))


def _batches(items: Iterator[str], size: int) -> Iterator[list[str]]:
    batch: list[str] = []
    for it in items:
        batch.append(it)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _note(item: LoadError, report: IngestReport) -> bool:
    """File a walk's `LoadError` in the report; True when it is a failure (not a warning or an empty folder)."""
    if isinstance(item, SkippedFiles):
        report.warnings.append(str(item))
        return False
    if isinstance(item, NoDocuments):
        report.empty.append(printable(item.path))
        return False
    report.failed.append(str(item))
    return True


def survey(paths: Iterable[str | Path], *, as_text: bool = False) -> IngestReport | None:
    """None when the paths hold at least one file to read; else the report of why there is nothing to do.

    Lets a caller refuse before opening (and so creating) a store: a mistyped path or an
    empty folder must not leave an empty store directory behind. It stops at the first
    file to read, so it costs a full walk only when there is nothing to read.
    """
    report = IngestReport()
    for item in iter_paths(paths, as_text=as_text):
        if not isinstance(item, LoadError):
            return None
        _note(item, report)
    return report


def ingest(paths: Iterable[str | Path], store: KGStore, *, jobs: int = 1, strict: bool = False,
           max_bytes: int = DEFAULT_MAX_BYTES, on_progress: Callable[[str, str], None] | None = None,
           batch: int = BATCH, doc_timeout: float | None = DEFAULT_DOC_TIMEOUT, as_text: bool = False,
           on_chars: OnChars | None = None) -> IngestReport:
    """Ingest files and folders with `jobs` worker processes (1: all in this process).

    Failures are reported per file and the batch goes on; with `strict` the first
    failure stops it (what is stored stays stored). `on_progress(path, status)` is
    called after each file (for progress bars). A document that takes longer than
    `doc_timeout` seconds fails with a clear error (None: no limit). Files of
    unsupported types are refused (in folders: skipped with a warning) unless
    `as_text`, which reads them as plain text. `on_chars(path, done, total, phase)` shows
    progress inside a large document (see `_document_progress`); with `jobs` > 1 it is
    called from a thread that reads the workers' progress messages.
    """
    report = IngestReport()
    stop = False

    def progress(path: str, status: str) -> None:
        if on_progress:
            on_progress(path, status)

    def written(b: Built, status: str) -> None:
        (report.replaced if status == "replaced" else report.ingested).append(b.path)
        report.warnings += b.warnings
        progress(b.path, status)

    writer = Writer(store, written, flush_every=flush_every(jobs))

    def todo() -> Iterator[str]:
        """Paths that need work; load errors and unchanged files are reported here, in the parent."""
        nonlocal stop
        claimed: set[str] = set()  # checksums handed out in this run: a duplicate file is "unchanged"
        for item in iter_paths(paths, as_text=as_text):
            if stop:
                return
            if isinstance(item, LoadError):
                if _note(item, report):
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
        writer.write(b)  # reported through `written` once its group is committed

    try:
        chunks = _batches(todo(), batch if jobs > 1 else 1)
        first = next(chunks, None)  # no pool at all when nothing needs work (the common incremental re-run)
        ctx = _context() if first is not None and jobs > 1 else None
        if ctx is not None:
            _start_forkserver(ctx)
        ensure_reference(store)  # before any document is written; meanwhile the fork server imports its modules
        if first is not None and jobs <= 1:
            for chunk in itertools.chain([first], chunks):
                consume(build_file(chunk[0], max_bytes, doc_timeout=doc_timeout, as_text=as_text,
                                   on_chars=on_chars))
                if stop:
                    break
        elif ctx is not None:
            with _chars_reader(ctx, on_chars) as channel, _pool(jobs, ctx, channel) as pool:
                inflight: deque[tuple[Future[list[Built]], int]] = deque()  # a batch and its number of files
                limit = jobs * INFLIGHT_PER_JOB
                for chunk in itertools.chain([first], chunks):
                    inflight.append((pool.submit(_build_batch, chunk, max_bytes, doc_timeout, as_text, jobs),
                                     len(chunk)))
                    while len(inflight) >= limit:
                        for b in inflight.popleft()[0].result():
                            consume(b)
                    if stop:
                        break
                # every file is handed out: what is left are the batches in flight, and no new work overlaps
                # the last commit, so the groups shrink toward the end (Writer.commit_ahead)
                coming = sum(n for _, n in inflight)
                while inflight:
                    fut, n = inflight.popleft()
                    coming -= n
                    if stop:
                        fut.cancel()
                        continue
                    for b in fut.result():
                        consume(b)
                    if not stop:
                        writer.commit_ahead(coming)
    finally:
        writer.close()  # the last group is committed even when the batch stops early
    store.flush()  # what was written outside the writer (the reference graph) when no group committed after it
    return report


def default_jobs() -> int:
    """Worker count when none is given: the CPUs this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)

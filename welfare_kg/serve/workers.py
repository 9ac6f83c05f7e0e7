"""Query workers: separate processes that open the store read-only, so a query can be stopped.

pyoxigraph cannot cancel a running query, and a thread cannot be killed, so a
cartesian product started in a thread burns CPU until it ends, whatever the client
does. Each query therefore runs (and is serialised) in a worker process; when the
time limit passes, the worker is killed and a fresh one takes its place. A fixed
number of workers bounds the CPU the endpoint can take, and one slow query holds
one worker, not the others.

Workers see documents committed after the server started: before a query, a worker
compares a cheap signature of the store directory (sizes and times of RocksDB's
CURRENT, MANIFEST and write-ahead log files, which every commit changes) with the
one it opened and reopens its read-only handle when they differ. A read-only handle
reads the write-ahead log, so it sees every committed transaction of a writer that
is still running (an ingest), never half of one.

With `serve --in-memory` each worker also keeps an in-memory copy of the store's public
graphs (graph/memory.py), taken by a thread of its own whenever the store has changed and
then been quiet for a second, and answers the whole-graph listings from it when the copy
is as new as the store (the same signature test); other queries, and every query while
the copy is stale, read the disk handle.

Workers die with the server: each asks the kernel for SIGKILL when its parent goes
(Linux), and each also exits when its pipe to the parent closes.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from welfare_kg.processes import die_with_parent

REFRESH_SECONDS = 0.5  # a worker checks the store for new commits at most this often
COPY_QUIET_SECONDS = 1.0  # `--in-memory`: the store must be unchanged this long before a worker copies it


@dataclass(frozen=True)
class Task:
    """One query for a worker: the text and the protocol's dataset, already limited to visible graphs."""

    query: str
    accept: str | None
    default_graphs: tuple[str, ...] | None = None  # from default-graph-uri, if given
    named_graphs: tuple[str, ...] | None = None  # from named-graph-uri, if given
    view: str | None = None  # a public snapshot to read instead of the store (see views.py), set by the pool


class QueryTimeout(Exception):
    """The query ran past the time limit and its worker was stopped."""


class Busy(Exception):
    """No worker became free within the time limit."""


def store_signature(path: str | Path) -> tuple[tuple[str, int, int], ...]:
    """Names, sizes and modification times of the files a commit or flush changes; one directory scan."""
    out = []
    with os.scandir(path) as entries:
        for e in entries:
            if e.name == "CURRENT" or e.name.startswith("MANIFEST-") or e.name.endswith(".log"):
                with contextlib.suppress(OSError):  # a file the writer removes between scan and stat
                    st = e.stat()
                    out.append((e.name, st.st_size, st.st_mtime_ns))
    return tuple(sorted(out))


class StoreView:
    """The worker's read-only handle on the store, reopened when the store changed, with the visible graphs."""

    def __init__(self, path: str, include_contacts: bool, in_memory: bool = False) -> None:
        self.source = path
        self.path = path
        self.include_contacts = include_contacts
        self.in_memory = in_memory
        # `serve --in-memory`: a copy of the visible graphs in memory and the store signature it was taken at;
        # used only while the store's signature is still that one (else the disk handle answers)
        self.memory: Any = None
        self.memory_signature: tuple[tuple[str, int, int], ...] | None = None
        self.memory_token: Any = None  # graph/memory.content_token of the copy
        self.store: Any = None
        self.signature: tuple[tuple[str, int, int], ...] = ()
        self.checked = 0.0
        self.visible: list[Any] = []
        self.visible_set: set[str] = set()
        self.has_private = False

    def open(self) -> None:
        import pyoxigraph as ox

        from welfare_kg.graph.writer import open_read_only
        from welfare_kg.graphs import is_private

        signature = store_signature(self.path)
        self.store = None  # drop the old handle first
        self.store = open_read_only(Path(self.path))
        from welfare_kg.graph.store import unfinished_graphs

        # graphs a bulk write has not finished (graph/store.py) are hidden as the project's own reads hide them
        unfinished = unfinished_graphs(self.store)
        graphs = [g for g in self.store.named_graphs() if isinstance(g, ox.NamedNode)]
        self.visible = [g for g in graphs if (self.include_contacts or not is_private(g.value))
                        and g.value not in unfinished]
        self.visible_set = {g.value for g in self.visible}
        self.has_private = len(self.visible) != len(graphs)  # something hidden: list the visible graphs
        self.signature = signature
        self.checked = time.monotonic()

    def start_copier(self) -> threading.Thread:
        """`--in-memory`: a thread that keeps `memory` a copy of the store's visible graphs (see `copy_loop`)."""
        thread = threading.Thread(target=self.copy_loop, name="memory-copy", daemon=True)
        thread.start()
        return thread

    def copy_loop(self) -> None:
        """Copy the store into memory whenever it has changed and then stayed quiet for `COPY_QUIET_SECONDS`.

        The copy (N-Quads dump of a read-only handle, bulk-loaded into an in-memory store,
        contact and unfinished graphs dropped) runs beside the queries: pyoxigraph releases
        the GIL while it dumps and loads. It is published only if the store did not change
        meanwhile; until then, and whenever the store has changed since, the read-only handle
        answers (`answer`), so a committed document is never missing from an answer.
        """
        import pyoxigraph as ox

        from welfare_kg.graph.memory import content_token, copy_quads
        from welfare_kg.graph.store import unfinished_graphs
        from welfare_kg.graph.writer import open_read_only
        from welfare_kg.graphs import is_private

        while True:
            try:
                signature = store_signature(self.source)
                if signature == self.memory_signature:
                    time.sleep(REFRESH_SECONDS)
                    continue
                time.sleep(COPY_QUIET_SECONDS)
                if store_signature(self.source) != signature:
                    continue  # an ingest is writing: wait for it to pause
                source = open_read_only(Path(self.source))
                token = content_token(source)
                if token == self.memory_token:  # a flush or compaction, no write: the copy is still the store
                    self.memory_signature = signature
                    continue
                leave_out = {g.value for g in source.named_graphs() if isinstance(g, ox.NamedNode)
                             and not self.include_contacts and is_private(g.value)} | unfinished_graphs(source)
                copy = copy_quads(source, leave_out=[ox.NamedNode(g) for g in sorted(leave_out)])
                del source
                if store_signature(self.source) == signature:
                    self.memory, self.memory_signature, self.memory_token = copy, signature, token
                    copied = len(copy)
                    print(f"welfare-kg serve: worker {os.getpid()}: {copied:,} quads copied into memory",
                          file=sys.stderr, flush=True)
                del copy
            except (OSError, RuntimeError, ValueError):  # a table file compacted away mid-copy: try again
                time.sleep(COPY_QUIET_SECONDS)

    def memory_current(self) -> bool:
        """Whether the in-memory copy holds exactly what the store holds now (the last signature checked)."""
        return self.memory is not None and self.path == self.source and self.memory_signature == self.signature

    def use(self, path: str) -> None:
        """Read `path` (the store or a public snapshot of it) from now on; falls back to the store."""
        if path == self.path and self.store is not None:
            return
        self.path = path
        try:
            self.open()
        except OSError:
            if path == self.source:
                raise
            self.path = self.source
            self.open()

    def refresh(self) -> None:
        now = time.monotonic()
        if now - self.checked < REFRESH_SECONDS:
            return
        self.checked = now
        try:
            changed = store_signature(self.path) != self.signature
        except OSError:
            return
        if changed:
            self.open()

    def answer(self, task: Task) -> tuple[int, bytes, str]:
        """(status, body, content type) for a task; errors become plain-text messages."""
        import pyoxigraph as ox

        from welfare_kg.graph import retry
        from welfare_kg.ontology.namespace import PREFIXES
        from welfare_kg.serve.results import serialize

        def attempt() -> tuple[int, bytes, str]:
            self.use(task.view or self.source)
            self.refresh()
            kwargs: dict[str, Any] = {"prefixes": PREFIXES}
            in_memory = None
            if self.memory_current():  # only then: a worker without a copy never imports graph/memory.py
                from welfare_kg.graph.memory import memory_form

                in_memory = memory_form(task.query)
            if in_memory is not None:
                # one of the listings the copy answers faster (graph/memory.py); contact graphs are not in the
                # copy: the union is the public graphs
                memory = self.memory
                if task.default_graphs is not None:
                    kwargs["default_graph"] = [ox.NamedNode(g) for g in task.default_graphs
                                               if g in self.visible_set] or ox.DefaultGraph()
                else:
                    kwargs["use_default_graph_as_union"] = True
                if task.named_graphs is not None:
                    kwargs["named_graphs"] = [ox.NamedNode(g) for g in task.named_graphs if g in self.visible_set]
                return serialize(memory.query(in_memory, **kwargs), task.accept)
            if task.default_graphs is not None:
                kwargs["default_graph"] = [ox.NamedNode(g) for g in task.default_graphs
                                           if g in self.visible_set] or ox.DefaultGraph()
            elif self.has_private:
                kwargs["default_graph"] = self.visible or ox.DefaultGraph()
            else:  # nothing to hide: the union, without a list of every graph (one lookup per graph)
                kwargs["use_default_graph_as_union"] = True
            if task.named_graphs is not None:
                kwargs["named_graphs"] = [ox.NamedNode(g) for g in task.named_graphs if g in self.visible_set]
            elif self.has_private:
                kwargs["named_graphs"] = self.visible
            result = self.store.query(task.query, **kwargs)
            return serialize(result, task.accept)

        def drop_handle(_exc: BaseException) -> None:
            # a table file the writer compacted away between our reading of its manifest and opening the file
            # (or under an older handle): the store is fine, a fresh handle a moment later works
            self.store = None

        try:
            return retry.READS.run(attempt, before_retry=drop_handle)
        except SyntaxError as exc:
            return 400, f"SPARQL syntax error: {exc}\n".encode(), "text/plain"
        except (OSError, RuntimeError, ValueError, TypeError) as exc:
            return 500, f"query failed: {exc}\n".encode(), "text/plain"


def child_main() -> None:
    """Entry point of a worker process: `python -c ... FD STORE_DIR INCLUDE_CONTACTS PARENT_PID [IN_MEMORY]`."""
    fd, store_dir, contacts, parent = sys.argv[1:5]
    in_memory = len(sys.argv) > 5 and sys.argv[5] == "1"
    worker_main(Connection(int(fd)), store_dir, contacts == "1", int(parent), in_memory)


def worker_main(conn: Connection, store_dir: str, include_contacts: bool, parent: int,
                in_memory: bool = False) -> None:
    """A worker's life: open the store, say ready, answer tasks until the pipe closes."""
    die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the server, which stops the workers
    view = StoreView(store_dir, include_contacts, in_memory)
    try:
        view.open()
    except (OSError, RuntimeError) as exc:  # RocksDB says "Corruption: ..." as a RuntimeError
        conn.send(("error", f"{store_dir}: cannot open the store read-only ({exc})"))
        return
    if in_memory:
        view.start_copier()
    conn.send(("ready", os.getpid()))
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        try:
            conn.send(view.answer(task))
        except (BrokenPipeError, OSError):
            return


class _Worker:
    def __init__(self, process: subprocess.Popen[bytes], conn: Connection) -> None:
        self.process = process
        self.conn = conn

    def stop(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.process.kill()
        with contextlib.suppress(OSError):
            self.conn.close()
        with contextlib.suppress(OSError, subprocess.TimeoutExpired):
            self.process.wait(5)


class WorkerPool:
    """`size` worker processes; `run` lends one to a task for at most `timeout` seconds, waiting included.

    All workers are started by one long-lived thread: Linux's parent-death signal
    follows the thread that forked, so a worker started from a short-lived request
    thread would be killed when that thread ends.
    """

    def __init__(self, store_dir: str | Path, size: int, *, include_contacts: bool = False,
                 timeout: float = 30.0, views: Any = None, in_memory: bool = False) -> None:
        self.store_dir = str(store_dir)
        self.in_memory = in_memory
        self.views = views  # a views.PublicViews, or None to always read the store
        self.size = size
        self.include_contacts = include_contacts
        self.timeout = timeout
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._starts: queue.Queue[int | None] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        self._error: str | None = None
        self._spawner = threading.Thread(target=self._spawn_loop, name="worker-spawner", daemon=True)
        self._spawner.start()
        for _ in range(size):
            self._starts.put(1)

    # -- starting workers ------------------------------------------------------------
    def _spawn_loop(self) -> None:
        while True:
            item = self._starts.get()
            if item is None or self._closed:
                return
            try:
                worker = self._start_one()
            except (OSError, RuntimeError) as exc:
                self._error = str(exc)
                continue
            if worker is not None:
                self._idle.put(worker)

    def _start_one(self) -> _Worker | None:
        # A plain subprocess, not multiprocessing: no re-import of the caller's __main__ in the child.
        parent_sock, child_sock = socket.socketpair()
        with parent_sock, child_sock:
            proc = subprocess.Popen(
                [sys.executable, "-c", "from welfare_kg.serve.workers import child_main; child_main()",
                 str(child_sock.fileno()), self.store_dir, "1" if self.include_contacts else "0", str(os.getpid()),
                 "1" if self.in_memory else "0"],
                pass_fds=(child_sock.fileno(),), stdin=subprocess.DEVNULL)
            parent_conn = Connection(os.dup(parent_sock.fileno()))
        worker = _Worker(proc, parent_conn)
        with self._lock:
            self._all.add(worker)
        if not parent_conn.poll(120):
            self._retire(worker)
            raise RuntimeError("a query worker did not start within 120 s")
        try:
            kind, detail = parent_conn.recv()
        except (EOFError, OSError) as exc:
            self._retire(worker)
            raise RuntimeError(f"a query worker died while starting ({exc})") from exc
        if kind != "ready":
            self._retire(worker)
            raise RuntimeError(str(detail))
        return worker

    def wait_ready(self, timeout: float = 120.0) -> None:
        """Block until every worker has started; raise RuntimeError with the first worker's error."""
        deadline = time.monotonic() + timeout
        while self._idle.qsize() < self.size:
            if self._error:
                raise RuntimeError(self._error)
            if time.monotonic() > deadline:
                raise RuntimeError(f"query workers did not start within {timeout:.0f} s")
            time.sleep(0.02)

    def _retire(self, worker: _Worker) -> None:
        with self._lock:
            self._all.discard(worker)
        worker.stop()

    def _replace(self, worker: _Worker) -> None:
        """Kill a worker (its query is abandoned) and have a fresh one started."""
        self._retire(worker)
        if not self._closed:
            self._starts.put(1)

    # -- running queries ---------------------------------------------------------------
    def run(self, task: Task) -> tuple[int, bytes, str]:
        deadline = time.monotonic() + self.timeout
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            raise Busy from None
        if self.views is not None and task.view is None:
            task = dataclasses.replace(task, view=self.views.current)
        try:
            worker.conn.send(task)
            if not worker.conn.poll(max(0.0, deadline - time.monotonic())):
                self._replace(worker)
                raise QueryTimeout
            reply = worker.conn.recv()
        except (EOFError, OSError) as exc:  # the worker died (out of memory, killed): start another
            self._replace(worker)
            return 500, f"query failed: the query worker stopped ({exc or 'no reply'})\n".encode(), "text/plain"
        self._idle.put(worker)
        return reply

    def close(self) -> None:
        if self.views is not None:
            self.views.close()
        self._closed = True
        self._starts.put(None)
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for w in workers:
            with contextlib.suppress(OSError, ValueError):
                w.conn.send(None)
            w.stop()

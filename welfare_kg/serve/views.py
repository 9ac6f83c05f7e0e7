"""A public snapshot of the store for the endpoint: the store without its contact graphs.

Hiding the contact graphs means passing Oxigraph the list of every other graph as
the query's dataset, and Oxigraph then looks each triple pattern up once per listed
graph: ~40 µs a graph, so 25 ms for a simple SELECT over 600 graphs and 250 ms over
6,000, however small the answer. A store without contact graphs can be queried with
the union default graph instead (well under 1 ms for the same query).

So when the store is quiet, the server makes such a store: a RocksDB checkpoint of
it (hard links to its immutable table files, near-instant on the same file system),
opened once for writing to drop the contact graphs, then only read by the workers.
A checkpoint taken from a read-only handle holds what is in table files, not what
is still only in the write-ahead log, so the snapshot is used only if it has exactly
as many quads and graphs (contact graphs aside) as the store; otherwise, and while
an ingest is writing, workers read the store itself with graph lists (slower, never
stale). The snapshot lives in a hidden folder beside the store and is removed when
superseded or when the server stops.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import threading
import time
from pathlib import Path

from welfare_kg.graph.writer import pid_alive
from welfare_kg.serve.workers import store_signature

QUIET_SECONDS = 2.0  # the store must be unchanged this long before a snapshot is taken
POLL_SECONDS = 1.0



class PublicViews:
    """Keeps `current` pointing at a snapshot of the store without contact graphs, or None (use the store)."""

    def __init__(self, store_dir: str | Path) -> None:
        self.store_dir = Path(store_dir).resolve()
        self.prefix = f".{self.store_dir.name}.serve-"
        self.root = self.store_dir.parent / f"{self.prefix}{os.getpid()}-{id(self):x}"
        self.current: str | None = None
        self._previous: str | None = None
        self._signature: tuple[tuple[str, int, int], ...] | None = None
        self._built_for: tuple[tuple[str, int, int], ...] | None = None
        self._changed_at = time.monotonic()
        self._n = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._clean_stale()

    def _clean_stale(self) -> None:
        """Remove snapshot folders of servers that were killed."""
        with contextlib.suppress(OSError):
            for entry in self.store_dir.parent.iterdir():
                pid = entry.name[len(self.prefix):].split("-")[0]
                if entry.name.startswith(self.prefix) and pid.isdigit() and not pid_alive(int(pid)):
                    shutil.rmtree(entry, ignore_errors=True)

    def start(self) -> None:
        self.refresh(force=True)
        self._thread = threading.Thread(target=self._loop, name="public-views", daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        while not self._stop.wait(POLL_SECONDS):
            self.refresh()

    def refresh(self, *, force: bool = False) -> None:
        """Take a new snapshot if the store changed and has been quiet since; drop the snapshot while it changes."""
        try:
            sig = store_signature(self.store_dir)
        except OSError:
            return
        now = time.monotonic()
        if sig != self._signature:
            self._signature, self._changed_at = sig, now
            if sig != self._built_for:
                self.current = None  # stale: workers read the store itself until the next snapshot
            if not force:
                return
        if sig == self._built_for or (not force and now - self._changed_at < QUIET_SECONDS):
            return
        self._built_for = sig  # one attempt per state of the store, successful or not
        path = self._build()
        if path is not None and store_signature(self.store_dir) == sig:
            old, self._previous, self.current = self._previous, self.current, path
            if old:  # keep the one before, which a worker may still be reading
                shutil.rmtree(old, ignore_errors=True)
        elif path is not None:
            shutil.rmtree(path, ignore_errors=True)

    def _build(self) -> str | None:
        import pyoxigraph as ox

        from welfare_kg.graph.writer import open_read_only
        from welfare_kg.graphs import is_private

        self._n += 1
        target = self.root / f"view-{self._n}"
        try:
            self.root.mkdir(exist_ok=True)
            source = open_read_only(Path(self.store_dir))  # the shared retry policy (graph/retry.py)
            graphs = list(source.named_graphs())
            private = [g for g in graphs if isinstance(g, ox.NamedNode) and is_private(g.value)]
            if not private:
                return None  # nothing to hide: workers read the store with the union default graph
            total = len(source)
            source.backup(str(target))
            del source
            view = ox.Store(str(target))
            complete = len(view) == total and len(list(view.named_graphs())) == len(graphs)
            for g in private:
                view.remove_graph(g)
            view.flush()
            del view
        except (OSError, RuntimeError, ValueError):  # a table file compacted away, a read-only parent folder...
            shutil.rmtree(target, ignore_errors=True)
            return None
        if not complete:
            shutil.rmtree(target, ignore_errors=True)
            return None
        return str(target)

    def close(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(5)
        self.current = None
        shutil.rmtree(self.root, ignore_errors=True)

"""A read on a read-only handle survives a table file that a running writer compacted away.

RocksDB opens table files lazily and a writer's compaction deletes the files it
replaces, so a reader that opened the store before the compaction can meet
"No such file" in the middle of a query (seen in CI: a reader during a bulk write).
The fault is injected on a real store: the handle's first query fails as RocksDB's does.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from welfare_kg.graph.store import KGStore
from welfare_kg.queries import QueryError, load_query, run_query

GONE = "IO error: No such file or directory: While open a file for random read: kg/000132.sst"


class FailsOnce:
    """A pyoxigraph store whose first `failures` reads raise what a compacted-away table file raises."""

    def __init__(self, inner: Any, failures: int = 1, message: str = GONE) -> None:
        self.inner, self.failures, self.message = inner, failures, message

    def _maybe_fail(self) -> None:
        if self.failures:
            self.failures -= 1
            raise FileNotFoundError(self.message)

    def query(self, *args: Any, **kwargs: Any) -> Any:
        self._maybe_fail()
        return self.inner.query(*args, **kwargs)

    def named_graphs(self) -> Any:
        self._maybe_fail()
        return self.inner.named_graphs()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


def test_a_saved_query_is_answered_again_on_a_fresh_handle(seed_store_dir: Path) -> None:
    expected = run_query(KGStore(seed_store_dir, read_only=True), load_query("facts").text, fmt="csv")
    store = KGStore(seed_store_dir, read_only=True)
    broken = FailsOnce(store.oxigraph)
    store._store = broken  # type: ignore[assignment]
    assert run_query(store, load_query("facts").text, fmt="csv") == expected
    assert store.oxigraph is not broken and broken.failures == 0  # the handle was replaced


def test_documents_and_graphs_are_listed_again_on_a_fresh_handle(seed_store_dir: Path) -> None:
    reference = KGStore(seed_store_dir, read_only=True)
    expected_docs, expected_graphs = list(reference.documents()), reference.named_graphs()
    store = KGStore(seed_store_dir, read_only=True)
    store._store = FailsOnce(store.oxigraph)  # type: ignore[assignment]
    assert list(store.documents()) == expected_docs and expected_docs
    store._store = FailsOnce(store.oxigraph)  # type: ignore[assignment]
    assert store.named_graphs() == expected_graphs


def test_other_io_errors_and_a_persistent_failure_are_reported(seed_store_dir: Path) -> None:
    store = KGStore(seed_store_dir, read_only=True)
    store._store = FailsOnce(store.oxigraph, message="IO error: disk full")  # type: ignore[assignment]
    with pytest.raises(QueryError, match="disk full"):
        run_query(store, load_query("facts").text, fmt="csv")


def test_a_writers_handle_never_retries(tmp_path: Path) -> None:
    store = KGStore(tmp_path / "kg")
    store._store = FailsOnce(store.oxigraph)  # type: ignore[assignment]
    with pytest.raises(FileNotFoundError):
        store.named_graphs()

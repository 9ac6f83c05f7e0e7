"""A bulk write that fails part-way leaves nothing visible, on the handle that failed too.

The bulk path (graph/store.py `_write_bulk`) loads a write's graphs in two halves, each
marked unfinished, then finishes them in one update. A handle's list of unfinished
graphs is made when it opens, so after a failure between the halves (a full disk) the
handle that failed used to show the half-written graphs (a document's facts and its
contact graph) in its reads and exports, and its next write did not drop them. The
fault is injected on a real store: the first half is really loaded, then the disk
"fills" (OSError 28) before the second.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

import welfare_kg.graph.store as store_module
from welfare_kg.graph.check import check_store
from welfare_kg.graph.store import KGStore, StoreError
from welfare_kg.ingest import Writer, build_file, ensure_reference

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples" / "documents").glob("*.txt"))
SMALL = 50  # statements: every example document takes the bulk path


def _first_half_then_disk_full(self: KGStore, texts: list[str]) -> None:
    _bulk_load(self, texts[:1])
    raise OSError(28, "No space left on device")


_bulk_load = KGStore._bulk_load


def _view(store: KGStore) -> dict[str, Any]:
    """What a reader of this handle gets: graphs, size, documents, the export (its statements: the order differs
    while graphs are hidden)."""
    return {"graphs": store.named_graphs(), "size": len(store), "documents": sorted(d.graph for d in store.documents()),
            "export": set(store.dump(ox.RdfFormat.N_QUADS).decode().splitlines())}


def _write(store: KGStore, path: Path) -> None:
    writer = Writer(store, commit_docs=1)
    writer.write(build_file(str(path)))
    writer.close()


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> KGStore:
    monkeypatch.setattr(store_module, "BULK_STATEMENTS", SMALL)
    store = KGStore(tmp_path / "kg")
    ensure_reference(store)
    _write(store, EXAMPLES[0])
    return store


def test_a_half_loaded_bulk_write_is_taken_back(store: KGStore, monkeypatch: pytest.MonkeyPatch) -> None:
    before = _view(store)
    monkeypatch.setattr(KGStore, "_bulk_load", _first_half_then_disk_full)
    with pytest.raises(StoreError, match="No space left"):
        _write(store, EXAMPLES[1])
    assert store.unfinished_graphs() == frozenset()  # the loaded half was dropped
    assert _view(store) == before


def test_if_taking_it_back_fails_too_the_graphs_stay_hidden_and_the_next_write_drops_them(
        store: KGStore, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    before = _view(store)
    finish = KGStore.finish_interrupted

    def still_full(self: KGStore, *, force: bool = False) -> list[str]:
        if force:
            raise OSError(28, "No space left on device")
        return finish(self, force=force)

    monkeypatch.setattr(KGStore, "_bulk_load", _first_half_then_disk_full)
    monkeypatch.setattr(KGStore, "finish_interrupted", still_full)
    with pytest.raises(StoreError, match="No space left"):
        _write(store, EXAMPLES[1])
    assert "could not yet drop the graphs of a failed bulk write" in capsys.readouterr().err
    left = store.unfinished_graphs()
    assert left  # on disk, as after a crash between the two steps ...
    assert _view(store) == before  # ... and absent to every read of this handle
    monkeypatch.undo()
    monkeypatch.setattr(store_module, "BULK_STATEMENTS", SMALL)
    _write(store, EXAMPLES[2])  # the disk has room again: the next write drops them first
    assert store.unfinished_graphs() == frozenset() and not left & set(store.named_graphs())
    report = check_store(store)
    assert report.ok and all(not f.problems for f in report.findings), report.format("next write")

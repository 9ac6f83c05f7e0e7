"""A writable store that cannot build its entity layer says so; a read-only one leaves it to the next writer.

`ensure_derived` once caught OSError and RuntimeError around the rebuild, meant for a
read-only handle, and so also hid a writer's real failure (a full disk, a failed
update): the store went on without its entity layer and nobody was told. The fault is
injected into the layer's computation (EntityLayer.expected raising what a full disk
raises) on a real store whose layer is missing.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from welfare_kg.graph import writer
from welfare_kg.graph.entities import EntityLayer
from welfare_kg.graph.store import KGStore, StoreError
from welfare_kg.graphs import ENTITIES_GRAPH

DISK_FULL = "IO error: No space left on device: While appending to file: kg/000042.log"


@pytest.fixture
def without_layer(seed_store_dir: Path, tmp_path: Path) -> Path:
    """A copy of the example store with its entity layer removed (as a store from before the layer)."""
    path = tmp_path / "kg"
    shutil.copytree(seed_store_dir, path, ignore=shutil.ignore_patterns("LOCK", writer.NOTE))
    raw = ox.Store(str(path))
    raw.remove_graph(ox.NamedNode(ENTITIES_GRAPH))
    raw.flush()
    del raw
    return path


def _disk_full(_layer: EntityLayer) -> set[ox.Triple]:
    raise OSError(28, DISK_FULL)


def test_a_writable_store_reports_a_failed_layer_build(without_layer: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = KGStore(without_layer)
    monkeypatch.setattr(EntityLayer, "expected", _disk_full)
    with pytest.raises(StoreError) as caught:
        store.ensure_derived()
    message = str(caught.value)
    assert message.startswith(f"{without_layer}: cannot build the entity layer") and "No space left" in message
    assert "\n" not in message
    # a query or a write does not go on without the layer either
    with pytest.raises(StoreError, match="cannot build the entity layer"):
        store.query("ASK { ?s ?p ?o }")
    with pytest.raises(StoreError, match="cannot build the entity layer"):
        store.remove_graphs(["https://example.org/nothing"])
    assert not EntityLayer(store.oxigraph).present()
    # once the fault is gone, the same handle builds it
    monkeypatch.undo()
    assert store.ensure_derived() is True and EntityLayer(store.oxigraph).present()


def test_a_read_only_handle_leaves_the_layer_to_the_next_writer(without_layer: Path,
                                                               monkeypatch: pytest.MonkeyPatch,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(EntityLayer, "expected", _disk_full)  # not even computed: it could not be written
    store = KGStore(without_layer, read_only=True)
    assert store.ensure_derived() is False
    assert bool(store.query("ASK { ?s ?p ?o }"))
    assert "entity layer is missing" in capsys.readouterr().err

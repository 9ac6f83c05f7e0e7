"""A store written by an older version gets the current entity layer from the next ingest,
even when that ingest finds every document unchanged (nothing else would write)."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from welfare_kg.graph.entities import LAYER, MARKER, VERSION
from welfare_kg.graph.store import KGStore
from welfare_kg.ingest import ingest
from welfare_kg.queries import load_query, run_query

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples" / "documents").glob("*.txt"))[:2]


def test_an_unchanged_reingest_brings_an_old_layer_up_to_date(tmp_path: Path) -> None:
    store_dir = tmp_path / "kg"
    store = KGStore(store_dir)
    assert ingest(EXAMPLES, store).ok
    rows = sorted(run_query(store, load_query("entities").text, fmt="csv").splitlines())
    assert len(rows) > 1
    # what an older version leaves: another version marker on the layer
    store.oxigraph.remove(ox.Quad(MARKER.subject, MARKER.predicate, MARKER.object, LAYER))
    store.oxigraph.add(ox.Quad(MARKER.subject, VERSION, ox.Literal("entity-layer 1"), LAYER))
    del store

    report = ingest(EXAMPLES, KGStore(store_dir))
    assert report.ok and not report.ingested  # every document unchanged
    reader = KGStore(store_dir, read_only=True)
    assert reader.oxigraph.contains_named_graph(LAYER)
    assert any(reader.oxigraph.quads_for_pattern(MARKER.subject, MARKER.predicate, MARKER.object, LAYER))
    assert sorted(run_query(reader, load_query("entities").text, fmt="csv").splitlines()) == rows

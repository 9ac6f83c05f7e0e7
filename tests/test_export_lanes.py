"""The Turtle export's threads (graph/export.py `_in_lanes`): however many lanes run, the file holds the same
statements, the same lanes give the same bytes, and a lane's failure is the export's."""

from __future__ import annotations

import io
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
import pytest

from welfare_kg.graph import export
from welfare_kg.graph.store import KGStore


def _triples(path: Path) -> set[ox.Triple]:
    return {q.triple for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)}


def test_every_lane_count_writes_the_same_statements(store: KGStore, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    written = {}
    for lanes in (1, 2, 3):
        monkeypatch.setattr(export, "EXPORT_LANES", lanes)
        out = tmp_path / f"kg-{lanes}.ttl"
        n = export.export_store(store, out, "turtle")
        written[lanes] = (n, _triples(out))
        assert n == len(written[lanes][1]), lanes  # each statement once, and counted once
    assert written[1][1], "the example store exported nothing"
    assert written[1] == written[2] == written[3]


def test_the_same_lanes_give_the_same_bytes(store: KGStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(export, "EXPORT_LANES", 2)
    a, b = tmp_path / "a.ttl", tmp_path / "b.ttl"
    export.export_store(store, a, "turtle")
    export.export_store(store, b, "turtle")
    assert a.read_bytes() == b.read_bytes()


def _part(text: str):
    def write(f: BinaryIO) -> int:
        f.write(text.encode())
        return 1
    return write


def test_lanes_are_appended_in_order_whatever_finishes_first() -> None:
    out = io.BytesIO()
    n = export._in_lanes([_part(f"p{k}\n") for k in range(5)], out, lanes=2)
    assert n == 5
    assert out.getvalue() == b"p0\np2\np4\np1\np3\n"


def test_a_failing_lane_fails_the_export() -> None:
    def broken(f: BinaryIO) -> int:
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space left"):
        export._in_lanes([_part("p0\n"), broken, _part("p2\n")], io.BytesIO(), lanes=2)

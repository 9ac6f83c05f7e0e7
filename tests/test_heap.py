"""welfare_kg/heap.py: full collections held off inside a document's extraction, restored after it."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

import pytest

from welfare_kg.heap import NEVER, young_collections_only


@pytest.fixture(autouse=True)
def _thresholds():
    saved = gc.get_threshold()
    yield
    gc.set_threshold(*saved)


def test_only_the_oldest_threshold_is_raised_and_it_is_restored() -> None:
    gc.set_threshold(700, 10, 10)
    with young_collections_only():
        assert gc.get_threshold() == (700, 10, NEVER)
    assert gc.get_threshold() == (700, 10, 10)


def test_restored_after_an_error_and_when_nested() -> None:
    gc.set_threshold(500, 7, 3)
    with pytest.raises(ValueError), young_collections_only():
        with young_collections_only():
            assert gc.get_threshold() == (500, 7, NEVER)
        assert gc.get_threshold() == (500, 7, NEVER)
        raise ValueError
    assert gc.get_threshold() == (500, 7, 3)


def test_a_disabled_collector_stays_disabled() -> None:
    gc.set_threshold(0, 10, 10)
    with young_collections_only():
        assert gc.get_threshold()[0] == 0


def test_no_full_collection_inside_but_young_cycles_are_still_freed() -> None:
    """The point of the block: the oldest generation is never walked, while a cycle dropped young is freed."""
    seen: list[int] = []

    def watch(phase: str, info: dict) -> None:
        if phase == "start":
            seen.append(info["generation"])

    class Node:
        def __init__(self) -> None:
            self.me = self

    alive: weakref.WeakSet[Node] = weakref.WeakSet()
    gc.collect()
    gc.set_threshold(100, 2, 1)  # without the block a full collection comes after a few hundred allocations
    gc.callbacks.append(watch)
    try:
        with young_collections_only():
            keep = [[i] for i in range(20_000)]  # survivors: they would trigger full collections
            for _ in range(2_000):
                alive.add(Node())  # a cycle, unreachable at once
            left = len(alive)
        assert keep and 2 not in seen
        assert 0 in seen and 1 in seen
        assert left < 200  # young collections freed nearly all 2,000 cycles
    finally:
        gc.callbacks.remove(watch)


def test_extract_document_runs_inside_the_block(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from welfare_kg.extract import document
    from welfare_kg.loaders import load_document

    seen: list[tuple[int, int, int]] = []
    split = document.sentences
    monkeypatch.setattr(document, "sentences", lambda text: seen.append(gc.get_threshold()) or split(text))
    path = tmp_path / "doc.txt"
    path.write_text("Lapin liitto myönsi hankkeelle rahoitusta.\n", encoding="utf-8")
    record = load_document(path)
    gc.set_threshold(700, 10, 10)
    document.extract_document(record)
    assert seen and seen[0] == (700, 10, NEVER)
    assert gc.get_threshold() == (700, 10, 10)

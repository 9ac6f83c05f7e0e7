"""Persistent storage of the knowledge graph: one named graph per document, plus reference data.

`welfare_kg.graph.snapshot(path)` gives an in-memory copy of a store for fast repeated
queries (graph/memory.py); it is imported on first use, so that importing any module of
this package stays as light as before.
"""

from __future__ import annotations

from typing import Any


def __getattr__(name: str) -> Any:
    if name in ("snapshot", "Snapshot"):
        from welfare_kg.graph import memory

        return getattr(memory, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

"""Ingesting files into a store: one transaction per document, nothing lost on failure.

A document is identified by the checksum of its bytes: the same file under two
names is one document, and a changed file at a known path replaces the graph of
its previous version in the same transaction that writes the new one.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal

from welfare_kg.graph.store import KGStore
from welfare_kg.loaders import DEFAULT_MAX_BYTES
from welfare_kg.ontology.namespace import REFERENCE_GRAPH, WKG


@dataclass
class IngestReport:
    ingested: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)  # one line each: "path: reason"

    @property
    def ok(self) -> bool:
        return not self.failed

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


def ingest_paths(paths: Iterable[str | Path], store: KGStore, *, strict: bool = False,
                 max_bytes: int = DEFAULT_MAX_BYTES,
                 on_progress: Callable[[str, str], None] | None = None) -> IngestReport:
    """Ingest files and folders in this process; failures are reported per file and the batch goes on.

    `on_progress(path, status)` is called after each file (for progress bars).
    With `strict`, the first failure stops the batch (what is stored stays stored).
    It is the one-process case of `graph.parallel.ingest_parallel`, so serial and
    parallel ingest share one reader, one writer and one set of rules.
    """
    from welfare_kg.graph.parallel import ingest_parallel

    return ingest_parallel(paths, store, jobs=1, strict=strict, max_bytes=max_bytes, on_progress=on_progress)

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

from welfare_kg.extract.document import extract_document
from welfare_kg.graph.build import build_document_graph, contact_graph_iri, document_graph_iri
from welfare_kg.graph.store import KGStore
from welfare_kg.loaders import DEFAULT_MAX_BYTES, LoadError, iter_paths, load_document
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
    """Ingest files and folders; failures are reported per file and the batch goes on.

    `on_progress(path, status)` is called after each file (for progress bars).
    With `strict`, the first failure stops the batch (what is stored stays stored).
    """
    report = IngestReport()
    ensure_reference(store)
    for item in iter_paths(paths):
        if isinstance(item, LoadError):
            report.failed.append(str(item))
            if on_progress:
                on_progress(str(item.path), "failed")
            if strict:
                break
            continue
        status = ingest_file(item, store, report, max_bytes=max_bytes)
        if on_progress:
            on_progress(str(item), status)
        if strict and status == "failed":
            break
    store.flush()
    return report


def ingest_file(path: Path, store: KGStore, report: IngestReport, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    try:
        record = load_document(path, max_bytes=max_bytes)
    except LoadError as exc:
        report.failed.append(str(exc))
        return "failed"
    if store.document_by_checksum(record.checksum) is not None:
        report.unchanged.append(str(path))
        return "unchanged"
    try:
        extraction = extract_document(record)
        graph, contacts = build_document_graph(record, extraction)
    except Exception as exc:  # an extraction bug must not stop the batch; say which file
        report.failed.append(f"{path}: extraction failed ({type(exc).__name__}: {exc})")
        return "failed"
    previous = [d for d in store.documents_by_source(str(record.source)) if d.checksum != record.checksum]
    drop = [d.graph for d in previous] + [str(contact_graph_iri(d.checksum)) for d in previous]
    gname = str(document_graph_iri(record.checksum))
    cname = str(contact_graph_iri(record.checksum))
    store.replace_graph(gname, graph, drop=drop, extra={cname: contacts})
    (report.replaced if previous else report.ingested).append(str(path))
    return "replaced" if previous else "ingested"

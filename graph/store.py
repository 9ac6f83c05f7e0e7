"""The on-disk quad store (Oxigraph) that holds one named graph per document.

Oxigraph gives a transactional, indexed store in a directory; every write of a
document goes through a single SPARQL Update so that an interrupted ingest leaves
either the whole document or nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from welfare_kg.ontology.namespace import PREFIXES, REFERENCE_GRAPH, WKG


class StoreError(Exception):
    """A store could not be opened or written; the message names the store directory."""


@dataclass(frozen=True)
class StoredDocument:
    """What the store knows about one ingested document."""

    iri: str
    graph: str
    checksum: str
    source: str


def _ntriples(graph: Graph) -> str:
    return graph.serialize(format="nt")


class KGStore:
    """A directory-backed store; `None` as path gives an in-memory store (tests, benchmarks)."""

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        try:
            if self.path is None:
                self._store = ox.Store()
            elif read_only:
                self._store = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot open store ({exc})") from exc

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying pyoxigraph store, for code that needs its full API."""
        return self._store

    # -- writing ---------------------------------------------------------------------
    def replace_graph(self, graph_iri: str, graph: Graph, *, drop: Iterable[str] = (),
                      extra: dict[str, Graph] | None = None) -> None:
        """Replace a named graph (plus `extra` graphs, and drop others) in one transaction.

        A single SPARQL Update is atomic in Oxigraph, which is what makes a killed
        ingest leave only whole documents behind.
        """
        graphs = {graph_iri: graph, **(extra or {})}
        parts = [f"DROP SILENT GRAPH <{g}>" for g in (*graphs, *drop)]
        for name, g in graphs.items():
            if len(g):
                parts.append(f"INSERT DATA {{ GRAPH <{name}> {{\n{_ntriples(g)}\n}} }}")
        try:
            self._store.update(" ;\n".join(parts))
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"{self.path}: write of {graph_iri} failed ({exc})") from exc

    def drop_graph(self, graph_iri: str) -> None:
        self._store.update(f"DROP SILENT GRAPH <{graph_iri}>")

    def flush(self) -> None:
        if self.path is not None:
            self._store.flush()

    # -- reading ---------------------------------------------------------------------
    def query(self, sparql: str, *, substitutions: dict[str, ox.Term] | None = None):
        """Run a SPARQL query with all named graphs visible as the default graph.

        Union-default-graph is what researchers expect from a store whose data is
        split into per-document graphs; `GRAPH ?g` patterns still see each graph.
        """
        subs = {ox.Variable(k): v for k, v in (substitutions or {}).items()}
        return self._store.query(
            sparql,
            use_default_graph_as_union=True,
            prefixes=PREFIXES,
            substitutions=subs or None,
        )

    def documents(self) -> Iterator[StoredDocument]:
        q = """SELECT ?doc ?g ?sum ?src WHERE { GRAPH ?g {
                 ?doc a wkg:Document ; wkg:checksum ?sum ; dcterms:source ?src } }"""
        for row in self.query(q):
            yield StoredDocument(row["doc"].value, row["g"].value, row["sum"].value, row["src"].value)

    def document_by_checksum(self, checksum: str) -> StoredDocument | None:
        return next((d for d in self.documents() if d.checksum == checksum), None)

    def documents_by_source(self, source: str) -> list[StoredDocument]:
        return [d for d in self.documents() if d.source == source]

    def has_reference(self, version: str) -> bool:
        if not version.isalnum():
            raise ValueError("reference version must be a hex digest")
        q = f'ASK {{ GRAPH <{REFERENCE_GRAPH}> {{ <{REFERENCE_GRAPH}> <{WKG.checksum}> "{version}" }} }}'
        return bool(self._store.query(q))

    def named_graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs())

    def __len__(self) -> int:
        return len(self._store)

    def dump(self, fmt: ox.RdfFormat, *, graph: str | None = None) -> bytes:
        if graph is not None:
            return self._store.dump(format=fmt, from_graph=ox.NamedNode(graph))
        return self._store.dump(format=fmt)

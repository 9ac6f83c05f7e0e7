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
from rdflib.namespace import RDFS

from welfare_kg.ontology.namespace import GRAPH, PREFIXES, REFERENCE_GRAPH, WKG

LABELS_GRAPH = str(GRAPH["labels"])
_RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_PREF_LABEL = "http://www.w3.org/2004/02/skos/core#prefLabel"


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


def _nquads(ntriples: str, graph: str) -> str:
    """N-Triples lines (one triple per line, ending " .") moved into a named graph."""
    tail = f" <{graph}> .\n"
    return "".join(line.rstrip()[:-1].rstrip() + tail for line in ntriples.splitlines() if line.strip())


class KGStore:
    """A directory-backed store; `None` as path gives an in-memory store (tests, benchmarks)."""

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        self.defer_labels = False  # batch writers refresh preferred labels themselves
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
    def write_document(self, graph_iri: str, ntriples: str, *, extra: dict[str, str] | None = None,
                       drop: Iterable[str] = (), labelled: Iterable[str] = ()) -> set[str]:
        """Write a document's graph (N-Triples text) plus `extra` graphs, dropping others, in one transaction.

        A new graph goes in with one atomic `extend`; a replacement is one SPARQL
        Update that drops and inserts together. Either way a killed ingest leaves
        whole documents only. Entities the written or dropped graphs label get their
        store-wide preferred label recomputed afterwards (derived data); with
        `self.defer_labels` set, they are returned instead for the caller to refresh in bulk.
        """
        graphs = {graph_iri: ntriples, **(extra or {})}
        drop = list(drop)
        relabel = self.labelled_in([graph_iri, *drop]) | set(labelled)
        try:
            if not drop and not any(self._store.contains_named_graph(ox.NamedNode(g)) for g in graphs):
                data = "".join(_nquads(nt, g) for g, nt in graphs.items())
                self._store.extend(ox.parse(data, format=ox.RdfFormat.N_QUADS))
            else:
                parts = [f"DROP SILENT GRAPH <{g}>" for g in (*graphs, *drop)]
                parts += [f"INSERT DATA {{ GRAPH <{g}> {{\n{nt}\n}} }}" for g, nt in graphs.items() if nt.strip()]
                self._store.update(" ;\n".join(parts))
            if not self.defer_labels:
                self.refresh_labels(relabel)
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"{self.path}: write of {graph_iri} failed ({exc})") from exc
        return relabel

    def replace_graph(self, graph_iri: str, graph: Graph, *, drop: Iterable[str] = (),
                      extra: dict[str, Graph] | None = None) -> None:
        """`write_document` for rdflib graphs."""
        self.write_document(graph_iri, _ntriples(graph),
                            extra={k: _ntriples(g) for k, g in (extra or {}).items() if len(g)},
                            drop=drop, labelled={str(x) for x in graph.subjects(RDFS.label, None)})

    def refresh_labels(self, iris: Iterable[str]) -> None:
        """Keep exactly one skos:prefLabel per entity that documents name (SKOS allows one per language).

        Each document graph gives its own `rdfs:label` for the things it names; the
        store's preferred label, in the labels graph, is the shortest of them (then
        alphabetical), so it does not depend on the order documents came in.
        """
        terms = " ".join(str(ox.NamedNode(i)) for i in sorted(set(iris)))
        if not terms:
            return
        self._store.update(f"""
DELETE {{ GRAPH <{LABELS_GRAPH}> {{ ?e <{_PREF_LABEL}> ?l }} }}
WHERE {{ VALUES ?e {{ {terms} }} GRAPH <{LABELS_GRAPH}> {{ ?e <{_PREF_LABEL}> ?l }} }} ;
INSERT {{ GRAPH <{LABELS_GRAPH}> {{ ?e <{_PREF_LABEL}> ?best }} }}
WHERE {{
  {{ SELECT ?e (MIN(CONCAT(SUBSTR(STR(1000 + STRLEN(STR(?l))), 2), LANG(?l), "|", STR(?l))) AS ?k)
    WHERE {{ VALUES ?e {{ {terms} }} GRAPH ?g {{ ?e <{_RDFS_LABEL}> ?l }} FILTER(?g != <{LABELS_GRAPH}>) }}
    GROUP BY ?e }}
  BIND(STRLANG(STRAFTER(?k, "|"), STRBEFORE(SUBSTR(?k, 4), "|")) AS ?best)
}}""")

    def labelled_in(self, graphs: Iterable[str]) -> set[str]:
        """Entities that the given graphs label, so their preferred label can be refreshed."""
        out: set[str] = set()
        for g in graphs:
            for q in self._store.quads_for_pattern(None, ox.NamedNode(_RDFS_LABEL), None, ox.NamedNode(g)):
                out.add(q.subject.value)
        return out

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

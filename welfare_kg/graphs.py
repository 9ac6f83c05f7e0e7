"""Every kind of named graph in a store, in one place, and which of them are private.

The store splits data by where it came from: one graph per document (public), one
contact graph per document (officials' e-mails and phones: private), the bundled
reference data, and derived graphs that are recomputed from the documents. Export,
push, the endpoint and maps all decide what to show by asking `is_private`, so the
privacy rule cannot drift between them.
"""

from __future__ import annotations

from enum import Enum

from rdflib import URIRef

from welfare_kg.ontology.namespace import GRAPH, REFERENCE_GRAPH

DOCUMENT_PREFIX = str(GRAPH["document/"])
CONTACT_PREFIX = str(GRAPH["contact/"])
LABELS_GRAPH = str(GRAPH["labels"])
ENTITIES_GRAPH = str(GRAPH["entities"])
LISTINGS_GRAPH = str(GRAPH["entities/listings"])  # the entity layer's listing rows (graph/entities.py)
FACTS_GRAPH = str(GRAPH["facts"])  # derived fact rows (graph/factrows.py): kinds, sources, amounts
# the fact rows' per-fact graphs: links (subject fact object), rows (fact kind sentence), bare (a fact without a
# sentence), spans (fact source "start end")
FACT_ROW_GRAPHS = tuple(FACTS_GRAPH + s for s in ("/links", "/rows", "/bare", "/spans"))
DERIVED_GRAPHS = (LABELS_GRAPH, ENTITIES_GRAPH, LISTINGS_GRAPH, FACTS_GRAPH, *FACT_ROW_GRAPHS)
REFERENCE = str(REFERENCE_GRAPH)


class GraphKind(str, Enum):
    DOCUMENT = "document"
    CONTACT = "contact"
    DERIVED = "derived"
    REFERENCE = "reference"
    OTHER = "other"


def document_graph_iri(checksum: str) -> URIRef:
    """A document's graph is named by its checksum, so the same bytes always land in the same graph."""
    return URIRef(DOCUMENT_PREFIX + checksum[:16])


def contact_graph_iri(checksum: str) -> URIRef:
    return URIRef(CONTACT_PREFIX + checksum[:16])


def contact_graph_of(document_graph: str) -> str:
    """The contact graph that belongs to a document graph (they share the checksum part)."""
    return CONTACT_PREFIX + document_graph.removeprefix(DOCUMENT_PREFIX)


def kind_of(graph: str) -> GraphKind:
    if graph.startswith(DOCUMENT_PREFIX):
        return GraphKind.DOCUMENT
    if graph.startswith(CONTACT_PREFIX):
        return GraphKind.CONTACT
    if graph in DERIVED_GRAPHS:
        return GraphKind.DERIVED
    if graph == REFERENCE:
        return GraphKind.REFERENCE
    return GraphKind.OTHER


def is_private(graph: str) -> bool:
    """Contact data is personal data: it leaves the store only when the user asks for it."""
    return kind_of(graph) is GraphKind.CONTACT


def is_ours(graph: str) -> bool:
    """Graphs under the project's namespace (what `push --prune` may remove on a server)."""
    return graph.startswith(str(GRAPH))


def visible(graphs: list[str], *, include_contacts: bool = False) -> list[str]:
    return [g for g in graphs if include_contacts or not is_private(g)]

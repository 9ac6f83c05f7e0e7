"""Validating a store against the SHACL shapes of the ontology (`welfare-kg validate`).

The shapes (ontology/shapes.ttl) state what the rest of the code relies on: documents
that can be found by checksum, facts with a subject, one of the eight predicates, an
object and their evidence, amounts and confidences in range, named entities. A store
is split into one named graph per document plus the reference graph, and a fact's
document or an entity's label may live in another graph than the node itself, so the
shapes are checked against the union of all graphs.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

from rdflib import Graph, Node, URIRef
from rdflib.namespace import RDF, SH

from welfare_kg.graph.store import KGStore
from welfare_kg.ontology.namespace import PREFIXES

MAX_REPORTED = 20


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    """The welfare-kg ontology (parsed once per process; treat as read-only)."""
    return _load("welfare.ttl")


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    """The SHACL shapes (parsed once per process; treat as read-only)."""
    return _load("shapes.ttl")


def _load(name: str) -> Graph:
    """Read a Turtle file of the ontology package through importlib.resources (works installed too)."""
    g = Graph()
    g.parse(data=files("welfare_kg.ontology").joinpath(name).read_text(encoding="utf-8"), format="turtle")
    return g


def union_graph(store: KGStore) -> Graph:
    """All triples of all graphs of the store in one rdflib Graph (duplicates across graphs merged).

    Oxigraph computes the union itself (a CONSTRUCT over the default and every named
    graph) and hands it over as N-Triples, which is faster than parsing N-Quads into an
    rdflib Dataset and avoids that parser's deprecation warnings.
    """
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    g.parse(data=store.union_of(store.named_graphs()), format="nt")
    return g


def validate_graph(data: Graph) -> tuple[bool, str]:
    """Validate one graph; returns (conforms, short report) as `validate_store` does."""
    from pyshacl import validate

    # RDFS inference is not needed: build.py writes every type explicitly, and pyshacl
    # follows rdfs:subClassOf of the mixed-in ontology for sh:class and targets anyway.
    # Skipping it keeps validation of a few thousand triples well under a second.
    conforms, results, _text = validate(
        data, shacl_graph=shapes_graph(), ont_graph=ontology_graph(),
        inference="none", abort_on_first=False, meta_shacl=False, advanced=False,
    )
    if conforms:
        return True, f"conforms: {len(data)} triples checked"
    return False, _report(results, data)


def validate_store(store: KGStore) -> tuple[bool, str]:
    """Validate the union of all graphs in `store` against ontology/shapes.ttl.

    Returns (conforms, report): "conforms: N triples checked", or a count of violations
    followed by the first few, one line each: focus node, path, message.
    """
    return validate_graph(union_graph(store))


def _report(results: Graph, data: Graph) -> str:
    """One line per validation result, sorted and deduplicated so that the report is stable."""
    lines = set()
    for res in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(res, SH.focusNode)
        path = results.value(res, SH.resultPath)
        message = results.value(res, SH.resultMessage) or "violation"
        value = results.value(res, SH.value)
        component = str(results.value(res, SH.sourceConstraintComponent) or "").rsplit("#", 1)[-1]
        component = component.removesuffix("ConstraintComponent")
        line = f"{_short(focus)}  {_short(path)}  [{component}] {message}"
        if value is not None and value != focus:
            line += f" (value: {_short(value)})"
        lines.add(line)
    ordered = sorted(lines)
    head = f"does not conform: {len(ordered)} violation(s) in {len(data)} triples"
    shown = ordered[:MAX_REPORTED]
    more = [f"... and {len(ordered) - len(shown)} more"] if len(ordered) > len(shown) else []
    return "\n".join([head, *shown, *more])


def _short(node: Node | None) -> str:
    """A compact name: prefixed for IRIs in a known namespace, N-Triples form otherwise."""
    if node is None:
        return "-"
    if isinstance(node, URIRef):
        iri = str(node)
        best = max((ns for ns in PREFIXES.values() if iri.startswith(ns)), key=len, default=None)
        if best is not None:
            prefix = next(k for k, v in PREFIXES.items() if v == best)
            return f"{prefix}:{iri[len(best):]}"
        return f"<{iri}>"
    text = node.n3()
    return text if len(text) <= 80 else text[:77] + "..."

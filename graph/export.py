"""Writing the store out as RDF files, with readable prefixes and without contact data by default."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from welfare_kg.graph.store import KGStore
from welfare_kg.graphs import REFERENCE, is_private
from welfare_kg.ontology.namespace import PREFIXES

EXPORT_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS,
    "ntriples": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
}


def export_store(store: KGStore, out: Path, fmt: str = "turtle", *, include_contacts: bool = False,
                 include_reference: bool = True) -> int:
    """Write the graph to `out`; returns the number of statements written.

    Formats without named graphs (Turtle, N-Triples, JSON-LD) get the union of all
    graphs; TriG and N-Quads keep one graph per document. Contact data (officials'
    e-mails and phones) stays out unless asked for.
    """
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (use one of {', '.join(EXPORT_FORMATS)})")
    src = store.oxigraph
    keep = ox.Store()
    quads_by_graph = []
    for g in src.named_graphs():
        name = g.value
        if is_private(name) and not include_contacts:
            continue
        if name == REFERENCE and not include_reference:
            continue
        quads_by_graph.append(g)
    dataset = fmt in {"trig", "nquads"}
    for g in quads_by_graph:
        for q in src.quads_for_pattern(None, None, None, g):
            keep.add(q if dataset else ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()))
    out.parent.mkdir(parents=True, exist_ok=True)
    rdf_fmt = EXPORT_FORMATS[fmt]
    kwargs = {"prefixes": PREFIXES} if fmt in {"turtle", "trig"} else {}
    if dataset:
        keep.dump(str(out), rdf_fmt, **kwargs)
    else:
        keep.dump(str(out), rdf_fmt, from_graph=ox.DefaultGraph(), **kwargs)
    return len(keep)

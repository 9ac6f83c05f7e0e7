"""Writing the store out as RDF files, with readable prefixes and without contact data by default."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
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
    graphs, each triple once; TriG and N-Quads keep one graph per document. Contact
    data (officials' e-mails and phones) stays out unless asked for.

    Speed (benchmarks/README.md, export): both paths stream straight from the store
    into Oxigraph's serialiser, with no intermediate text, parse or temporary store.
    What remains is mostly Oxigraph decoding each term of each row from RocksDB's
    string table, which no API lets us skip.
    """
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (use one of {', '.join(EXPORT_FORMATS)})")
    graphs = [g for g in store.named_graphs()
              if (include_contacts or not is_private(g)) and (include_reference or g != REFERENCE)]
    out.parent.mkdir(parents=True, exist_ok=True)
    rdf_fmt = EXPORT_FORMATS[fmt]
    kwargs = {"prefixes": PREFIXES} if fmt in {"turtle", "trig"} else {}
    counted = _Counted(store.quads_in(graphs) if fmt in {"trig", "nquads"} else store.distinct_triples(graphs))
    ox.serialize(counted, str(out), rdf_fmt, **kwargs)
    return counted.n


class _Counted:
    """An iterator that counts what passes through it (the serialiser does not say)."""

    def __init__(self, items: Iterable[ox.Quad] | Iterable[ox.Triple]) -> None:
        self.items = items
        self.n = 0

    def __iter__(self) -> Iterator[ox.Quad | ox.Triple]:
        for item in self.items:
            self.n += 1
            yield item

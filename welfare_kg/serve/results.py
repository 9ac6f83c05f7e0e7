"""Result formats of the endpoint: content negotiation and serialisation of one query result.

Kept apart from the HTTP code because the query workers (separate processes) run
the query *and* serialise it, so that the time limit covers the whole work and the
parent only moves bytes. Imports nothing heavier than pyoxigraph.
"""

from __future__ import annotations

import pyoxigraph as ox

from welfare_kg.ontology.namespace import PREFIXES

TURTLE_PREFIXES = {k: v for k, v in PREFIXES.items() if k != "id"}  # id:a\/b is unreadable

SOLUTION_TYPES = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}


def negotiate(accept: str | None, offered: list[str]) -> str | None:
    """The offered media type the Accept header likes best (first offered on ties); None if none is acceptable."""
    if not accept:
        return offered[0]
    prefs: list[tuple[float, int, str]] = []
    for i, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        q = 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        prefs.append((q, i, fields[0].lower()))
    best: tuple[float, int, int] | None = None
    chosen = None
    for q, i, pattern in prefs:
        if q <= 0:
            continue
        for rank, media in enumerate(offered):
            major = media.split("/")[0]
            if pattern in (media, "*/*", f"{major}/*"):
                key = (q, -i if pattern == media else -i - 1000, -rank)
                if best is None or key > best:
                    best, chosen = key, media
    return chosen


def serialize(result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples,
              accept: str | None) -> tuple[int, bytes, str]:
    """(status, body, content type) for a query result and the client's Accept header."""
    if isinstance(result, ox.QueryTriples):
        media = negotiate(accept, list(GRAPH_TYPES))
        if media is None:
            return 406, f"CONSTRUCT/DESCRIBE results are available as {', '.join(GRAPH_TYPES)}\n".encode(), "text/plain"
        fmt = GRAPH_TYPES[media]
        kwargs = {"prefixes": TURTLE_PREFIXES} if fmt == ox.RdfFormat.TURTLE else {}
        body = ox.serialize(list(result), format=fmt, **kwargs) or b""
    else:
        media = negotiate(accept, list(SOLUTION_TYPES))
        if media is None:
            return 406, f"SELECT/ASK results are available as {', '.join(SOLUTION_TYPES)}\n".encode(), "text/plain"
        body = result.serialize(format=SOLUTION_TYPES[media]) or b""
    return 200, body, media

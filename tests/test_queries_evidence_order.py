"""The local form of `evidence` breaks charStart ties on a key computed per fact (?byRelation) instead of the stored
predicate IRI (queries/oxigraph/evidence.rq says why); its rows must still come in the order of the portable form,
which sorts on ?predicate itself, and that is the order `ORDER BY ?predicate` gives by SPARQL's rules (blank nodes,
then IRIs by their text, then literals), for the ontology's relations and for anything else a graph may hold as a
fact's predicate: other IRIs (one a prefix of another), a literal, a blank node."""

from __future__ import annotations

import pyoxigraph as ox

from welfare_kg.graph.store import KGStore
from welfare_kg.graphs import DOCUMENT_PREFIX
from welfare_kg.queries import bind_params, saved_queries

WKG = "https://w3id.org/welfare-kg/ontology#"
PROV = "http://www.w3.org/ns/prov#"
PREDICATES: list[ox.NamedNode | ox.Literal | ox.BlankNode] = [
    ox.NamedNode(WKG + "funds"), ox.NamedNode(WKG + "decides"), ox.NamedNode(WKG + "partOf"),
    ox.NamedNode(WKG + "participatesIn"), ox.NamedNode(WKG + "part"), ox.NamedNode("https://example.org/zz"),
    ox.NamedNode("http://a.example/p"), ox.NamedNode("urn:x:rel"), ox.Literal("funds"), ox.BlankNode("b0"),
]


def _store() -> KGStore:
    kg = KGStore()
    quads = []
    for d in range(3):
        g = ox.NamedNode(f"{DOCUMENT_PREFIX}d{d}")
        doc = ox.NamedNode(f"https://example.org/doc/{d}")
        quads.append(ox.Quad(doc, ox.NamedNode(WKG + "fileName"), ox.Literal(f"doc-{2 - d}.txt"), g))
        for i, p in enumerate(PREDICATES):
            fact = ox.NamedNode(f"https://example.org/fact/{d}-{i}")
            quads += [
                ox.Quad(fact, ox.NamedNode(PROV + "wasDerivedFrom"), doc, g),
                ox.Quad(fact, ox.NamedNode(WKG + "subject"), ox.NamedNode("https://example.org/s"), g),
                ox.Quad(fact, ox.NamedNode(WKG + "predicate"), p, g),
                ox.Quad(fact, ox.NamedNode(WKG + "object"), ox.NamedNode("https://example.org/o"), g),
                ox.Quad(fact, ox.NamedNode(WKG + "charStart"), ox.Literal(str(10 * (i % 2)), datatype=ox.NamedNode(
                    "http://www.w3.org/2001/XMLSchema#integer")), g),
            ]
    kg.oxigraph.extend(quads)
    return kg


def _keys(kg: KGStore, text: str) -> list[tuple[str, str, str]]:
    result = kg.query(bind_params(text, {}))
    columns = [v.value for v in result.variables]
    rows = [dict(zip(columns, sol, strict=True)) for sol in result]
    return [(r["document"].value, r["charStart"].value, str(r["predicate"]) if not isinstance(
        r["predicate"], ox.BlankNode) else "_:blank") for r in rows]


def test_local_evidence_orders_ties_like_the_portable_form() -> None:
    q = {s.name: s for s in saved_queries()}["evidence"]
    assert q.local and "?byRelation" in q.local
    kg = _store()
    portable, local = _keys(kg, q.text), _keys(kg, q.local_text)
    assert len(portable) == 3 * len(PREDICATES)
    assert local == portable
    rank = {"_": 0, "<": 1, '"': 2}
    assert portable == sorted(portable, key=lambda k: (k[0], int(k[1]), rank[k[2][0]], k[2].strip('<>')))
    at_0 = [k[2] for k in portable if k[:2] == ("doc-0.txt", "0")]
    at_10 = [k[2] for k in portable if k[:2] == ("doc-0.txt", "10")]
    assert at_0 == ["<http://a.example/p>", f"<{WKG}funds>", f"<{WKG}part>", f"<{WKG}partOf>", '"funds"']
    assert at_10 == ["_:blank", "<https://example.org/zz>", f"<{WKG}decides>", f"<{WKG}participatesIn>",
                     "<urn:x:rel>"]

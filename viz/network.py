"""The entity network as a networkx graph, read from the store with SPARQL."""

from __future__ import annotations

from collections import defaultdict

import networkx as nx
from welfare_kg.graph.store import KGStore

NETWORK_QUERY = """
SELECT ?s ?p ?o ?amount ?doc ?sentence WHERE {
  GRAPH ?g {
    ?f a wkg:Fact ; wkg:subject ?s ; wkg:predicate ?p ; wkg:object ?o ; prov:wasDerivedFrom ?d .
    ?d wkg:fileName ?doc .
    OPTIONAL { ?f wkg:amount ?amount }
    OPTIONAL { ?f prov:value ?sentence }
  }
}"""
NODE_QUERY = """
SELECT ?e ?type ?label WHERE {
  { SELECT DISTINCT ?e WHERE { GRAPH ?g { ?x wkg:mentions ?e } } }
  ?e a ?type . FILTER(STRSTARTS(STR(?type), STR(wkg:)))
  OPTIONAL { ?e skos:prefLabel ?label }
}"""


def local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def load_network(store: KGStore) -> nx.MultiDiGraph:
    """Entities as nodes (type, label, documents) and facts as edges (predicate, amount, evidence)."""
    g = nx.MultiDiGraph()
    labels: dict[str, str] = {}
    for row in store.query(NODE_QUERY):
        iri = row["e"].value
        node = g.nodes.get(iri)
        if node is None:
            g.add_node(iri, type=local(row["type"].value), label=local(iri), documents=set())
        if row["label"] is not None and (iri not in labels or row["label"].language == "fi"):
            labels[iri] = row["label"].value
    for iri, label in labels.items():
        g.nodes[iri]["label"] = label
    edges: dict[tuple[str, str, str], dict] = defaultdict(lambda: {"documents": set(), "sentences": [],
                                                                   "amount": None})
    for row in store.query(NETWORK_QUERY):
        key = (row["s"].value, local(row["p"].value), row["o"].value)
        e = edges[key]
        e["documents"].add(row["doc"].value)
        if row["sentence"] is not None and row["sentence"].value not in e["sentences"]:
            e["sentences"].append(row["sentence"].value)
        if row["amount"] is not None:
            e["amount"] = float(row["amount"].value)
    for (s, p, o), data in edges.items():
        for n in (s, o):
            if n not in g:
                g.add_node(n, type="Entity", label=local(n), documents=set())
            g.nodes[n]["documents"] |= data["documents"]
        g.add_edge(s, o, key=p, predicate=p, **data)
    return g

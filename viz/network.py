"""The entity network as a networkx graph, read from the store with SPARQL."""

from __future__ import annotations

from collections import defaultdict

import networkx as nx

from welfare_kg.graph.store import KGStore

NETWORK_QUERY = """
SELECT ?s ?p ?o ?amount ?doc ?sentence ?start ?end ?issued WHERE {
  GRAPH ?g {
    ?f a wkg:Fact ; wkg:subject ?s ; wkg:predicate ?p ; wkg:object ?o ; prov:wasDerivedFrom ?d .
    ?d wkg:fileName ?doc .
    OPTIONAL { ?f wkg:amount ?amount }
    OPTIONAL { ?f prov:value ?sentence }
    OPTIONAL { ?f schema:startDate ?start }
    OPTIONAL { ?f schema:endDate ?end }
    OPTIONAL { ?d dcterms:issued ?issued }
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


def fact_period(start, end, issued) -> tuple[str, str] | None:
    """When a fact holds: its own period, else the date of the document that states it (ISO strings)."""
    if start is not None or end is not None:
        return ((start.value if start is not None else "0000-01-01"),
                (end.value if end is not None else "9999-12-31"))
    if issued is not None:
        return issued.value[:10], issued.value[:10]
    return None


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
                                                                   "amount": None, "periods": set()})
    for row in store.query(NETWORK_QUERY):
        key = (row["s"].value, local(row["p"].value), row["o"].value)
        e = edges[key]
        e["documents"].add(row["doc"].value)
        if row["sentence"] is not None and row["sentence"].value not in e["sentences"]:
            e["sentences"].append(row["sentence"].value)
        if row["amount"] is not None:
            e["amount"] = float(row["amount"].value)
        e["periods"].add(fact_period(row["start"], row["end"], row["issued"]))
    for (s, p, o), data in edges.items():
        for n in (s, o):
            if n not in g:
                g.add_node(n, type="Entity", label=local(n), documents=set())
            g.nodes[n]["documents"] |= data["documents"]
        g.add_edge(s, o, key=p, predicate=p, **data)
    return g


NODE_INFO_QUERY = """
SELECT ?e ?type ?label WHERE {
  VALUES ?e { %s }
  OPTIONAL { ?e a ?type . FILTER(STRSTARTS(STR(?type), STR(wkg:))) }
  OPTIONAL { ?e skos:prefLabel ?label }
}"""


class QueryNetworkError(ValueError):
    """A --query file that cannot give a network: not a SELECT, or without ?source ?predicate ?target."""


def load_query_network(store: KGStore, sparql: str) -> nx.MultiDiGraph:
    """A network from one SELECT whose rows are edges: ?source ?predicate ?target (and optional ?amount).

    Lets a researcher map exactly the relations a query of theirs finds, styled like the
    full map: node types and labels are looked up in the store afterwards.
    """
    try:
        result = store.query(sparql)
    except SyntaxError as exc:
        raise QueryNetworkError(f"SPARQL syntax error: {exc}") from exc
    names = {v.value for v in getattr(result, "variables", ())}
    if not {"source", "predicate", "target"} <= names:
        raise QueryNetworkError("the query must be a SELECT with ?source ?predicate ?target")
    g = nx.MultiDiGraph()
    for row in result:
        s, p, o = row["source"], row["predicate"], row["target"]
        if s is None or p is None or o is None:
            continue
        amount = row["amount"] if "amount" in names else None
        for n in (s, o):
            if n.value not in g:
                g.add_node(n.value, type="Entity", label=local(n.value) if _is_iri(n) else n.value, documents=set())
        pred = local(p.value)
        g.add_edge(s.value, o.value, key=pred, predicate=pred, documents=set(), sentences=[],
                   amount=float(amount.value) if amount is not None else None)
    _annotate(store, g)
    return g


def _is_iri(term: object) -> bool:
    import pyoxigraph as ox

    return isinstance(term, ox.NamedNode)


def _annotate(store: KGStore, g: nx.MultiDiGraph) -> None:
    """Types and (preferably Finnish) labels for the IRI nodes of `g`, in batches of VALUES."""
    iris = [n for n in g if n.startswith(("http://", "https://", "urn:"))]
    for i in range(0, len(iris), 500):
        values = " ".join(f"<{iri}>" for iri in iris[i:i + 500] if ">" not in iri and " " not in iri)
        if not values:
            continue
        for row in store.query(NODE_INFO_QUERY % values):
            node = g.nodes[row["e"].value]
            if row["type"] is not None:
                node["type"] = local(row["type"].value)
            if row["label"] is not None and (not node.get("_fi") or row["label"].language == "fi"):
                node["label"] = row["label"].value
                node["_fi"] = row["label"].language == "fi"
    for _n, data in g.nodes(data=True):
        data.pop("_fi", None)

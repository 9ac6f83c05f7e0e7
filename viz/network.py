"""The entity network as a networkx graph, read from the store with SPARQL."""

from __future__ import annotations

import networkx as nx
import pyoxigraph as ox

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
    """Entities as nodes (type, label, documents) and facts as edges (predicate, amount, evidence).

    Node order and each node's neighbour order are the order in which the two queries
    first name them. That order is part of the result: Louvain (viz.analyse) visits
    nodes and breaks ties in it, so a loader that reordered the graph would change the
    communities for the same seed. Rows are therefore read as plain tuples in query
    order, and every attribute is computed per distinct term rather than per row.
    """
    nodes: dict[str, dict] = {}
    labels: dict[str, str] = {}
    names: dict[ox.NamedNode, str] = {}  # term -> IRI string, so `.value` runs once per entity
    for e, typ, label in store.query(NODE_QUERY):
        iri = names.get(e)
        if iri is None:
            iri = names[e] = e.value
            if iri not in nodes:
                nodes[iri] = {"type": local(typ.value), "label": local(iri), "documents": set()}
        if label is not None and (iri not in labels or label.language == "fi"):
            labels[iri] = label.value
    for iri, text in labels.items():
        nodes[iri]["label"] = text
    predicates: dict[ox.NamedNode, str] = {}
    edges: dict[tuple[ox.Term, str, ox.Term], dict] = {}
    for s, p, o, amount, doc, sentence, start, end, issued in store.query(NETWORK_QUERY):
        pred = predicates.get(p)
        if pred is None:
            pred = predicates[p] = local(p.value)
        e = edges.get((s, pred, o))
        if e is None:
            e = edges[(s, pred, o)] = {"documents": set(), "sentences": [], "amount": None, "periods": set()}
        e["documents"].add(doc.value)
        if sentence is not None and (text := sentence.value) not in e["sentences"]:
            e["sentences"].append(text)
        if amount is not None:
            e["amount"] = float(amount.value)
        e["periods"].add(fact_period(start, end, issued))
    g = nx.MultiDiGraph()
    g.add_nodes_from(nodes.items())
    for (s, p, o), data in edges.items():
        ends = (s.value, o.value)
        for n in ends:
            if n not in g:
                g.add_node(n, type="Entity", label=local(n), documents=set())
            g.nodes[n]["documents"] |= data["documents"]
        g.add_edge(*ends, key=p, predicate=p, **data)
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

"""The entity network as a networkx graph, read from the store with SPARQL."""

from __future__ import annotations

import networkx as nx
import pyoxigraph as ox

from welfare_kg.graph.store import KGStore
from welfare_kg.ontology.namespace import PREFIXES
from welfare_kg.queries.binding import iri as iri_term
from welfare_kg.queries.binding import is_iri, values_block

# How the network is read, and why in these pieces. Node order, and each node's
# neighbour order, is the order in which the engine first finds the entities and the
# facts. That order is part of the analysis result: Louvain (viz.analyse) visits nodes
# in a seeded shuffle of it and keeps the first of equally good moves. So the queries
# that fix the order (NODE_QUERY: entities and types, driven by the mentions; NETWORK_QUERY:
# facts, driven by the scan of `?f a wkg:Fact`) carry only the patterns that decide the
# order, and the rest comes from one scan each (LABEL_QUERY; ATTRIBUTE_QUERY: the document's
# file name and date, the fact's amount, sentence and dates) joined in Python: as joins and
# OPTIONALs they were an index lookup per row and cost more than the rows themselves.
NODE_QUERY = """
SELECT ?e ?type WHERE {
  { SELECT DISTINCT ?e WHERE { GRAPH ?g { ?x wkg:mentions ?e } } }
  ?e a ?type . FILTER(STRSTARTS(STR(?type), STR(wkg:)))
}"""
LABEL_QUERY = "SELECT ?e ?label WHERE { ?e skos:prefLabel ?label }"
NETWORK_QUERY = """
SELECT ?g ?f ?s ?p ?o ?d WHERE {
  GRAPH ?g { ?f a wkg:Fact ; wkg:subject ?s ; wkg:predicate ?p ; wkg:object ?o ; prov:wasDerivedFrom ?d . }
}"""
ATTRIBUTE_QUERY = """
SELECT ?g ?x ?p ?v WHERE {
  VALUES ?p { wkg:fileName wkg:amount prov:value schema:startDate schema:endDate dcterms:issued }
  GRAPH ?g { ?x ?p ?v }
}"""
FILE_NAME, AMOUNT, SENTENCE, START, END, ISSUED = (ox.NamedNode(PREFIXES[prefix] + name) for prefix, name in (
    ("wkg", "fileName"), ("wkg", "amount"), ("prov", "value"), ("schema", "startDate"), ("schema", "endDate"),
    ("dcterms", "issued")))


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


def _preferred(labels: list[ox.Literal]) -> str:
    """The label a node shows: the last Finnish one in engine order, else the first of any language."""
    finnish = [lab for lab in labels if lab.language == "fi"]
    return (finnish[-1] if finnish else labels[0]).value


def load_network(store: KGStore) -> nx.MultiDiGraph:
    """Entities as nodes (type, label, documents) and facts as edges (predicate, amount, evidence).

    Nodes and edges are added in the order the queries first name them (see the note
    above the queries): the same store always gives the same graph, in the same order.
    """
    nodes: dict[str, dict] = {}
    terms: dict[str, ox.NamedNode] = {}
    for e, typ in store.query(NODE_QUERY):
        iri = e.value
        if iri not in nodes:
            nodes[iri] = {"type": local(typ.value), "label": local(iri), "documents": set()}
            terms[iri] = e
    labels: dict[ox.Term, list[ox.Literal]] = {}
    for e, label in store.query(LABEL_QUERY):
        labels.setdefault(e, []).append(label)
    for iri, data in nodes.items():
        if (found := labels.get(terms[iri])) is not None:
            data["label"] = _preferred(found)
    values: dict[tuple[ox.Term, ox.Term], dict[ox.NamedNode, list[ox.Term]]] = {}
    for graph, x, p, v in store.query(ATTRIBUTE_QUERY):
        values.setdefault((graph, x), {}).setdefault(p, []).append(v)
    none: dict[ox.NamedNode, list[ox.Term]] = {}
    dated: dict[tuple[ox.Term, ox.Term], set] = {}  # (graph, document) -> periods of a fact without its own dates
    predicates: dict[ox.NamedNode, str] = {}
    edges: dict[tuple[ox.Term, str, ox.Term], dict] = {}
    for graph, f, s, p, o, d in store.query(NETWORK_QUERY):
        source = values.get((graph, d), none)
        names = source.get(FILE_NAME)
        if names is None:  # a fact whose document has no file name in its graph is not shown (as before)
            continue
        pred = predicates.get(p)
        if pred is None:
            pred = predicates[p] = local(p.value)
        e = edges.get((s, pred, o))
        if e is None:
            e = edges[(s, pred, o)] = {"documents": set(), "sentences": [], "amount": None, "periods": set()}
        e["documents"].update(name.value for name in names)
        fact = values.get((graph, f), none)
        for sentence in fact.get(SENTENCE, ()):
            if (text := sentence.value) not in e["sentences"]:
                e["sentences"].append(text)
        if AMOUNT in fact:
            e["amount"] = float(fact[AMOUNT][-1].value)
        issued = source.get(ISSUED, (None,))
        if START in fact or END in fact:
            e["periods"].update(fact_period(start, end, i) for start in fact.get(START, (None,))
                                for end in fact.get(END, (None,)) for i in issued)
        else:
            if (periods := dated.get((graph, d))) is None:
                periods = dated[(graph, d)] = {fact_period(None, None, i) for i in issued}
            e["periods"] |= periods
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
  %s
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
    iris = [n for n in g if n.startswith(("http://", "https://", "urn:")) and is_iri(n)]
    for i in range(0, len(iris), 500):
        for row in store.query(NODE_INFO_QUERY % values_block("e", [iri_term(n) for n in iris[i:i + 500]])):
            node = g.nodes[row["e"].value]
            if row["type"] is not None:
                node["type"] = local(row["type"].value)
            if row["label"] is not None and (not node.get("_fi") or row["label"].language == "fi"):
                node["label"] = row["label"].value
                node["_fi"] = row["label"].language == "fi"
    for _n, data in g.nodes(data=True):
        data.pop("_fi", None)

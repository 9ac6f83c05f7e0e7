"""`project_network` and the local form of `evidence` take a fact's document from the fact's graph (its one document
node's file name) instead of following the fact's `prov:wasDerivedFrom`. That is the same answer wherever every fact
is derived from its graph's document node and only that node has a file name, which the writer makes so and
`welfare-kg check` verifies ("fact sources"); these tests hold the saved forms to the old join on such a store, and
check to reporting each way a store can break the rule."""

from __future__ import annotations

import pyoxigraph as ox

from welfare_kg.graph.check import check_fact_sources
from welfare_kg.graph.store import KGStore
from welfare_kg.graphs import DOCUMENT_PREFIX
from welfare_kg.queries import saved_queries

WKG = "https://w3id.org/welfare-kg/ontology#"
PROV = "http://www.w3.org/ns/prov#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
DERIVED = ox.NamedNode(PROV + "wasDerivedFrom")
FILE_NAME = ox.NamedNode(WKG + "fileName")
PROJECT = ox.NamedNode("https://example.org/id/project/p1")
PARTNER = ox.NamedNode("https://example.org/id/organization/o1")

# The joins as they stood before: each fact's derivation, then that node's file name in the same graph.
OLD_NETWORK = """  { SELECT ?g ?fact ?doc WHERE { GRAPH ?g { ?fact prov:wasDerivedFrom ?doc } } }
  { SELECT ?g ?doc ?document ?byDocument WHERE {"""
NEW_NETWORK = """  { SELECT ?g ?document ?byDocument WHERE {"""
COLUMNS = ("?subjectIri ?predicate ?byRelation ?objectIri ?sentence ?charStart ?charEnd ?rule ?confidence ?amount"
           " WHERE {")
OLD_EVIDENCE = """  LATERAL { SELECT ?g ?doc ?fact """ + COLUMNS + """
  { SELECT ?g ?fact ?doc WHERE { GRAPH ?g { ?fact prov:wasDerivedFrom ?doc } } }
"""
NEW_EVIDENCE = """  LATERAL { SELECT ?g ?fact """ + COLUMNS + """
"""


def _doc_graph(d: int) -> tuple[ox.NamedNode, ox.NamedNode]:
    return ox.NamedNode(f"{DOCUMENT_PREFIX}d{d}"), ox.NamedNode(f"https://example.org/doc/{d}")


def _fact(g: ox.NamedNode, name: str, s: ox.NamedNode, o: ox.NamedNode, start: int) -> list[ox.Quad]:
    """A fact's statements without its derivation."""
    fact = ox.NamedNode(f"https://example.org/fact/{name}")
    return [ox.Quad(fact, ox.NamedNode(WKG + "subject"), s, g),
            ox.Quad(fact, ox.NamedNode(WKG + "predicate"), ox.NamedNode(WKG + "participatesIn"), g),
            ox.Quad(fact, ox.NamedNode(WKG + "object"), o, g),
            ox.Quad(fact, ox.NamedNode(PROV + "value"), ox.Literal(f"Lause {name}."), g),
            ox.Quad(fact, ox.NamedNode(WKG + "charStart"), ox.Literal(str(start), datatype=ox.NamedNode(
                "http://www.w3.org/2001/XMLSchema#integer")), g)]


def _store() -> KGStore:
    """Three documents as the writer makes them: one document node each, the only one with a file name (the
    second document's has two), every fact derived from it; the same facts in all three, two per document."""
    kg = KGStore()
    quads = []
    for d in range(3):
        g, doc = _doc_graph(d)
        quads += [ox.Quad(doc, RDF_TYPE, ox.NamedNode(WKG + "Document"), g),
                  ox.Quad(doc, FILE_NAME, ox.Literal(f"doc-{2 - d}.txt"), g)]
        if d == 1:
            quads.append(ox.Quad(doc, FILE_NAME, ox.Literal("another-name.txt"), g))
        for e, cls, name in ((PROJECT, "Project", "Hanke Yksi"), (PARTNER, "Organization", "Yhdistys ry")):
            quads += [ox.Quad(doc, ox.NamedNode(WKG + "mentions"), e, g),
                      ox.Quad(e, RDF_TYPE, ox.NamedNode(WKG + cls), g),
                      ox.Quad(e, RDFS_LABEL, ox.Literal(name, language="fi"), g)]
        for k in range(2):
            fact = _fact(g, f"{d}-{k}", PARTNER, PROJECT, 10 * k)
            quads += [*fact, ox.Quad(fact[0].subject, DERIVED, doc, g)]
    kg.oxigraph.extend(quads)
    kg.rebuild_derived()
    return kg


def _rows(kg: KGStore, text: str) -> list[tuple[str, ...]]:
    return [tuple("" if t is None else str(t) for t in sol) for sol in kg.query(text)]  # type: ignore[union-attr]


def test_the_graphs_document_gives_the_rows_the_derivation_gave() -> None:
    queries = {s.name: s for s in saved_queries()}
    network, evidence = queries["project_network"].text, queries["evidence"].no_rows
    assert NEW_NETWORK in network and "{ ?fact prov:wasDerivedFrom" not in network
    assert NEW_EVIDENCE in evidence and "{ ?fact prov:wasDerivedFrom" not in evidence
    kg = _store()
    assert not check_fact_sources(kg).problems
    # (the columns each query orders by: rows that tie on all of them may come in either order)
    # and the local forms that read the derived fact rows (graph/factrows.py: a source node per file name)
    rows_network, rows_evidence = queries["project_network"].local, queries["evidence"].local
    assert kg.has_fact_rows() and "facts/links" in rows_network and "facts/links" in rows_evidence
    old_network, old_evidence = network.replace(NEW_NETWORK, OLD_NETWORK), evidence.replace(NEW_EVIDENCE, OLD_EVIDENCE)
    for saved, old, keys in ((network, old_network, (1, 2, 5, 7)), (evidence, old_evidence, (11, 7, 2)),
                             (rows_network, old_network, (1, 2, 5, 7)), (rows_evidence, old_evidence, (11, 7, 2))):
        got, before = _rows(kg, saved), _rows(kg, old)
        assert sorted(got) == sorted(before)  # the same rows
        assert [[r[k] for k in keys] for r in got] == [[r[k] for k in keys] for r in before]  # in the same order
        # every fact once per file name of its document: 2 + 2 x 2 + 2 (project_network: one direction here)
        assert len(got) == 8
        assert {r[-2] for r in got} >= {'"another-name.txt"', '"doc-0.txt"'}


def _findings(extra: list[ox.Quad], drop: list[ox.Quad] | None = None) -> list[str]:
    kg = _store()
    kg.oxigraph.extend(extra)
    for q in drop or []:
        kg.oxigraph.remove(q)
    return check_fact_sources(kg).problems


def test_check_reports_a_fact_derived_from_another_node() -> None:
    g, _ = _doc_graph(0)
    elsewhere = ox.NamedNode("https://example.org/doc/elsewhere")
    fact = _fact(g, "stray", PARTNER, PROJECT, 50)
    problems = _findings([*fact, ox.Quad(fact[0].subject, DERIVED, elsewhere, g)])
    assert problems[0].startswith("1 x a fact not derived from its graph's document, e.g. <https://example.org/fact/stray>")
    assert "ingest those files again" in problems[-1]


def test_check_reports_a_fact_without_a_derivation() -> None:
    g, doc = _doc_graph(2)
    fact = ox.NamedNode("https://example.org/fact/2-1")
    problems = _findings([], drop=[ox.Quad(fact, DERIVED, doc, g)])
    assert problems[0] == (f"1 x a fact not derived from its graph's document, e.g. <{fact.value}> in <{g.value}>")


def test_check_reports_a_file_name_on_another_node() -> None:
    g, _ = _doc_graph(1)
    other = ox.NamedNode("https://example.org/attachment/1")
    problems = _findings([ox.Quad(other, FILE_NAME, ox.Literal("liite.pdf"), g)])
    assert problems[0] == (f"1 x a file name on a node that is not the document, e.g. <{other.value}> in <{g.value}>")

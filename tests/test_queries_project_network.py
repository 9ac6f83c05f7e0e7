"""`project_network` names a fact's relation from a constant for the ontology's relations (so that no predicate IRI is
read from the store per fact) and joins the project set inside each direction's branch; its answer must be what the
plain `STRAFTER(STR(?p), "#")` over the joined union gives, for the ontology's relations and for anything else a
graph may hold as a fact's predicate: another IRI with or without a `#`, a literal, a blank node."""

from __future__ import annotations

import pyoxigraph as ox

from welfare_kg.graph.store import KGStore
from welfare_kg.graphs import DOCUMENT_PREFIX
from welfare_kg.queries import saved_queries

WKG = "https://w3id.org/welfare-kg/ontology#"
PROV = "http://www.w3.org/ns/prov#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
PREDICATES: list[ox.NamedNode | ox.Literal | ox.BlankNode] = [
    ox.NamedNode(WKG + "funds"), ox.NamedNode(WKG + "participatesIn"), ox.NamedNode(WKG + "partOf"),
    ox.NamedNode("https://example.org/vocab#supports"), ox.NamedNode("urn:x:rel"), ox.Literal("a#b"),
    ox.BlankNode("b0"),
]
# The query as it stood before (the union of both directions joined to the project set, the relation cut out of
# every fact's predicate IRI), kept here as the reference the saved form must agree with.
REFERENCE_SHAPE = ("""  { SELECT ?g ?fact ?p WHERE { GRAPH ?g { ?fact wkg:predicate ?p } } }""",
                   """  BIND(STRAFTER(STR(?p), "#") AS ?relation)""")


def _store() -> KGStore:
    """Two documents: a project, a partner and a programme; facts in both directions under every predicate above."""
    kg = KGStore()
    project, programme = ox.NamedNode("https://example.org/id/project/p1"), ox.NamedNode(
        "https://example.org/id/programme/q1")
    partner = ox.NamedNode("https://example.org/id/organization/o1")
    quads = []
    for d in range(2):
        g = ox.NamedNode(f"{DOCUMENT_PREFIX}d{d}")
        doc = ox.NamedNode(f"https://example.org/doc/{d}")
        quads += [ox.Quad(doc, ox.NamedNode(WKG + "fileName"), ox.Literal(f"doc-{d}.txt"), g)]
        for e, cls, name in ((project, "Project", "Hanke Yksi"), (programme, "Programme", "Ohjelma"),
                             (partner, "Organization", "Yhdistys ry")):
            quads += [ox.Quad(doc, ox.NamedNode(WKG + "mentions"), e, g),
                      ox.Quad(e, RDF_TYPE, ox.NamedNode(WKG + cls), g),
                      ox.Quad(e, RDFS_LABEL, ox.Literal(name, language="fi"), g)]
        for i, p in enumerate(PREDICATES):
            for k, (s, o) in enumerate(((partner, project), (project, programme))):
                fact = ox.NamedNode(f"https://example.org/fact/{d}-{i}-{k}")
                quads += [
                    ox.Quad(fact, ox.NamedNode(PROV + "wasDerivedFrom"), doc, g),
                    ox.Quad(fact, ox.NamedNode(WKG + "subject"), s, g),
                    ox.Quad(fact, ox.NamedNode(WKG + "predicate"), p, g),
                    ox.Quad(fact, ox.NamedNode(WKG + "object"), o, g),
                    ox.Quad(fact, ox.NamedNode(PROV + "value"), ox.Literal(f"Lause {d} {i} {k}."), g),
                ]
    kg.oxigraph.extend(quads)
    kg.rebuild_derived()
    return kg


def _rows(kg: KGStore, text: str) -> list[tuple[str, ...]]:
    return [tuple("" if t is None else str(t) for t in sol) for sol in kg.query(text)]  # type: ignore[union-attr]


def _reference_text(saved: str) -> str:
    """The saved query rewritten to the plain shape: the relation sub-select back to `?p`, the BIND at the top."""
    start = saved.index("  { SELECT ?g ?fact ?relation WHERE")
    end = saved.index("AS ?relation) } }\n", start) + len("AS ?relation) } }\n")
    plain = saved[:start] + REFERENCE_SHAPE[0] + "\n" + saved[end:]
    at = plain.index("  OPTIONAL { SELECT ?projectIri ?projectLabel ?byProject")
    return plain[:at] + REFERENCE_SHAPE[1] + "\n" + plain[at:]


def test_relation_names_and_rows_as_the_plain_form_gives() -> None:
    q = {s.name: s for s in saved_queries()}["project_network"]
    assert "sameTerm(?p, wkg:funds)" in q.text and 'STRAFTER(STR(?p), "#")' in q.text
    kg = _store()
    got, plain = _rows(kg, q.local_text), _rows(kg, _reference_text(q.text))
    assert got == plain  # same rows in the same order
    relations = {r[2] for r in got}
    # the ontology's relations by their constant, any other IRI and the literal by STRAFTER, the blank node unbound
    assert relations == {'"funds"', '"participatesIn"', '"partOf"', '"supports"', '""', '"b"', ""}
    # a partner -> project fact is "in" for the project; a project -> programme fact is "out" for the project and
    # "in" for the programme (both are projects in the sense of the query): 3 rows per predicate and document
    assert len(got) == 2 * 3 * len(PREDICATES)
    assert {r[3] for r in got} == {'"in"', '"out"'}


# The order as it stood before one key per row: the four keys compared one after another.
FOUR_KEYS = "ORDER BY ?byProject ?relation ?byPartner ?byDocument"


def _four_key_text(saved: str) -> str:
    """The saved query sorted on its four keys instead of the one joined key ?byRow."""
    start = saved.index("  BIND(CONCAT(COALESCE(?byProject")
    return saved[:start] + "}\n" + FOUR_KEYS + "\n"


def _label_store() -> KGStore:
    """Projects and partners whose names are prefixes of each other, hold spaces, tabs and punctuation that sort
    below and above a space, or are missing, so that a joined key that sorted differently from four keys would show."""
    kg = KGStore()
    names = ["Hanke", "Hanke B", "Hanke\tC", "Hanke!", "Hanke-2", "Hanke 2", "Ääni", "Öljy", None]
    quads = []
    for d in range(3):
        g = ox.NamedNode(f"{DOCUMENT_PREFIX}d{d}")
        doc = ox.NamedNode(f"https://example.org/doc/{d}")
        quads.append(ox.Quad(doc, ox.NamedNode(WKG + "fileName"), ox.Literal(["b.txt", "a.txt", "a.txt.txt"][d]), g))
        for i, name in enumerate(names):
            for role, cls in (("project", "Project"), ("organization", "Organization")):
                e = ox.NamedNode(f"https://example.org/id/{role}/{i}")
                quads += [ox.Quad(doc, ox.NamedNode(WKG + "mentions"), e, g),
                          ox.Quad(e, RDF_TYPE, ox.NamedNode(WKG + cls), g)]
                if name is not None:
                    quads.append(ox.Quad(e, RDFS_LABEL, ox.Literal(name, language="fi"), g))
            for j, p in enumerate(PREDICATES):
                fact = ox.NamedNode(f"https://example.org/fact/{d}-{i}-{j}")
                partner = ox.NamedNode(f"https://example.org/id/organization/{(i + j + d) % len(names)}")
                project = ox.NamedNode(f"https://example.org/id/project/{i}")
                quads += [ox.Quad(fact, ox.NamedNode(PROV + "wasDerivedFrom"), doc, g),
                          ox.Quad(fact, ox.NamedNode(WKG + "subject"), partner, g),
                          ox.Quad(fact, ox.NamedNode(WKG + "predicate"), p, g),
                          ox.Quad(fact, ox.NamedNode(WKG + "object"), project, g)]
    kg.oxigraph.extend(quads)
    kg.rebuild_derived()
    return kg


def test_one_key_per_row_sorts_as_the_four_keys_did() -> None:
    q = {s.name: s for s in saved_queries()}["project_network"]
    kg = _label_store()
    got, four = _rows(kg, q.local_text), _rows(kg, _four_key_text(q.local_text))
    assert got == four  # same rows in the same order
    assert len(got) == 3 * 9 * len(PREDICATES)
    # what the order had to get right is there: unbound labels and relations, labels that are prefixes of others
    assert "" in {r[1] for r in got} and "" in {r[5] for r in got} and "" in {r[2] for r in got}
    assert {'"Hanke"', '"Hanke B"', '"Hanke\\tC"'} <= {r[1] for r in got}

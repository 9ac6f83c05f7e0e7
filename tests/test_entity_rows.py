"""The entity layer's listing rows give exactly what the `entities` query gave when it joined the documents.

The saved `entities` query (the scoring contract) now reads precomputed rows; the join it replaced is kept
here as the definition of the answer. Invented documents exercise what a row depends on: two documents with
the same file name, a shorter name elsewhere changing an entity's preferred label (which every row of the
entity lists), reference names rewritten, documents replaced and removed. After every write the layer must
equal its recomputation and the query must give the joined answer, without duplicate rows.
"""

from __future__ import annotations

from collections import Counter

import pytest

from welfare_kg.graph.entities import EntityLayer
from welfare_kg.graph.store import KGStore
from welfare_kg.graphs import DOCUMENT_PREFIX, REFERENCE
from welfare_kg.queries import load_query

# The previous form of queries/entities.rq: the answer joined from the document, reference and layer graphs.
JOINED = """
PREFIX wkg: <https://w3id.org/welfare-kg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?entity ?type ?label ?document WHERE {
  { SELECT ?g ?doc ?document WHERE { GRAPH ?g { ?doc wkg:fileName ?document } } }
  { SELECT ?g ?doc ?entity WHERE { GRAPH ?g { ?doc wkg:mentions ?entity } } }
  { SELECT ?g ?entity ?type WHERE {
      { SELECT ?type WHERE { GRAPH <https://w3id.org/welfare-kg/graph/entities> { ?any a ?type } }
        GROUP BY ?type HAVING(STRSTARTS(STR(?type), STR(wkg:))) }
      GRAPH ?g { ?entity a ?type } } }
  {
    SELECT ?g ?entity ?label WHERE {
      VALUES ?lp { skos:prefLabel skos:altLabel rdfs:label }
      GRAPH ?g { ?entity ?lp ?label } }
  } UNION {
    SELECT ?g ?entity ?label WHERE {
      { SELECT ?g ?entity WHERE { GRAPH ?g { ?doc wkg:mentions ?entity } } }
      { SELECT ?entity ?label WHERE {
          { VALUES ?rp { skos:prefLabel skos:altLabel }
            GRAPH <https://w3id.org/welfare-kg/graph/reference> { ?entity ?rp ?label } }
          UNION { GRAPH <https://w3id.org/welfare-kg/graph/entities> { ?entity skos:prefLabel ?label } } } } }
  }
}
"""

W = "https://w3id.org/welfare-kg/ontology#"
ID = "https://w3id.org/welfare-kg/id/test/"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
ALT = "<http://www.w3.org/2004/02/skos/core#altLabel>"
PREF = "<http://www.w3.org/2004/02/skos/core#prefLabel>"
TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"


def doc(name: str, file: str, entities: dict[str, tuple[str, list[str]]]) -> tuple[str, str]:
    """A document graph: (graph IRI, N-Triples) mentioning each entity with its class and rdfs:labels."""
    node = f"<{ID}doc/{name}>"
    lines = [f'{node} <{W}fileName> "{file}" .', f"{node} {TYPE} <{W}Document> ."]
    for e, (cls, labels) in entities.items():
        lines.append(f"{node} <{W}mentions> <{ID}{e}> .")
        lines.append(f"<{ID}{e}> {TYPE} <{W}{cls}> .")
        lines += [f"<{ID}{e}> {LABEL} {label} ." for label in labels]
    return f"{DOCUMENT_PREFIX}{name}", "\n".join(lines) + "\n"


def rows(store: KGStore, text: str) -> list[tuple[str, ...]]:
    return [tuple(str(t) for t in solution) for solution in store.query(text)]


def same_answer(store: KGStore) -> list[tuple[str, ...]]:
    layer = EntityLayer(store.oxigraph)
    actual, expected = layer.actual(), layer.expected()
    assert actual == expected, (sorted(map(str, actual - expected))[:4], sorted(map(str, expected - actual))[:4])
    got = rows(store, load_query("entities").text)
    assert [r for r, n in Counter(got).items() if n > 1] == []
    assert sorted(got) == sorted(rows(store, JOINED))
    return got


@pytest.fixture
def store() -> KGStore:
    s = KGStore()
    s.write_documents({REFERENCE: f'<{ID}town> {TYPE} <{W}Municipality> .\n'
                                  f'<{ID}town> {PREF} "Kylälä"@fi .\n<{ID}town> {ALT} "Bystad"@sv .\n'})
    return s


def test_rows_follow_every_kind_of_write(store: KGStore) -> None:
    a = doc("a", "poytakirja.txt", {"proj": ("Project", ['"Pitkä kehittämishanke"@fi']),
                                    "town": ("Municipality", ['"Kylälän kunta"@fi'])})
    store.write_documents(dict([a]))
    first = same_answer(store)
    assert (f"<{ID}town>", f"<{W}Municipality>", '"Bystad"@sv', '"poytakirja.txt"') in first

    # another document with the same file name gives the project another class and name
    b = doc("b", "poytakirja.txt", {"proj": ("Programme", ['"Ohjelma"@fi'])})
    store.write_documents(dict([b]))
    same_answer(store)

    # a shorter name elsewhere becomes the preferred label, which the first document's rows list too
    c = doc("c", "uutinen.txt", {"proj": ("Project", ['"Hanke"@fi'])})
    store.write_documents(dict([c]))
    got = same_answer(store)
    assert (f"<{ID}proj>", f"<{W}Project>", '"Hanke"@fi', '"poytakirja.txt"') in got

    # the reference names change: every row of the town follows
    store.write_documents({REFERENCE: f'<{ID}town> {TYPE} <{W}Municipality> .\n<{ID}town> {PREF} "Kylälä"@fi .\n'})
    got = same_answer(store)
    assert not any(r[2] == '"Bystad"@sv' for r in got)

    # replaced without the short name, then removed: the preferred label and the rows go back
    store.write_documents({c[0]: c[1].replace('"Hanke"@fi', '"Uusi nimi hankkeelle"@fi')})
    same_answer(store)
    store.remove_graphs([c[0], b[0]])
    got = same_answer(store)
    assert not any("Hanke\"" in r[2] or "Ohjelma" in r[2] for r in got)
    store.remove_graphs([a[0]])
    assert same_answer(store) == []


def test_a_rebuilt_layer_gives_the_same_rows(store: KGStore) -> None:
    docs = [doc(f"d{i}", f"f{i % 2}.txt", {"proj": ("Project", [f'"Hanke {i}"@fi']),
                                            "town": ("Municipality", [])}) for i in range(4)]
    store.write_documents(dict(docs))
    before = sorted(same_answer(store))
    store.rebuild_derived()
    assert sorted(same_answer(store)) == before

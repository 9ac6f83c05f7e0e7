"""The derived fact rows (graph/factrows.py): kept in step by every write, shared kinds counted, verified and
rebuilt by `check`, and a store without them (an older version's, opened read-only) still answers the two fact
listings, through their older forms."""

from __future__ import annotations

from decimal import Decimal

import pyoxigraph as ox
import pytest

from welfare_kg.graph import factrows
from welfare_kg.graph.check import check_store
from welfare_kg.graph.entities import EntityLayer
from welfare_kg.graph.store import KGStore
from welfare_kg.graphs import DOCUMENT_PREFIX
from welfare_kg.kg import KnowledgeGraph
from welfare_kg.queries import saved_queries

WKG = "https://w3id.org/welfare-kg/ontology#"
PROV = "http://www.w3.org/ns/prov#"
ID = "https://example.org/id/"
XSD = "http://www.w3.org/2001/XMLSchema#"


def _document(name: str, facts: list[tuple[str, str, str, str, str | None, int]]) -> str:
    """A document graph as N-Triples: a project and two organisations, and facts (key, subject, relation, object,
    sentence or None, start)."""
    doc = f"<https://example.org/doc/{name}>"
    lines = [f'{doc} <{WKG}fileName> "{name}.txt" .',
             f"{doc} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{WKG}Document> .",
             f'{doc} <{WKG}checksum> "{name}0000" .', f'{doc} <http://purl.org/dc/terms/source> "{name}.txt" .']
    for e, cls, label in (("hanke", "Project", "Hanke Yksi"), ("kunta", "Organization", "Kunta"),
                          ("yhdistys", "Organization", "Yhdistys ry")):
        lines += [f"{doc} <{WKG}mentions> <{ID}{e}> .",
                  f"<{ID}{e}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{WKG}{cls}> .",
                  f'<{ID}{e}> <http://www.w3.org/2000/01/rdf-schema#label> "{label}"@fi .']
    for key, s, p, o, sentence, start in facts:
        fact = f"<{ID}fact/{name}/{key}>"
        lines += [f"{fact} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{WKG}Fact> .",
                  f"{fact} <{PROV}wasDerivedFrom> {doc} .", f"{fact} <{WKG}subject> <{ID}{s}> .",
                  f"{fact} <{WKG}predicate> <{WKG}{p}> .", f"{fact} <{WKG}object> <{ID}{o}> .",
                  f'{fact} <{WKG}charStart> "{start}"^^<{XSD}integer> .',
                  f'{fact} <{WKG}charEnd> "{start + 9}"^^<{XSD}integer> .',
                  f'{fact} <{WKG}rule> "{p}-rule" .', f'{fact} <{WKG}confidence> "0.9"^^<{XSD}decimal> .']
        if sentence is not None:
            lines.append(f'{fact} <{PROV}value> "{sentence}" .')
        if p == "funds":
            lines.append(f'{fact} <{WKG}amount> "1000"^^<{XSD}decimal> .')
    return "\n".join(lines) + "\n"


A = DOCUMENT_PREFIX + "a"
B = DOCUMENT_PREFIX + "b"
DOC_A = _document("a", [("1", "kunta", "funds", "hanke", "Kunta rahoittaa hanketta.", 0),
                        ("2", "yhdistys", "participatesIn", "hanke", None, 30)])
DOC_B = _document("b", [("1", "kunta", "funds", "hanke", "Kunta rahoittaa.", 5),
                        ("2", "kunta", "coordinates", "hanke", "Kunta koordinoi.", 40)])


def _consistent(store: KGStore) -> None:
    layer = EntityLayer(store.oxigraph)
    actual, expected = layer.actual(), layer.expected()
    assert actual == expected, (sorted(map(str, actual - expected))[:3], sorted(map(str, expected - actual))[:3])


def _kinds(store: KGStore) -> set[str]:
    return {str(q.object) for q in store.oxigraph.quads_for_pattern(None, factrows.ROW_PREDICATE, None, factrows.META)}


def _answers(store: KGStore) -> dict[str, list[tuple]]:
    """The fact listings as `KnowledgeGraph.query` runs them on this handle (the form the store calls for)."""
    kg = KnowledgeGraph.__new__(KnowledgeGraph)
    kg.store = store
    out = {name: [tuple(r.values()) for r in kg.query(name)] for name in ("evidence", "project_network", "facts")}
    out["facts"].sort(key=repr)  # no ORDER BY: the forms may give its rows in other orders
    return out


def test_writes_replacements_and_removals_keep_the_rows_and_the_shared_kinds() -> None:
    store = KGStore()
    store.write_documents({A: DOC_A})
    _consistent(store)
    assert store.has_fact_rows()
    assert _kinds(store) == {f"<{WKG}funds>", f"<{WKG}participatesIn>"}
    store.write_documents({B: DOC_B})
    _consistent(store)
    assert _kinds(store) == {f"<{WKG}funds>", f"<{WKG}participatesIn>", f"<{WKG}coordinates>"}
    store.remove_graphs([A])  # B still funds: that kind stays, participation goes
    _consistent(store)
    assert _kinds(store) == {f"<{WKG}funds>", f"<{WKG}coordinates>"}
    store.write_documents({B: DOC_B.replace("Kunta koordinoi.", "Kunta johtaa.")})  # a replacement
    _consistent(store)
    sentences = {q.object.value for q in store.oxigraph.quads_for_pattern(None, None, None, factrows.ROWS)}
    assert sentences == {"Kunta rahoittaa.", "Kunta johtaa."}
    store.remove_graphs([B])
    _consistent(store)
    assert _kinds(store) == set()
    assert all(not any(store.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(g)))
               for g in factrows.GRAPHS if g != factrows.META.value)


def test_a_store_without_rows_answers_read_only_then_gets_them_from_its_first_writer(tmp_path) -> None:
    path = tmp_path / "kg"
    store = KGStore(path)
    store.write_documents({A: DOC_A, B: DOC_B})
    with_rows = _answers(store)
    assert all(len(rows) >= 3 for rows in with_rows.values())
    for g in factrows.GRAPHS:  # what a store written before the rows holds
        store.oxigraph.remove_graph(ox.NamedNode(g))
    store.flush()
    del store
    reader = KGStore(path, read_only=True)
    assert not reader.has_fact_rows()
    by_name = {q.name: q for q in saved_queries()}
    assert by_name["evidence"].local_for(reader) == by_name["evidence"].no_rows
    assert by_name["project_network"].local_for(reader) == by_name["project_network"].text
    assert by_name["facts"].local_for(reader) == by_name["facts"].text
    assert _answers(reader) == with_rows  # the older forms, the same rows in the same order
    del reader
    writer = KGStore(path)
    writer.ensure_derived()
    assert writer.has_fact_rows()
    _consistent(writer)
    assert by_name["evidence"].local_for(writer) == by_name["evidence"].local
    assert by_name["facts"].local_for(writer) == by_name["facts"].local
    assert _answers(writer) == with_rows


def test_check_reports_missing_or_stale_rows_and_repair_rebuilds_them() -> None:
    store = KGStore()
    store.write_documents({A: DOC_A, B: DOC_B})
    link = next(store.oxigraph.quads_for_pattern(None, None, None, factrows.LINKS))
    store.oxigraph.remove(link)
    store.oxigraph.add(ox.Quad(ox.NamedNode(ID + "kunta"), ox.NamedNode(ID + "fact/x"), ox.NamedNode(ID + "hanke"),
                               factrows.LINKS))
    report = check_store(store)
    assert not report.ok
    assert any("fact row statements" in p for f in report.findings for p in f.problems), report.format("store")
    report = check_store(store, repair=True)
    assert report.ok, report.format("store")
    _consistent(store)


@pytest.mark.parametrize("names", [("a.txt", "b.txt"), ("abc", "abc def"), ("abc!", "abc "), ("r1-x", "r10-x"),
                                   ("ääkkönen-pitkä-nimi-1.html", "ääkkönen-pitkä-nimi-2.html"), ("", "a")])
def test_a_sort_key_orders_names_as_the_name_and_a_space_do_or_ties(names: tuple[str, str]) -> None:
    a, b = sorted(names, key=lambda n: n + " ")
    assert Decimal(factrows.sort_key(a).value) <= Decimal(factrows.sort_key(b).value)
    # the store's canonical form (no trailing zeros), so that `check` compares it equal
    assert not factrows.sort_key(a).value.endswith("0") or "." not in factrows.sort_key(a).value


def test_rows_as_text_compare_by_their_statements_not_their_order() -> None:
    """A worker's rows are a set's lines in a set's order (no sort on a large page's critical path)."""
    a, b = "<http://x/a> <http://x/p> <http://x/b> .\n", "<http://x/c> <http://x/p> <http://x/d> .\n"
    g = factrows.LINKS.value
    assert factrows.Rows({g: a + b}) == factrows.Rows({g: b + a})
    assert factrows.Rows({g: a + b}) != factrows.Rows({g: a + a})
    assert factrows.Rows({g: a}, {"http://x/k": b}) != factrows.Rows({g: a})

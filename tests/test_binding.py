"""Values reach SPARQL only as escaped terms (queries/binding.py), in every place that binds them.

A hostile value (quotes, braces, line breaks, `> } DROP ALL`) must arrive in the query as
one term, unchanged, and leave the query's structure exactly as a harmless value does.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest

from welfare_kg.graph.explain import explain_entity, find_entity
from welfare_kg.graph.store import KGStore
from welfare_kg.queries import QueryError, bind_params
from welfare_kg.queries.binding import BindingError, iri, is_iri, param_term, sparql_term, term, values_block
from welfare_kg.viz.map import area_members
from welfare_kg.viz.network import load_query_network

ID = "https://w3id.org/welfare-kg/id/"
WKG = "https://w3id.org/welfare-kg/ontology#"
HOSTILE = [
    '"} DROP ALL; INSERT DATA { <a> <b> <c> } #',
    "> } DROP ALL",
    "it's \"quoted\" \\ and \\\" escaped",
    "line\nbreak\r\nand\ttab",
    "{ ?s ?p ?o }",
    "''' triple-quoted ''' \"\"\"",
    "#comment } UNION { ?x ?y ?z",
    "\u2028\u2029 \x00 nul",
    "Ranuan kunta",  # and an ordinary name
]
BAD_IRIS = ["http://e/x> } DROP ALL { <a", "http://e/a b", "http://e/{x}", 'http://e/"q"', "no scheme", ""]


class Recorder:
    """The real store, recording each query text it is given."""

    def __init__(self, store: KGStore) -> None:
        self.store = store
        self.texts: list[str] = []

    def query(self, text: str, **kwargs: object) -> object:
        self.texts.append(text)
        return self.store.query(text, **kwargs)


def same_structure(hostile_text: str, hostile: str, plain_text: str, plain: str) -> bool:
    """The hostile value appears as exactly one escaped literal, and swapping it back gives the plain query."""
    h, p = sparql_term(hostile), sparql_term(plain)
    return hostile_text.count(h) == 1 and hostile_text.replace(h, p) == plain_text


@pytest.mark.parametrize("value", HOSTILE)
def test_a_value_comes_back_as_one_unchanged_term(value: str) -> None:
    store = ox.Store()
    rows = list(store.query(f"SELECT ?v WHERE {{ {values_block('v', [value])} }}"))
    assert len(rows) == 1 and rows[0]["v"] == ox.Literal(value)
    rows = list(store.query(f"SELECT ?a ?b WHERE {{ {values_block(('a', 'b'), [(value, None), (1, value)])} }}"))
    assert [(r["a"], r["b"]) for r in rows] == [(ox.Literal(value), None), (term(1), ox.Literal(value))]


def test_typed_values() -> None:
    assert term(3) == ox.Literal("3", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
    assert term(True).datatype.value.endswith("#boolean") and term(True).value == "true"
    assert term(2.5).datatype.value.endswith("#double") and float(term(2.5).value) == 2.5
    assert term(float("nan")).value == "NaN" and term(float("-inf")).value == "-INF"
    assert term(Decimal("1200.50")).value == "1200.50"
    assert term(dt.date(2024, 5, 1)).value == "2024-05-01"
    assert term(dt.datetime(2024, 5, 1, 12, 0)).datatype.value.endswith("#dateTime")
    assert term(iri(ID + "x")) == ox.NamedNode(ID + "x")
    rows = list(ox.Store().query(f"SELECT ?n WHERE {{ {values_block('n', [41])} FILTER(?n + 1 = 42) }}"))
    assert len(rows) == 1  # typed, so arithmetic works
    with pytest.raises(BindingError):
        term(object())
    with pytest.raises(BindingError):
        term(Decimal("NaN"))


@pytest.mark.parametrize("bad", BAD_IRIS)
def test_an_iri_that_could_end_itself_is_refused(bad: str) -> None:
    with pytest.raises(BindingError):
        iri(bad)
    assert not is_iri(bad)
    with pytest.raises(BindingError):
        param_term(f"<{bad}>") if " " not in bad else iri(bad)


@pytest.mark.parametrize("name", ["a b", "x}", "1x", "", "v; DROP"])
def test_variable_names_are_checked(name: str) -> None:
    with pytest.raises(BindingError, match="not a valid parameter name"):
        values_block(name, ["x"])
    with pytest.raises(BindingError):
        values_block(("ok", name), [("x", "y")])
    with pytest.raises(BindingError, match="2 values for 1 variables"):
        values_block(("ok",), [("x", "y")])


# -- the places that bind values ------------------------------------------------------------------------------


@pytest.mark.parametrize("value", HOSTILE)
def test_saved_query_parameters(value: str) -> None:
    text = "SELECT ?x WHERE { ?s ?p ?o }"
    bound = bind_params(text, {"x": value})
    assert same_structure(bound, value, bind_params(text, {"x": "plain"}), "plain")
    rows = list(ox.Store().query(bind_params("SELECT ?x WHERE { }", {"x": value})))
    assert [r["x"] for r in rows] == [ox.Literal(value)]
    with pytest.raises(QueryError, match="bad parameter value"):
        bind_params(text, {"x": "<http://e/x>}DROP{<a>"})
    assert same_structure(bind_params(text, {"x": "<http://e/x> } DROP ALL { <a>"}), "<http://e/x> } DROP ALL { <a>",
                          bind_params(text, {"x": "plain"}), "plain")  # with spaces it is text, not an IRI


@pytest.fixture
def hostile_store() -> KGStore:
    """An in-memory store where each hostile value is the name of one organisation."""
    store = KGStore()
    lines = []
    for i, name in enumerate(HOSTILE):
        org = f"<{ID}company/c{i}>"
        lines += [f"{org} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{WKG}Company> .",
                  f"{org} <http://www.w3.org/2004/02/skos/core#prefLabel> {sparql_term(name)} ."]
    store.write_document("https://w3id.org/welfare-kg/graph/document/hostile", "\n".join(lines))
    return store


@pytest.mark.parametrize("i", range(len(HOSTILE)))
def test_explain_finds_a_hostile_name_exactly(hostile_store: KGStore, i: int) -> None:
    rec = Recorder(hostile_store)
    before = len(hostile_store)
    assert find_entity(rec, HOSTILE[i]) == f"{ID}company/c{i}"
    plain = Recorder(hostile_store)
    with pytest.raises(LookupError, match="no entity"):
        find_entity(plain, "plain")
    assert same_structure(rec.texts[0], HOSTILE[i], plain.texts[0], "plain")
    text = explain_entity(rec, HOSTILE[i])
    assert text.startswith(HOSTILE[i]) and f"<{ID}company/c{i}>" in text
    assert len(hostile_store) == before


@pytest.mark.parametrize("bad", BAD_IRIS[:4])
def test_explain_and_area_refuse_a_hostile_iri(hostile_store: KGStore, bad: str) -> None:
    with pytest.raises(LookupError):
        find_entity(hostile_store, bad)
    with pytest.raises(LookupError):
        area_members(hostile_store, bad)
    with pytest.raises(LookupError):
        explain_entity(hostile_store, bad)


@pytest.mark.parametrize("value", HOSTILE[:4])
def test_area_members_with_a_hostile_name(seed_store_dir: Path, value: str) -> None:
    store = KGStore(seed_store_dir, read_only=True)
    with pytest.raises(LookupError, match="no entity"):
        area_members(store, value)


def test_area_members_binds_the_area_as_an_iri(seed_store_dir: Path) -> None:
    rec = Recorder(KGStore(seed_store_dir, read_only=True))
    members = area_members(rec, ID + "region/06")
    assert ID + "municipality/837" in members and ID + "region/06" in members
    assert f"VALUES ?area {{ <{ID}region/06> }}" in rec.texts[-1]


def test_query_network_annotates_iris_and_leaves_hostile_text_alone(seed_store_dir: Path) -> None:
    rec = Recorder(KGStore(seed_store_dir, read_only=True))
    hostile = sparql_term("http://x/> } DROP ALL { <a")
    g = load_query_network(rec, f"""SELECT ?source ?predicate ?target WHERE {{
        VALUES (?source ?predicate ?target) {{ ({hostile} <{WKG}funds> <{ID}municipality/837>) }} }}""")
    assert set(g) == {"http://x/> } DROP ALL { <a", ID + "municipality/837"}
    assert g.nodes[ID + "municipality/837"]["type"] == "Municipality"  # annotated through the VALUES block
    assert g.nodes["http://x/> } DROP ALL { <a"]["type"] == "Entity"  # not an IRI: never sent
    assert "DROP ALL" not in rec.texts[-1]

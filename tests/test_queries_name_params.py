"""A name parameter (`area=Pirkanmaa`, `project=...`) is resolved once per query: the saved queries key every label
in lower case in a sub-select and hash-join it on (entity, key), where they used to test each row with an EXISTS over
the entity's labels. The answers must be what the EXISTS gave, for every way a name can match: a preferred label, an
alternative label, a notation (where the query reads notations), another letter case, a name matching nothing, a name
two entities share, the entity's IRI, and (decisions) a decision that has no body. The EXISTS form is rebuilt here from
the saved text (`per_row_form`), so that every form of every saved query is checked against it. (competence_centres
keeps its EXISTS: its rows are the reference graph's few centres.)"""

from __future__ import annotations

import re

import pyoxigraph as ox
import pytest

from tests.test_queries_answers import answer, frozen_store
from welfare_kg.graph.store import KGStore
from welfare_kg.graphs import DOCUMENT_PREFIX, REFERENCE
from welfare_kg.queries import saved_queries

SKOS = "http://www.w3.org/2004/02/skos/core#"
WKG = "https://w3id.org/welfare-kg/ontology#"
# The keyed join as the saved queries write it (a decision's body first gets a key that is always bound).
JOINED = re.compile(
    r"(?:  BIND\(COALESCE\(\?\w+, \"\"\) AS \?\w+\)\n)?"
    r"  BIND\(LCASE\(STR\(\?(?P<p>\w+)\)\) AS \?k_(?P<x>\w+)\)\n"
    r"  OPTIONAL \{ \{ SELECT (?:DISTINCT )?\?\w+ \?k_(?P=x) \(true AS \?m_(?P=x)\) WHERE \{\n"
    r"\s*VALUES \?lg_(?P=x) \{ (?P<graphs>[^}]+) \}\n"
    r"\s*GRAPH \?lg_(?P=x) \{ \?\w+ (?P<path>[^?]+?) \?n_(?P=x) \}\n"
    r"\s*BIND\(LCASE\(STR\(\?n_(?P=x)\)\) AS \?k_(?P=x)\) \} \}\n"
    r"\s*FILTER\(BOUND\(\?(?P=p)\)\) \}\n")
# (query, parameter) -> the column holding the entity the parameter names
COLUMNS = {
    ("co_participation", "organisation"): "a",
    ("decisions", "body"): "bodyIri", ("evidence", "entity"): "subjectIri", ("funding", "funder"): "funderIri",
    ("municipality_projects", "municipality"): "municipalityIri", ("municipality_projects", "project"): "projectIri",
    ("people_posts", "organisation"): "organisationIri", ("people_posts", "person"): "personIri",
    ("project_network", "project"): "projectIri", ("projects_by_area", "area"): "cooperationArea",
}
OTHER_SIDE = {"co_participation": ("b",), "evidence": ("objectIri",)}  # the name may be either end


def per_row_form(text: str) -> str:
    """The query as it was: the keyed join taken out, each `BOUND(?m_X)` an EXISTS over X's labels."""
    found = list(JOINED.finditer(text))
    assert found, "no keyed name join in the query"
    for m in found:
        x, p = m["x"], m["p"]
        exists = (f"EXISTS {{ VALUES ?lg_{x} {{ {m['graphs'].strip()} }} GRAPH ?lg_{x} {{ ?{x} {m['path']} ?n_{x} }} "
                  f"FILTER(LCASE(STR(?n_{x})) = LCASE(STR(?{p}))) }}")
        text = text.replace(m.group(0), "").replace(f"BOUND(?m_{x})", exists)
    return text


def _iris(kg: KGStore, name: str, column: str) -> list[str]:
    """The distinct entities of a column of the query's answer without parameters, in order of first appearance."""
    q = {s.name: s for s in saved_queries()}[name]
    header, *rows = answer(kg, name, q.text, {})
    i = header.index(column)
    return list(dict.fromkeys(r[i][1:-1] for r in rows if r[i].startswith("<")))


@pytest.fixture(scope="module")
def store() -> KGStore:
    """The frozen example store, plus for each (query, parameter): an extra preferred label, an alternative label
    (twice, in two letter cases: one key) and a notation on the first entity of its column, a name it shares (in another
    letter case) with the second entity; and a decision without a body."""
    kg = frozen_store("examples")
    ref = ox.NamedNode(REFERENCE)
    quads = []
    for (name, param), column in COLUMNS.items():
        iris = _iris(kg, name, column)
        assert iris, (name, column)
        first, second = ox.NamedNode(iris[0]), ox.NamedNode(iris[-1] if len(iris) > 1 else iris[0] + "-other")
        tag = f"{name} {param}"
        quads += [
            ox.Quad(first, ox.NamedNode(SKOS + "prefLabel"), ox.Literal(f"Ensisijainen {tag}", language="fi"), ref),
            ox.Quad(first, ox.NamedNode(SKOS + "altLabel"), ox.Literal(f"Vaihtoehto {tag}", language="fi"), ref),
            ox.Quad(first, ox.NamedNode(SKOS + "altLabel"), ox.Literal(f"vaihtoehto {tag}"), ref),  # the same key
            ox.Quad(first, ox.NamedNode(SKOS + "notation"), ox.Literal(f"N-{tag}"), ref),
            ox.Quad(first, ox.NamedNode(SKOS + "altLabel"), ox.Literal(f"Yhteinen {tag}"), ref),
            ox.Quad(second, ox.NamedNode(SKOS + "altLabel"), ox.Literal(f"YHTEINEN {tag}", language="sv"), ref),
        ]
    g = ox.NamedNode(f"{DOCUMENT_PREFIX}bodyless")
    doc, decision = ox.NamedNode("https://example.org/doc/bodyless"), ox.NamedNode("https://example.org/decision/1")
    quads += [ox.Quad(doc, ox.NamedNode(WKG + "fileName"), ox.Literal("bodyless.txt"), g),
              ox.Quad(decision, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                      ox.NamedNode(WKG + "Decision"), g),
              ox.Quad(decision, ox.NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom"), doc, g)]
    kg.oxigraph.extend(quads)
    return kg


def _values(kg: KGStore, name: str, param: str) -> dict[str, str]:
    tag = f"{name} {param}"
    first = _iris(kg, name, COLUMNS[(name, param)])[0]
    return {"prefLabel": f"Ensisijainen {tag}", "altLabel": f"Vaihtoehto {tag}", "notation": f"N-{tag}",
            "other case": f"vaihtoehto {tag}".upper(), "nothing": f"Ei ketään {tag}", "shared": f"yhteinen {tag}",
            "iri": f"<{first}>"}


CASES = [(n, p, how) for (n, p) in COLUMNS for how in
         ("prefLabel", "altLabel", "notation", "other case", "nothing", "shared", "iri")]


@pytest.mark.parametrize(("name", "param", "how"), CASES)
def test_every_form_answers_as_the_per_row_test(store: KGStore, name: str, param: str, how: str) -> None:
    q = {s.name: s for s in saved_queries()}[name]
    params = {param: _values(store, name, param)[how]}
    expected = answer(store, name, per_row_form(q.text), params)
    for form in dict.fromkeys((q.text, q.local_text, q.memory_text)):
        assert answer(store, name, form, params) == expected
    header, rows = expected[0], expected[1:]
    columns = [COLUMNS[(name, param)], *(OTHER_SIDE.get(name, ()))]
    entities = {r[header.index(c)] for r in rows for c in columns}
    reads_notations = any("notation" in m["path"] for m in JOINED.finditer(q.text) if m["p"] == param)
    if how == "nothing":
        assert rows == []
    elif how == "shared":
        iris = _iris(store, name, COLUMNS[(name, param)])
        assert {f"<{iris[0]}>", f"<{iris[-1]}>"} <= entities, "both entities that bear the name"
    elif how != "notation" or reads_notations:
        assert rows, f"{name} {params}: the case matches nothing, so it tests nothing"
    else:
        assert rows == []  # a query that does not read notations (people, bodies, municipalities)


def test_a_decision_without_a_body_passes_a_known_body_name(store: KGStore) -> None:
    """The EXISTS it replaced let a decision with no body through whenever some entity bears the name; kept."""
    q = {s.name: s for s in saved_queries()}["decisions"]
    known = answer(store, "decisions", q.text, {"body": _values(store, "decisions", "body")["altLabel"]})
    unknown = answer(store, "decisions", q.text, {"body": "Ei ketään"})
    assert any('"bodyless.txt"' in r for r in known[1:])
    assert unknown[1:] == []


def test_the_join_is_left_out_without_the_parameter(store: KGStore) -> None:
    """Without the parameter the saved queries answer as before, and the EXISTS form is only a reference."""
    for name, _ in COLUMNS:
        q = {s.name: s for s in saved_queries()}[name]
        assert not re.search(r"FILTER\(LCASE\(STR\(\?n_(?!any\))", q.text), "a per-row label test is left"
        assert answer(store, name, q.text, {}) == answer(store, name, per_row_form(q.text), {})

"""The saved query library: documented headers, answers on the example documents, and safe parameters."""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from welfare_kg.cli import main
from welfare_kg.graph.store import KGStore
from welfare_kg.queries import QueryError, bind_params, load_query, run_query, saved_queries

CONTRACT = {"entities", "facts"}
HOSTILE = [
    'x" } ; DROP ALL ; INSERT DATA { <http://evil/s> <http://evil/p> "o" } #',
    "a'b\"c}{;DROP GRAPH <https://w3id.org/welfare-kg/graph/reference>",
    'tricky \\" } ; DROP ALL',
    "\\u0022 } ; DROP ALL ; #",
    "line\nbreak } ; CLEAR ALL",
    "<http://x> } ; DROP ALL",
]


@pytest.fixture(scope="module")
def store(query_store_dir: Path) -> KGStore:
    """A private in-memory copy, so that a (failed) injection could only ever hurt this copy."""
    src = KGStore(query_store_dir, read_only=True)
    mem = KGStore()
    mem.oxigraph.load(src.dump(ox.RdfFormat.N_QUADS), format=ox.RdfFormat.N_QUADS)
    return mem


def rows(store: KGStore, name: str, **params: str) -> list[dict[str, str]]:
    import csv
    import io

    out = run_query(store, load_query(name).text, fmt="csv", params=params)
    return list(csv.DictReader(io.StringIO(out)))


def test_library_has_at_least_twelve_documented_queries() -> None:
    queries = [q for q in saved_queries() if q.name not in CONTRACT]
    assert len(queries) >= 12
    for q in queries:
        head = [line for line in q.text.splitlines() if line.startswith("#")]
        assert head[0].startswith("# ") and head[0].rstrip().endswith("?"), f"{q.name}: first line is the question"
        examples = [h for h in head if h.startswith("# example: welfare-kg query ")]
        assert examples, f"{q.name}: no example line"
        used = set(re.findall(r"--param (\w+)=", examples[0]))
        assert used <= set(q.params), f"{q.name}: example uses undeclared {used - set(q.params)}"
        for name, meaning in q.params.items():
            assert meaning, f"{q.name}: parameter {name} has no meaning"
            assert f"?{name}" in q.text, f"{q.name}: parameter {name} is not used"


def test_local_forms_match_their_query(store: KGStore) -> None:
    """A local form (queries/oxigraph/) declares the same parameters and returns the same columns and rows."""
    local = [q for q in saved_queries() if q.local]
    assert local
    for q in local:
        declared = dict(re.findall(r"^# param:\s*(\w+)\s*-\s*(.*)$", q.local, re.MULTILINE))
        assert declared == q.params, q.name
        for name in q.params:
            assert f"?{name}" in q.local, f"{q.name}: parameter {name} is not used in the local form"
        portable, fast = store.query(q.text), store.query(q.local)
        assert [v.value for v in portable.variables] == [v.value for v in fast.variables], q.name
        assert sorted(map(str, portable)) == sorted(map(str, fast)), q.name


def test_the_local_store_runs_the_local_form(query_store_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`welfare-kg query NAME` and `KnowledgeGraph.query` on a store run the local form of a saved query."""
    from welfare_kg.kg import KnowledgeGraph

    sent: list[str] = []
    real = KGStore.query

    def spy(self: KGStore, sparql: str, **kw: object):  # type: ignore[no-untyped-def]
        sent.append(sparql)
        return real(self, sparql, **kw)

    monkeypatch.setattr(KGStore, "query", spy)
    with KnowledgeGraph(query_store_dir, read_only=True) as graph:
        assert len(graph.query("evidence", relation="funds")) > 0
    assert "LATERAL" in sent[-1] and "funds" in sent[-1]
    res = CliRunner().invoke(main, ["query", "evidence", "--store", str(query_store_dir), "--format", "csv"])
    assert res.exit_code == 0, res.output
    assert "LATERAL" in sent[-1] and res.output.count("\n") > 1


@pytest.mark.parametrize("query", [q.name for q in saved_queries()])
def test_every_saved_query_runs(store: KGStore, query: str) -> None:
    for fmt in ("table", "csv", "json"):
        assert run_query(store, load_query(query).text, fmt=fmt)


@pytest.mark.parametrize("query", [q.name for q in saved_queries() if q.params])
def test_hostile_values_are_literals(store: KGStore, query: str) -> None:
    """Quotes, braces, `;` and DROP in a value: no error, no match, nothing changed."""
    before = len(store)
    graphs = store.named_graphs()
    for value in HOSTILE:
        for name in load_query(query).params:
            out = run_query(store, load_query(query).text, fmt="csv", params={name: value})
            if query != "entity":  # CONSTRUCT with a literal subject matches nothing either
                assert out.strip().count("\n") == 0, f"{query} {name}={value!r} matched rows"
    assert len(store) == before
    assert store.named_graphs() == graphs


def test_hostile_value_round_trips_exactly(store: KGStore) -> None:
    for value in HOSTILE[:-1]:
        out = run_query(store, "SELECT ?echo WHERE { BIND(?value AS ?echo) }", fmt="json", params={"value": value})
        import json

        [binding] = json.loads(out)["results"]["bindings"]
        assert binding["echo"] == {"type": "literal", "value": value}


def test_bad_iri_and_bad_names_are_clear_errors(store: KGStore) -> None:
    with pytest.raises(QueryError, match="bad parameter value"):
        run_query(store, "SELECT * WHERE { ?s ?p ?o }", params={"x": "<http://a}b>"})
    with pytest.raises(QueryError, match="not a valid parameter name"):
        run_query(store, "SELECT * WHERE { ?s ?p ?o }", params={"x } DROP ALL": "1"})


def test_values_go_into_the_where_clause() -> None:
    construct = 'PREFIX a: <http://x/#>\n# { comment\nCONSTRUCT { ?s a:p "{" } WHERE { ?s ?p ?o }'
    bound = bind_params(construct, {"s": "<http://e/x>"})
    assert bound.index("VALUES") > bound.index("WHERE")
    ox.Store().query(bound)  # parses
    assert "VALUES" in bind_params("SELECT * { ?s ?p ?o }", {"o": "1"})
    assert bind_params("ASK { ?s ?p ?o }", {}) == "ASK { ?s ?p ?o }"


# -- answers on the example documents ----------------------------------------------------------------------

STM = "https://w3id.org/welfare-kg/id/ministry/stm"


def test_funding_amounts_by_funder(store: KGStore) -> None:
    got = rows(store, "funding", funder="stm")
    assert {r["funderIri"] for r in got} == {STM}
    assert {"350000", "966880"} <= {r["amount"] for r in got}
    assert rows(store, "funding", funder=f"<{STM}>") == got
    assert all(r["fundingYear"] == "2020" for r in rows(store, "funding", year="2020"))
    assert rows(store, "funding", funder="Nobody") == []


def test_municipality_matched_case_insensitively(store: KGStore) -> None:
    lower = rows(store, "municipality_projects", municipality="enonkoski")
    assert lower and lower == rows(store, "municipality_projects", municipality="ENONKOSKI")
    assert {r["municipalityLabel"] for r in lower} == {"Enonkoski"}
    assert {"participatesIn", "decides"} <= {r["role"] for r in lower}


def test_projects_by_area_uses_reference_links(store: KGStore) -> None:
    got = rows(store, "projects_by_area", area="oys-erva")
    assert got and {r["cooperationArea"].rsplit("/", 1)[-1] for r in got} == {"oys"}
    assert any(r["how"] == "covers region" and r["regionLabel"] == "Lappi" for r in got)


def test_decisions_in_a_date_range(store: KGStore) -> None:
    every = rows(store, "decisions")
    assert len(every) == 3 and all(r["recordNumber"] and r["outcome"] for r in every)
    late_2020 = rows(store, "decisions", **{"from": "2020-09-01", "to": "2020-12-31"})
    assert [r["date"] for r in late_2020] == ["2020-12-09"]
    assert late_2020[0]["preparer"].startswith("Sirpa Kunnas")


def test_people_posts_competence_centres_and_evidence(store: KGStore) -> None:
    posts = rows(store, "people_posts", organisation="POSKE")
    assert [(r["personLabel"], r["postTitle"]) for r in posts] == [("Jaana Jokinen", "kehittämispäällikkö")]
    centres = rows(store, "competence_centres", centre="poske")
    assert len(centres) == 1 and "Lappi" in centres[0]["regionsCovered"]
    funds = rows(store, "evidence", relation="funds")
    contract = [r for r in rows(store, "facts") if r["predicate"].endswith("#funds")]
    assert len(funds) >= len({(r["subject"], r["object"], r["document"]) for r in contract}) >= 3
    assert all(r["sentence"] and int(r["charEnd"]) > int(r["charStart"]) for r in funds)


def test_networks_and_merges(store: KGStore) -> None:
    net = rows(store, "project_network", project="Verson osahanke")
    assert {"funds", "coversArea"} <= {r["relation"] for r in net}
    assert {r["direction"] for r in net} == {"in", "out"}
    multi = rows(store, "multi_area_organisations")
    assert STM in {r["organisationIri"] for r in multi}
    merged = {r["entityIri"]: r for r in rows(store, "merged_entities")}
    assert STM in merged and int(merged[STM]["documents"]) >= 2


def test_entity_construct_gives_turtle(store: KGStore) -> None:
    out = run_query(store, load_query("entity").text, fmt="turtle", params={"entity": f"<{STM}>"})
    g = ox.Store()
    g.load(out.encode(), format=ox.RdfFormat.TURTLE)
    assert len(g) > 5


def test_cli_rejects_unknown_parameter(query_store_dir: Path) -> None:
    res = CliRunner().invoke(main, ["query", "decisions", "--store", str(query_store_dir), "-p", "form=2020-01-01"])
    assert res.exit_code != 0 and "not a parameter of decisions" in res.output

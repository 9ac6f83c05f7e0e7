"""The saved queries answer exactly as they did before they were rewritten against the entity layer.

`tests/fixtures/query_answers/` holds two frozen stores (the example documents and a
60-document generated corpus, as N-Quads) and every saved query's answers on them as
the queries stood before the rewrite (without and with parameters). The stores are
frozen, not re-ingested, so that later changes to extraction or the reference data do
not move the ground under this comparison: the test loads the quads, drops the old
derived graphs, rebuilds the derived entity layer the way the store does, and runs the
current queries. Ordering aside (and the order of values inside GROUP_CONCAT cells),
the answers must be the same.

    python tests/test_queries_answers.py record   # re-record with the queries in queries/ (only before a rewrite)
"""

from __future__ import annotations

import gzip
import json
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import pytest

from welfare_kg.graph.store import KGStore
from welfare_kg.queries import bind_params, saved_queries

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "query_answers"
EXAMPLES = ROOT / "examples" / "documents"
STORES = ("examples", "generated")
OLD_DERIVED = ("https://w3id.org/welfare-kg/graph/labels", "https://w3id.org/welfare-kg/graph/entities")

# GROUP_CONCAT cells: their order is the engine's, not part of the answer.
LISTS = {
    ("co_participation", "together"): " ",
    ("competence_centres", "regionsCovered"): "; ",
    ("competence_centres", "projects"): "; ",
    ("decisions", "about"): " ",
    ("merged_entities", "allNames"): " | ",
    ("merged_entities", "files"): " ",
    ("multi_area_organisations", "areaNames"): "; ",
}
# Extra parameter values, taken at recording time from a query's own unparameterised answer
# (first row in sorted order): (parameter, column, how) with how = "iri" (as <IRI>), "text" or "local".
PICKS: dict[str, list[tuple[str, str, str]]] = {
    "co_participation": [("organisation", "a", "iri"), ("organisation", "bLabel", "text")],
    "competence_centres": [("centre", "centreIri", "iri"), ("centre", "centreLabel", "text")],
    "decisions": [("body", "bodyLabel", "text"), ("body", "bodyIri", "iri")],
    "documents": [("kind", "docKind", "text")],
    "evidence": [("entity", "subjectLabel", "text"), ("entity", "objectIri", "iri"),
                 ("relation", "predicate", "local"), ("relation", "predicate", "iri")],
    "funding": [("funder", "funderLabel", "text"), ("year", "fundingYear", "text")],
    "funding_totals": [("year", "fundingYear", "text")],
    "merged_entities": [("type", "entityType", "local")],
    "municipality_projects": [("municipality", "municipalityLabel", "text"), ("project", "projectLabel", "text"),
                              ("project", "projectIri", "iri")],
    "people_posts": [("organisation", "organisationLabel", "text"), ("person", "personLabel", "text"),
                     ("person", "personIri", "iri")],
    "project_network": [("project", "projectLabel", "text")],
    "projects_by_area": [("area", "areaLabel", "text"), ("area", "regionLabel", "text"),
                         ("area", "cooperationArea", "iri")],
}
ENTITY_IRIS = ["https://w3id.org/welfare-kg/id/ministry/stm"]


def _example_params(text: str) -> dict[str, str]:
    import re

    line = next((ln for ln in text.splitlines() if ln.startswith("# example:")), "")
    return dict(m.groups() for m in re.finditer(r"--param (\w+)=(\S+)", line))


def _cell(term: ox.Term | None) -> str:
    return "" if term is None else str(term)


def answer(store: KGStore, name: str, text: str, params: dict[str, str]) -> list[list[str]]:
    """A query's answer as sorted rows of N-Triples terms (CONSTRUCT: sorted triples)."""
    result = store.query(bind_params(text, params))
    if isinstance(result, ox.QueryBoolean):
        return [[str(bool(result))]]
    if isinstance(result, ox.QueryTriples):
        return sorted([str(t.subject), str(t.predicate), str(t.object)] for t in result)
    variables = [v.value for v in result.variables]
    rows = []
    for sol in result:
        row = []
        for v in variables:
            cell = _cell(sol[v])
            sep = LISTS.get((name, v))
            if sep and cell:
                term = sol[v]
                cell = str(ox.Literal(sep.join(sorted(term.value.split(sep))), datatype=term.datatype))
            row.append(cell)
        rows.append(row)
    return [variables, *sorted(rows)]


def _param_value(header: list[str], rows: list[list[str]], column: str, how: str) -> str | None:
    if column not in header:
        return None
    i = header.index(column)
    for row in rows:
        cell = row[i]
        if not cell:
            continue
        if how == "iri" and cell.startswith("<"):
            return cell
        value = json.loads(cell[: cell.rindex('"') + 1]) if cell.startswith('"') else cell.strip("<>")
        if how == "local":
            return value.rsplit("#", 1)[-1]
        if how == "text" and value:
            return value
    return None


def record_runs(store: KGStore) -> list[dict]:
    """Every saved query without parameters, with its example's, and with values picked from its own answer."""
    runs = []
    for q in saved_queries():
        param_sets: list[dict[str, str]] = []
        if q.name == "entity":
            param_sets = [{"entity": f"<{i}>"} for i in ENTITY_IRIS]
        else:
            param_sets.append({})
        example = _example_params(q.text)
        if example and example not in param_sets:
            param_sets.append(example)
        first = answer(store, q.name, q.text, param_sets[0])
        for param, column, how in PICKS.get(q.name, []):
            value = _param_value(first[0], first[1:], column, how)
            if value is not None and {param: value} not in param_sets:
                param_sets.append({param: value})
        for params in param_sets:
            runs.append({"query": q.name, "params": params, "answer": answer(store, q.name, q.text, params)})
    return runs


def build_stores(out: Path) -> dict[str, KGStore]:
    from welfare_kg.ingest import ingest
    from welfare_kg.synthetic.generate import write_corpus

    stores = {}
    with tempfile.TemporaryDirectory() as tmp:
        write_corpus(tmp, 60, seed=0)
        for name, folder in (("examples", EXAMPLES), ("generated", Path(tmp) / "docs")):
            store = KGStore()
            report = ingest([folder], store)
            assert report.ok, report.failed
            stores[name] = store
            (out / f"{name}.nq.gz").write_bytes(gzip.compress(store.dump(ox.RdfFormat.N_QUADS), mtime=0))
    return stores


def record() -> None:
    FIXTURES.mkdir(parents=True, exist_ok=True)
    stores = build_stores(FIXTURES)
    answers = {name: record_runs(store) for name, store in stores.items()}
    data = json.dumps(answers, ensure_ascii=False, indent=0, sort_keys=True).encode("utf-8")
    (FIXTURES / "answers.json.gz").write_bytes(gzip.compress(data, mtime=0))
    for name, runs in answers.items():
        print(name, len(runs), "runs,", sum(len(r["answer"]) for r in runs), "rows")


def frozen_store(name: str) -> KGStore:
    """The frozen quads with the old derived graphs dropped and the current derived layer rebuilt."""
    store = KGStore()
    store.oxigraph.load(gzip.decompress((FIXTURES / f"{name}.nq.gz").read_bytes()), format=ox.RdfFormat.N_QUADS)
    for g in OLD_DERIVED:
        if store.oxigraph.contains_named_graph(ox.NamedNode(g)):
            store.oxigraph.remove_graph(ox.NamedNode(g))
    rebuild = getattr(store, "rebuild_derived", None)
    if rebuild is not None:
        rebuild()
    return store


def _recorded() -> dict[str, list[dict]]:
    return json.loads(gzip.decompress((FIXTURES / "answers.json.gz").read_bytes()))


@pytest.fixture(scope="module")
def frozen() -> dict[str, KGStore]:
    return {name: frozen_store(name) for name in STORES}


def _cases() -> list[tuple[str, int]]:
    if not (FIXTURES / "answers.json.gz").exists():  # while recording
        return []
    recorded = _recorded()
    return [(name, i) for name in STORES for i in range(len(recorded[name]))]


@pytest.mark.parametrize(("store_name", "index"), _cases())
def test_answers_equal_recorded(frozen: dict[str, KGStore], store_name: str, index: int) -> None:
    run = _recorded()[store_name][index]
    by_name = {q.name: q for q in saved_queries()}
    q = by_name[run["query"]]
    got = answer(frozen[store_name], q.name, q.text, run["params"])
    expected = run["answer"]
    if got != expected:
        missing = [r for r in expected[1:] if r not in got[1:]][:5]
        extra = [r for r in got[1:] if r not in expected[1:]][:5]
        pytest.fail(f"{q.name} {run['params']} on {store_name}: header {got[0]} vs {expected[0]}; "
                    f"{len(got) - 1} rows vs {len(expected) - 1}; missing {missing}; extra {extra}")


def _local_cases() -> list[tuple[str, int]]:
    """The recorded cases of the queries that have a local form (queries/oxigraph/)."""
    if not (FIXTURES / "answers.json.gz").exists():
        return []
    local = {q.name for q in saved_queries() if q.local}
    recorded = _recorded()
    return [(name, i) for name in STORES for i, run in enumerate(recorded[name]) if run["query"] in local]


@pytest.mark.parametrize(("store_name", "index"), _local_cases())
def test_local_forms_answer_as_recorded(frozen: dict[str, KGStore], store_name: str, index: int) -> None:
    """A local form (what a local store runs instead of the portable query) gives the recorded answer too."""
    run = _recorded()[store_name][index]
    q = {q.name: q for q in saved_queries()}[run["query"]]
    assert q.local and q.local_text == q.local != q.text
    got = answer(frozen[store_name], q.name, q.local, run["params"])
    assert got == run["answer"], f"{q.name} (local form) {run['params']} on {store_name}"


def test_evidence_has_a_local_form() -> None:
    """The measured gains beyond the noise (benchmarks/README.md); losing a file would lose one silently.

    The two fact listings read the derived fact rows (graph/factrows.py); a store without them runs
    evidence's LATERAL form over the document graphs and project_network's portable form."""
    assert _local_cases(), "no saved query has a local form"
    by_name = {q.name: q for q in saved_queries()}
    for name in ("evidence", "project_network"):
        assert by_name[name].reads_fact_rows, name
    assert "LATERAL" in by_name["evidence"].no_rows
    assert not by_name["project_network"].no_rows


def test_every_saved_query_is_covered() -> None:
    recorded = {r["query"] for runs in _recorded().values() for r in runs}
    assert {q.name for q in saved_queries()} <= recorded


# The order each listing promises, as plain Python keys over its own columns: the queries sort on keys computed
# inside sub-queries (so that Oxigraph compares strings in memory), which must still give this order.
ORDERS: dict[str, Callable[[dict[str, ox.Term | None]], tuple]] = {
    "project_network": lambda r: (_text(r["projectLabel"]), _text(r["relation"]), _text(r["partnerLabel"]),
                                  _text(r["document"])),
    "evidence": lambda r: (_text(r["document"]), int(r["charStart"].value) if r["charStart"] else -1,
                           _text(r["predicate"])),
}


def _text(term: ox.Term | None) -> tuple[int, str]:
    """SPARQL order of these columns: unbound first, then by the string (labels end in a space in the keys)."""
    return (0, "") if term is None else (1, term.value + " ")


@pytest.mark.parametrize("form", ["portable", "local"])
@pytest.mark.parametrize("name", sorted(ORDERS))
@pytest.mark.parametrize("store_name", STORES)
def test_listings_come_in_the_promised_order(frozen: dict[str, KGStore], store_name: str, name: str,
                                             form: str) -> None:
    q = {s.name: s for s in saved_queries()}[name]
    result = frozen[store_name].query(bind_params(q.text if form == "portable" else q.local_text, {}))
    columns = [v.value for v in result.variables]
    keys = [ORDERS[name](dict(zip(columns, (sol[c] for c in columns), strict=True))) for sol in result]
    assert len(keys) > 20
    assert keys == sorted(keys)


if __name__ == "__main__" and sys.argv[1:] == ["record"]:
    record()

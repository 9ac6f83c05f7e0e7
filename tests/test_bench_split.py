"""`bench_queries.py --split` states the decoding floor of the saved queries; its two helpers must be right.

The evaluation half of the split is each query as a sub-select under COUNT(*): it must be a valid query that counts
exactly the rows the query returns (otherwise "evaluation" would time something else). The stored-cell count must
match Oxigraph 0.5's encoding: IRIs and strings over 15 bytes are read from the store, short strings and numbers not.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from tests.test_queries_answers import frozen_store
from welfare_kg.queries import bind_params, saved_queries

BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "bench_queries.py"


@pytest.fixture(scope="module")
def bench():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("bench_queries", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_queries"] = module
    spec.loader.exec_module(module)
    return module


def test_count_form_counts_the_rows_of_every_saved_query(bench) -> None:  # type: ignore[no-untyped-def]
    store = frozen_store("examples")
    for q in saved_queries():
        text = bind_params(q.local_text, bench.BENCH_PARAMS.get(q.name))
        result = store.query(text)
        if not isinstance(result, ox.QuerySolutions):  # `entity` is a CONSTRUCT: --split leaves it out too
            continue
        rows = sum(1 for _ in result)
        assert rows > 0, q.name  # every SELECT answers on the examples: 0 = 0 would prove little
        counted = next(iter(store.query(bench.count_form(text))))  # type: ignore[call-overload]
        assert int(counted[0].value) == rows, q.name


def test_stored_cells_follow_the_inline_encoding(bench) -> None:  # type: ignore[no-untyped-def]
    stored = bench.stored_cell
    assert stored(ox.NamedNode("https://example.org/a"))
    assert not stored(ox.BlankNode())
    assert not stored(ox.Literal("fifteen bytes!!"))  # 15 bytes: inline
    assert stored(ox.Literal("sixteen bytes!!!"))
    assert stored(ox.Literal("Itäinen Uusimaa", language="fi"))  # 15 characters, 16 bytes in UTF-8
    assert not stored(ox.Literal("Östnyland", language="sv"))
    assert not stored(ox.Literal("123456789012345678901", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")))
    assert stored(ox.Literal("x", datatype=ox.NamedNode("https://example.org/type")))


def test_bench_params_are_the_cli_s_and_checked(bench) -> None:  # type: ignore[no-untyped-def]
    """`--param QUERY:NAME=VALUE` binds as `welfare-kg query QUERY --param NAME=VALUE`; a misspelt name or a missing
    query part stops the run instead of timing a query that binds nothing."""
    got = bench.bench_params(["projects_by_area:area=Pohjois-Suomi: alue", "funding:year=2021", "funding:funder=STM"])
    assert got == {"projects_by_area": {"area": "Pohjois-Suomi: alue"}, "funding": {"year": "2021", "funder": "STM"}}
    assert bench.bench_params(["entity:entity=<https://example.org/x>"])["entity"] == {"entity": "<https://example.org/x>"}
    for bad in ("projects_by_area:areas=Oulu", "area=Oulu", "funding:year=twenty"):
        with pytest.raises(SystemExit):
            bench.bench_params([bad])

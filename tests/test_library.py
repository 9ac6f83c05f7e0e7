"""The library entry point (`KnowledgeGraph`) and the example notebook that shows it."""

from __future__ import annotations

from pathlib import Path

import pytest

from welfare_kg import KnowledgeGraph
from welfare_kg.queries import QueryError

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "documents"


@pytest.fixture(scope="module")
def kg(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeGraph:
    graph = KnowledgeGraph(tmp_path_factory.mktemp("kg") / "store")
    report = graph.ingest(EXAMPLES)
    assert report.ok and len(report.ingested) == 5
    return graph


def test_saved_query_with_parameter_returns_typed_rows(kg: KnowledgeGraph) -> None:
    rows = kg.query("municipality_projects", municipality="Ranua")
    assert rows.columns[0] == "municipalityIri"
    assert rows and {r["municipalityLabel"] for r in rows} == {"Ranua"}
    funding = kg.query("funding")
    amounts = [r["amount"] for r in funding if r["amount"] is not None]
    assert 966880 in amounts  # STM's grant in the Aura minutes, as a number, not a string


def test_rows_become_a_dataframe(kg: KnowledgeGraph) -> None:
    pd = pytest.importorskip("pandas", reason="pandas is optional for the library; CI installs it")
    df = kg.query("funding").df()
    assert isinstance(df, pd.DataFrame) and list(df.columns)[:2] == ["funderIri", "funderLabel"]
    assert len(df) == len(kg.query("funding"))


def test_parameters_are_bound_not_pasted(kg: KnowledgeGraph) -> None:
    hostile = 'Ranua" } } DROP ALL ; SELECT * { ?s ?p "x'
    assert kg.query("municipality_projects", municipality=hostile) == []
    with pytest.raises(QueryError, match="not a parameter"):
        kg.query("municipality_projects", nonsense="x")


def test_ask_construct_explain_map_export(kg: KnowledgeGraph, tmp_path: Path) -> None:
    assert kg.query("ASK { ?s a wkg:Document }") is True
    turtle = kg.query("CONSTRUCT { ?d a wkg:Document } WHERE { ?d a wkg:Document }")
    assert isinstance(turtle, str) and turtle.count("Document") == 5
    assert "Ranua" in kg.explain("Ranua").splitlines()[0]
    out = kg.map(tmp_path / "m.html", view="funding")
    assert "sosiaali- ja terveysministeriö" in out.read_text(encoding="utf-8")
    n = kg.export(tmp_path / "g.ttl")
    assert n > 100 and (tmp_path / "g.ttl").stat().st_size > 1000


def test_notebook_runs(tmp_path: Path) -> None:
    nbformat = pytest.importorskip("nbformat", reason="the notebook check needs the test extras (nbclient)")
    from nbclient import NotebookClient

    nb = nbformat.read(ROOT / "examples" / "quickstart.ipynb", as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    outputs = "".join(o.get("text", "") + str(o.get("data", {}).get("text/plain", ""))
                      for c in nb.cells if c.cell_type == "code" for o in c.outputs)
    assert "5 ingested" in outputs
    assert "statements exported" in outputs
    assert not any(o.get("output_type") == "error" for c in nb.cells if c.cell_type == "code" for o in c.outputs)


def test_entity_parameter_takes_a_name(kg: KnowledgeGraph) -> None:
    by_name = kg.query("entity", entity="Ranua")
    by_iri = kg.query("entity", entity="https://w3id.org/welfare-kg/id/municipality/683")
    assert isinstance(by_name, str) and by_name == by_iri and "Ranua" in by_name


def test_rows_keep_the_projection_order_and_type_each_value() -> None:
    """Cells are matched to columns by position (a solution iterates in projection order), not looked up by name."""
    from datetime import date
    from decimal import Decimal

    kg = KnowledgeGraph(None)
    rows = kg.query("""SELECT ?b ?a ?n ?d ?iri ?missing ?dec WHERE {
        VALUES (?a ?b ?n ?d ?iri ?missing ?dec) {
          ("plain" "nimi"@fi 42 "2024-05-01"^^<http://www.w3.org/2001/XMLSchema#date> <http://example.org/x> UNDEF 1.5)
        } }""")
    assert rows.columns == ["b", "a", "n", "d", "iri", "missing", "dec"]
    assert rows == [{"b": "nimi", "a": "plain", "n": 42, "d": date(2024, 5, 1), "iri": "http://example.org/x",
                     "missing": None, "dec": Decimal("1.5")}]
    assert type(rows[0]["n"]) is int and type(rows[0]["b"]) is str

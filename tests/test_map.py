"""Map selection (views, filters, focus, --query) and the safety of the generated page, without a browser."""

from __future__ import annotations

import re
import time
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from welfare_kg.cli import main
from welfare_kg.graph.store import KGStore
from welfare_kg.viz.layout import fast_layout
from welfare_kg.viz.map import _vis_js, edge_width, map_graph, network_to_vis, render_map
from welfare_kg.viz.network import QueryNetworkError, load_query_network
from welfare_kg.viz.select import Selection, resolve_node, select, split_list

ID = "https://w3id.org/welfare-kg/id/"


def toy() -> nx.MultiDiGraph:
    """A small graph with one edge of each kind the views care about."""
    g = nx.MultiDiGraph()
    for iri, typ, label in [
        ("ministry/stm", "Ministry", "STM"), ("project/a", "Project", "Hanke A"),
        ("project/b", "Project", "Hanke B"), ("programme/p", "Programme", "Ohjelma"),
        ("region/06", "Region", "Pirkanmaa"), ("municipality/837", "Municipality", "Tampere"),
        ("competence-centre/pikassos", "CompetenceCentre", "Pikassos"), ("person/x", "Person", "Maija Meikäläinen"),
        ("body/837-kh", "Body", "Kunnanhallitus"),
    ]:
        g.add_node(ID + iri, type=typ, label=label, documents={"doc.txt"})
    for s, p, o, amount in [
        ("ministry/stm", "funds", "project/a", 250_000.0), ("municipality/837", "contributes", "project/a", None),
        ("competence-centre/pikassos", "coordinates", "project/a", None),
        ("project/a", "coversArea", "region/06", None),
        ("project/a", "partOf", "programme/p", None), ("body/837-kh", "partOf", "municipality/837", None),
        ("person/x", "holdsPost", "competence-centre/pikassos", None),
        ("municipality/837", "participatesIn", "project/b", None),
    ]:
        g.add_edge(ID + s, ID + o, key=p, predicate=p, amount=amount, documents={"doc.txt"},
                   sentences=[f"{s} {p} {o}."])
    return g


def names(g: nx.MultiDiGraph) -> set[str]:
    return {d["label"] for _n, d in g.nodes(data=True)}


def test_funding_view_keeps_money_and_coordination_edges() -> None:
    assert names(select(toy(), Selection(view="funding"))) == {"STM", "Hanke A", "Tampere", "Pikassos"}


def test_area_view_keeps_projects_and_areas_only() -> None:
    # the body partOf municipality edge goes: bodies are neither projects nor areas
    assert names(select(toy(), Selection(view="area"))) == {"Hanke A", "Pirkanmaa", "Ohjelma"}


def test_people_view() -> None:
    assert names(select(toy(), Selection(view="people"))) == {"Maija Meikäläinen", "Pikassos"}


def test_type_and_predicate_filters_are_case_insensitive_and_combine() -> None:
    g = select(toy(), Selection(types=["project", "MUNICIPALITY"]))
    assert names(g) == {"Hanke A", "Hanke B", "Tampere"}
    g = select(toy(), Selection(types=["Project", "Municipality"], predicates=["participatesIn"]))
    assert names(g) == {"Tampere", "Hanke B"}
    assert {p for *_e, p in g.edges(data="predicate")} == {"participatesIn"}


def test_unknown_type_or_view_is_an_error_not_an_empty_map() -> None:
    with pytest.raises(ValueError, match="unknown type"):
        select(toy(), Selection(types=["Projekt"]))
    with pytest.raises(ValueError, match="unknown predicate"):
        select(toy(), Selection(predicates=["fund"]))
    with pytest.raises(ValueError, match="unknown view"):
        select(toy(), Selection(view="money"))


def test_focus_by_label_iri_and_depth() -> None:
    g = toy()
    assert names(select(g, Selection(focus="pirkanmaa", depth=0))) == {"Pirkanmaa"}
    assert names(select(g, Selection(focus="Pirkanmaa", depth=1))) == {"Pirkanmaa", "Hanke A"}
    two = names(select(g, Selection(focus=ID + "region/06", depth=2)))
    assert two == {"Pirkanmaa", "Hanke A", "STM", "Tampere", "Pikassos", "Ohjelma"}
    # focus applies within the view: the neighbourhood of Tampere in the funding view
    assert names(select(g, Selection(view="funding", focus="Tampere", depth=1))) == {"Tampere", "Hanke A"}


def test_focus_errors_name_the_problem() -> None:
    g = toy()
    g.add_node(ID + "body/49-kh", type="Body", label="Kunnanhallitus")
    with pytest.raises(LookupError, match="several nodes"):
        resolve_node(g, "kunnanhallitus")
    with pytest.raises(LookupError, match="did you mean: Hanke A, Hanke B"):
        resolve_node(g, "hanke")


def test_split_list() -> None:
    assert split_list(" funds, coordinates,,") == ["funds", "coordinates"]
    assert split_list(None) == []


def test_store_views_and_focus(seed_store_dir: Path) -> None:
    store = KGStore(seed_store_dir, read_only=True)
    full = map_graph(store)
    funding = map_graph(store, Selection(view="funding"))
    assert 0 < funding.number_of_nodes() < full.number_of_nodes()
    assert {p for *_e, p in funding.edges(data="predicate")} <= {"funds", "contributes", "coordinates"}
    people = map_graph(store, Selection(view="people"))
    assert {t for _n, t in people.nodes(data="type")} >= {"Person"}
    ranua = map_graph(store, Selection(focus="Ranua", depth=1))
    centre = ID + "municipality/683"
    assert set(ranua) == {centre} | set(full.successors(centre)) | set(full.predecessors(centre))


def test_query_network(seed_store_dir: Path, tmp_path: Path) -> None:
    store = KGStore(seed_store_dir, read_only=True)
    g = load_query_network(store, """SELECT ?source ?predicate ?target WHERE {
        ?source wkg:funds ?target . BIND(wkg:funds AS ?predicate) }""")
    assert g.number_of_edges() > 0
    assert {p for *_e, p in g.edges(data="predicate")} == {"funds"}
    assert "Ministry" in {t for _n, t in g.nodes(data="type")}  # types and labels come from the store
    assert all(not d["label"].startswith("http") for _n, d in g.nodes(data=True))
    with pytest.raises(QueryNetworkError, match=r"\?source \?predicate \?target"):
        load_query_network(store, "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1")


def test_map_command_options(seed_store_dir: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "m.html"
    result = runner.invoke(main, ["map", "--store", str(seed_store_dir), "-o", str(out), "--view", "area",
                                  "--types", "Project,Region,CooperationArea"])
    assert result.exit_code == 0, result.output
    assert '"group": "Region"' in out.read_text(encoding="utf-8")
    query = tmp_path / "q.rq"
    query.write_text("SELECT ?source ?predicate ?target WHERE { ?source wkg:holdsPost ?target "
                     "BIND(wkg:holdsPost AS ?predicate) }", encoding="utf-8")
    result = runner.invoke(main, ["map", "--store", str(seed_store_dir), "-o", str(out), "--query", str(query)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["map", "--store", str(seed_store_dir), "-o", str(out), "--focus", "Atlantis"])
    assert result.exit_code != 0 and "Atlantis: no such node" in result.output


# -- the page ------------------------------------------------------------------------------------------------

EVIL = "<script>alert(1)</script>"


def evil_graph() -> nx.MultiDiGraph:
    g = toy()
    g.add_node(ID + "project/evil", type="Project", label=EVIL, documents={"<img src=x onerror=alert(2)>.txt"})
    g.add_node(ID + "project/link", type="Project", label='<a href="https://example.org">href</a>')
    g.add_edge(ID + "project/evil", ID + "project/link", key="partOf", predicate="partOf", amount=None,
               documents=set(), sentences=["</script><script>alert(3)</script> {{VIS_JS}}"])
    return g


def test_page_has_no_raw_markup_from_the_graph_and_no_remote_resources() -> None:
    page = render_map(evil_graph(), title="{{NODES}} <b>")
    assert "<script>alert" not in page
    assert "<img src=x" not in page
    # vis-network itself holds one "<script>" in a string literal (and no "<!--", so it cannot open an element)
    assert page.replace(_vis_js(), "").count("<script") == 2 and "<!--" not in _vis_js()
    # placeholders inside graph text or the title stay text: one pass of substitution
    assert "<title>{{NODES}} &lt;b&gt;</title>" in page and page.count("sourceMappingURL=vis-network") == 1
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page, re.IGNORECASE)
    assert "cdn" not in page.lower() and "bootstrap" not in page.lower()


def test_href_in_a_label_does_not_turn_tooltips_into_html() -> None:
    """pyvis's template switches every title to HTML once one contains "href"; ours never builds HTML titles."""
    page = render_map(evil_graph())
    assert "innerHTML" not in page.split("<script>", 2)[2]
    assert "htmlTitle" not in page
    nodes, _edges = network_to_vis(evil_graph())
    assert all(isinstance(n["title"], str) for n in nodes)


def test_tooltips_and_sizes() -> None:
    g = toy()
    nodes, edges = network_to_vis(g)
    by_label = {n["label"]: n for n in nodes}
    assert by_label["Hanke A"]["value"] > by_label["Pirkanmaa"]["value"]  # size by degree
    assert by_label["Hanke A"]["title"].splitlines()[:2] == ["Hanke A", "Project"]
    assert "sources: doc.txt" in by_label["Hanke A"]["title"]
    funds = next(e for e in edges if e["label"].startswith("funds"))
    assert funds["width"] > 1 and "250\u202f000 €" in funds["title"]
    assert edge_width(None) == 1.0 < edge_width(10_000) < edge_width(1_000_000) <= 10.0


def test_big_graph_gets_fixed_positions_fast() -> None:
    g = nx.gnm_random_graph(5000, 20000, seed=3)
    start = time.perf_counter()
    pos = fast_layout(g, seed=1, scale=100)
    assert time.perf_counter() - start < 10
    assert len(pos) == 5000 and max(abs(c) for xy in pos.values() for c in xy) == pytest.approx(100)
    assert pos == fast_layout(g, seed=1, scale=100)  # deterministic
    big = nx.MultiDiGraph()
    for i in range(600):
        big.add_node(f"n{i}", type="Project", label=f"n{i}")
        big.add_edge(f"n{i}", f"n{(i + 1) % 600}", key="partOf", predicate="partOf")
    page = render_map(big)
    assert "physics: {enabled: false" in page and '"x": ' in page


def test_focus_by_any_name_the_store_knows(tmp_path: Path) -> None:
    """`--focus STM` finds the ministry by its acronym although the map labels it with its full name."""
    from welfare_kg.ingest import ingest

    stm = "https://w3id.org/welfare-kg/id/ministry/stm"
    store = KGStore(tmp_path / "kg")
    ingest([Path(__file__).resolve().parent.parent / "examples" / "documents"], store)
    g = map_graph(store, Selection(focus="STM", depth=1))
    assert stm in g and len(g) > 1
    assert all(n == stm or g.has_edge(n, stm) or g.has_edge(stm, n) for n in g)


def test_area_and_period_filters(tmp_path: Path) -> None:
    """--area keeps an ERVA area's places (municipalities through the reference data) and their projects;
    --from/--to keep facts whose period or document date overlaps."""
    from welfare_kg.ingest import ingest

    store = KGStore(tmp_path / "kg")
    ingest([Path(__file__).resolve().parent.parent / "examples" / "documents"], store)
    north = map_graph(store, Selection(area="Pohjois-Suomi"))
    labels = {d["label"] for _n, d in north.nodes(data=True)}
    assert {"Ranua", "Lappi", "Lastensuojelun monialainen kehittäminen Pohjois-Suomessa"} <= labels
    assert not labels & {"Aura", "Enonkoski", "Päijät-Häme"}
    late = map_graph(store, Selection(date_from="2022-01-01"))
    assert "https://w3id.org/welfare-kg/id/municipality/046" in late  # Enonkoski's 2022 agreement
    assert "https://w3id.org/welfare-kg/id/municipality/683" not in late  # Ranua's decision of 2020
    with pytest.raises(LookupError):
        map_graph(store, Selection(area="Atlantis"))

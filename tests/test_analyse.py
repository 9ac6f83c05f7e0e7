"""`welfare-kg analyse`: centralities, communities, ERVA bridges, busy municipalities and the export files."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
from click.testing import CliRunner

from welfare_kg.cli import main
from welfare_kg.graph.store import KGStore
from welfare_kg.viz.analyse import analyse_graph, analyse_store, cooperation_areas, format_report, write_outputs

ID = "https://w3id.org/welfare-kg/id/"


def graph() -> nx.MultiDiGraph:
    """THL coordinates projects in two cooperation areas; a company works in one only."""
    g = nx.MultiDiGraph()
    for iri, typ in [("agency/thl", "Agency"), ("company/x", "Company"), ("project/a", "Project"),
                     ("project/b", "Project"), ("region/06", "Region"), ("region/13", "Region"),
                     ("municipality/837", "Municipality"), ("municipality/179", "Municipality")]:
        g.add_node(ID + iri, type=typ, label=iri.split("/")[1], documents={"d.txt"})
    for s, p, o in [("agency/thl", "coordinates", "project/a"), ("agency/thl", "funds", "project/b"),
                    ("company/x", "participatesIn", "project/a"), ("project/a", "coversArea", "region/06"),
                    ("project/b", "coversArea", "region/13"), ("municipality/837", "participatesIn", "project/a"),
                    ("municipality/837", "participatesIn", "project/b"),
                    ("municipality/179", "participatesIn", "project/b")]:
        g.add_edge(ID + s, ID + o, key=p, predicate=p, documents={"d.txt"}, sentences=[], amount=None)
    return g


AREAS = {ID + "region/06": ID + "cooperation-area/tays", ID + "region/13": ID + "cooperation-area/kys"}


def test_bridges_and_municipalities() -> None:
    a = analyse_graph(graph(), AREAS)
    assert [(b.org, b.areas) for b in a.bridges] == [
        (ID + "agency/thl", [ID + "cooperation-area/kys", ID + "cooperation-area/tays"]),
        (ID + "municipality/837", [ID + "cooperation-area/kys", ID + "cooperation-area/tays"]),
    ]
    assert a.municipalities == [(ID + "municipality/837", 2), (ID + "municipality/179", 1)]
    assert max(a.betweenness, key=a.betweenness.get) in {ID + "project/a", ID + "project/b"}
    assert sorted(n for c in a.communities for n in c) == sorted(graph())  # a partition of all nodes
    assert analyse_graph(graph(), AREAS).communities == a.communities  # seeded: reruns agree


def test_reference_gives_cooperation_areas(seed_store_dir: Path) -> None:
    areas = cooperation_areas(KGStore(seed_store_dir, read_only=True))
    assert areas[ID + "municipality/837"] == ID + "cooperation-area/tays"
    assert areas[ID + "region/06"] == ID + "cooperation-area/tays"


def test_store_report_and_files(seed_store_dir: Path, tmp_path: Path) -> None:
    a = analyse_store(KGStore(seed_store_dir, read_only=True))
    text = format_report(a)
    assert "Top 10 by degree centrality" in text and "Top 10 by betweenness centrality" in text
    assert "communities (Louvain" in text and "bridging ERVA" in text
    paths = write_outputs(a, csv_path=tmp_path / "n.csv", json_path=tmp_path / "r.json",
                          graphml=tmp_path / "g.graphml", gexf=tmp_path / "g.gexf")
    assert all(p.stat().st_size > 0 for p in paths)
    rows = list(csv.DictReader((tmp_path / "n.csv").open(encoding="utf-8")))
    assert len(rows) == a.graph.number_of_nodes() and {"iri", "betweenness", "community"} <= set(rows[0])
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert len(report["degree"]) == min(10, a.graph.number_of_nodes()) and report["communities"]
    back = nx.read_graphml(tmp_path / "g.graphml")
    assert back.number_of_nodes() == a.graph.number_of_nodes()
    assert back.number_of_edges() == a.graph.number_of_edges()
    node = next(iter(back.nodes(data=True)))[1]
    assert isinstance(node["documents"], str) and "betweenness" in node
    assert nx.read_gexf(tmp_path / "g.gexf").number_of_nodes() == a.graph.number_of_nodes()


def test_analyse_command(seed_store_dir: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["analyse", "--store", str(seed_store_dir), "--graphml",
                                       str(tmp_path / "g.graphml"), "--json", str(tmp_path / "r.json")])
    assert result.exit_code == 0, result.output
    assert "Municipalities in the most projects" in result.output
    assert (tmp_path / "g.graphml").exists() and (tmp_path / "r.json").exists()

"""How long a 5,000-node / 20,000-edge map takes: build, render (incl. layout) and Chromium until drawn.

Run:  python benchmarks/bench_map.py  [--nodes N --edges M]
The graph carries the same node/edge attributes that viz.network.load_network produces.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

import networkx as nx

from tests.browser import headless_chromium, open_map
from welfare_kg.viz.layout import fast_layout
from welfare_kg.viz.map import STYLE, render_map

ID = "https://w3id.org/welfare-kg/id/"
PREDICATES = ("funds", "coordinates", "participatesIn", "contributes", "partOf", "coversArea", "holdsPost")


def synthetic(nodes: int, edges: int, seed: int = 1) -> nx.MultiDiGraph:
    rnd = random.Random(seed)
    types = [t for t in STYLE if t != "Entity"]
    g = nx.MultiDiGraph()
    for i in range(nodes):
        typ = rnd.choice(types)
        g.add_node(f"{ID}{typ.lower()}/{i}", type=typ, label=f"{typ} {i}", documents={f"doc{i % 50}.txt"})
    ids = list(g)
    added = 0  # counted here: MultiDiGraph.number_of_edges() walks every node
    while added < edges:
        s, o, p = rnd.choice(ids), rnd.choice(ids), rnd.choice(PREDICATES)
        if s != o and not g.has_edge(s, o, key=p):
            added += 1
            g.add_edge(s, o, key=p, predicate=p, documents={f"doc{rnd.randrange(50)}.txt"},
                       sentences=[f"{g.nodes[s]['label']} {p} {g.nodes[o]['label']}."],
                       amount=float(rnd.randrange(10_000, 2_000_000)) if p == "funds" else None)
    return g


def timed(fn, *args, **kwargs):
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return result, time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--nodes", type=int, default=5000)
    ap.add_argument("--edges", type=int, default=20000)
    ap.add_argument("--browser", action=argparse.BooleanOptionalAction, default=True)
    args = ap.parse_args()
    g, t_build = timed(synthetic, args.nodes, args.edges)
    _pos, t_layout = timed(fast_layout, nx.Graph(g), seed=1)
    page, t_render = timed(render_map, g)
    rows = [("build graph", t_build), ("layout alone (fast_layout)", t_layout),
            ("render HTML incl. layout", t_render)]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "map.html"
        path.write_text(page, encoding="utf-8")
        size = path.stat().st_size / 1e6
        if args.browser:
            with headless_chromium() as driver:
                _none, t_open = timed(open_map, driver, path, 300)
                rows.append(("chromium: open until drawn", t_open))
    print(f"{args.nodes} nodes, {g.number_of_edges()} edges, page {size:.1f} MB")
    print(f"{'step':<30} {'seconds':>8}")
    for name, secs in rows:
        print(f"{name:<30} {secs:8.2f}")


if __name__ == "__main__":
    main()

"""Network analysis of the entity graph: who is central, which groups form, who bridges ERVA areas.

These are the questions the map raises but cannot answer by eye once a store holds
more than a few dozen documents. Everything runs on the same networkx graph the map
draws (viz.network.load_network), plus the reference graph's area -> cooperation area
links, and is written out in formats researchers already use (CSV, JSON, GraphML for
Cytoscape/yEd, GEXF for Gephi).
"""

from __future__ import annotations

import csv
import json
import math
import random
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
import numpy as np

from welfare_kg.graph.store import KGStore
from welfare_kg.viz.network import load_network
from welfare_kg.viz.select import PROJECT_TYPES

ORG_TYPES = frozenset({"Ministry", "Agency", "CompetenceCentre", "Municipality", "WellbeingCounty",
                       "JointAuthority", "Company", "Association", "Parish", "Body"})
BETWEENNESS_EXACT_LIMIT = 1000  # above this many nodes betweenness is estimated from a seeded sample
BETWEENNESS_SAMPLE = 500  # sources in that sample
TOP = 10
SEED = 1

COOPERATION_AREA_QUERY = "SELECT ?area ?ca WHERE { ?area wkg:cooperationArea ?ca }"


@dataclass
class Bridge:
    """An organisation whose projects reach two or more ERVA cooperation areas."""

    org: str
    areas: list[str]
    projects: list[str]


@dataclass
class Analysis:
    """Everything `welfare-kg analyse` prints and writes; node keys are IRIs."""

    graph: nx.MultiDiGraph
    degree: dict[str, float] = field(default_factory=dict)
    betweenness: dict[str, float] = field(default_factory=dict)
    communities: list[list[str]] = field(default_factory=list)
    bridges: list[Bridge] = field(default_factory=list)
    municipalities: list[tuple[str, int]] = field(default_factory=list)

    def label(self, n: str) -> str:
        return str(self.graph.nodes[n].get("label", n)) if n in self.graph else n

    def community_of(self) -> dict[str, int]:
        return {n: i for i, members in enumerate(self.communities) for n in members}


def simple_graph(g: nx.Graph) -> nx.Graph:
    """The undirected simple graph of `g` (a tie is a tie, whatever its kind or direction), attributes left out.

    Nodes and neighbours come in exactly the order `nx.Graph(g)` gives them: Louvain
    visits nodes in a seeded shuffle of that order and keeps the first of equally good
    moves, and the betweenness sample is drawn from it, so the order is part of the result.
    Copying no attribute dicts makes this a fraction of the cost of `nx.Graph(g)`.
    """
    if not g.is_directed() and not g.is_multigraph():
        return g
    simple = nx.Graph()
    simple.add_nodes_from(g)
    simple.add_edges_from(g.edges())
    return simple


def betweenness(simple: nx.Graph, k: int | None = None, seed: int = SEED) -> dict[str, float]:
    """Normalised betweenness centrality, the value networkx 3.6 gives, computed with numpy.

    Brandes' algorithm for many sources at once: breadth-first search level by level over
    a CSR adjacency, path counts and dependencies accumulated with `np.add.at`, 64 sources
    per batch. With `k` the sources are the `k` nodes networkx would sample for `seed`
    (`random.Random(seed).sample` of the node list) and the estimate is rescaled as
    networkx rescales it, so the figures equal networkx's to rounding; they are rounded
    to 12 decimals so that equal scores compare equal whatever the summation order.
    """
    order = list(simple)
    n = len(order)
    if k is not None and k >= n:
        k = None
    index = {v: i for i, v in enumerate(order)}
    sources = order if k is None else random.Random(seed).sample(order, k)
    raw = _brandes(simple, order, index, [index[s] for s in sources])
    N = n - 1  # (s, t) pairs through v exclude v itself as the target
    if N < 2:
        return dict.fromkeys(order, 0.0)
    if k is None:
        scale = np.full(n, 1.0 / (N * (N - 1)))
    else:
        scale = np.full(n, 1.0 / (k * (N - 1)))
        scale[[index[s] for s in sources]] = 1.0 / ((k - 1) * (N - 1)) if k > 1 else math.nan
    return dict(zip(order, np.round(raw * scale, 12).tolist(), strict=True))


def _brandes(simple: nx.Graph, order: list[str], index: dict[str, int], sources: list[int]) -> np.ndarray:
    """Sum over `sources` of each node's dependency (Brandes 2001), for an unweighted undirected graph.

    State for a batch of B sources lives in flat arrays of B*n entries (source j, node v at
    j*n + v). The forward pass keeps, per level, the arcs of the shortest-path DAG it found,
    so the backward pass touches only those arcs instead of the whole adjacency again.
    """
    n = len(order)
    adj = simple._adj
    deg = np.fromiter((len(adj[v]) for v in order), np.int64, n)
    indptr = np.zeros(n + 1, np.int64)
    np.cumsum(deg, out=indptr[1:])
    indices = np.fromiter((index[w] for v in order for w in adj[v]), np.int64, int(indptr[-1]))
    total = np.zeros(n)
    batch = max(1, min(64, 4_000_000 // max(1, len(indices), n)))  # bounds the arcs and arrays per batch
    for b0 in range(0, len(sources), batch):
        src_nodes = np.asarray(sources[b0:b0 + batch], np.int64)
        base = np.arange(len(src_nodes), dtype=np.int64) * n
        dist = np.full(len(src_nodes) * n, -1, np.int32)
        sigma = np.zeros(len(src_nodes) * n)
        frontier = base + src_nodes
        dist[frontier] = 0
        sigma[frontier] = 1.0
        seen = np.zeros(len(src_nodes) * n, bool)
        arcs: list[tuple[np.ndarray, np.ndarray]] = []
        level = 0
        while frontier.size:
            v = frontier % n
            cnt = deg[v]
            size = int(cnt.sum())
            if not size:
                break
            first = np.repeat(indptr[v] - (np.cumsum(cnt) - cnt), cnt)
            tail = np.repeat(frontier, cnt)
            head = tail - np.repeat(v, cnt) + indices[first + np.arange(size)]
            new = dist[head] == -1
            tail, head = tail[new], head[new]
            if not head.size:
                break
            np.add.at(sigma, head, sigma[tail])
            seen[head] = True  # the next frontier, sorted and without repeats (cheaper than np.unique)
            frontier = np.flatnonzero(seen)
            seen[frontier] = False
            level += 1
            dist[frontier] = level
            arcs.append((tail, head))
        delta = np.zeros_like(sigma)
        for tail, head in reversed(arcs):
            np.add.at(delta, tail, sigma[tail] * ((1.0 + delta[head]) / sigma[head]))
        delta[base + src_nodes] = 0.0  # a source is no intermediate of its own paths
        total += delta.reshape(len(src_nodes), n).sum(axis=0)
    return total


def centrality(g: nx.Graph) -> tuple[dict[str, float], dict[str, float]]:
    """Degree and betweenness centrality on the undirected simple graph (a tie is a tie, whatever its kind).

    Betweenness is exact up to BETWEENNESS_EXACT_LIMIT nodes and estimated from a seeded
    sample of BETWEENNESS_SAMPLE sources above it.
    """
    simple = simple_graph(g)
    degree = nx.degree_centrality(simple) if len(simple) > 1 else dict.fromkeys(simple, 0.0)
    k = None if len(simple) <= BETWEENNESS_EXACT_LIMIT else BETWEENNESS_SAMPLE
    return degree, betweenness(simple, k=k, seed=SEED)


def communities(g: nx.Graph) -> list[list[str]]:
    """Louvain communities (seeded, so reruns agree), largest first, members sorted."""
    simple = simple_graph(g)
    found = louvain(simple, seed=SEED) if len(simple) else []
    return sorted((sorted(c) for c in found), key=lambda c: (-len(c), c[0]))


# -- Louvain ------------------------------------------------------------------------------------------------------
# networkx's `louvain_communities` (resolution 1, threshold 1e-7, unweighted) step for step, on
# integer indices and plain lists instead of graph objects: twice as fast, and the same answer
# for the same seed, because every choice is made in the same order from the same numbers.
# That takes care: the random shuffle is of the same length, so the same permutation; the
# level graphs are built by adding edges in networkx's edge order, so each node's neighbours
# come in the same order (Louvain keeps the first of equally good moves); degrees and
# weights are integers, so gains and modularity are computed from the same exact values
# with the same expressions. tests/test_analyse.py compares it with networkx on random
# graphs and on real stores.
Level = list[dict[int, int]]  # node -> {neighbour: weight}, self-loops included, in insertion order


def louvain(simple: nx.Graph, seed: int = SEED, threshold: float = 1e-7) -> list[set[str]]:
    """The final partition of networkx's Louvain method for an unweighted undirected graph."""
    names = list(simple)
    index = {v: i for i, v in enumerate(names)}
    if simple.number_of_edges() == 0:
        return [{v} for v in names]
    adj: Level = [{} for _ in names]
    done: set[str] = set()
    for u in names:  # networkx copies the graph edge by edge in its edge order
        for v in simple._adj[u]:
            if v not in done:
                _link(adj, index[u], index[v], 1)
        done.add(u)
    rng = random.Random(seed)
    degrees = _degrees(adj)
    m = sum(degrees) / 2
    members = [{i} for i in range(len(names))]  # original nodes behind each node of the level graph
    mod = _modularity(adj, degrees, [{i} for i in range(len(names))])
    partition, inner, improved = _one_level(adj, degrees, members, m, [{i} for i in range(len(names))], rng)
    improved = True
    result = partition
    while improved:
        result = [c.copy() for c in partition]
        new_mod = _modularity(adj, degrees, inner)
        if new_mod - mod <= threshold:
            break
        mod = new_mod
        adj, members = _aggregate(adj, members, inner)
        degrees = _degrees(adj)
        partition, inner, improved = _one_level(adj, degrees, members, m, partition, rng)
    return [{names[i] for i in c} for c in result]


def _link(adj: Level, u: int, v: int, weight: int) -> None:
    adj[u][v] = weight
    adj[v][u] = weight


def _degrees(adj: Level) -> list[int]:
    """Weighted degrees, a self-loop counted twice (as networkx counts it)."""
    return [sum(nbrs.values()) + nbrs.get(u, 0) for u, nbrs in enumerate(adj)]


def _modularity(adj: Level, degrees: list[int], parts: list[set[int]]) -> float:
    deg_sum = sum(degrees)
    m = deg_sum / 2
    norm = 1 / deg_sum**2

    def contribution(part: set[int]) -> float:
        internal = sum(w for u in part for v, w in adj[u].items() if v >= u and v in part)
        total = sum(degrees[u] for u in part)
        return internal / m - 1 * total * total * norm

    return sum(map(contribution, parts))


def _one_level(adj: Level, degrees: list[int], members: list[set[int]], m: float, partition: list[set[int]],
               rng: random.Random) -> tuple[list[set[int]], list[set[int]], bool]:
    """Move nodes to the neighbouring community with the best modularity gain until none moves."""
    node2com = list(range(len(adj)))
    inner = [{u} for u in range(len(adj))]
    stot = list(degrees)
    nbrs = [[(v, w) for v, w in a.items() if v != u] for u, a in enumerate(adj)]
    order = list(range(len(adj)))
    rng.shuffle(order)
    denom = 2 * m**2
    improved = False
    moves = 1
    while moves:
        moves = 0
        for u in order:
            best_mod: float = 0
            best = node2com[u]
            weights: dict[int, float] = {}
            for v, w in nbrs[u]:
                c = node2com[v]
                weights[c] = weights.get(c, 0.0) + w
            degree = degrees[u]
            stot[best] -= degree
            remove_cost = -weights.setdefault(best, 0.0) / m + 1 * (stot[best] * degree) / denom
            for com, w in weights.items():
                gain = remove_cost + w / m - 1 * (stot[com] * degree) / denom
                if gain > best_mod:
                    best_mod, best = gain, com
            stot[best] += degree
            if best != node2com[u]:
                partition[node2com[u]].difference_update(members[u])
                inner[node2com[u]].remove(u)
                partition[best].update(members[u])
                inner[best].add(u)
                node2com[u] = best
                improved = True
                moves += 1
    return [c for c in partition if c], [c for c in inner if c], improved


def _aggregate(adj: Level, members: list[set[int]], inner: list[set[int]]) -> tuple[Level, list[set[int]]]:
    """The next level: one node per community, edge weights summed, edges added in networkx's edge order."""
    node2com = {u: i for i, part in enumerate(inner) for u in part}
    new_members = [set().union(*(members[u] for u in part)) for part in inner]
    new: Level = [{} for _ in inner]
    done: set[int] = set()
    for u, nbrs in enumerate(adj):
        for v, w in nbrs.items():
            if v not in done:
                a, b = node2com[u], node2com[v]
                _link(new, a, b, w + new[a].get(b, 0))
        done.add(u)
    return new, new_members


def cooperation_areas(store: KGStore) -> dict[str, str]:
    """Area IRI -> ERVA cooperation area IRI, from the reference graph (municipalities, regions, counties)."""
    return {row["area"].value: row["ca"].value for row in store.query(COOPERATION_AREA_QUERY)}


def project_areas(g: nx.MultiDiGraph, area_to_ca: dict[str, str]) -> dict[str, set[str]]:
    """Project -> the cooperation areas its coversArea targets lie in."""
    out: dict[str, set[str]] = defaultdict(set)
    for s, o, p in g.edges(data="predicate"):
        if p != "coversArea" or g.nodes[s].get("type") not in PROJECT_TYPES:
            continue
        ca = o if g.nodes[o].get("type") == "CooperationArea" else area_to_ca.get(o)
        if ca:
            out[s].add(ca)
    return out


def _project_neighbours(g: nx.MultiDiGraph, n: str) -> set[str]:
    near = set(g.successors(n)) | set(g.predecessors(n))
    return {m for m in near if g.nodes[m].get("type") in PROJECT_TYPES}


def bridging_organisations(g: nx.MultiDiGraph, area_to_ca: dict[str, str]) -> list[Bridge]:
    """Organisations linked (funds, coordinates, participates...) to projects in 2+ cooperation areas."""
    areas_of = project_areas(g, area_to_ca)
    bridges = []
    for n, typ in g.nodes(data="type"):
        if typ not in ORG_TYPES:
            continue
        projects = sorted(p for p in _project_neighbours(g, n) if areas_of.get(p))
        areas = sorted(set().union(*(areas_of[p] for p in projects))) if projects else []
        if len(areas) >= 2:
            bridges.append(Bridge(n, areas, projects))
    return sorted(bridges, key=lambda b: (-len(b.areas), -len(b.projects), b.org))


def busiest_municipalities(g: nx.MultiDiGraph) -> list[tuple[str, int]]:
    """Municipalities by the number of distinct projects they are linked to (participating, funding, covered)."""
    counts = [(n, len(_project_neighbours(g, n))) for n, t in g.nodes(data="type") if t == "Municipality"]
    return sorted((c for c in counts if c[1]), key=lambda c: (-c[1], c[0]))


def analyse_graph(g: nx.MultiDiGraph, area_to_ca: dict[str, str]) -> Analysis:
    """All measures for one graph; separate from the store so that tests can feed synthetic graphs."""
    simple = simple_graph(g)  # built once for both measures
    degree, between = centrality(simple)
    return Analysis(g, degree, between, communities(simple), bridging_organisations(g, area_to_ca),
                    busiest_municipalities(g))


def analyse_store(store: KGStore) -> Analysis:
    return analyse_graph(load_network(store), cooperation_areas(store))


def _top(a: Analysis, scores: dict[str, float]) -> list[tuple[str, float]]:
    return sorted(scores.items(), key=lambda kv: (-kv[1], a.label(kv[0])))[:TOP]


def format_report(a: Analysis) -> str:
    """The console report: top 10 of each centrality, communities, bridges, municipalities."""
    g = a.graph
    lines = [f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges"]
    for title, scores in (("degree centrality", a.degree), ("betweenness centrality", a.betweenness)):
        lines += ["", f"Top {TOP} by {title}:"]
        lines += [f"  {v:6.3f}  {a.label(n)} ({g.nodes[n].get('type', '')})" for n, v in _top(a, scores)]
    lines += ["", f"{len(a.communities)} communities (Louvain, seed {SEED}); largest:"]
    for i, members in enumerate(a.communities[:TOP]):
        names = ", ".join(a.label(n) for n in members[:6]) + (" …" if len(members) > 6 else "")
        lines.append(f"  #{i} ({len(members)}): {names}")
    lines += ["", "Organisations bridging ERVA cooperation areas:"]
    lines += [f"  {a.label(b.org)}: {', '.join(a.label(x) for x in b.areas)} via {len(b.projects)} projects"
              for b in a.bridges] or ["  (none)"]
    lines += ["", "Municipalities in the most projects:"]
    lines += [f"  {c:3d}  {a.label(n)}" for n, c in a.municipalities[:TOP]] or ["  (none)"]
    return "\n".join(lines)


def node_rows(a: Analysis) -> list[dict[str, object]]:
    comm = a.community_of()
    return [{"iri": n, "label": a.label(n), "type": d.get("type", ""), "degree": a.graph.degree(n),
             "degree_centrality": round(a.degree.get(n, 0.0), 6), "betweenness": round(a.betweenness.get(n, 0.0), 6),
             "community": comm.get(n, -1)}
            for n, d in a.graph.nodes(data=True)]


def to_json(a: Analysis) -> dict[str, object]:
    def named(n: str) -> dict[str, str]:
        return {"iri": n, "label": a.label(n)}

    return {
        "nodes": a.graph.number_of_nodes(), "edges": a.graph.number_of_edges(),
        "degree": [{**named(n), "score": v} for n, v in _top(a, a.degree)],
        "betweenness": [{**named(n), "score": v} for n, v in _top(a, a.betweenness)],
        "communities": [[named(n) for n in c] for c in a.communities],
        "bridges": [{**named(b.org), "areas": [named(x) for x in b.areas], "projects": [named(p) for p in b.projects]}
                    for b in a.bridges],
        "municipalities": [{**named(n), "projects": c} for n, c in a.municipalities],
    }


def _plain(value: object) -> str | int | float | bool:
    """GraphML/GEXF take only scalars: sets and lists become '; '-joined text, None the empty string."""
    if isinstance(value, bool | int | float | str):
        return value
    if value is None:
        return ""
    if isinstance(value, set | frozenset):
        return "; ".join(sorted(map(str, value)))
    if isinstance(value, list | tuple):
        return "; ".join(map(str, value))
    return str(value)


def export_graph(a: Analysis) -> nx.MultiDiGraph:
    """A copy of the graph with scalar attributes only, plus the computed measures on each node."""
    comm = a.community_of()
    out = nx.MultiDiGraph()
    for n, d in a.graph.nodes(data=True):
        attrs = {k: _plain(v) for k, v in d.items()}
        attrs.update(degree_centrality=float(a.degree.get(n, 0.0)), betweenness=float(a.betweenness.get(n, 0.0)),
                     community=comm.get(n, -1))
        out.add_node(n, **attrs)
    for s, o, k, d in a.graph.edges(keys=True, data=True):
        out.add_edge(s, o, key=k, **{key: _plain(v) for key, v in d.items()})
    return out


def write_outputs(a: Analysis, *, csv_path: Path | None = None, json_path: Path | None = None,
                  graphml: Path | None = None, gexf: Path | None = None) -> list[Path]:
    """Write whichever files were asked for; returns their paths."""
    written: list[Path] = []
    for path in (csv_path, json_path, graphml, gexf):
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            written.append(path)
    if csv_path:
        rows = node_rows(a)
        with csv_path.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, fieldnames=list(rows[0]) if rows else ["iri"])
            writer.writeheader()
            writer.writerows(sorted(rows, key=lambda r: (-float(r["betweenness"]), str(r["iri"]))))
    if json_path:
        json_path.write_text(json.dumps(to_json(a), ensure_ascii=False, indent=2), encoding="utf-8")
    if graphml or gexf:
        flat = export_graph(a)
        if graphml:
            nx.write_graphml(flat, graphml)
        if gexf:
            nx.write_gexf(flat, gexf)
    return written

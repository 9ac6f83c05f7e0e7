"""Cutting the entity network down to what one map should show: views, filters and a focus.

A whole store quickly becomes a hairball; researchers usually ask one question at a
time (who pays, which areas, who holds which post, what surrounds X). Every function
here takes and returns a networkx graph, so the same selection works for maps, for
analysis and in tests without a browser or a store.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import networkx as nx

from welfare_kg.viz.network import local
from welfare_kg.viz.views import PROJECT_TYPES, RELATIONS, VIEWS


@dataclass
class Selection:
    """What the user asked for on the command line; empty means the whole network."""

    view: str | None = None
    types: list[str] = field(default_factory=list)
    predicates: list[str] = field(default_factory=list)
    focus: str | None = None
    depth: int = 1
    area: str | None = None  # an ERVA area, region, county or municipality (resolved by the caller)
    date_from: str | None = None  # ISO dates; facts whose period overlaps are kept
    date_to: str | None = None


def split_list(value: str | None) -> list[str]:
    """`"a, b,,c"` -> `["a", "b", "c"]`: comma lists as typed on a command line."""
    return [part.strip() for part in (value or "").split(",") if part.strip()]


def keep_predicates(g: nx.MultiDiGraph, predicates: Iterable[str]) -> nx.MultiDiGraph:
    """Only edges whose predicate (local name or full IRI) is listed, and the nodes they touch."""
    wanted = {local(p) for p in predicates}
    edges = [(s, o, k) for s, o, k, p in g.edges(keys=True, data="predicate") if p in wanted]
    return g.edge_subgraph(edges).copy()


def keep_types(g: nx.MultiDiGraph, types: Iterable[str]) -> nx.MultiDiGraph:
    """Only nodes of the listed types, with the edges among them."""
    wanted = set(types)
    return g.subgraph([n for n, t in g.nodes(data="type") if t in wanted]).copy()


def keep_area(g: nx.MultiDiGraph, area_nodes: Iterable[str]) -> nx.MultiDiGraph:
    """The places of an area, what is linked to them, and the network of those projects.

    `area_nodes` holds the area and the reference places inside it (its regions,
    counties and municipalities), so a project that names only a municipality still
    belongs to the municipality's ERVA area.
    """
    places = {n for n in area_nodes if n in g}
    und = g.to_undirected(as_view=True)
    linked = {m for n in places for m in und.neighbors(n)}
    projects = {n for n in linked if g.nodes[n].get("type") in PROJECT_TYPES | {"Agreement"}}
    keep = places | linked | {m for n in projects for m in und.neighbors(n)}
    return g.subgraph(keep).copy()


def keep_period(g: nx.MultiDiGraph, date_from: str | None, date_to: str | None) -> nx.MultiDiGraph:
    """Only facts whose period (or, lacking one, their document's date) overlaps [from, to]; undated ones go."""
    lo, hi = date_from or "0000-01-01", date_to or "9999-12-31"
    if lo > hi:  # swapped dates would keep only facts spanning both, a map that looks plausible and is not
        raise ValueError(f"the period starts ({lo}) after it ends ({hi}): give --from before --to")
    edges = [(s, o, k) for s, o, k, periods in g.edges(keys=True, data="periods", default=set())
             if any(p and p[0] <= hi and p[1] >= lo for p in periods)]
    return g.edge_subgraph(edges).copy()


def neighbourhood(g: nx.MultiDiGraph, centre: str, depth: int) -> nx.MultiDiGraph:
    """Everything within `depth` hops of `centre`, ignoring edge direction (funders and funded alike)."""
    if depth < 0:
        raise ValueError("depth must be 0 or more")
    reach = nx.single_source_shortest_path_length(g.to_undirected(as_view=True), centre, cutoff=depth)
    return g.subgraph(reach).copy()


def resolve_node(g: nx.MultiDiGraph, ref: str) -> str:
    """The node meant by `ref`: an IRI, a label or an IRI's last segment (case-insensitive)."""
    if ref in g:
        return ref
    key = ref.strip().casefold()
    for attr in (lambda n, d: str(d.get("label", "")), lambda n, d: local(n)):
        hits = sorted(n for n, d in g.nodes(data=True) if attr(n, d).casefold() == key)
        if len(hits) == 1:
            return hits[0]
        if hits:
            raise LookupError(f"{ref}: several nodes have this name: {', '.join(hits)}")
    close = sorted(str(d.get("label", n)) for n, d in g.nodes(data=True) if key in str(d.get("label", n)).casefold())
    hint = f" (did you mean: {', '.join(close[:5])}?)" if close else ""
    raise LookupError(f"{ref}: no such node in the map{hint}")


def _canonical(values: Iterable[str], known: Iterable[str], what: str) -> list[str]:
    """Case-insensitive names mapped onto known spellings; unknown names are an error, not an empty map."""
    by_key = {k.casefold(): k for k in known}
    out, bad = [], []
    for v in values:
        name = by_key.get(local(v).casefold())
        (out if name else bad).append(name or v)
    if bad:
        raise ValueError(f"unknown {what}: {', '.join(bad)} (known: {', '.join(sorted(by_key.values()))})")
    return out


def select(g: nx.MultiDiGraph, sel: Selection, *, known_types: Iterable[str] = (),
           known_predicates: Iterable[str] = ()) -> nx.MultiDiGraph:
    """Apply view, predicate and type filters, then the focus (a neighbourhood within the filtered map)."""
    if sel.view:
        if sel.view not in VIEWS:
            raise ValueError(f"unknown view: {sel.view} (known: {', '.join(VIEWS)})")
        view = VIEWS[sel.view]
        g = keep_predicates(g, view.predicates)
        if view.types is not None:  # and drop what lost all its view edges with the other types
            g = keep_types(g, view.types)
            g.remove_nodes_from(list(nx.isolates(g)))
    if sel.predicates:
        known = {*RELATIONS, *known_predicates, *_predicates(g)}
        g = keep_predicates(g, _canonical(sel.predicates, known, "predicate"))
    if sel.types:
        g = keep_types(g, _canonical(sel.types, {*known_types, *_types(g)}, "type"))
    if sel.date_from or sel.date_to:
        g = keep_period(g, sel.date_from, sel.date_to)
    if sel.focus:
        g = neighbourhood(g, resolve_node(g, sel.focus), sel.depth)
    return g


def _types(g: nx.MultiDiGraph) -> set[str]:
    return {t for _n, t in g.nodes(data="type") if t}


def _predicates(g: nx.MultiDiGraph) -> set[str]:
    return {p for *_e, p in g.edges(data="predicate") if p}

"""A single offline HTML file showing the network with vis-network.

pyvis 0.3.2 is used for its bundled vis-network build and node/edge options, but
not for its page template: that template links Bootstrap from a CDN even in
"in_line" mode and switches every tooltip to raw HTML once one contains "href".
Here all data goes into the page as JSON with <, > and & escaped, tooltips are
plain text, and no resource is fetched from the network.
"""

from __future__ import annotations

import html
import json
import math
import re
from importlib import resources
from pathlib import Path

import networkx as nx

from welfare_kg.graph.store import KGStore
from welfare_kg.viz.layout import fast_layout
from welfare_kg.viz.network import load_network, load_query_network
from welfare_kg.viz.select import Selection, keep_area, select

STYLE: dict[str, tuple[str, str]] = {  # type -> (colour, vis shape)
    "Ministry": ("#b2182b", "star"), "Agency": ("#d6604d", "star"),
    "CompetenceCentre": ("#f4a582", "diamond"), "CooperationArea": ("#4393c3", "hexagon"),
    "Region": ("#92c5de", "hexagon"), "Municipality": ("#2166ac", "dot"),
    "WellbeingCounty": ("#5aae61", "hexagon"), "JointAuthority": ("#1b7837", "square"),
    "Company": ("#762a83", "square"), "Association": ("#9970ab", "square"), "Parish": ("#c2a5cf", "square"),
    "Body": ("#8c510a", "triangle"), "Project": ("#e08214", "dot"), "Programme": ("#fdb863", "dot"),
    "WorkPackage": ("#fee0b6", "dot"), "Agreement": ("#878787", "box"), "Person": ("#35978f", "ellipse"),
    "Entity": ("#bababa", "dot"),
}
PHYSICS_LIMIT = 500  # above this many nodes the layout is computed in Python and physics is off


def safe_json(data: object) -> str:
    """JSON that cannot end a <script> element or open a comment."""
    return (json.dumps(data, ensure_ascii=False)
            .replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _vis_js() -> str:
    import pyvis

    path = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2" / "vis-network.min.js"
    return path.read_text(encoding="utf-8").replace("</script", "<\\/script")


def _node_sentences(g: nx.MultiDiGraph, n: str, limit: int = 2) -> list[str]:
    """The first evidence sentences of a node's edges: why the node is on the map at all."""
    found: list[str] = []
    for edges in (g.out_edges(n, data="sentences"), g.in_edges(n, data="sentences")):
        for *_e, sentences in edges:
            found.extend(s for s in sentences or () if s not in found)
            if len(found) >= limit:
                return found[:limit]
    return found


def _short(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def edge_width(amount: float | None) -> float:
    """Width 1 for no money, growing with log10 of the euros (10 k€ ~ 1.6, 1 M€ ~ 5, capped at 10)."""
    if not amount or amount <= 0:
        return 1.0
    return round(min(10.0, 1.0 + 2.0 * math.log10(1.0 + amount / 10_000)), 2)


def euros(amount: float) -> str:
    return f"{amount:,.0f} €".replace(",", "\u202f")


def node_tooltip(g: nx.MultiDiGraph, n: str, data: dict) -> str:
    """Plain text (vis-network 9 shows string titles as text): name, type, IRI, sources, sentences."""
    lines = [str(data.get("label", n)), str(data.get("type", "Entity")), str(n)]
    docs = sorted(data.get("documents") or ())
    if docs:
        lines.append("sources: " + ", ".join(docs))
    lines += [f"“{_short(s)}”" for s in _node_sentences(g, n)]
    return "\n".join(lines)


def edge_tooltip(s_label: str, o_label: str, data: dict) -> str:
    amount = data.get("amount")
    head = f"{s_label} —{data.get('predicate', '')}→ {o_label}" + (f"  {euros(amount)}" if amount else "")
    lines = [head]
    docs = sorted(data.get("documents") or ())
    if docs:
        lines.append("sources: " + ", ".join(docs))
    lines += [f"“{_short(s)}”" for s in (data.get("sentences") or [])[:3]]
    return "\n".join(lines)


def network_to_vis(g: nx.MultiDiGraph, *, edge_labels: bool = True) -> tuple[list[dict], list[dict]]:
    """vis-network node and edge records: colour/shape by type, size by degree, width by euros."""
    degree = dict(g.degree())
    nodes = []
    for n, data in g.nodes(data=True):
        typ = str(data.get("type") or "Entity")
        colour, shape = STYLE.get(typ, STYLE["Entity"])
        nodes.append({"id": n, "label": str(data.get("label", n)), "title": node_tooltip(g, n, data),
                      "color": colour, "shape": shape, "group": typ, "value": 1 + degree.get(n, 0)})
    edges = []
    for i, (s, o, data) in enumerate(g.edges(data=True)):
        amount = data.get("amount")
        label = str(data.get("predicate", "")) + (f" {euros(amount)}" if amount else "")
        edge = {"id": i, "from": s, "to": o, "arrows": "to", "width": edge_width(amount),
                "title": edge_tooltip(str(g.nodes[s].get("label", s)), str(g.nodes[o].get("label", o)), data)}
        if edge_labels:
            edge["label"] = label
        edges.append(edge)
    return nodes, edges


def legend_html(nodes: list[dict]) -> str:
    """One checkbox per type present on the map, in the legend's colours: unticking hides that type."""
    present = {n["group"] for n in nodes}
    order = [t for t in STYLE if t in present] + sorted(present - STYLE.keys())
    items = []
    for t in order:
        colour = STYLE.get(t, STYLE["Entity"])[0]
        name = html.escape(t, quote=True)
        items.append(f'<li><label><input type="checkbox" class="type-filter" value="{name}" checked>'
                     f'<span class="sw" style="background:{colour}"></span>{name}</label></li>')
    return "".join(items)


def _place(g: nx.MultiDiGraph, nodes: list[dict]) -> None:
    """Fixed positions from fast_layout, for maps too big for the browser's physics."""
    pos = fast_layout(nx.Graph(g), seed=1, scale=max(1000.0, 40.0 * math.sqrt(len(nodes))))
    for node in nodes:
        node["x"], node["y"] = pos[node["id"]]


def render_map(g: nx.MultiDiGraph, title: str = "welfare-kg network") -> str:
    """The whole page as one string: template, vis-network and the data as escaped JSON."""
    physics = g.number_of_nodes() <= PHYSICS_LIMIT
    nodes, edges = network_to_vis(g, edge_labels=physics)
    if not physics:
        _place(g, nodes)
    values = {
        "TITLE": html.escape(title),
        "LEGEND": legend_html(nodes),
        "COUNTS": f"{len(nodes)} nodes, {len(edges)} edges",
        "NODES": safe_json(nodes),
        "EDGES": safe_json(edges),
        "PHYSICS": "true" if physics else "false",
        "VIS_JS": _vis_js(),
    }
    template = resources.files(__package__).joinpath("static/map.html").read_text(encoding="utf-8")
    # one pass, so that text from the graph that looks like a placeholder is never expanded
    return re.sub(r"\{\{([A-Z_]+)\}\}", lambda m: values[m.group(1)], template)


def map_graph(store: KGStore, selection: Selection | None = None, query: str | None = None) -> nx.MultiDiGraph:
    """The network a map shows: the whole store or a query's edges, then the selection applied."""
    g = load_query_network(store, query) if query else load_network(store)
    if selection and selection.focus and selection.focus not in g:
        from contextlib import suppress
        from dataclasses import replace

        from welfare_kg.graph.explain import find_entity

        # any name the store knows ("STM", "Ranuan kunta"), not only the label the map shows;
        # an unknown name is left to `select`, which explains with the map's own names as hints
        with suppress(LookupError):
            selection = replace(selection, focus=find_entity(store, selection.focus))
    if selection and selection.area:
        g = keep_area(g, area_members(store, selection.area))
    return select(g, selection, known_types=STYLE) if selection else g


AREA_QUERY = """
SELECT DISTINCT ?m WHERE {
  %s
  { GRAPH ?r { ?m wkg:region|wkg:wellbeingCounty|wkg:cooperationArea ?area } } UNION
  { GRAPH ?r { ?m wkg:region|wkg:wellbeingCounty ?x . ?x wkg:region|wkg:cooperationArea ?area } }
}"""


def area_members(store: KGStore, ref: str) -> set[str]:
    """An area (any name the store knows) and the reference places inside it."""
    from welfare_kg.graph.explain import find_entity
    from welfare_kg.queries.binding import iri as as_iri
    from welfare_kg.queries.binding import values_block

    area = find_entity(store, ref)
    return {area} | {row["m"].value for row in store.query(AREA_QUERY % values_block("area", [as_iri(area)]))}


def write_map(store: KGStore, out: Path, title: str = "welfare-kg network", *,
              selection: Selection | None = None, query: str | None = None) -> int:
    """Write the map of the store (or of a selection from it); returns the number of nodes drawn."""
    g = map_graph(store, selection, query)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_map(g, title), encoding="utf-8")
    return g.number_of_nodes()

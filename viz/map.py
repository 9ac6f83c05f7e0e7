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
from importlib import resources
from pathlib import Path

import networkx as nx
from welfare_kg.graph.store import KGStore
from welfare_kg.viz.network import load_network

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


def network_to_vis(g: nx.MultiDiGraph) -> tuple[list[dict], list[dict]]:
    degree = dict(g.degree())
    nodes = []
    for n, data in g.nodes(data=True):
        colour, shape = STYLE.get(data.get("type", "Entity"), STYLE["Entity"])
        docs = ", ".join(sorted(data.get("documents", ())))
        title = f"{data.get('label', n)}\n{data.get('type', '')}\n{n}" + (f"\nsources: {docs}" if docs else "")
        nodes.append({"id": n, "label": data.get("label", n), "title": title, "color": colour, "shape": shape,
                      "group": data.get("type", "Entity"), "value": 1 + degree.get(n, 0)})
    edges = []
    for s, o, data in g.edges(data=True):
        amount = data.get("amount")
        label = data["predicate"] + (f" {amount:,.0f} €".replace(",", " ") if amount else "")
        sources = "; ".join(sorted(data.get("documents", ())))
        sentence = (data.get("sentences") or [""])[0]
        edges.append({"from": s, "to": o, "label": label, "arrows": "to",
                      "title": f"{label}\n{sources}\n{sentence[:300]}",
                      "width": 1 + (min(8, (amount or 0) / 100_000) if amount else 0)})
    return nodes, edges


def render_map(g: nx.MultiDiGraph, title: str = "welfare-kg network") -> str:
    nodes, edges = network_to_vis(g)
    physics = len(nodes) <= PHYSICS_LIMIT
    if not physics:
        pos = nx.spring_layout(nx.Graph(g), seed=1, iterations=30)
        for node in nodes:
            x, y = pos[node["id"]]
            node["x"], node["y"] = float(x) * 3000, float(y) * 3000
    legend = "".join(
        f'<li><span class="sw" style="background:{c}"></span>{html.escape(t)}</li>'
        for t, (c, _s) in STYLE.items() if any(n["group"] == t for n in nodes))
    template = resources.files(__package__).joinpath("static/map.html").read_text(encoding="utf-8")
    return (template.replace("{{TITLE}}", html.escape(title))
            .replace("{{LEGEND}}", legend)
            .replace("{{COUNTS}}", f"{len(nodes)} nodes, {len(edges)} edges")
            .replace("{{NODES}}", safe_json(nodes))
            .replace("{{EDGES}}", safe_json(edges))
            .replace("{{PHYSICS}}", "true" if physics else "false")
            .replace("{{VIS_JS}}", _vis_js()))


def write_map(store: KGStore, out: Path, title: str = "welfare-kg network") -> int:
    """Write the map of the whole store; returns the number of nodes drawn."""
    g = load_network(store)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_map(g, title), encoding="utf-8")
    return g.number_of_nodes()

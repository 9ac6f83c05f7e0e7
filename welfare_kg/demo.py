"""The demo: the bundled example documents through every layer, into one output folder."""

from __future__ import annotations

import shutil
from pathlib import Path

from welfare_kg.graph.export import export_store
from welfare_kg.graph.stats import format_stats, store_stats
from welfare_kg.graph.store import KGStore
from welfare_kg.ingest import ingest
from welfare_kg.viz.map import write_map


def example_documents() -> Path:
    """The example documents: in a source checkout, examples/documents beside the package."""
    here = Path(__file__).resolve().parent.parent / "examples" / "documents"
    if here.is_dir():
        return here
    raise FileNotFoundError("examples/documents not found: run the demo from a source checkout")


def run_demo(out_dir: Path) -> str:
    docs = example_documents()
    store_dir = out_dir / "store"
    if store_dir.exists():
        shutil.rmtree(store_dir)
    store = KGStore(store_dir)
    report = ingest([docs], store)
    export_store(store, out_dir / "graph.ttl", "turtle")
    export_store(store, out_dir / "graph.trig", "trig")
    nodes = write_map(store, out_dir / "map.html", "welfare-kg demo: five Finnish welfare documents")
    lines = [
        f"ingested {docs}: {report.summary()}",
        *[f"error: {f}" for f in report.failed],
        format_stats(store_stats(store)),
        "",
        f"wrote {out_dir / 'graph.ttl'}, {out_dir / 'graph.trig'} and {out_dir / 'map.html'} ({nodes} nodes)",
        f"open the map:   xdg-open {out_dir / 'map.html'}   (or open it in any browser; it works offline)",
        f"run a query:    welfare-kg query funding --store {store_dir}",
        "list queries:   welfare-kg queries",
    ]
    return "\n".join(lines)

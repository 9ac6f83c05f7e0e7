"""The demo: the bundled example documents through every layer, into one output folder."""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

from welfare_kg.graph.export import export_store
from welfare_kg.graph.stats import format_stats, store_stats
from welfare_kg.graph.store import KGStore
from welfare_kg.ingest import ingest
from welfare_kg.viz.map import write_map


def example_documents() -> Path:
    """The example documents, wherever the package is installed (wheel or source checkout).

    Package data on the file system (the normal case for an unpacked wheel or an editable
    install) is read in place; only a zipped install would need a temporary copy.
    """
    docs = resources.files("welfare_kg.examples") / "documents"
    path = Path(str(docs))
    if path.is_dir():
        return path
    raise FileNotFoundError("the bundled example documents are missing from this installation")


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

"""Export at scale: a store of about a million triples written out as Turtle and as TriG.

    python benchmarks/bench_store.py [--triples 1000000] [--seed-docs 200]

Building a million-triple store by extraction would take minutes, and export speed
does not depend on where the quads came from, only on their shape. So a small
generated corpus is ingested for real, and its document graphs are then copied under
new graph and document IRIs until the target size is reached: the copies share the
reference entities as real documents do, and keep per-document IRIs distinct.
Prints a markdown table: for each format the export as it is now and, in the same run,
the original way (every quad added to a temporary store one Python call at a time, then
dumped) and, for Turtle, the intermediate version (CONSTRUCT to N-Triples text, parsed
into a temporary store, dumped). CPU seconds (process_time) and wall seconds, each the best of `--repeat`
interleaved runs; the CPU ratio holds on a busy machine too, the wall ratio (the Turtle
export uses a thread per core) only on a quiet one; the load average is printed
with them. `--compact` runs RocksDB's full compaction (`Store.optimize`) on the built
store first: the copies are bulk-loaded as many overlapping table files, which makes
every term lookup dearer than in a store whose compactions have settled.
The built store is closed and opened again before anything is timed, as `welfare-kg export` opens a
store at rest in a process of its own (`--in-process` times the store as the build left it open:
RocksDB's files and caches are then in the state of a bulk load just finished).
"""

from __future__ import annotations

import argparse
import gc
import os
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from welfare_kg.graph.export import FACT_ROWS, export_store
from welfare_kg.graph.store import KGStore
from welfare_kg.graphs import is_private
from welfare_kg.ingest import ingest
from welfare_kg.ontology.namespace import PREFIXES
from welfare_kg.synthetic.generate import write_corpus

DOC_MARKERS = ("/graph/document/", "/graph/contact/", "/id/document/", "/id/fact/", "/id/decision/")


Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.DefaultGraph


def _rename(term: Term, suffix: str) -> Term:
    """A per-document IRI made unique for one copy; shared entities (places, ministries, ...) stay."""
    if isinstance(term, ox.NamedNode) and any(m in term.value for m in DOC_MARKERS):
        return ox.NamedNode(f"{term.value}-c{suffix}")
    return term


def build_store(path: Path, target: int, seed_docs: int) -> tuple[KGStore, float]:
    """(store, seconds) with at least `target` quads, from `seed_docs` real documents and their copies."""
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        write_corpus(tmp, seed_docs, seed=7)
        store = KGStore(path)
        ingest([Path(tmp) / "docs"], store, jobs=1)
    ref = ox.NamedNode("https://w3id.org/welfare-kg/graph/reference")
    doc_quads = [q for q in store.oxigraph if q.graph_name != ref]
    copy = 0
    while len(store) < target:
        copy += 1
        store.oxigraph.bulk_extend(
            ox.Quad(_rename(q.subject, str(copy)), q.predicate, _rename(q.object, str(copy)),
                    _rename(q.graph_name, str(copy)))
            for q in doc_quads)
    store.flush()
    return store, time.perf_counter() - t0


def _exported(store: KGStore) -> list[str]:
    """The graphs `export_store` writes by default: not the contact graphs, not the derived fact rows (which the
    writer has kept since 2026-12-06 and the export leaves out); the baselines must write the same statements."""
    return [g for g in store.named_graphs() if not is_private(g) and g not in FACT_ROWS]


def copy_per_quad(store: KGStore, out: Path, fmt: str) -> int:
    """The original export, kept here only as the baseline: one `add` per quad into a temporary store."""
    keep = ox.Store()
    dataset = fmt == "trig"
    for g in _exported(store):
        for q in store.quads_in([g]):
            keep.add(q if dataset else ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()))
    rdf = ox.RdfFormat.TRIG if dataset else ox.RdfFormat.TURTLE
    if dataset:
        keep.dump(str(out), rdf, prefixes=PREFIXES)
    else:
        keep.dump(str(out), rdf, from_graph=ox.DefaultGraph(), prefixes=PREFIXES)
    return len(keep)


def construct_into_store(store: KGStore, out: Path, fmt: str) -> int:
    """The intermediate Turtle export (1.2x): CONSTRUCT as N-Triples text, parsed into a temporary store, dumped."""
    assert fmt == "turtle"
    graphs = [ox.NamedNode(g) for g in _exported(store)]
    text = store.oxigraph.query("CONSTRUCT WHERE { ?s ?p ?o }", default_graph=graphs).serialize(
        format=ox.RdfFormat.N_TRIPLES) or b""
    union = ox.Store()
    union.load(text, ox.RdfFormat.N_TRIPLES)
    union.dump(str(out), ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph(), prefixes=PREFIXES)
    return len(union)


def _cpu(f, *args) -> tuple[int, float, float]:
    """(statements, CPU s, wall s): CPU for comparing on a shared machine, wall for what a user waits
    (the Turtle export runs on a thread per core, graph/export.py `_in_lanes`)."""
    t0, w0 = time.process_time(), time.perf_counter()
    n = f(*args)
    return n, time.process_time() - t0, time.perf_counter() - w0


def _load() -> str:
    return "/".join(f"{x:.1f}" for x in os.getloadavg())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--seed-docs", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=2, help="interleaved runs of each way; the best is shown")
    ap.add_argument("--compact", action="store_true", help="Store.optimize() the built store first")
    ap.add_argument("--in-process", action="store_true",
                    help="time the store as the build left it open instead of closing and opening it again")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-store-") as tmp:
        store, build_secs = build_store(Path(tmp) / "kg", a.triples, a.seed_docs)
        if a.compact:
            store.oxigraph.optimize()
        if not a.in_process:
            store.flush()
            del store
            gc.collect()  # the RocksDB handle closes with its last reference
            store = KGStore(Path(tmp) / "kg")
        n = len(store)
        graphs = len(store.named_graphs())
        print(f"Store: {n:,} quads in {graphs:,} named graphs (built in {build_secs:.1f} s"
              f"{', then compacted' if a.compact else ''}{', timed as built' if a.in_process else ', opened again'});"
              f" load average {_load()}\n")
        print("| format | statements written | CPU s now | CPU s intermediate (CONSTRUCT + temp store) "
              "| CPU s original (per-quad copy) | now vs original, CPU | wall s now | wall s original "
              "| now vs original, wall | file MB |\n|---|---|---|---|---|---|---|---|---|---|")
        for fmt, name in (("turtle", "graph.ttl"), ("trig", "graph.trig")):
            ways = {"now": export_store, "original": copy_per_quad}
            if fmt == "turtle":
                ways["intermediate"] = construct_into_store
            best: dict[str, float] = {}
            wall: dict[str, float] = {}
            counts: dict[str, int] = {}
            for _ in range(a.repeat):
                for way, f in ways.items():
                    out = Path(tmp) / f"{way}-{name}"
                    counts[way], secs, waited = _cpu(f, store, out, fmt)
                    best[way] = min(best.get(way, secs), secs)
                    wall[way] = min(wall.get(way, waited), waited)
            assert len(set(counts.values())) == 1, counts
            size = (Path(tmp) / f"now-{name}").stat().st_size / 1e6
            mid = f"{best['intermediate']:.1f}" if "intermediate" in best else "same as now"
            print(f"| {fmt} | {counts['now']:,} | {best['now']:.1f} | {mid} | {best['original']:.1f} "
                  f"| {best['original'] / best['now']:.1f}x | {wall['now']:.1f} | {wall['original']:.1f} "
                  f"| {wall['original'] / wall['now']:.1f}x | {size:.0f} |", flush=True)
        print(f"\nload average after: {_load()}")
        del store


if __name__ == "__main__":
    main()

"""Saved-query latency at scale: Oxigraph (the store welfare-kg uses) against a plain rdflib Dataset.

The example documents' graphs are replicated with their minted IRIs rewritten (projects,
people, bodies, decisions, facts, documents get a per-copy prefix) until the store holds
about `--triples` triples; reference entities (municipalities, regions, ministries ...)
keep their IRIs, so joins with the reference graph and cross-document merges grow the way
they would with a real corpus. Every saved query then runs on both engines with the same
data in one process; p50/p95 latency and the rdflib/Oxigraph ratio are printed as a table.

rdflib evaluates `GRAPH ?g` joins graph by graph and can take minutes per query at this
size, so each rdflib query runs in a forked child with a time budget (`--budget`);
a query over budget is reported as such instead of stalling the run.

    python benchmarks/bench_queries.py                   # about 1M triples (a few minutes)
    python benchmarks/bench_queries.py --triples 50000   # quick run
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import sys
import tempfile
import time
from multiprocessing.connection import Connection
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset

from welfare_kg.graph.store import KGStore
from welfare_kg.ingest import ingest
from welfare_kg.ontology.namespace import BASE, ID, PREFIXES
from welfare_kg.queries import bind_params, saved_queries

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "documents"
MINTED = tuple(f"{ID}{kind}/" for kind in ("project", "programme", "agreement", "work-package", "person", "body",
                                           "decision", "meeting", "fact", "document"))
DOC_GRAPH = BASE + "graph/document/"
# Queries that only make sense with a parameter (without it, `entity` dumps the whole graph).
BENCH_PARAMS = {"entity": {"entity": f"<{ID}ministry/stm>"}}
FILE_NAME = BASE + "ontology#fileName"


def _rewrite(term: ox.Term, k: int) -> ox.Term:
    if isinstance(term, ox.NamedNode):
        v = term.value
        for prefix in (*MINTED, DOC_GRAPH):
            if v.startswith(prefix):
                return ox.NamedNode(f"{prefix}r{k}-{v[len(prefix):]}")
    return term


def build_quads(target: int) -> tuple[list[ox.Quad], int]:
    """(quads, copies): the reference graph once plus enough rewritten copies of the document graphs."""
    seed = KGStore()
    report = ingest([EXAMPLES], seed)
    if not report.ok:
        raise SystemExit(f"cannot ingest the examples: {report.failed}")
    all_quads = list(seed.oxigraph)
    docs = [q for q in all_quads if q.graph_name.value.startswith(DOC_GRAPH)]
    fixed = [q for q in all_quads if not q.graph_name.value.startswith(DOC_GRAPH)]
    copies = max(1, -(-(target - len(fixed)) // max(1, len(docs))))  # ceil: at least `target`
    quads = list(fixed)
    for k in range(copies):
        for q in docs:
            obj = q.object
            if q.predicate.value == FILE_NAME:
                obj = ox.Literal(f"r{k}-{obj.value}")
            quads.append(ox.Quad(_rewrite(q.subject, k), q.predicate, _rewrite(obj, k), _rewrite(q.graph_name, k)))
    return quads, copies


def percentile(times: list[float], p: float) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


_DATASET: Dataset | None = None  # set before forking so children share it copy-on-write


def _child(engine: str, store_dir: str, text: str, repeat: int, budget: float, conn: Connection) -> None:
    """Run one query up to `repeat` times, sending (times, rows) after each run."""
    if engine == "oxigraph":
        store = KGStore(store_dir, read_only=True)  # a fresh handle: never share RocksDB state across fork

        def run() -> int:
            result = store.query(text)
            return 1 if isinstance(result, ox.QueryBoolean) else sum(1 for _ in result)
    else:
        assert _DATASET is not None

        def run() -> int:
            return len(list(_DATASET.query(text, initNs=PREFIXES)))
    times: list[float] = []
    start = time.perf_counter()
    while len(times) < repeat and (not times or time.perf_counter() - start < budget):
        t0 = time.perf_counter()
        try:
            rows = run()
        except Exception as exc:  # an engine bug on one query must not end the benchmark
            conn.send((None, f"{type(exc).__name__}: {exc}"))
            break
        times.append(time.perf_counter() - t0)
        conn.send((list(times), rows))
    conn.close()


def time_query(engine: str, store_dir: str, text: str, repeat: int, budget: float
               ) -> tuple[list[float], int | str, bool]:
    """(times, rows or error message, finished): a forked child runs the query, killed after `budget` seconds.

    Neither engine can interrupt a running query from Python, and one pathological
    query must not stall the whole benchmark.
    """
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(engine, store_dir, text, repeat, budget, child))
    proc.start()
    child.close()
    times: list[float] = []
    rows: int | str = 0
    deadline = time.perf_counter() + budget
    while time.perf_counter() < deadline:
        if parent.poll(0.05):
            try:
                got, rows = parent.recv()
            except EOFError:
                break
            if got is None:  # the engine raised: report the error, not a time
                break
            times = got
        elif not proc.is_alive():
            break
    if proc.is_alive():
        proc.kill()
    proc.join()
    parent.close()
    return times, rows, bool(times)


def _cells(times: list[float], finished: bool, budget: float) -> tuple[str, str, str, float | None]:
    if not finished:
        return f"> {budget * 1000:,.0f}", "-", "0", None
    p50 = percentile(times, 50) * 1000
    return f"{p50:,.1f}", f"{percentile(times, 95) * 1000:,.1f}", str(len(times)), p50


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--triples", type=int, default=1_000_000, help="approximate store size")
    ap.add_argument("--repeat", type=int, default=10, help="runs per query (fewer if over budget)")
    ap.add_argument("--budget", type=float, default=30.0, help="seconds per query and engine")
    ap.add_argument("--queries", nargs="*", help="saved query names (default: all)")
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    quads, copies = build_quads(args.triples)
    print(f"built {len(quads):,} quads ({copies} copies of the example graphs) in {time.perf_counter() - t0:.1f} s",
          file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        store = KGStore(Path(tmp) / "kg")
        t0 = time.perf_counter()
        store.oxigraph.bulk_extend(quads)
        store.flush()
        print(f"oxigraph: loaded {len(store):,} quads in {time.perf_counter() - t0:.1f} s", file=sys.stderr)

        global _DATASET
        t0 = time.perf_counter()
        nquads = ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b""
        ds = Dataset(default_union=True)
        ds.parse(data=nquads.decode("utf-8"), format="nquads")
        _DATASET = ds
        del nquads
        print(f"rdflib: loaded {len(ds):,} triples in {time.perf_counter() - t0:.1f} s", file=sys.stderr)

        chosen = [q for q in saved_queries() if not args.queries or q.name in args.queries]
        header = ("query", "rows", "oxi p50 ms", "oxi p95 ms", "n", "rdflib p50 ms", "rdflib p95 ms", "n", "ratio p50")
        lines = []
        for q in chosen:
            text = bind_params(q.text, BENCH_PARAMS.get(q.name))
            ox_times, ox_rows, ox_done = time_query("oxigraph", str(store.path), text, args.repeat, args.budget)
            rl_times, rl_rows, rl_done = time_query("rdflib", "", text, args.repeat, args.budget)
            *ox_cells, o50 = _cells(ox_times, ox_done, args.budget)
            *rl_cells, r50 = _cells(rl_times, rl_done, args.budget)
            if isinstance(rl_rows, str):
                print(f"rdflib failed on {q.name}: {rl_rows[:200]}", file=sys.stderr)
                rl_cells = ["error", "-", "0"]
            if isinstance(ox_rows, str):
                print(f"oxigraph failed on {q.name}: {ox_rows[:200]}", file=sys.stderr)
                ox_cells = ["error", "-", "0"]
            if o50 and r50:
                ratio = f"{r50 / o50:,.0f}x"
            elif o50:
                ratio = f"> {args.budget * 1000 / o50:,.0f}x"
            else:
                ratio = "-"
            rows = str(ox_rows) if not (ox_done and rl_done) or ox_rows == rl_rows else f"{ox_rows} (rdflib {rl_rows})"
            if not ox_done:
                rows = str(rl_rows) if rl_done else "?"
            if isinstance(rl_rows, str) or isinstance(ox_rows, str):
                ratio = "-"
            lines.append((q.name, rows, *ox_cells, *rl_cells, ratio))
            print(" | ".join(lines[-1]), file=sys.stderr)
        widths = [max(len(r[i]) for r in [header, *lines]) for i in range(len(header))]
        print(f"\n{len(store):,} quads; Oxigraph {ox.__version__} on disk vs rdflib Dataset in memory\n")
        print("| " + " | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)) + " |")
        print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
        for r in lines:
            print("| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |")


if __name__ == "__main__":
    main()

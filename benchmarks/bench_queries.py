"""Saved-query latency at scale: Oxigraph (the store welfare-kg uses) against a plain rdflib Dataset.

The example documents' graphs are replicated with their minted IRIs rewritten (projects,
people, bodies, decisions, facts, documents get a per-copy prefix) until the store holds
about `--triples` triples; reference entities (municipalities, regions, ministries ...)
keep their IRIs, so joins with the reference graph and cross-document merges grow the way
they would with a real corpus. Every saved query then runs on both engines with the same
data in one process; p50/p95 latency and the rdflib/Oxigraph ratio are printed as a table.

The derived entity layer is rebuilt for the replicated store (as `welfare-kg check --repair`
would), so the saved queries see what an ingest of that many documents would give them.

rdflib evaluates `GRAPH ?g` joins graph by graph and can take minutes per query at this
size, so each rdflib query runs in a forked child with a time budget (`--budget`);
a query over budget is reported as such instead of stalling the run.

Building a million quads takes minutes, so the stores are built once into `--cache`
(keyed by the size, the seed documents' quads and the entity-layer code) and reused.
`--before DIR` also times the .rq files in DIR (e.g. the saved queries of an older
commit) on the same data in the shape they expect (a labels graph of one preferred label
per entity instead of the entity layer), for a before/after table from one run.

    python benchmarks/bench_queries.py                   # about 1M triples (a few minutes the first time)
    python benchmarks/bench_queries.py --triples 50000   # quick run
    git archive abc123 queries | tar -x -C /tmp/old && python benchmarks/bench_queries.py --before /tmp/old/queries
    python benchmarks/bench_queries.py --alternate /tmp/old/queries --queries entities evidence --repeat 7

`--output csv` has Oxigraph write the W3C CSV results (what `welfare-kg query --format csv` and the
endpoint do) instead of iterating the solutions in Python; both cost the same, since Oxigraph decodes
every stored term when it produces a solution.

`--alternate DIR` is for small before/after differences on a shared machine: the old and the
new form of each query run in turn in one process on the same store (CPU seconds, rows compared),
so that a change in load moves both alike. Oxigraph runs a saved query's local form when it has one
(`queries/oxigraph/NAME.rq`, also in DIR), as `welfare-kg query` does on a store; rdflib the portable one.
`--store DIR` reuses a store built earlier into the cache (its folder, `queries-N-KEY`) even when
extraction has changed since: a before/after pair then runs on the same data.

`--split` says where a query's time goes, in one process, rounds in turn: evaluation (the same query as a
sub-select under `COUNT(*)`: every join and sort, no result term decoded) against the full run, and how many
result cells are stored terms (IRIs, strings over 15 bytes: each is one RocksDB read when Oxigraph hands the
solution out, however often it repeats). (full - evaluation) / stored cells is the price of one such read.

`--param QUERY:NAME=VALUE` (repeatable) runs QUERY with that parameter, as `welfare-kg query QUERY --param
NAME=VALUE` would, in every mode; take the values from the store itself (a label the query lists without the
parameter), so that the name resolves to what a user would look up:

    python benchmarks/bench_queries.py --store CACHE/queries-N-KEY --no-rdflib --queries projects_by_area \
        --param "projects_by_area:area=Seutukunta Kouvola"

`--in-memory` runs each saved query on the store and on an in-memory copy of it (as `welfare_kg.graph.snapshot`
and `serve --in-memory` take it), in turn, and compares the answers; a query the in-memory store evaluates very
slowly is stopped after `--budget` seconds.
"""

from __future__ import annotations

import argparse
import hashlib
import multiprocessing as mp
import shutil
import statistics
import sys
import tempfile
import time
from multiprocessing.connection import Connection
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset

from welfare_kg.graph import entities as entity_layer
from welfare_kg.graph import factrows
from welfare_kg.graph.store import KGStore
from welfare_kg.graphs import ENTITIES_GRAPH, LABELS_GRAPH, kind_of
from welfare_kg.ingest import ingest
from welfare_kg.ontology.namespace import BASE, ID, PREFIXES
from welfare_kg.queries import QueryError, SavedQuery, _parse, bind_params, saved_queries

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "documents"
MINTED = tuple(f"{ID}{kind}/" for kind in ("project", "programme", "agreement", "work-package", "person", "body",
                                           "decision", "meeting", "fact", "document"))
DOC_GRAPH = BASE + "graph/document/"
# Queries that only make sense with a parameter (without it, `entity` dumps the whole graph).
BENCH_PARAMS = {"entity": {"entity": f"<{ID}ministry/stm>"}}
FILE_NAME = BASE + "ontology#fileName"


def bench_params(pairs: list[str]) -> dict[str, dict[str, str]]:
    """`["projects_by_area:area=Pirkanmaa"]` -> {"projects_by_area": {"area": "Pirkanmaa"}}, checked as the CLI checks
    a saved query's parameters, so that a misspelt name fails here instead of timing a query that binds nothing."""
    from welfare_kg.queries import load_query
    from welfare_kg.queries.params import check_params, parse_params

    out: dict[str, dict[str, str]] = {}
    for pair in pairs:
        name, sep, rest = pair.partition(":")
        if not sep:
            raise SystemExit(f"--param {pair!r}: not QUERY:NAME=VALUE")
        out.setdefault(name, dict(BENCH_PARAMS.get(name, {}))).update(parse_params([rest]))
    try:
        for name, params in out.items():
            check_params(load_query(name), params)
    except QueryError as exc:
        raise SystemExit(f"--param: {exc}") from exc
    return out


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
    all_quads = [q for q in seed.oxigraph if kind_of(q.graph_name.value).value != "derived"]  # rebuilt later
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


def label(name: str) -> str:
    """A query's name in the tables, with the parameters it ran with (`--param`), so that runs can be told apart."""
    params = BENCH_PARAMS.get(name)
    return name + "".join(f" {k}={v}" for k, v in sorted(params.items())) if params and name != "entity" else name


def percentile(times: list[float], p: float) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


_DATASET: Dataset | None = None  # set before forking so children share it copy-on-write
LAST_CPU: dict[str, list[float]] = {}  # CPU seconds of the last timed query's runs, per engine


def _child(engine: str, store_dir: str, text: str, repeat: int, budget: float, conn: Connection,
           output: str = "iterate") -> None:
    """Run one query up to `repeat` times, sending (times, rows) after each run.

    `output` "csv": Oxigraph writes the W3C CSV results itself (what `welfare-kg query --format csv` and the
    endpoint do) instead of Python iterating the solutions; both decode every stored term once.
    """
    if engine in ("oxigraph", "before"):
        # a fresh handle per child: never share RocksDB state across fork
        if engine == "oxigraph":
            store = KGStore(store_dir, read_only=True)
            query = store.query
        else:  # the old layout: plain Oxigraph, so that nothing migrates it
            raw = ox.Store.read_only(store_dir)

            def query(text: str):  # type: ignore[no-untyped-def]
                return raw.query(text, use_default_graph_as_union=True, prefixes=PREFIXES)

        def run() -> int:
            result = query(text)
            if isinstance(result, ox.QueryBoolean):
                return 1
            if output == "csv" and isinstance(result, ox.QuerySolutions):
                csv = result.serialize(format=ox.QueryResultsFormat.CSV) or b""
                return csv.count(b"\r\n") - 1  # records (CRLF-terminated) minus the header
            return sum(1 for _ in result)
    else:
        assert _DATASET is not None

        def run() -> int:
            return len(list(_DATASET.query(text, initNs=PREFIXES)))
    times: list[float] = []
    cpu: list[float] = []
    start = time.perf_counter()
    while len(times) < repeat and (not times or time.perf_counter() - start < budget):
        t0, c0 = time.perf_counter(), time.process_time()
        try:
            rows = run()
        except Exception as exc:  # an engine bug on one query must not end the benchmark
            conn.send((None, f"{type(exc).__name__}: {exc}", []))
            break
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
        conn.send((list(times), rows, list(cpu)))
    conn.close()


def time_query(engine: str, store_dir: str, text: str, repeat: int, budget: float, output: str = "iterate"
               ) -> tuple[list[float], int | str, bool]:
    """(times, rows or error message, finished): a forked child runs the query, killed after `budget` seconds.

    Neither engine can interrupt a running query from Python, and one pathological
    query must not stall the whole benchmark.
    """
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(engine, store_dir, text, repeat, budget, child, output))
    proc.start()
    child.close()
    times: list[float] = []
    rows: int | str = 0
    deadline = time.perf_counter() + budget
    while time.perf_counter() < deadline:
        if parent.poll(0.05):
            try:
                got, rows, cpu = parent.recv()
            except EOFError:
                break
            if got is None:  # the engine raised: report the error, not a time
                break
            times = got
            LAST_CPU[engine] = cpu
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


def legacy_labels(store: KGStore) -> list[ox.Quad]:
    """The labels graph older versions kept: one skos:prefLabel per entity, the shortest document name overall."""
    best: dict[ox.Term, tuple[int, str, str]] = {}
    for q in store.oxigraph.quads_for_pattern(None, entity_layer.PREF, None, ox.NamedNode(ENTITIES_GRAPH)):
        lit = q.object
        key = (len(lit.value), lit.language or "", lit.value)
        if q.subject not in best or key < best[q.subject]:
            best[q.subject] = key
    g = ox.NamedNode(LABELS_GRAPH)
    return [ox.Quad(e, entity_layer.PREF, ox.Literal(v, language=lang) if lang else ox.Literal(v), g)
            for e, (_, lang, v) in best.items()]


def cached_stores(triples: int, cache: Path, before: bool) -> tuple[Path, Path | None, Path]:
    """(store with the entity layer, store in the old layout or None, N-Quads file for rdflib), built once."""
    t0 = time.perf_counter()
    quads, copies = build_quads(triples)
    key = hashlib.sha256(ox.serialize(sorted(quads[:200_000], key=str), format=ox.RdfFormat.N_QUADS) or b"")
    key.update(Path(entity_layer.__file__).read_bytes())
    key.update(Path(factrows.__file__).read_bytes())  # the derived fact rows are built with the layer
    where = cache / f"queries-{triples}-{key.hexdigest()[:12]}"
    kg, old, nq = where / "kg", where / "kg-before", where / "data.nq"
    if not (where / "done").exists():
        shutil.rmtree(where, ignore_errors=True)
        where.mkdir(parents=True)
        print(f"built {len(quads):,} quads ({copies} copies of the example graphs) in "
              f"{time.perf_counter() - t0:.1f} s", file=sys.stderr)
        store = KGStore(kg)
        t0 = time.perf_counter()
        store.oxigraph.bulk_extend(quads)
        store.rebuild_derived()
        store.flush()
        print(f"oxigraph: loaded {len(store):,} quads and built the entity layer in {time.perf_counter() - t0:.1f} s",
              file=sys.stderr)
        nq.write_bytes(store.dump(ox.RdfFormat.N_QUADS))
        labels = legacy_labels(store)
        del store
        legacy = ox.Store(str(old))
        legacy.bulk_extend(quads)
        legacy.bulk_extend(labels)
        legacy.flush()
        del legacy
        (where / "done").write_text("ok\n")
    else:
        print(f"reusing the stores in {where}", file=sys.stderr)
    return kg, (old if before else None), nq


def _ratio(o50: float | None, r50: float | None, budget: float) -> str:
    if o50 and r50:
        return f"{r50 / o50:,.0f}x"
    if o50:
        return f"> {budget * 1000 / o50:,.0f}x"
    return "-"


def alternate(kg: Path, old_dir: Path, names: list[str] | None, rounds: int) -> None:
    """The form in `old_dir` and the saved form of each query in turn, `rounds` times, in this process.

    CPU seconds (min and median) of each; the rows are compared (same rows in the same order, or which
    difference). `old_dir` may hold older saved queries (before/after) or alternative forms of some.
    """
    store = KGStore(kg, read_only=True)
    store.query("ASK {}")  # opening work (the entity-layer check) is not the query's
    olds = {p.stem: _parse(p, with_local=True) for p in sorted(old_dir.glob("*.rq"))}
    pairs = [(q.name, bind_params(olds[q.name].local_text, BENCH_PARAMS.get(q.name)),
              bind_params(q.local_text, BENCH_PARAMS.get(q.name)))
             for q in saved_queries() if q.name in olds and (not names or q.name in names)]

    def rows_of(text: str) -> list[tuple[str, ...]]:
        return [tuple(str(t) for t in solution) for solution in store.query(text)]  # type: ignore[union-attr]

    def timed(text: str) -> float:
        c0 = time.process_time()
        sum(1 for _ in store.query(text))  # type: ignore[union-attr]
        return time.process_time() - c0

    load = Path("/proc/loadavg").read_text().split()[:3] if Path("/proc/loadavg").exists() else ["?"]
    print(f"{len(store):,} quads; {rounds} rounds, the two forms in turn; load average at the start {' '.join(load)}\n")
    other = old_dir.name
    print(f"| query | rows | {other} min | {other} median | saved min | saved median | saved vs {other} |")
    print("|---|---|---|---|---|---|---|")
    for name, old, new in pairs:
        old_rows, new_rows = rows_of(old), rows_of(new)
        same = "" if old_rows == new_rows else (" (same rows, other order)" if sorted(old_rows) == sorted(new_rows)
                                                else " (ROWS DIFFER)")
        before: list[float] = []
        after: list[float] = []
        for _ in range(rounds):
            before.append(timed(old))
            after.append(timed(new))
        b, a = statistics.median(before), statistics.median(after)
        print(f"| {label(name)} | {len(new_rows):,}{same} | {min(before):.3f} | {b:.3f} | {min(after):.3f} | {a:.3f} | "
              f"{(a - b) / b:+.0%} |", flush=True)
    load = Path("/proc/loadavg").read_text().split()[:3] if Path("/proc/loadavg").exists() else ["?"]
    print(f"\nload average at the end {' '.join(load)}")


# Literal datatypes Oxigraph 0.5 keeps inline in its encoded terms (numbers, booleans, dates and durations):
# handing them out reads nothing from the store.
_INLINE_TYPES = {f"http://www.w3.org/2001/XMLSchema#{t}" for t in (
    "integer", "decimal", "double", "float", "boolean", "dateTime", "date", "time", "gYear", "gYearMonth",
    "gMonthDay", "gDay", "gMonth", "duration", "yearMonthDuration", "dayTimeDuration")}
_STRING_TYPES = {"http://www.w3.org/2001/XMLSchema#string", "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"}


def stored_cell(term: ox.Term) -> bool:
    """Whether Oxigraph reads this result term from the store (id2str) to hand it out.

    IRIs always; strings and language strings when the text (or the tag) is over 15 bytes; literals of other
    datatypes unless the datatype is one kept inline; blank nodes never (numeric ids).
    """
    if isinstance(term, ox.NamedNode):
        return True
    if not isinstance(term, ox.Literal):
        return False
    if term.datatype.value in _STRING_TYPES:
        return len(term.value.encode()) > 15 or len((term.language or "").encode()) > 15
    return term.datatype.value not in _INLINE_TYPES


def count_form(text: str) -> str:
    """The query as a sub-select under `SELECT (COUNT(*) AS ?n)`: the same evaluation, no term decoded."""
    lines = text.splitlines()
    i = next(k for k, line in enumerate(lines) if line.lstrip().upper().startswith("SELECT"))
    return "\n".join([*lines[:i], "SELECT (COUNT(*) AS ?n) WHERE {", *lines[i:], "}"])


def split(kg: Path, names: list[str] | None, rounds: int) -> None:
    """Evaluation against decoding for each saved query (local form), `rounds` times in turn, CPU s."""
    store = KGStore(kg, read_only=True)
    store.query("ASK {}")
    load = Path("/proc/loadavg").read_text().split()[:3] if Path("/proc/loadavg").exists() else ["?"]
    print(f"{len(store):,} quads; {rounds} rounds in turn; load average at the start {' '.join(load)}\n")
    print("| query | rows | stored cells / all cells | evaluation min | evaluation median | full min | full median "
          "| µs per stored cell (medians) |")
    print("|---|---|---|---|---|---|---|---|")
    for q in saved_queries():
        if names and q.name not in names:
            continue
        text = bind_params(q.local_text, BENCH_PARAMS.get(q.name))
        result = store.query(text)
        if not isinstance(result, ox.QuerySolutions):
            continue
        rows = stored = cells = 0
        for solution in result:
            rows += 1
            for term in solution:
                if term is not None:
                    cells += 1
                    stored += stored_cell(term)
        counted = count_form(text)
        evaluation: list[float] = []
        full: list[float] = []
        for _ in range(rounds):
            c0 = time.process_time()
            sum(1 for _ in store.query(counted))  # type: ignore[union-attr]
            evaluation.append(time.process_time() - c0)
            c0 = time.process_time()
            sum(1 for _ in store.query(text))  # type: ignore[union-attr]
            full.append(time.process_time() - c0)
        e, f = statistics.median(evaluation), statistics.median(full)
        per = f"{(f - e) / stored * 1e6:.2f}" if stored >= 10_000 else "-"  # fewer: below the timer's noise
        print(f"| {label(q.name)} | {rows:,} | {stored:,} / {cells:,} | {min(evaluation):.3f} | {e:.3f} | "
              f"{min(full):.3f} | {f:.3f} | {per} |", flush=True)
    load = Path("/proc/loadavg").read_text().split()[:3] if Path("/proc/loadavg").exists() else ["?"]
    print(f"\nload average at the end {' '.join(load)}")


def in_memory(kg: Path, names: list[str] | None, rounds: int, budget: float) -> None:
    """Each saved query on the disk store (local form) and on an in-memory copy of it (in-memory form), in turn, CPU s.

    The copy is taken as `welfare_kg.graph.snapshot` takes it (N-Quads dump bulk-loaded into an
    in-memory store). Each query runs in a forked child (the copy shared copy-on-write) that opens
    its own read-only disk handle, so that a query Oxigraph's in-memory store evaluates very slowly
    is stopped after `budget` seconds instead of stalling the run; a memory run over 5x the disk run
    is not repeated. "equal" compares the answers as tests/test_queries_answers.py does (rows sorted,
    GROUP_CONCAT cells sorted inside).
    """
    import json
    import os
    import signal

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.test_queries_answers import answer

    def load() -> str:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3]) if Path("/proc/loadavg").exists() else "?"

    c0, t0, load0 = time.process_time(), time.perf_counter(), load()
    memory = KGStore()
    memory.oxigraph.bulk_load(KGStore(kg, read_only=True).dump(ox.RdfFormat.N_QUADS), format=ox.RdfFormat.N_QUADS)
    memory.query("ASK {}")
    print(f"{len(memory):,} quads copied into memory in {time.process_time() - c0:.1f} CPU s "
          f"({time.perf_counter() - t0:.1f} s wall); {rounds} rounds in turn; load average at the start {load0}\n")
    print("| query | rows | answers equal | disk min | disk median | memory min | memory median | memory / disk |")
    print("|---|---|---|---|---|---|---|---|")
    for q in saved_queries():
        if names and q.name not in names:
            continue
        params = BENCH_PARAMS.get(q.name) or {}
        text = bind_params(q.local_text, params)
        form = bind_params(q.memory_text, params)  # what the copy runs: the in-memory form, where there is one
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: both engines, in turn
            os.close(r)
            disk = KGStore(kg, read_only=True)
            disk.query("ASK {}")

            def cpu(store: KGStore, text: str = text) -> tuple[float, int]:
                c = time.process_time()
                n = sum(1 for _ in store.query(text))  # type: ignore[union-attr]
                return time.process_time() - c, n

            d: list[float] = []
            m: list[float] = []
            rows, same = 0, "?"
            for i in range(rounds):
                t, rows = cpu(disk)
                d.append(t)
                m.append(cpu(memory, form)[0])
                if i == 0:
                    same = "yes" if answer(disk, q.name, q.local_text, params) == answer(
                        memory, q.name, q.memory_text, params) else "NO"
                os.write(w, (json.dumps([rows, same, d, m]) + "\n").encode())
                if m[0] > 5 * max(d[0], 0.2):
                    break
            os._exit(0)
        os.close(w)
        start = time.perf_counter()
        while time.perf_counter() - start < budget:
            if os.waitpid(pid, os.WNOHANG)[0]:
                break
            time.sleep(0.1)
        else:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        lines = [ln for ln in os.read(r, 1 << 20).decode().splitlines() if ln]
        os.close(r)
        if not lines:
            print(f"| {label(q.name)} | - | - | - | - | > {budget:.0f} s wall, stopped | - | - |", flush=True)
            continue
        rows, same, d, m = json.loads(lines[-1])
        d = d[: len(m)]
        dm, mm = statistics.median(d), statistics.median(m)
        n = "" if len(m) == rounds else f" (n={len(m)})"
        print(f"| {label(q.name)} | {rows:,} | {same} | {min(d):.3f} | {dm:.3f} | {min(m):.3f} | {mm:.3f}{n} | "
              f"{mm / dm:.2f}x |", flush=True)
    print(f"\nload average at the end {load()}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--triples", type=int, default=1_000_000, help="approximate store size")
    ap.add_argument("--repeat", type=int, default=10, help="runs per query (fewer if over budget)")
    ap.add_argument("--budget", type=float, default=30.0, help="seconds per query and engine")
    ap.add_argument("--queries", nargs="*", help="saved query names (default: all)")
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "welfare-kg-bench",
                    help="where built stores are kept between runs")
    ap.add_argument("--before", type=Path, help="folder of older .rq files to time on the old layout as well")
    ap.add_argument("--no-rdflib", action="store_true", help="Oxigraph only (skips loading rdflib)")
    ap.add_argument("--alternate", type=Path,
                    help="folder of older .rq files: time old and new forms in turn in one process (CPU s), then stop")
    ap.add_argument("--split", action="store_true",
                    help="evaluation (COUNT(*) of the same query) against the full run, and stored result cells, "
                    "in one process (CPU s), then stop")
    ap.add_argument("--in-memory", action="store_true",
                    help="each saved query on disk and on an in-memory copy (welfare_kg.graph.snapshot), in turn, "
                    "CPU s, answers compared, then stop")
    ap.add_argument("--store", type=Path, help="a cache folder (queries-N-KEY) to use as it is, without rebuilding")
    ap.add_argument("--output", choices=("iterate", "csv"), default="iterate",
                    help="Oxigraph: iterate the solutions in Python (a notebook) or have Oxigraph write CSV "
                    "(the CLI's --format csv, the endpoint)")
    ap.add_argument("--param", action="append", default=[], metavar="QUERY:NAME=VALUE",
                    help="run QUERY with parameter NAME=VALUE (repeatable; in every mode)")
    args = ap.parse_args(argv)
    BENCH_PARAMS.update(bench_params(args.param))

    if args.store is not None:
        kg, nq = args.store / "kg", args.store / "data.nq"
        old_dir = args.store / "kg-before" if args.before is not None else None
        if not (args.store / "done").exists():
            raise SystemExit(f"{args.store}: not a finished benchmark store")
    else:
        kg, old_dir, nq = cached_stores(args.triples, args.cache, args.before is not None)
    if args.alternate is not None:
        alternate(kg, args.alternate, args.queries, args.repeat)
        return
    if args.split:
        split(kg, args.queries, args.repeat)
        return
    if args.in_memory:
        in_memory(kg, args.queries, args.repeat, args.budget)
        return
    n_quads = len(KGStore(kg, read_only=True))
    if not args.no_rdflib:
        global _DATASET
        t0 = time.perf_counter()
        ds = Dataset(default_union=True)
        ds.parse(source=str(nq), format="nquads")
        _DATASET = ds
        print(f"rdflib: loaded {len(ds):,} triples in {time.perf_counter() - t0:.1f} s", file=sys.stderr)

    chosen = [q for q in saved_queries() if not args.queries or q.name in args.queries]
    olds: dict[str, SavedQuery] = {}
    if args.before is not None:
        olds = {p.stem: _parse(p) for p in sorted(args.before.glob("*.rq"))}
    header = ("query", "rows", "before p50 ms", "oxi p50 ms", "oxi p95 ms", "oxi CPU p50 ms", "n", "rdflib p50 ms",
              "n", "rdflib / oxi", "before / after")
    lines = []
    for q in chosen:
        text = bind_params(q.local_text, BENCH_PARAMS.get(q.name))  # what a local store runs (queries/oxigraph/)
        LAST_CPU["oxigraph"] = []
        ox_times, ox_rows, ox_done = time_query("oxigraph", str(kg), text, args.repeat, args.budget, args.output)
        o50_cell, o95_cell, on_cell, o50 = _cells(ox_times, ox_done, args.budget)
        cpu_cell = f"{percentile(LAST_CPU['oxigraph'], 50) * 1000:,.1f}" if ox_done and LAST_CPU["oxigraph"] else "-"
        if isinstance(ox_rows, str):
            print(f"oxigraph failed on {q.name}: {ox_rows[:200]}", file=sys.stderr)
            o50_cell, o95_cell, on_cell, o50 = "error", "-", "0", None
        b_cell, b50 = "-", None
        if q.name in olds and old_dir is not None:
            old_text = bind_params(olds[q.name].text, BENCH_PARAMS.get(q.name))
            b_times, b_rows, b_done = time_query("before", str(old_dir), old_text, max(1, args.repeat // 2),
                                                 args.budget)
            b_cell, _, _, b50 = _cells(b_times, b_done, args.budget)
            if isinstance(b_rows, str):
                b_cell, b50 = "error", None
            elif b_done and b_rows != ox_rows:
                b_cell += f" ({b_rows} rows)"
        r_cell, rn_cell, r50, rl_rows = "-", "0", None, None
        if not args.no_rdflib:
            portable = bind_params(q.text, BENCH_PARAMS.get(q.name))  # rdflib has no LATERAL
            rl_times, rl_rows, rl_done = time_query("rdflib", "", portable, args.repeat, args.budget)
            r_cell, _, rn_cell, r50 = _cells(rl_times, rl_done, args.budget)
            if isinstance(rl_rows, str):
                print(f"rdflib failed on {q.name}: {rl_rows[:200]}", file=sys.stderr)
                r_cell, r50 = "error", None
        rows = str(ox_rows) if rl_rows is None or rl_rows == ox_rows or not r50 else f"{ox_rows} (rdflib {rl_rows})"
        ratio = _ratio(o50, r50, args.budget) if not args.no_rdflib and r_cell != "error" else "-"
        if b50 and o50:
            speedup = f"{b50 / o50:,.1f}x"
        elif b_cell.startswith(">") and o50:  # the old form ran over budget
            speedup = f"> {args.budget * 1000 / o50:,.0f}x"
        else:
            speedup = "-"
        lines.append((label(q.name), rows, b_cell, o50_cell, o95_cell, cpu_cell, on_cell, r_cell, rn_cell, ratio,
                      speedup))
        print(" | ".join(lines[-1]), file=sys.stderr)
    widths = [max(len(r[i]) for r in [header, *lines]) for i in range(len(header))]
    load = Path("/proc/loadavg").read_text().split()[:3] if Path("/proc/loadavg").exists() else ["?"]
    print(f"\n{n_quads:,} quads; Oxigraph {ox.__version__} on disk (in-process) vs rdflib Dataset in memory; "
          f"load average at the end {' '.join(load)}\n")
    print("| " + " | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in lines:
        print("| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |")


if __name__ == "__main__":
    main()

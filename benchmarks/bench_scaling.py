"""Extraction cost against document size: chars/s of load + extract from 100 KB to 5 MB, and a 20 MB HTML page.

Cost that grows with the square of the mentions hides in small documents and stops a
batch on one large one, so the texts here grow by adding *different* content (generated
minutes and news with their own places, projects and people, plus the example
documents), which makes the number of mentions grow with the size as in a real
compilation of minutes. Run on demand:

    python benchmarks/bench_scaling.py                   # 100 KB, 1 MB, 5 MB + 20 MB HTML
    python benchmarks/bench_scaling.py --sizes 0.1,1 --no-html
    python benchmarks/bench_scaling.py --profile 1       # cProfile of extraction at 1 MB
    python benchmarks/bench_scaling.py --stages 2        # CPU per stage of a 2 MB page
    python benchmarks/bench_scaling.py --sizes 0.1 --html-mb 20 --jobs 2   # ingest the page with 2 workers
    python benchmarks/bench_scaling.py --stages 20 --jobs 2                # its extraction in 2 processes
    python benchmarks/bench_scaling.py --steps 5 [--html]                  # CPU per step of extract_document

CPU seconds (time.process_time) are the figures to compare on a shared machine; the
load average is printed with each run because wall time follows it.
"""

from __future__ import annotations

import argparse
import cProfile
import html
import io
import os
import pstats
import resource
import sys
import tempfile
import time
from pathlib import Path

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer
from welfare_kg.extract.morphology import get_morphology
from welfare_kg.loaders import load_document
from welfare_kg.synthetic.generate import generate_document

ROOT = Path(__file__).resolve().parents[1]
TARGET_RATIO = 1.5  # chars/s at the largest size within 1.5x of the smallest
HTML_LIMIT_S = 120.0


def build_text(n_chars: int, seed: int = 7) -> str:
    """Real-looking text of about n_chars: examples first, then generated documents that differ from each other."""
    parts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples" / "documents").glob("*.txt"))]
    size = sum(len(p) for p in parts)
    i = 0
    while size < n_chars:
        doc = generate_document(seed, i).text
        parts.append(doc)
        size += len(doc) + 2
        i += 1
    text = "\n\n".join(parts)
    return text[:n_chars].rsplit("\n", 1)[0] + "\n"


def build_html(n_bytes: int) -> str:
    """A page of about n_bytes (UTF-8): the text of build_text in headings and paragraphs."""
    body = []
    for block in build_text(int(n_bytes * 0.9)).split("\n\n"):
        lines = block.strip().split("\n")
        if not lines or not lines[0]:
            continue
        body.append(f"<h2>{html.escape(lines[0])}</h2>")
        body += [f"<p>{html.escape(line)}</p>" for line in lines[1:] if line.strip()]
    return ("<!DOCTYPE html><html lang=\"fi\"><head><meta charset=\"utf-8\"><title>Pöytäkirjat</title></head>"
            "<body><main>" + "\n".join(body) + "</main></body></html>\n")


def time_extract(path: Path) -> tuple[float, float, int, int, int]:
    """Wall and CPU seconds of load + extract, characters, mentions (entities' mentions) and facts.

    CPU seconds of this process are the figure to compare: on a machine shared with
    other work, wall time measures the neighbours as much as the code.
    """
    w0, c0 = time.perf_counter(), time.process_time()
    rec = load_document(path)
    ex = extract_document(rec)
    wall, cpu = time.perf_counter() - w0, time.process_time() - c0
    return wall, cpu, len(rec.text), sum(len(e.mentions) for e in ex.entities.values()), len(ex.facts)


def run_sizes(sizes_mb: list[float], tmp: Path) -> list[tuple[float, float, float, int, int, int, float]]:
    rows = []
    for mb in sizes_mb:
        path = tmp / f"scaling_{mb}MB.txt"
        path.write_text(build_text(int(mb * 1_000_000)), encoding="utf-8")
        wall, cpu, chars, mentions, facts = time_extract(path)
        rows.append((mb, wall, cpu, chars, mentions, facts, chars / cpu))
        print(f"  {mb} MB: {wall:.1f} s wall, {cpu:.1f} s CPU, {chars / cpu:,.0f} chars/CPU-s", file=sys.stderr)
    return rows


def _children_cpu() -> float:
    """CPU seconds of this process's finished children (ingest's workers, their forked helpers)."""
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def run_html(mb: float, tmp: Path, jobs: int = 1) -> tuple[float, int, str]:
    from welfare_kg import ingest as ingest_module
    from welfare_kg.graph.store import KGStore

    path = tmp / "scaling_page.html"
    path.write_text(build_html(int(mb * 1_000_000)), encoding="utf-8")
    store = KGStore(tmp / "store")
    t0, c0, k0 = time.perf_counter(), time.process_time(), _children_cpu()
    writes: list[tuple[float, float, float]] = []  # (wall at start, wall s, CPU s) of each store write
    commit = ingest_module.Writer.commit

    def timed_commit(self: ingest_module.Writer) -> None:  # where the wall time goes: building vs writing
        w, c = time.perf_counter(), time.process_time()
        commit(self)
        writes.append((w - t0, time.perf_counter() - w, time.process_time() - c))

    ingest_module.Writer.commit = timed_commit  # type: ignore[method-assign]
    try:
        report = ingest_module.ingest([path], store, jobs=jobs)
    finally:
        ingest_module.Writer.commit = commit  # type: ignore[method-assign]
    dt, cpu, kids = time.perf_counter() - t0, time.process_time() - c0, _children_cpu() - k0
    start, wall, wcpu = max(writes, key=lambda x: x[1])
    summary = (f"jobs={jobs}: {len(report.ingested)} ingested, {len(report.failed)} failed, {cpu:.1f} s CPU here "
               f"+ {kids:.1f} s in workers, load average {os.getloadavg()[0]:.1f}; the page reached the writer "
               f"after {start:.1f} s, its write took {wall:.1f} s wall, {wcpu:.1f} CPU-s")
    if report.failed:
        summary += f" ({'; '.join(report.failed)[:300]})"
    return dt, path.stat().st_size, summary


def stage_times(path: Path, tmp: Path, jobs: int = 1) -> dict[str, float]:
    """CPU seconds of each stage of ingesting one file in this process: read, extract, build, store write.

    With `jobs` > 1 the extraction's sentences are shared with forked processes: "extract" is then this
    process's CPU, "extract_children" theirs, "extract_wall" the stage's wall time.
    """
    from welfare_kg.extract import sentence_pool
    from welfare_kg.graph.build import document_ntriples
    from welfare_kg.graph.store import KGStore
    from welfare_kg.graphs import contact_graph_iri, document_graph_iri
    from welfare_kg.ingest import Built, Writer

    out: dict[str, float] = {}
    c = time.process_time()
    rec = load_document(path, max_bytes=100_000_000, workers=jobs)
    out["read"], c = time.process_time() - c, time.process_time()
    k, w = _children_cpu(), time.perf_counter()
    sentence_pool.CHILD_CPU.clear()
    ex = extract_document(rec, workers=jobs)
    out["extract_wall"], out["extract_children"] = time.perf_counter() - w, _children_cpu() - k
    out["children"] = [round(x, 1) for run in sentence_pool.CHILD_CPU for x in run]  # type: ignore[assignment]
    out["recomputed"] = sentence_pool.LAST_FOLD["recomputed"]
    out["accepted"] = sentence_pool.LAST_FOLD["accepted"]
    out["extract"], c = time.process_time() - c, time.process_time()
    nt, contacts = document_ntriples(rec, ex)
    out["build"], c = time.process_time() - c, time.process_time()
    writer = Writer(KGStore(tmp / "stages-store"))
    writer.write(Built(str(path), None, rec.checksum, str(rec.source), str(document_graph_iri(rec.checksum)),
                       str(contact_graph_iri(rec.checksum)), nt, contacts))
    writer.close()
    out["write"] = time.process_time() - c
    out["chars"], out["statements"] = len(rec.text), nt.count("\n")
    return out


def steps_table(mb: float, as_html: bool, tmp: Path) -> None:
    """CPU per top-level step of extract_document (one process), largest first, as a markdown table."""
    from extract_steps import timed_steps

    from welfare_kg.extract import document

    path = tmp / ("steps.html" if as_html else "steps.txt")
    path.write_text(build_html(int(mb * 1_000_000)) if as_html else build_text(int(mb * 1_000_000)), encoding="utf-8")
    c = time.process_time()
    rec = load_document(path, max_bytes=100_000_000)
    read, c = time.process_time() - c, time.process_time()
    with timed_steps(document) as steps:
        document.extract_document(rec)
    cpu = time.process_time() - c
    print(f"{path.stat().st_size / 1e6:.1f} MB, {len(rec.text):,} chars: read {read:.1f} CPU-s, "
          f"extract {cpu:.1f} CPU-s "
          f"({len(rec.text) / cpu:,.0f} chars/CPU-s), load average {os.getloadavg()[0]:.1f}\n")
    print("| step | CPU s | share |\n|---|---|---|")
    for name, sec in sorted(steps.items(), key=lambda x: -x[1]):
        if sec >= 0.05:
            print(f"| {name} | {sec:.2f} | {sec / cpu:.0%} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="0.1,1,5", help="text sizes in MB, comma-separated")
    ap.add_argument("--html-mb", type=float, default=20.0)
    ap.add_argument("--no-html", action="store_true")
    ap.add_argument("--profile", type=float, default=None, help="profile extraction of a text of this many MB")
    ap.add_argument("--stages", type=float, default=None, help="CPU per stage for an HTML page of this many MB")
    ap.add_argument("--jobs", type=int, default=1, help="ingest --jobs for the page; --stages: extraction processes")
    ap.add_argument("--steps", type=float, default=None, help="CPU per step of extract_document for this many MB")
    ap.add_argument("--html", action="store_true", help="--steps: an HTML page (build_html) instead of a text")
    args = ap.parse_args()
    reference_gazetteer()
    get_morphology()  # warm: loading Voikko and the reference data is not extraction cost
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        if args.profile:
            path = tmp / "profile.txt"
            path.write_text(build_text(int(args.profile * 1_000_000)), encoding="utf-8")
            prof = cProfile.Profile()
            prof.enable()
            time_extract(path)
            prof.disable()
            s = io.StringIO()
            pstats.Stats(prof, stream=s).sort_stats(os.environ.get("SORT", "cumulative")).print_stats(30)
            print(s.getvalue())
            return
        if args.steps:
            steps_table(args.steps, args.html, tmp)
            return
        if args.stages:
            path = tmp / "stages_page.html"
            path.write_text(build_html(int(args.stages * 1_000_000)), encoding="utf-8")
            t = stage_times(path, tmp, args.jobs)
            cpu = t["read"] + t["extract"] + t["build"] + t["write"]
            extra = (f"; with {args.jobs} processes: {t['extract_wall']:.1f} s wall, {t['extract_children']:.1f} CPU-s "
                     f"in children {t['children']}, {t['recomputed']} sentences recomputed, "
                     f"{t['accepted']} accepted" if args.jobs > 1 else "")
            print(f"{path.stat().st_size / 1e6:.1f} MB page, {t['chars']:,.0f} chars, "
                  f"{t['statements']:,.0f} statements: read {t['read']:.1f}, extract {t['extract']:.1f}"
                  f"{extra} ({t['chars'] / (t['extract'] + t['extract_children']):,.0f} chars/CPU-s), "
                  f"build {t['build']:.1f}, write {t['write']:.1f}, total {cpu:.1f} s CPU in this process "
                  f"(load average {os.getloadavg()[0]:.1f})")
            return
        rows = run_sizes([float(x) for x in args.sizes.split(",")], tmp)
        print("| size | chars | mentions | facts | load+extract wall s | CPU s | chars per CPU-s | slow-down |")
        print("|---|---|---|---|---|---|---|---|")
        base = rows[0][6]
        for mb, wall, cpu, chars, mentions, facts, cps in rows:
            print(f"| {mb} MB | {chars:,} | {mentions:,} | {facts:,} | {wall:.1f} | {cpu:.1f} | {cps:,.0f} "
                  f"| {base / cps:.2f}x |")
        ratio = base / rows[-1][6]
        print(f"\nslow-down at {rows[-1][0]} MB vs {rows[0][0]} MB: {ratio:.2f}x (target <= {TARGET_RATIO}x)")
        if not args.no_html:
            dt, size, summary = run_html(args.html_mb, tmp, args.jobs)
            print(f"\n{size / 1e6:.1f} MB HTML page, full ingest: {dt:.1f} s ({summary}; "
                  f"target < {HTML_LIMIT_S:.0f} s)")


if __name__ == "__main__":
    main()

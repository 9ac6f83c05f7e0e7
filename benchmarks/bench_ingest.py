"""Ingest at scale: speed, memory, incremental re-runs, stage timings and recall on a generated corpus.

    python benchmarks/bench_ingest.py --docs 1000 [--docs 10000] [--jobs 1,2] [--seed 0]

For each corpus size: generate the corpus (`welfare_kg.synthetic.generate`) into a temporary
folder, ingest it with `welfare-kg ingest --jobs N` in a fresh process per run (so
memory is that run's own), ingest the unchanged folder again, time the pipeline
stages on a sample, and compare what was extracted with the generator's answer key
(`facts.jsonl`). Prints markdown tables.

Peak memory is sampled from /proc every 0.1 s over the whole process tree of the run
(the parent writer plus its fork server and workers): `ru_maxrss` of children would
only report the largest single process, and only once it has been reaped.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from decimal import Decimal
from pathlib import Path
from typing import Any

from welfare_kg.synthetic.generate import FoundFact, norm_label, read_facts, recall_by_predicate, write_corpus


# -- memory of a process tree ----------------------------------------------------------------------
def _busy_ticks() -> int:
    """CPU ticks spent busy on the whole machine so far (all cores)."""
    with open("/proc/stat") as fh:
        f = [int(x) for x in fh.readline().split()[1:]]
    return sum(f) - f[3] - f[4]  # minus idle and iowait


def _rss_and_ppid() -> dict[int, tuple[int, int, int]]:
    """pid -> (ppid, rss bytes, cpu ticks) for every process we may read."""
    page = os.sysconf("SC_PAGE_SIZE")
    out: dict[int, tuple[int, int, int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                stat = fh.read().decode(errors="replace")
            fields = stat[stat.rindex(")") + 2:].split()
            out[int(entry)] = (int(fields[1]), int(fields[21]) * page, int(fields[11]) + int(fields[12]))
        except (OSError, ValueError, IndexError):
            continue
    return out


class TreeMemory(threading.Thread):
    """Samples the summed RSS of a process and all its descendants; keeps the peaks and their CPU time.

    The machine may be shared: CPU used by processes outside the tree is reported too,
    because it takes cores away from the workers and bends the speed-up.
    """

    def __init__(self, pid: int, interval: float = 0.1) -> None:
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.peak_total = 0
        self.peak_root = 0
        self.peak_procs = 0
        self.ticks: dict[int, int] = {}
        self.busy0 = _busy_ticks()
        self.busy = 0
        self._stop_evt = threading.Event()

    def run(self) -> None:
        while not self._stop_evt.is_set():
            procs = _rss_and_ppid()
            tree, frontier = {self.pid}, [self.pid]
            children: dict[int, list[int]] = defaultdict(list)
            for pid, (ppid, _rss, _cpu) in procs.items():
                children[ppid].append(pid)
            while frontier:
                for c in children.get(frontier.pop(), []):
                    if c not in tree:
                        tree.add(c)
                        frontier.append(c)
            total = sum(procs[p][1] for p in tree if p in procs)
            self.peak_total = max(self.peak_total, total)
            self.peak_root = max(self.peak_root, procs.get(self.pid, (0, 0, 0))[1])
            for p in tree & procs.keys():
                self.ticks[p] = max(self.ticks.get(p, 0), procs[p][2])
            self.busy = _busy_ticks() - self.busy0
            self.peak_procs = max(self.peak_procs, len(tree & procs.keys()))
            self._stop_evt.wait(self.interval)

    def stop(self) -> None:
        self._stop_evt.set()
        self.join()

    def cpu_seconds(self) -> tuple[float, float]:
        """(CPU seconds of the tree, CPU seconds of everything else on the machine) while sampling."""
        hz = os.sysconf("SC_CLK_TCK")
        ours = sum(self.ticks.values()) / hz
        return ours, max(0.0, self.busy / hz - ours)


def run_ingest(docs: Path, store: Path, jobs: int) -> tuple[float, TreeMemory, str]:
    """One `welfare-kg ingest --jobs N` in its own process: (seconds, memory peaks, summary line)."""
    cmd = [sys.executable, "-m", "welfare_kg.cli", "ingest", str(docs), "--store", str(store),
           "--jobs", str(jobs), "--quiet"]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    mem = TreeMemory(proc.pid)
    mem.start()
    _out, err = proc.communicate()
    secs = time.perf_counter() - t0
    mem.stop()
    if proc.returncode != 0:
        raise SystemExit(f"ingest failed ({proc.returncode}): {err[-2000:]}")
    return secs, mem, err.strip().splitlines()[-1]


# -- stage timings -------------------------------------------------------------------------------
def stage_timings(files: list[Path]) -> dict[str, float]:
    """Mean seconds per document and stage, measured in this process on a fresh on-disk store.

    Entity recognition (morphology + gazetteer + name shapes) is timed by wrapping
    `Recogniser.sentence_mentions`; "relations" is the rest of `extract_document`
    (resolution, relation rules, minutes facts).
    """
    from welfare_kg.extract import entities
    from welfare_kg.graph.store import KGStore
    from welfare_kg.ingest import Writer, build_file, ensure_reference

    spent = {"entities": 0.0}
    original = entities.Recogniser.sentence_mentions

    def timed(self: entities.Recogniser, *a: Any, **kw: Any) -> Any:
        t = time.perf_counter()
        try:
            return original(self, *a, **kw)
        finally:
            spent["entities"] += time.perf_counter() - t

    build_file(str(files[0]))  # warm Voikko and the gazetteer: a one-off per process, not per document
    totals: dict[str, float] = defaultdict(float)
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as tmp:
        store = KGStore(Path(tmp) / "kg")
        ensure_reference(store)
        writer = Writer(store)
        entities.Recogniser.sentence_mentions = timed
        try:
            for f in files:
                spent["entities"] = 0.0
                b = build_file(str(f), timed=True)
                if b.error:
                    continue
                t = time.perf_counter()
                writer.write(b)  # commits a group of documents when it is full (see `Writer`)
                totals["store"] += time.perf_counter() - t
                totals["load"] += b.timings["load"]
                totals["entities"] += spent["entities"]
                totals["relations"] += b.timings["extract"] - spent["entities"]
                totals["build"] += b.timings["build"]
                totals["serialise"] += b.timings["serialise"]
        finally:
            entities.Recogniser.sentence_mentions = original
        t = time.perf_counter()
        writer.close()  # the last group's commit belongs to the store stage too
        totals["store"] += time.perf_counter() - t
        del writer, store  # release the store's lock before its directory goes
    return {k: v / len(files) for k, v in totals.items()}


# -- recall against the answer key ------------------------------------------------------------------
FACTS_QUERY = """
SELECT ?file ?s ?p ?o ?amount WHERE { GRAPH ?g {
  ?d a wkg:Document ; wkg:fileName ?file .
  ?f a wkg:Fact ; wkg:subject ?s ; wkg:predicate ?p ; wkg:object ?o .
  OPTIONAL { ?f wkg:amount ?amount } } }
"""
LABELS_QUERY = """
SELECT ?file ?e ?label WHERE { GRAPH ?g {
  ?d a wkg:Document ; wkg:fileName ?file .
  ?e skos:prefLabel|skos:altLabel|skos:hiddenLabel ?label } }
"""


def store_facts(store_dir: Path) -> dict[str, list[FoundFact]]:
    """file name -> facts the store holds for that document, with the labels its graph gives each entity."""
    from welfare_kg.graph.store import KGStore

    store = KGStore(store_dir, read_only=True)
    labels: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in store.query(LABELS_QUERY):
        labels[(row["file"].value, row["e"].value)].add(norm_label(row["label"].value))
    out: dict[str, list[FoundFact]] = defaultdict(list)
    for row in store.query(FACTS_QUERY):
        file, s, o = row["file"].value, row["s"].value, row["o"].value
        amount = row["amount"]
        value = Decimal(amount.value) if amount is not None else None
        out[file].append(FoundFact(
            s, frozenset(labels.get((file, s), ())), row["p"].value.rsplit("/", 1)[-1].rsplit("#", 1)[-1],
            o, frozenset(labels.get((file, o), ())),
            int(value) if value is not None and value == int(value) else None))
    del store
    return out


# -- driver ---------------------------------------------------------------------------------------
def machine() -> str:
    mem_gib = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    with open("/proc/cpuinfo") as fh:
        cpu = next((ln.split(":", 1)[1].strip() for ln in fh if ln.startswith("model name")), platform.processor())
    return f"{os.cpu_count()} cores ({cpu}), {mem_gib:.0f} GiB RAM, Python {platform.python_version()}"


def bench(n_docs: int, jobs_list: list[int], seed: int, sample: int, workdir: Path) -> None:
    corpus = workdir / f"corpus-{n_docs}"
    t0 = time.perf_counter()
    _, n_facts = write_corpus(corpus, n_docs, seed)
    gen_secs = time.perf_counter() - t0
    docs = corpus / "docs"
    files = sorted(docs.iterdir())
    mb = sum(f.stat().st_size for f in files) / 1e6
    print(f"\n### {n_docs:,} documents ({mb:.1f} MB, {n_facts:,} stated facts; generated in {gen_secs:.1f} s)\n")
    print("| jobs | ingest s | docs/s | MB/s | speed-up | CPU s (ingest tree) | other processes' CPU, cores | "
          "peak RSS, all processes | peak RSS, writer | re-ingest unchanged s | summary |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    base = None
    last_store = None
    for jobs in jobs_list:
        store = workdir / f"kg-{n_docs}-j{jobs}"
        secs, mem, summary = run_ingest(docs, store, jobs)
        again, _mem2, summary2 = run_ingest(docs, store, jobs)
        base = base or secs
        ours, others = mem.cpu_seconds()
        print(f"| {jobs} | {secs:.1f} | {n_docs / secs:.1f} | {mb / secs:.2f} | {base / secs:.2f}x | "
              f"{ours:.0f} | {others / secs:.2f} | "
              f"{mem.peak_total / 2**20:,.0f} MB ({mem.peak_procs} processes) | {mem.peak_root / 2**20:,.0f} MB | "
              f"{again:.2f} ({summary2.split(',')[1].strip()}) | {summary} |", flush=True)
        last_store = store
    picked = files[:: max(1, len(files) // sample)][:sample]
    st = stage_timings(picked)
    total = sum(st.values())
    print(f"\nStage timings, mean per document over a sample of {len(picked)} (one process):\n")
    print("| stage | ms/doc | share |\n|---|---|---|")
    for k in ("load", "entities", "relations", "build", "serialise", "store"):
        print(f"| {k} | {st.get(k, 0) * 1000:.2f} | {st.get(k, 0) / total:.0%} |")
    print(f"| total | {total * 1000:.2f} | 100% |")
    if last_store is not None:
        stated = read_facts(corpus / "facts.jsonl")
        found = store_facts(last_store)
        rec = recall_by_predicate(stated, found)
        hit = sum(h for h, _t in rec.values())
        tot = sum(t for _h, t in rec.values())
        print("\nRecall of extraction against facts.jsonl (amounts must match where stated):\n")
        print("| predicate | found | stated | recall |\n|---|---|---|---|")
        for p, (h, t) in sorted(rec.items()):
            print(f"| {p} | {h:,} | {t:,} | {h / t:.1%} |")
        print(f"| all | {hit:,} | {tot:,} | {hit / tot:.1%} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, action="append", help="corpus size; repeatable (default 1000)")
    ap.add_argument("--jobs", default="1,2", help="comma-separated worker counts (default 1,2)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--sample", type=int, default=200, help="documents for the stage timings")
    ap.add_argument("--workdir", type=Path, help="keep corpora and stores here instead of a temp dir")
    a = ap.parse_args()
    jobs_list = [int(j) for j in a.jobs.split(",")]
    print(f"Machine: {machine()}")
    if a.workdir:
        a.workdir.mkdir(parents=True, exist_ok=True)
        for n in a.docs or [1000]:
            bench(n, jobs_list, a.seed, a.sample, a.workdir)
    else:
        with tempfile.TemporaryDirectory(prefix="bench-ingest-") as tmp:
            for n in a.docs or [1000]:
                bench(n, jobs_list, a.seed, a.sample, Path(tmp))


if __name__ == "__main__":
    main()

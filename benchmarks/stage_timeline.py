"""Wall and CPU seconds of each stretch of one large page's read, extraction and build, with N processes.

    python benchmarks/stage_timeline.py 20 2      # the 20.9 MB page (build_html), 2 processes

The stretches are extract_document's own progress stages (extract/doc_progress.py: "reading:people lists",
"relations:start" ...), so a one-core stretch of the worker (CPU here, none in children) stands apart from
the shared ones (recognition, the fold). "CPU-s children" is the forked processes' CPU that ended in the stretch.
A second table gives each `Later` (sentence_pool.py: a forked job beside the one-core mention steps) its child's CPU,
this process's CPU while it ran, and the wall this process spent waiting for it in `result()`.
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_scaling import build_html

from welfare_kg.extract import doc_progress, sentence_pool
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer
from welfare_kg.extract.morphology import get_morphology
from welfare_kg.graph.build import document_ntriples
from welfare_kg.loaders import load_document


def _children() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def main() -> None:
    mb, jobs = float(sys.argv[1]), int(sys.argv[2])
    reference_gazetteer()
    get_morphology()
    rows: list[tuple[str, float, float, float]] = []
    last: list[Any] = [None, 0.0, 0.0, 0.0]

    def mark(label: str | None) -> None:
        w, c, k = time.perf_counter(), time.process_time(), _children()
        if last[0] is not None:
            rows.append((last[0], w - last[1], c - last[2], k - last[3]))
        last[:] = [label, w, c, k]

    stage, start = doc_progress.DocumentProgress.stage, doc_progress.DocumentProgress.start

    def timed_stage(self: doc_progress.DocumentProgress, label: str | None, at: float | None = None) -> None:
        mark(f"{self.phase}:{label}")
        stage(self, label, at)

    def timed_start(self: doc_progress.DocumentProgress, phase: str) -> None:
        mark(f"{phase}:start")
        start(self, phase)

    doc_progress.DocumentProgress.stage = timed_stage  # type: ignore[method-assign]
    doc_progress.DocumentProgress.start = timed_start  # type: ignore[method-assign]

    # each Later (a forked job beside the one-core steps): its child's CPU against this process's CPU meanwhile, and
    # the wall this process spent blocked in result() (a child that outruns the steps beside it makes them wait)
    laters: list[tuple[float, float, float]] = []
    later_init, later_result = sentence_pool.Later.__init__, sentence_pool.Later.result

    def timed_init(self: sentence_pool.Later, job: Any) -> None:
        self._timed_cpu = time.process_time()  # type: ignore[attr-defined]
        later_init(self, job)

    def timed_result(self: sentence_pool.Later) -> Any:
        w, k = time.perf_counter(), _children()
        try:
            return later_result(self)
        finally:
            laters.append((_children() - k, time.process_time() - self._timed_cpu,  # type: ignore[attr-defined]
                           time.perf_counter() - w))

    sentence_pool.Later.__init__ = timed_init  # type: ignore[method-assign]
    sentence_pool.Later.result = timed_result  # type: ignore[method-assign]
    doc_progress.MIN_CHARS = 0
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "page.html"
        path.write_text(build_html(int(mb * 1_000_000)), encoding="utf-8")
        mark("read")
        rec = load_document(path, max_bytes=100_000_000, workers=jobs)
        ex = extract_document(rec, workers=jobs, progress=lambda *_: None)
        mark("build")
        document_ntriples(rec, ex, workers=jobs)
        mark(None)
    print(f"{len(rec.text):,} chars, {jobs} processes, the fold: {sentence_pool.LAST_FOLD}, "
          f"load average {os.getloadavg()[0]:.1f}\n")
    print("| stretch | wall s | CPU-s here | CPU-s children |\n|---|---|---|---|")
    for label, w, c, k in rows:
        print(f"| {label} | {w:.2f} | {c:.2f} | {k:.2f} |")
    print(f"| total | {sum(r[1] for r in rows):.2f} | {sum(r[2] for r in rows):.2f} | {sum(r[3] for r in rows):.2f} |")
    print("\n| Later | child CPU-s | CPU-s here meanwhile | wall s blocked in result() |\n|---|---|---|---|")
    for k, (child, here, blocked) in enumerate(laters, 1):
        print(f"| {k} | {child:.2f} | {here:.2f} | {blocked:.2f} |")


if __name__ == "__main__":
    main()

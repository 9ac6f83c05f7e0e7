"""Progress on long work: a file count for batches, a percentage inside one large document."""

from __future__ import annotations

import io
import os
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from rich.console import Console
from rich.progress import Progress, TextColumn

from welfare_kg.extract import doc_progress, sentence_pool
from welfare_kg.extract.doc_progress import DocumentProgress
from welfare_kg.extract.document import extract_document
from welfare_kg.graph.store import KGStore
from welfare_kg.ingest import ingest
from welfare_kg.loaders import load_document
from welfare_kg.progress import Reporter

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "documents"


def _big_document(tmp_path: Path) -> Path:
    text = "\n\n".join(f.read_text(encoding="utf-8") for f in sorted(EXAMPLES.iterdir()))
    big = tmp_path / "big.txt"
    big.write_text("\n\n".join([text] * 4), encoding="utf-8")
    return big


def _phases(seen: list[tuple[int, int, str]]) -> list[str]:
    """The phases in the order they were reported, each once ("reading (lists)", a step of it, is "reading")."""
    return list(dict.fromkeys(phase.split(" (")[0] for *_, phase in seen))


def test_extraction_reports_recognition_then_the_rules_in_order(tmp_path: Path) -> None:
    record = load_document(_big_document(tmp_path))
    chars = len(record.text)
    seen: list[tuple[int, int, str]] = []
    extract_document(record, progress=lambda done, total, phase: seen.append((done, total, phase)))
    assert all(total == 2 * chars for _, total, _ in seen)  # recognition is the first half, the rules the second
    assert [d for d, _, _ in seen] == sorted(d for d, _, _ in seen)
    assert _phases(seen) == ["reading", "relations"]
    reading = [d for d, _, p in seen if p == "reading" and 0 < d < chars]
    relations = [d for d, _, p in seen if p == "relations" and chars < d < 2 * chars]
    # one per 1 % of the scale: about 50 in each half (fewer only if a percent takes longer than the rest)
    assert len(reading) >= 10 and len(relations) >= 10, seen
    assert seen[-1] == (2 * chars, 2 * chars, "relations")


def test_a_small_document_reports_nothing(tmp_path: Path) -> None:
    """A batch of small files moves its file count; they send no messages of their own (nor cost any)."""
    path = sorted(EXAMPLES.iterdir())[0]
    seen: list[tuple[int, int, str]] = []
    report = ingest([path], KGStore(tmp_path / "kg"),
                    on_chars=lambda p, d, t, ph: seen.append((d, t, ph)))
    assert report.ok and seen == []


def test_progress_is_thinned_to_a_percent_and_never_goes_back(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(doc_progress, "SECONDS", 60.0)  # only the percent steps (a slow machine would add some)
    seen: list[tuple[int, int, str]] = []
    bar = DocumentProgress(lambda d, t, p: seen.append((d, t, p)), 100_000)
    bar.start("reading")
    for done in range(0, 100_001, 10):  # 10,000 ticks: one report per 2,000 (1 % of the two halves)
        bar.tick(done)
    bar.start("relations")
    for done in range(50_000, -1, -10):  # backwards (processes out of step): only the first is reported
        bar.tick(done)
    bar.end()
    assert seen[0] == (0, 200_000, "reading")
    assert [d for d, _, _ in seen[1:-3]] == list(range(2_000, 100_001, 2_000))
    assert seen[-3:] == [(100_000, 200_000, "relations"), (150_000, 200_000, "relations"),
                         (200_000, 200_000, "relations")]


def test_the_rules_of_a_document_shared_with_forked_processes_report_in_order(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With --jobs a large document's sentences go to forked children too: their progress reaches the bar
    through the process extracting it, in order."""
    if not hasattr(os, "fork"):
        pytest.skip("forks")
    monkeypatch.setattr(sentence_pool, "_guess_meets_truth", lambda *a: True)  # fork for the rules as well
    record = load_document(_big_document(tmp_path))
    chars = len(record.text)
    seen: list[tuple[int, int, str]] = []
    sentence_pool.CHILD_CPU.clear()
    extract_document(record, progress=lambda done, total, phase: seen.append((done, total, phase)),
                     workers=2, parallel_chars=0)
    assert len(sentence_pool.CHILD_CPU) >= 3  # it did fork: recognition, the rules, the document-level facts
    assert [d for d, _, _ in seen] == sorted(d for d, _, _ in seen) and _phases(seen) == ["reading", "relations"]
    relations = [d for d, _, p in seen if p == "relations" and chars < d < 2 * chars]
    assert len(relations) >= 10, seen
    # past the part the extracting process computes itself (about half): the child's own progress
    assert any(d > chars * 1.7 for d in relations), seen
    assert seen[-1] == (2 * chars, 2 * chars, "relations")


@dataclass
class _Last:
    last: int = 0


def _slow_step(i: int, st: _Last) -> int:
    time.sleep(0.0001)
    st.last = i if i % 5 == 0 else st.last
    return st.last


def test_fold_passes_on_the_childrens_progress() -> None:
    n = 2000
    seen: list[int] = []
    out = sentence_pool.fold_sentences(n, _slow_step, _Last(), workers=2, prefix=0.0, warm_up=10,
                                       progress=seen.append, every=10)
    assert out == [i - i % 5 for i in range(n)]
    assert seen == sorted(seen) and seen[-1] <= n
    assert sentence_pool.LAST_FOLD["ranges"] == 2 and sentence_pool.LAST_FOLD["accepted"] > 0
    assert max(seen) > 0.9 * n  # this process computed half; the rest is the child's, reported to it


def test_reporter_shows_files_and_a_percentage_of_a_large_file() -> None:
    out = io.StringIO()
    with Progress(TextColumn("{task.description}"), TextColumn("{task.completed} files"),
                  console=Console(file=out, force_terminal=True, width=120)) as bar:
        reporter = Reporter(bar)
        reporter.chars("/docs/big.html", 0, 0, "reading")  # loading: no length yet
        assert bar.tasks[0].description == "reading: big.html"
        reporter.chars("/docs/big.html", 250, 1000, "reading")
        assert bar.tasks[0].description == "reading 25 %: big.html"
        reporter.chars("/docs/big.html", 750, 1000, "relations")
        assert bar.tasks[0].description == "relations 75 %: big.html"
        reporter.chars("/docs/big.html", 1000, 1000, "writing")
        assert bar.tasks[0].description == "writing: big.html"
        reporter("/docs/big.html", "ingested")
        reporter("/docs/[red]x.txt", "failed")
        assert bar.tasks[0].completed == 2
        assert bar.tasks[0].description == "failed: \\[red]x.txt"  # a name is data, never rich markup
    assert "2 files" in out.getvalue()


def test_ingest_passes_document_progress_to_the_caller(tmp_path: Path) -> None:
    calls: list[tuple[str, int, int, str]] = []
    report = ingest([_big_document(tmp_path)], KGStore(tmp_path / "kg"),
                    on_chars=lambda p, d, t, ph: calls.append((p, d, t, ph)))
    assert report.ok and calls and all(p.endswith("big.txt") for p, _, _, _ in calls)


def test_silent_reporter_accepts_every_call() -> None:
    quiet = Reporter()
    quiet("/x.txt", "ingested")
    quiet.chars("/x.txt", 1, 2, "relations")


@pytest.mark.parametrize("jobs", [1, 2])
def test_ingest_reports_a_large_document_from_loading_to_writing(tmp_path: Path, jobs: int) -> None:
    """--jobs 1 calls on_chars directly, --jobs N sends it from the workers: the same reports, in order."""
    big = _big_document(tmp_path)
    small = tmp_path / "small.txt"
    small.write_text((EXAMPLES / sorted(p.name for p in EXAMPLES.iterdir())[0]).read_text(encoding="utf-8"),
                     encoding="utf-8")
    calls: list[tuple[str, int, int, str]] = []
    files: list[str] = []
    report = ingest([big, small], KGStore(tmp_path / "kg"), jobs=jobs, batch=1,
                    on_progress=lambda p, s: files.append(p), on_chars=lambda p, d, t, ph: calls.append((p, d, t, ph)))
    assert report.ok and len(report.ingested) == 2 and len(files) == 2
    assert all(p.endswith("big.txt") for p, *_ in calls)  # the small file sends nothing
    of_big = [(d, t, ph) for _, d, t, ph in calls]
    total = 2 * len(load_document(big).text)
    assert of_big[0] == (0, 0, "reading")  # loading: the length is not known yet
    assert all(t == total for _, t, _ in of_big[1:])
    assert [d for d, _, _ in of_big] == sorted(d for d, _, _ in of_big)
    assert _phases(of_big) == ["reading", "relations", "writing"]
    relations = [d for d, _, ph in of_big if ph == "relations" and total // 2 < d < total]
    assert len(relations) >= 10, of_big  # inside the rules, not only at their start and end
    assert of_big[-2:] == [(total, total, "relations"), (total, total, "writing")]

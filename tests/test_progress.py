"""Progress on long work: a file count for batches, a percentage inside one large document."""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console
from rich.progress import Progress, TextColumn

from welfare_kg.extract.document import PROGRESS_EVERY, extract_document
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


def test_recognition_reports_characters_done_in_order(tmp_path: Path) -> None:
    record = load_document(_big_document(tmp_path))
    seen: list[tuple[int, int]] = []
    extract_document(record, progress=lambda done, total: seen.append((done, total)))
    assert len(seen) >= 2, f"a document of {len(record.text)} chars should report more than once per {PROGRESS_EVERY}"
    assert all(total == len(record.text) for _, total in seen)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen) and seen[-1][0] <= len(record.text)


def test_reporter_shows_files_and_a_percentage_of_a_large_file() -> None:
    out = io.StringIO()
    with Progress(TextColumn("{task.description}"), TextColumn("{task.completed} files"),
                  console=Console(file=out, force_terminal=True, width=120)) as bar:
        reporter = Reporter(bar)
        reporter.chars("/docs/big.html", 250, 1000)
        assert bar.tasks[0].description == "reading 25 %: big.html"
        reporter("/docs/big.html", "ingested")
        reporter("/docs/[red]x.txt", "failed")
        assert bar.tasks[0].completed == 2
        assert bar.tasks[0].description == "failed: \\[red]x.txt"  # a name is data, never rich markup
    assert "2 files" in out.getvalue()


def test_ingest_passes_document_progress_to_the_caller(tmp_path: Path) -> None:
    calls: list[tuple[str, int, int]] = []
    report = ingest([_big_document(tmp_path)], KGStore(tmp_path / "kg"),
                    on_chars=lambda p, d, t: calls.append((p, d, t)))
    assert report.ok and calls and all(p.endswith("big.txt") for p, _, _ in calls)


def test_silent_reporter_accepts_every_call() -> None:
    quiet = Reporter()
    quiet("/x.txt", "ingested")
    quiet.chars("/x.txt", 1, 2)


def test_ingest_with_jobs_reports_document_progress_from_the_workers(tmp_path: Path) -> None:
    """Under --jobs the workers send their document's progress to the parent: more than one file count."""
    big = _big_document(tmp_path)
    small = tmp_path / "small.txt"
    small.write_text((EXAMPLES / sorted(p.name for p in EXAMPLES.iterdir())[0]).read_text(encoding="utf-8"),
                     encoding="utf-8")
    calls: list[tuple[str, int, int]] = []
    files: list[str] = []
    report = ingest([big, small], KGStore(tmp_path / "kg"), jobs=2, batch=1,
                    on_progress=lambda p, s: files.append(p), on_chars=lambda p, d, t: calls.append((p, d, t)))
    assert report.ok and len(report.ingested) == 2 and len(files) == 2
    of_big = [(d, t) for p, d, t in calls if p.endswith("big.txt")]
    total = len(load_document(big).text)
    assert len(of_big) >= 2, calls  # progress inside the document, not only when it is done
    assert all(t == total for _, t in of_big)
    assert [d for d, _ in of_big] == sorted(d for d, _ in of_big) and 0 < of_big[-1][0] <= total

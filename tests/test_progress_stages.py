"""Progress inside one large document names (and moves through) the single steps between its loops.

Only the two per-sentence loops reported, so a 2 MB page's bar stood still with the
same words for 6 s of text scans before recognition, 8 s of names and entities after
it, and 10 s of document-level facts and co-occurrence after the rules.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from welfare_kg.extract import doc_progress
from welfare_kg.extract.doc_progress import TAIL, DocumentProgress
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders import load_document

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "documents"


def test_a_stage_is_named_reported_at_once_and_moves_into_the_tail(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(doc_progress, "SECONDS", 60.0)
    seen: list[tuple[int, int, str]] = []
    bar = DocumentProgress(lambda d, t, p: seen.append((d, t, p)), 1000, tail=0.2)
    bar.start("reading")
    bar.tick(1000)  # the loop's end is 80 % of the half: the rest is the steps after it
    assert seen[-1] == (800, 2000, "reading")
    bar.stage("entities", 0.9)
    assert seen[-1] == (900, 2000, "reading (entities)")
    bar.stage("lists", 0.85)  # a place behind the bar: named, not moved back
    assert seen[-1] == (900, 2000, "reading (lists)")
    step = bar.between(0.9, 1.0)
    step(0.5)
    assert seen[-1] == (950, 2000, "reading (lists)")
    n = len(seen)
    step(0.505)  # less than a percent: thinned
    assert len(seen) == n
    bar.start("relations")
    assert seen[-1] == (1000, 2000, "relations")  # the label goes with the half
    bar.end()
    assert seen[-1] == (2000, 2000, "relations")


def test_extraction_names_the_steps_between_and_after_its_loops(tmp_path: Path) -> None:
    text = "\n\n".join(f.read_text(encoding="utf-8") for f in sorted(EXAMPLES.iterdir()))
    big = tmp_path / "big.txt"
    big.write_text("\n\n".join([text] * 4), encoding="utf-8")
    record = load_document(big)
    chars = len(record.text)
    seen: list[tuple[int, str]] = []
    extract_document(record, progress=lambda d, t, p: seen.append((d, p)))
    labels = list(dict.fromkeys(p for _, p in seen))
    for label in ("reading (sentences)", "reading (lists)", "reading (running names)", "reading (entities)",
                  "relations (posts)", "relations (co-occurrence)", "relations (finishing)"):
        assert label in labels, labels
    assert labels.index("reading (lists)") < labels.index("reading (entities)") < \
        labels.index("relations (co-occurrence)")
    # the steps after each loop move the bar through the part of the half the loop leaves them
    after_recognition = [d for d, p in seen if p.startswith("reading (") and d > (1 - TAIL) * chars]
    after_rules = [d for d, p in seen if p.startswith("relations (") and d > (2 - TAIL) * chars]
    assert len(set(after_recognition)) >= 3 and len(set(after_rules)) >= 3, seen
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)

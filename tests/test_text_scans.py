"""Whole-text scans run ahead beside recognition (extract/text_scans.py): the same matches, the same extraction."""

from __future__ import annotations

import inspect
import os
import re
from pathlib import Path

import pytest
from helpers import record

from welfare_kg.extract import document, text_scans
from welfare_kg.extract.document import extract_document
from welfare_kg.graph.build import document_ntriples
from welfare_kg.synthetic.generate import generate_document

ROOT = Path(__file__).resolve().parent.parent


def test_every_pattern_named_is_compiled_and_scanned_through_matches() -> None:
    names = text_scans.AHEAD + text_scans.LATER
    assert not set(text_scans.AHEAD) & set(text_scans.LATER)
    for name, pattern in zip(names, text_scans.named_patterns(names), strict=True):
        module, attr = name.rsplit(".", 1)
        assert isinstance(pattern, re.Pattern), name
        source = inspect.getsource(__import__(f"welfare_kg.extract.{module}", fromlist=["_"]))
        assert f"matches({attr}, " in source, name  # read from the scan ahead ...
        assert not re.search(rf"\b{attr}\.finditer\((?:doc\.)?text\)", source), name  # ... not scanned again


def test_kept_matches_are_the_scans_and_only_for_that_very_text() -> None:
    text = "\n\n".join(generate_document(11, i).text for i in range(6))
    text_scans.scan_ahead(text)
    try:
        for pattern in text_scans.patterns():
            kept = [(m.span(), m.groups()) for m in text_scans.matches(pattern, text)]
            assert kept == [(m.span(), m.groups()) for m in pattern.finditer(text)]
        copy = "".join(list(text))  # equal, not the same object: scanned anew
        assert copy == text and copy is not text
        pattern = text_scans.patterns()[0]
        assert not isinstance(text_scans.matches(pattern, copy), type(iter([])))  # the pattern's own finditer
    finally:
        text_scans.forget()
    assert text_scans._kept is None


def test_later_matches_made_again_are_the_scans_with_those_ahead() -> None:
    """The LATER patterns' matches come back from a forked process as group spans and are matched again where
    they start: the same spans and groups as the pattern's own scan, kept beside the AHEAD ones."""
    parts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples" / "documents").glob("*.txt"))]
    text = "\n\n".join(parts + [generate_document(11, i).text for i in range(6)])
    text_scans.scan_ahead(text)
    found = text_scans.later(text, text_scans.LATER, calls=True)
    text_scans.keep_later(text, text_scans.LATER, found)
    try:
        names = text_scans.AHEAD + text_scans.LATER
        for pattern in text_scans.named_patterns(names):
            kept = [(m.span(), m.groups(), m.lastindex) for m in text_scans.matches(pattern, text)]
            assert kept == [(m.span(), m.groups(), m.lastindex) for m in pattern.finditer(text)], pattern.pattern
        assert sum(len(v) for v in found[0].values()) > 0  # some LATER pattern matched the text
        assert text_scans.result("header_granter.applied_regions", lambda _t: None, text) == found[1][
            "header_granter.applied_regions"]
    finally:
        text_scans.forget()


def test_a_span_that_does_not_match_again_scans_the_pattern_anew() -> None:
    pattern = re.compile(r"(?P<w>b+)")
    text = "abba bbb"
    spans = [m.regs for m in pattern.finditer(text)]
    assert [m.span() for m in text_scans._rematched(pattern, text, spans)] == [(1, 3), (5, 8)]
    wrong = [((1, 2), (1, 2)), ((5, 8), (5, 8))]  # not what matching at 1 gives: the pattern's own scan instead
    assert [m.span() for m in text_scans._rematched(pattern, text, wrong)] == [(1, 3), (5, 8)]
    assert text_scans._rematched(pattern, text, [((0, 1), (0, 1))]) and \
        [m.span() for m in text_scans._rematched(pattern, text, [((0, 1), (0, 1))])] == [(1, 3), (5, 8)]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="forks")
@pytest.mark.parametrize("kind", ["minutes", "news"])
def test_a_generated_document_extracts_the_same_serially_and_in_two_processes(
        kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Byte-identical N-Triples (but `ingestedAt`) and facts, the threshold lowered so that a generated document
    of some 60,000 characters takes the path of a 20 MB page; the scans ahead were made and used."""
    parts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples" / "documents").glob("*.txt"))]
    rec = record("\n\n".join(parts + [generate_document(5, i).text for i in range(40)]), kind=kind)
    serial = extract_document(rec)
    assert text_scans._kept is None  # one process: nothing scanned ahead
    seen: list[int] = []
    forget = document.forget_scans

    def counting_forget() -> None:
        kept = text_scans._kept
        seen.append(sum(len(v) for v in kept[1].values()) if kept is not None and kept[0] is rec.text else -1)
        forget()

    monkeypatch.setattr(document, "forget_scans", counting_forget)
    parallel = extract_document(rec, workers=2, parallel_chars=0)
    assert seen and seen[0] > 0  # the text's scans were kept while the steps ran
    assert [vars(f) for f in parallel.facts] == [vars(f) for f in serial.facts]
    assert {k: vars(e) for k, e in parallel.entities.items()} == {k: vars(e) for k, e in serial.entities.items()}

    def statements(ex: object) -> str:
        nt = document_ntriples(rec, ex)[0]  # type: ignore[arg-type]
        return "\n".join(line for line in nt.splitlines() if "ingestedAt" not in line)

    assert statements(parallel) == statements(serial)

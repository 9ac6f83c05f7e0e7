"""A whole-text scan is skipped where the text holds none of the strings each of its matches needs
(prefilter.cannot_match, read by extract/text_scans.py: issue 13, a 20 MB page in two minutes). A skip may only
stand for a scan that finds nothing: every scanned pattern is compared with its own scan on texts that hold some of
its words and texts that hold none. The texts are written for these tests or generated (synthetic/generate.py)."""

from __future__ import annotations

import random
import re
from pathlib import Path

from welfare_kg.extract import prefilter, text_scans
from welfare_kg.synthetic.generate import generate_document

ROOT = Path(__file__).resolve().parent.parent
NAMES = text_scans.AHEAD + text_scans.LATER


def _texts() -> list[str]:
    examples = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples" / "documents").glob("*.txt"))]
    generated = [generate_document(27, i).text for i in range(8)]
    rnd = random.Random(27)
    words = " ".join(examples).split()
    shuffled = [" ".join(rnd.sample(words, 300)) for _ in range(20)]  # words of real shapes in new neighbours
    own = ["Kylälän kunnan hallitus kokoontui. Läsnä olivat jäsenet.", "Ingenting här.", "",
           "Kuntayhtymän jäsenkunnat (Kylälä, Mäkelä ja Järvelä) päättivät asiasta.",
           "Samkommunen ägs av Byn, Ström och Dal.", "ELY-keskus myönsi avustusta 5 000 euroa."]
    return examples + generated + shuffled + own


def test_a_skipped_scan_is_one_that_finds_nothing() -> None:
    skipped = 0
    try:
        for text in _texts():
            for name, pattern in zip(NAMES, text_scans.named_patterns(NAMES), strict=True):
                if prefilter.cannot_match(pattern, text):
                    skipped += 1
                    regex = pattern.regex if isinstance(pattern, prefilter.Guarded) else pattern
                    assert regex.search(text) is None, (name, text[:80])
    finally:
        prefilter.forget_text()
    assert skipped > 100  # the test reads skips, not only scans


def test_matches_skips_only_where_the_scan_is_empty() -> None:
    try:
        for text in _texts():
            for pattern in text_scans.named_patterns(NAMES):
                regex = pattern.regex if isinstance(pattern, prefilter.Guarded) else pattern
                assert [m.regs for m in text_scans.matches(pattern, text)] == [m.regs for m in regex.finditer(text)]
    finally:
        text_scans.forget()


def test_a_text_with_an_odd_case_fold_is_never_skipped() -> None:
    pattern = re.compile(r"(?i)jäsenkunnat")
    try:
        assert prefilter.cannot_match(pattern, "Kunnat päättivät.")
        assert not prefilter.cannot_match(pattern, "Kunnat päättivät ſ.")  # "ſ" matches "s" case-blind
        assert not prefilter.cannot_match(pattern, "Jäsenkunnat päättivät.")
        assert not prefilter.cannot_match(re.compile(r"(\w)\1"), "ei mitään")  # no needed strings known: scanned
    finally:
        prefilter.forget_text()


def test_the_lower_case_kept_goes_with_the_document() -> None:
    text = "Kylälän kunnan hallitus kokoontui."
    prefilter.cannot_match(re.compile("(?i)yhtymä"), text)
    assert prefilter._LOWERED[0] is text
    text_scans.forget()
    assert prefilter._LOWERED == [None, None]

"""A guarded pattern keeps its test's answer for the last string asked (extract/prefilter.py), never a stale one."""

from __future__ import annotations

import re

import pytest

from welfare_kg.extract import prefilter
from welfare_kg.extract.prefilter import LONGEST, Guarded, guarded


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    folded: list[str] = []
    plain = prefilter._folded

    def count(text: str) -> str | None:
        folded.append(text)
        return plain(text)

    monkeypatch.setattr(prefilter, "_folded", count)
    return folded


def test_the_same_string_is_tested_once_whatever_pos(monkeypatch: pytest.MonkeyPatch) -> None:
    folded = _counting(monkeypatch)
    g = guarded(re.compile(r"(?:rahoitta|avustaa)\w*", re.IGNORECASE))
    assert isinstance(g, Guarded)
    s = "Lapin liitto rahoittaa hanketta ja avustaa kuntia."
    assert g.search(s).group(0) == "rahoittaa"
    assert g.search(s, 20).group(0) == "avustaa"
    assert g.match(s, 13).group(0) == "rahoittaa"
    assert [m.group(0) for m in g.finditer(s)] == ["rahoittaa", "avustaa"]
    assert folded == [s]


def test_answers_follow_the_string_asked() -> None:
    g = guarded(re.compile(r"\s*(?:välinen|keskinäinen)\b", re.IGNORECASE))
    without, with_cue = "Ei mitään tästä.", "A:n ja B:n välinen sopimus"
    for _ in range(2):  # a string without the cue after one with it, and back
        assert g.search(without) is None and g.match(without) is None and list(g.finditer(without)) == []
        assert g.search(with_cue).group(0) == " välinen"
        assert [m.start() for m in g.finditer(with_cue)] == [10]
    # an equal string that is another object gets the same answer
    assert g.search("".join(["A:n ja B:n ", "välinen sopimus"])).group(0) == " välinen"
    assert g.search("".join(["Ei mitään ", "tästä."])) is None


def test_a_whole_text_is_neither_tested_nor_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """A text over LONGEST goes to the pattern (as before) and is not held by the pattern after the call."""
    folded = _counting(monkeypatch)
    g = guarded(re.compile(r"(?:rahoitta|avustaa)\w*", re.IGNORECASE))
    long_text = "x " * LONGEST + "rahoittaa"
    assert g.search(long_text).group(0) == "rahoittaa"
    assert folded == [] and g._last[0] is not long_text

"""The prefilter in front of costly sentence patterns (extract/prefilter.py) never changes an answer."""

from __future__ import annotations

import importlib
import pkgutil
import random
import re
from pathlib import Path

import pytest

import welfare_kg.extract as extract_pkg
from welfare_kg.extract import prefilter
from welfare_kg.extract.prefilter import ODD_FOLDS, Guarded, guarded, may_match, needed

ROOT = Path(__file__).resolve().parents[1]


def _all_guarded() -> list[Guarded]:
    for m in pkgutil.iter_modules(extract_pkg.__path__):
        importlib.import_module(f"welfare_kg.extract.{m.name}")
    return list(prefilter.GUARDED)


def test_lower_case_matches_the_engine_except_the_listed_characters() -> None:
    """A text character the engine matches case-insensitively to a kept letter lower-cases to it, or is in ODD_FOLDS."""
    letters = "abcdefghijklmnopqrstuvwxyzåäöéü"
    everything = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    odd = {x for x in set(re.findall(f"[{letters}]", everything, re.IGNORECASE)) for c in letters
           if re.fullmatch(c, x, re.IGNORECASE) and x.lower() != c}
    assert odd and all(ODD_FOLDS.search(x) for x in odd)


def test_needed_reads_the_pieces_every_match_holds() -> None:
    mutual = re.compile(r"\s*(?:välinen|välisen|välillä|keskinäinen|keskinäistä)\b", re.IGNORECASE)
    assert needed(mutual) == frozenset({"väline", "välise", "välill", "keskin"})
    assert needed(re.compile(r"\b(?:rahoitus|avustus)\w+")) == frozenset({"rahoit", "avustu"})
    assert needed(re.compile(r"(?:foo)?\w+")) is None  # nothing every match must hold
    assert needed(re.compile(r"ab|\w+cd")) is None  # "ab" is too short a piece to test
    assert needed(re.compile(r"x[ab]yz")) == frozenset({"xayz", "xbyz"})


def test_a_guarded_pattern_answers_as_its_pattern() -> None:
    g = guarded(re.compile(r"\s*(?:välinen|keskinäinen)\b", re.IGNORECASE))
    assert isinstance(g, Guarded)
    assert g.search("A:n ja B:n VÄLINEN sopimus").group(0) == " VÄLINEN"
    assert g.search("ei mitään") is None and list(g.finditer("ei mitään")) == [] and g.findall("ei") == []
    assert g.match("keskinäinen", 0).end() == 11 and g.fullmatch(" keskinäinen") is not None
    assert g.pattern.startswith(r"\s*") and g.flags & re.IGNORECASE  # everything else is the pattern's own
    # characters lower case does not render faithfully: the pattern itself decides
    assert may_match("vält\u0130", ("x",)) and g.search("keskınäinen") is not None


def _random_pattern(rng: random.Random) -> str:
    atoms = ["a", "b", "ä", "A", "Ö", "ab", "ba", "kö", r"\b", r"\s", r"\w", ".", "[ab]", "[a-c]", "[^a]", " ", "-"]

    def seq(depth: int) -> str:
        out = []
        for _ in range(rng.randint(1, 4)):
            r = rng.random()
            if depth < 2 and r < 0.2:
                out.append("(?:" + "|".join(seq(depth + 1) for _ in range(rng.randint(2, 3))) + ")")
            elif depth < 2 and r < 0.3:
                out.append("(?=" + seq(depth + 1) + ")")
            else:
                out.append(rng.choice(atoms))
            if rng.random() < 0.25:
                out.append(rng.choice(["?", "*", "+", "{2}", "{1,3}", "??"]))
        return "".join(out)

    return seq(0)


def test_random_patterns_never_skip_a_match() -> None:
    """Random patterns (alternations, classes, repeats, look-aheads, both cases) and texts: a match implies the test."""
    rng = random.Random(13)
    alphabet = "aabbcäÄöÖkKAB -\u0130\u0131"
    tested = 0
    for _ in range(4000):
        src = _random_pattern(rng)
        try:
            rx = re.compile(src, rng.choice([0, re.IGNORECASE]))
        except re.error:
            continue
        needs = needed(rx)
        if needs is None:
            continue
        tested += 1
        for _ in range(40):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
            if rx.search(text) is not None:
                assert may_match(text, tuple(needs)), (src, text, needs)
    assert tested > 300


def _texts() -> list[str]:
    out: list[str] = []
    for p in sorted((ROOT / "examples" / "documents").glob("*.txt")):
        for line in p.read_text(encoding="utf-8").splitlines():
            out += [line, line.upper(), line.lower()]
    return out


@pytest.mark.parametrize("how", ["search", "match", "fullmatch", "finditer", "findall"])
def test_every_guarded_rule_pattern_answers_as_before(how: str) -> None:
    """Each pattern the rules guard gives the same answer on the example documents' lines (and their upper case)."""
    texts = _texts()
    guards = _all_guarded()
    assert len(guards) >= 30
    for g in guards:
        for t in texts:
            a, b = getattr(g, how)(t), getattr(g.regex, how)(t)
            if how == "finditer":
                assert [m.span() for m in a] == [m.span() for m in b]
            elif how == "findall":
                assert a == b
            else:
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (g, t)


def test_may_hold_casefree_is_a_necessary_test_of_a_case_blind_literal() -> None:
    """Lines of the example documents, and changed cases, against windows of the same texts."""
    from welfare_kg.extract.prefilter import may_hold_casefree

    rng = random.Random(5)
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples" / "documents").glob("*.txt"))]
    odd = ["", "\u0130", "\u0131", "\u017f", "\u03a3", "K"]
    for text in texts:
        lines = [x for x in text.splitlines() if x.strip()][:30]
        for line in lines:
            for needle in (line, line.upper(), line.swapcase(), line[: len(line) // 2] + rng.choice(odd)):
                window = text[rng.randint(0, len(text) // 2):] + rng.choice(odd)
                if re.search("(?i:" + re.escape(needle) + ")", window):
                    assert may_hold_casefree(window, needle), (needle, window[:80])
    assert not may_hold_casefree("Hankkeen nimi on Toinen", "Ensimmäinen")
    assert may_hold_casefree("ENSIMMÄINEN hanke", "Ensimmäinen")
    assert may_hold_casefree("kısa", "kisa")  # dotless i: the engine matches it case-blind to "i"

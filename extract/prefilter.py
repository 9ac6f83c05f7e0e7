"""A cheap necessary test in front of a costly pattern that a rule tries on every sentence.

Most relation rules search each sentence for their cue with one compiled pattern, and most sentences hold
none: on a generated 2 MB page about 40 such searches a sentence cost 0.2-1.3 CPU-s each, almost never
matching. Python's regex engine tries such a pattern (a leading `\\b` or `\\s*`, an alternation, IGNORECASE)
at every position of the sentence; a substring test on the lower-cased sentence takes a fraction of that.

`guarded(pattern)` reads from the pattern's own syntax tree a set of strings one of which every match must
contain (its longest such literal pieces: "väli" or "keskinäi" for "\\s*(?:välinen|...|keskinäistä)\\b") and
answers "no match" at once for a sentence whose lower case holds none of them; otherwise the pattern itself
answers. So the answers are always the pattern's own: the test can only skip work whose result is None.

Why lower case is safe for IGNORECASE: the literals kept are ASCII letters, å ä ö é ü and characters without
case. A text character that the regex engine matches to such a letter case-insensitively lower-cases to that
letter, except "İ", "ı" and "ſ" (the engine's extra equivalences, checked in tests/test_prefilter.py); a text
holding one of those is never skipped.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from functools import cache, lru_cache
from re import _constants as C  # type: ignore[attr-defined]  # the regex parser's opcodes (CPython 3.11+)
from re import _parser  # type: ignore[attr-defined]
from typing import Any

_LIMIT = 32  # strings kept while expanding a sequence of literals and small classes
_MIN_LEN = 3  # a test on shorter pieces skips too little to pay for itself
_PIECE = 6  # the letters of a needed string kept for the test
_CASED_OK = set("abcdefghijklmnopqrstuvwxyzåäöéü")
# the characters the regex engine matches case-insensitively to one of _CASED_OK although their lower case differs
ODD_FOLDS = re.compile("[\u0130\u0131\u017f]")
LONGEST = 4000  # longer strings (a whole text searched from an offset) go to the pattern without a test

Info = tuple[frozenset[str] | None, frozenset[str] | None]  # (every string it can match, or a set one of which any
# match contains); None: unknown


def _char(code: int) -> str | None:
    ch = chr(code)
    low = ch.lower()
    if len(low) != 1:
        return None
    if low in _CASED_OK or (ch.upper() == ch and low == ch):  # no case at all: matched only by itself
        return low
    return None


def _class(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    out: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            ch = _char(av)
            if ch is None:
                return None
            out.add(ch)
        elif op is C.RANGE and av[1] - av[0] < _LIMIT:
            for code in range(av[0], av[1] + 1):
                ch = _char(code)
                if ch is None:
                    return None
                out.add(ch)
        else:  # NEGATE, CATEGORY, a wide range
            return None
        if len(out) > _LIMIT:
            return None
    return frozenset(out)


def _best(cands: list[frozenset[str] | None]) -> frozenset[str] | None:
    """Of several sets each of which a match must meet, the most selective: longest shortest string, then fewest."""
    good = [s for s in cands if s and "" not in s]
    if not good:
        return None
    return max(good, key=lambda s: (min(map(len, s)), -len(s)))


def _node(op: Any, av: Any) -> Info:
    if op is C.LITERAL:
        ch = _char(av)
        return (frozenset((ch,)) if ch is not None else None), None
    if op is C.IN:
        return _class(av), None
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):  # zero width: what a look-around reads is not in the match
        return frozenset(("",)), None
    if op is C.SUBPATTERN:
        return _seq(av[3])
    if op is C.ATOMIC_GROUP:
        return _seq(av)
    if op is C.BRANCH:
        alts = [_seq(a) for a in av[1]]
        exact: frozenset[str] | None = None
        if all(e is not None for e, _r in alts):
            union = frozenset().union(*(e for e, _r in alts if e is not None))
            exact = union if len(union) <= _LIMIT else None
        reqs = [_best([e, r]) for e, r in alts]
        required = None if any(r is None for r in reqs) else frozenset().union(*(r for r in reqs if r))
        return exact, required
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        lo, hi, sub = av
        e, r = _seq(sub)
        exact = None
        if e is not None and hi == 1:
            exact = e | {""} if lo == 0 else e
        return exact, (_best([e, r]) if lo >= 1 else None)
    return None, None  # any character, a category, a back reference, a conditional


def _seq(items: Any) -> Info:
    cands: list[frozenset[str] | None] = []
    cur: frozenset[str] | None = frozenset(("",))
    whole = True
    for op, av in items:
        e, r = _node(op, av)
        if e is not None and cur is not None and len(cur) * len(e) <= _LIMIT:
            cur = frozenset(a + b for a in cur for b in e)
            continue
        whole = False
        cands.append(cur)
        if e is not None:
            cur = e
        else:
            cands.append(r)
            cur = frozenset(("",))
    cands.append(cur)
    return (cur if whole else None), _best(cands)


def needed(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-case strings one of which every match of `pattern` contains, or None when no useful set is known."""
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:
        return None
    exact, required = _seq(tree.data)
    best = _best([exact, required])
    if best is None or min(map(len, best)) < _MIN_LEN:
        return None
    # a piece of a needed string is needed too: inflected forms share their first letters, so a few short pieces
    # test as much as many long ones at a fraction of the cost
    cut = {n[:_PIECE] for n in best}
    return frozenset(n for n in cut if not any(m != n and m in n for m in cut))


@lru_cache(maxsize=64)
def _folded(text: str) -> str | None:
    """The text in lower case, or None when it holds a character that lower case would not match faithfully."""
    return None if ODD_FOLDS.search(text) else text.lower()


def may_match(text: str, needs: tuple[str, ...]) -> bool:
    """False only when no match of a pattern needing one of `needs` can be in `text` (a sentence, kept cased once)."""
    if len(text) > LONGEST:
        return True
    low = _folded(text)
    return low is None or any(map(low.__contains__, needs))


class Guarded:
    """A compiled pattern with `may_match` in front of search, match, fullmatch, finditer and findall.

    Everything else (sub, split, pattern, flags, groups) is the pattern's own. The test is written out in each
    method (no call of may_match): rules ask about 40 of these per sentence. Its answer for the last string
    asked is kept (`_last`: the string object itself and the answer, one tuple so that it is replaced in one
    step): rules ask the same pattern of the same sentence again and again (a 1 MB page: 653,480 searches,
    197,135 distinct pattern and text pairs), and the test is the same for the same string, whatever `pos`.
    """

    __slots__ = ("_last", "needs", "regex")

    def __init__(self, regex: re.Pattern[str], needs: frozenset[str]) -> None:
        self.regex = regex
        self.needs = tuple(sorted(needs))
        self._last: tuple[str | None, bool] = (None, True)

    def _may(self, string: str) -> bool:
        """may_match(string, self.needs), kept for the last string (not for a whole text over LONGEST)."""
        if len(string) > LONGEST:
            return True
        low = _folded(string)
        may = low is None
        if not may:
            for need in self.needs:  # a plain loop: a third less time than any(map(low.__contains__, needs))
                if need in low:
                    may = True
                    break
        self._last = (string, may)
        return may

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        last = self._last
        if not (last[1] if last[0] is string else self._may(string)):
            return None
        return self.regex.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        last = self._last
        if not (last[1] if last[0] is string else self._may(string)):
            return None
        return self.regex.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.regex.fullmatch(string, pos, endpos) if may_match(string, self.needs) else None

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        last = self._last
        if not (last[1] if last[0] is string else self._may(string)):
            return iter(())
        return self.regex.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.regex.findall(string, pos, endpos) if may_match(string, self.needs) else []

    def __getattr__(self, name: str) -> Any:
        return getattr(self.regex, name)

    def __repr__(self) -> str:
        return f"guarded({self.regex!r}, needs={self.needs!r})"


def _case_odd() -> re.Pattern[str]:
    from re import _casefix  # type: ignore[attr-defined]  # the engine's extra case equivalences (CPython 3.11+)

    odd = {chr(c) for k, vs in _casefix._EXTRA_CASES.items() for c in (k, *vs)} - {"i", "s"}
    return re.compile("[" + re.escape("".join(sorted(odd | {"\u0307", "\u03a3"}))) + "]")


# after lower case: characters where the engine's case-blind match and str.lower part ("ı", "ſ", Greek letters
# with two lower forms, the combining dot "İ" lower-cases to)
_CASE_ODD = _case_odd()


def may_hold_casefree(haystack: str, needle: str) -> bool:
    """False only when no case-blind match of the literal `needle` (`(?i:` + re.escape(needle) + `)`) can be in
    `haystack`: lets a caller skip compiling a pattern made of a document's own words."""
    low, want = haystack.lower(), needle.lower()
    return want in low or _CASE_ODD.search(low) is not None or _CASE_ODD.search(want) is not None


def possible(regex: re.Pattern[str], string: str) -> bool:
    """False only when `regex` (guarded) cannot match anywhere in `string`: a rule may skip its work before it."""
    return may_match(string, regex.needs) if isinstance(regex, Guarded) else True


GUARDED: list[Guarded] = []  # every guarded pattern, for the tests that compare it with its own pattern

# the last whole text asked by `cannot_match` and its lower case (None: it holds a character of ODD_FOLDS)
_LOWERED: list[str | None] = [None, None]


@cache
def _needs_of(regex: re.Pattern[str]) -> tuple[str, ...] | None:
    found = needed(regex)
    return tuple(sorted(found)) if found else None


def cannot_match(regex: re.Pattern[str], text: str) -> bool:
    """True only when `regex` (plain or guarded) can match nowhere in `text`: the text's lower case holds none of the
    strings one of which each match needs. For a whole text scanned by many patterns (extract/text_scans.py): most
    of them look for words a given document never writes, and one substring test each costs a fraction of a
    scan that tries the pattern at every position. The lower case of the last text asked is kept (the text itself,
    compared by identity) until `forget_text`."""
    needs = regex.needs if isinstance(regex, Guarded) else _needs_of(regex)
    if not needs:
        return False
    if _LOWERED[0] is not text:
        _LOWERED[:] = [text, None if ODD_FOLDS.search(text) else text.lower()]
    low = _LOWERED[1]
    if low is None:
        return False
    return all(need not in low for need in needs)


def forget_text() -> None:
    """Drop the text `cannot_match` keeps (a large page's copy in lower case) once its document is done."""
    _LOWERED[:] = [None, None]


def guarded(regex: re.Pattern[str]) -> re.Pattern[str]:
    """`regex` with a cheap test in front when its syntax gives one (typed as the pattern: it answers the same)."""
    needs = needed(regex)
    if needs is None:
        return regex
    g = Guarded(regex, needs)
    GUARDED.append(g)
    return g  # type: ignore[return-value]

"""Positions of mentions and sentences, found by bisection: document-level rules never scan the whole document.

Rules that ask "which mentions start inside this span" or "which sentence holds this
offset" once per mention made extraction cost grow with the square of a document's
size. These indexes answer in O(log n + answer) and keep the document order of their
answers, so a rule taking the first hit behaves exactly as a scan over the list would.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from typing import Generic, Protocol, TypeVar


class Span(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=Span)


class SpanIndex(Generic[S]):
    """Spans (mentions) sorted by start, for "which start in [a, b)"; answers in the order given."""

    def __init__(self, spans: Sequence[S]) -> None:
        starts = [s.start for s in spans]
        # by start, equal starts in the order given (the sort is stable); no (start, i) tuple per span: a 20 MB
        # page builds indexes over 10^5-10^6 mentions (a quarter faster)
        self._order = sorted(range(len(spans)), key=starts.__getitem__)
        self._starts = [starts[i] for i in self._order]
        self._longest: int | None = None  # worked out at the first `overlapping`: many steps ask nothing of an index
        self._spans = spans

    @property
    def spans(self) -> Sequence[S]:
        """The spans as given, in their order."""
        return self._spans

    def starting_in(self, a: int, b: int) -> list[S]:
        lo, hi = bisect_left(self._starts, a), bisect_left(self._starts, b)
        return [self._spans[i] for i in sorted(self._order[lo:hi])]

    def longest_at(self, pos: int) -> S | None:
        """The longest span starting right at pos (the first given of equally long ones): a name read after a
        comma or a title word is the whole name there, "Kuopion kaupungin sosiaalipalvelut", not "Kuopion"."""
        return max(self.starting_in(pos, pos + 1), key=lambda x: x.end, default=None)

    def inside(self, start: int, end: int) -> list[S]:
        """Spans within [start, end] (a span's own included)."""
        return [m for m in self.starting_in(start, end + 1) if m.end <= end]

    def overlapping(self, start: int, end: int) -> list[S]:
        """Spans that share a character with [start, end)."""
        longest = self._longest
        if longest is None:
            longest = self._longest = max([s.end - s.start for s in self._spans], default=0)
        return [m for m in self.starting_in(start - longest, end) if m.start < end and start < m.end]


class Locator:
    """Which of a sorted run of disjoint spans (sentences, items) holds an offset."""

    def __init__(self, spans: Sequence[Span]) -> None:
        self._spans = spans
        self._starts = [s.start for s in spans]

    def __call__(self, pos: int) -> int | None:
        k = bisect_right(self._starts, pos) - 1
        return k if k >= 0 and self._spans[k].start <= pos < self._spans[k].end else None


class Cover:
    """Whether a span lies within any of some spans (start <= its start, its end <= end): a per-mention `any()` over
    a whole document's spans is quadratic on a large page (project_name_areas: hours on a 20 MB page)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        pairs = sorted(spans)
        self._starts = [a for a, _ in pairs]
        self._reach = list(itertools.accumulate((b for _, b in pairs), max))  # the furthest end of spans [0, k]

    def holds(self, start: int, end: int) -> bool:
        k = bisect_right(self._starts, start)
        return k > 0 and self._reach[k - 1] >= end

    def meets(self, start: int, end: int) -> bool:
        """Whether a span runs over `start` or begins in [start, end): a word inside a recognised name, or one a
        name begins in (kind words of money sentences ask this once per word, thousands of times on a large page)."""
        k = bisect_right(self._starts, start)
        if k > 0 and self._reach[k - 1] > start:
            return True
        j = bisect_left(self._starts, start)
        return j < len(self._starts) and self._starts[j] < end


UNDERTAKING_KINDS = frozenset({"Agreement", "Project", "Programme", "WorkPackage"})


def replace_in_sentences(sents: Sequence, per_sentence: list[list], found: list, drop) -> list[list]:
    """Mentions per sentence with `found` put into the sentences they start in, in offset order.

    Layout rules (caps titles, item titles) read a name better than the sentence rules
    did; `drop(m)` says which of the sentence rules' mentions their names replace.
    """
    out = [[m for m in ms if not drop(m)] for ms in per_sentence]
    starts = [s.start for s in sents]
    for f in found:
        k = bisect_right(starts, f.start) - 1
        if k >= 0 and f.start < sents[k].end:
            out[k].append(f)
            out[k].sort(key=lambda x: x.start)
    return out


def outermost(spans: Sequence[S]) -> list[S]:
    """The spans not inside a longer one of the same list, in the order given: "Oulun kaupungin" inside "Oulun
    kaupungin lähidemokratiatoimikunta" is the outer name's owner, not a name of its own (two mentions of the same
    span both stay)."""
    # one sweep by start (callers pass a whole document's mentions): a span is inside another when a span starting
    # before it ends at or after its end, or one starting with it ends after it
    by_start: dict[int, int] = {}
    for o in spans:
        if o.end > by_start.get(o.start, -1):
            by_start[o.start] = o.end
    reach_before: dict[int, int] = {}
    reach = -1
    for start in sorted(by_start):
        reach_before[start] = reach
        reach = max(reach, by_start[start])
    return [m for m in spans if not (reach_before[m.start] >= m.end or by_start[m.start] > m.end)]

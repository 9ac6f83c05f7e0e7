"""SpanIndex.longest_at: the name read at an offset is the longest one starting there, never one starting nearby."""

from __future__ import annotations

from welfare_kg.extract.spans import SpanIndex
from welfare_kg.records import Mention


def _m(start: int, end: int, iri: str) -> Mention:
    return Mention(start, end, "x" * (end - start), "x", "Municipality", iri=iri)


def test_longest_span_starting_at_the_offset_wins() -> None:
    short, long_, later = _m(10, 16, "short"), _m(10, 40, "long"), _m(11, 60, "later")
    index = SpanIndex([short, later, long_])
    assert index.longest_at(10) is long_
    assert index.longest_at(11) is later
    assert index.longest_at(12) is None


def test_equally_long_spans_give_the_first_in_the_order_given() -> None:
    a, b = _m(5, 9, "a"), _m(5, 9, "b")
    assert SpanIndex([a, b]).longest_at(5) is a
    assert SpanIndex([b, a]).longest_at(5) is b

"""bare_sums reads every line of a page for a grant table (issue 13: a 20 MB page in two minutes). Its glued-row
pattern tries each split of a line between two lazy runs, so a cheap test of what every glued row holds (an
abbreviation's point before a digit, a digit at the end) goes first. That must change no answer: `_glued` is
compared with the plain pattern on invented lines mixed at random, and a glued row is still read. The lines are
written for this test."""

from __future__ import annotations

import random

from welfare_kg.extract import bare_sums

_PIECES = [
    "Kotkan Partiolaiset", "ry", "rf", "r.y", "sr", "oy", "ab", "ky", "Oy", "RY", ".", "..", "4 500", "2 300",
    "12 000", "800", "0", "45,50", "\u00a0", "Kerho", "Tähti", "Föreningen", "Stiftelsen", "ry.", "rf.3 000",
    "ab.1", "x", "-", "(", ")", ",", "2024", "euroa", "€", " ", "  ", "\t", "|",
]


def _lines(n: int = 600) -> list[str]:
    rnd = random.Random(13)
    lines = ["".join(rnd.choice(_PIECES) + rnd.choice(["", " ", ""]) for _ in range(rnd.randint(1, 12)))
             for _ in range(n)]
    return [*lines, " ".join(_PIECES), "".join(_PIECES)]


def test_the_short_cut_answers_as_the_glued_pattern() -> None:
    for line in _lines():
        body = line.rstrip(" \t|")  # as bare_sums._row gives it
        lead = len(body) - len(body.lstrip(" \t|"))
        want = bare_sums._GLUED.match(body, lead)
        got = bare_sums._glued(body, lead)
        assert (got and got.span("name"), got and got.span("num")) \
            == (want and want.span("name"), want and want.span("num")), line


def test_a_glued_row_is_still_read() -> None:
    for body, name, num in [("Kotkan Partiolaiset ry.4 500", "Kotkan Partiolaiset ry", "4 500"),
                            ("Föreningen Stjärnan rf.3 000", "Föreningen Stjärnan rf", "3 000"),
                            ("Kylälän Kone oy.800", "Kylälän Kone oy", "800")]:
        m = bare_sums._glued(body, 0)
        assert m is not None and (m.group("name"), m.group("num")) == (name, num)
    assert bare_sums._glued("Kotkan Partiolaiset ry 4 500", 0) is None
    assert bare_sums._glued("Kotkan Partiolaiset ry.4 500 euroa", 0) is None

"""Whole-text patterns that open with a cheap test of where a match can start (issue 13: a 20 MB page's scans)
must find exactly what the same pattern without that test finds, and `fold` kept per string must fold as before.

Each reference below is the pattern as it was written before the opener test (the test removed, or the shared
`\\b` put back before every form), scanned over invented lines mixed at random."""

from __future__ import annotations

import random
import re
import unicodedata

import pytest

from welfare_kg.contacts import DOTTED_PHONE, PHONE
from welfare_kg.extract.caps_titles import _AFTER_SEPARATOR
from welfare_kg.extract.names import fold
from welfare_kg.extract.project_lists import _INLINE, _INLINE_VERB, LEAD_WORD
from welfare_kg.extract.running_names import _STATEMENT
from welfare_kg.extract.surname_first_items import _ITEM_PAIR, _ITEM_TRIPLE

_PIECES = [
    "Hankkeen nimi on Arjen Tuki.", "projekti nimeltä Kylä", "Hanke on nimeltään Ilo", "Projektet heter Trygg",
    "\n Hanke: Vahva koti\n", "Yksi hankkeista on Koti", "kehittämishanke, jonka nimi on Q", "sanahanke nimeltä Y",
    "Hankkeet ovat mm. Arjen tuki, Kylä ja Koti.", "kolme hanketta (A, B ja C)", "kaksi uutta projektia: X, Y",
    "Pilotit: Aalto ja Birkka", "12 hanketta Zeta, Eta", "åtta projekt Q, R", "HANKKEET: Beta, Gamma",
    "puh. +358 40 000 0000", "(09) 000 0000", "040-000 0000", "p. 0400 000 000", "1 040 000 euroa", "040.000.0000",
    "0201256-6", "(+358) 9 000 0000", "• Virtanen Matti, Korhonen Liisa", "; Nieminen Anna Maria, pj.",
    "– Mäkinen Pekka ja", "3 Laine Aino\n", "KUNTAOSUUS ARJEN TUKI -HANKE", "PÄÄTÖS: KOTONA HYVIN -HANKKEESEEN",
    "X / ILO -HANKE", "Turku 000 kr", "ABC", "hanke", ":", "-", "\n", "  ", "Ö", "Kelvin \u212a", "ſek",
]


def _texts(n: int = 150) -> list[str]:
    rnd = random.Random(13)
    return ["".join(rnd.choice(_PIECES) + rnd.choice(["", " ", "\n", ", ", "\t"]) for _ in range(rnd.randint(1, 12)))
            for _ in range(n)] + ["".join(_PIECES), "\n".join(_PIECES)]


def _same(pattern: re.Pattern[str], reference: re.Pattern[str]) -> None:
    for text in _texts():
        assert [m.regs for m in pattern.finditer(text)] == [m.regs for m in reference.finditer(text)], text


def _branches(group: str) -> list[str]:
    """The top-level alternatives of a regex source without its outer brackets."""
    out, depth, start, i = [], 0, 0, 0
    while i < len(group):
        ch = group[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # a class: its brackets and bars are no grouping
            i = group.index("]", i + 2)
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(group[start:i])
            start = i + 1
        i += 1
    return [*out, group[start:]]


@pytest.mark.parametrize(("pattern", "opener"), [(PHONE, "(?=[+0(])"), (DOTTED_PHONE, "(?=0)"),
                                                 (_ITEM_PAIR, "(?=[ \\t]*[A-ZÅÄÖ])"),
                                                 (_ITEM_TRIPLE, "(?=[ \\t]*[A-ZÅÄÖ])"),
                                                 (_AFTER_SEPARATOR, "(?=[ /:KROMLJAS])")])
def test_opener_changes_no_match(pattern: re.Pattern[str], opener: str) -> None:
    assert pattern.pattern.startswith(opener)
    _same(pattern, re.compile(pattern.pattern.removeprefix(opener), pattern.flags))


def test_phone_opener_still_finds_each_form() -> None:
    text = "puh. +358 40 000 0000, (09) 000 0000 tai 040-000 0000; 040.000.0000"
    assert [m.group(0) for m in PHONE.finditer(text)] == ["+358 40 000 0000", "(09) 000 0000", "040-000 0000"]
    assert [m.group(0) for m in DOTTED_PHONE.finditer(text)] == ["040.000.0000"]


def test_statement_tests_boundary_once() -> None:
    src = _STATEMENT.pattern
    head, label = src.index("(?:\\b(?:") + len("(?:\\b(?:"), src.index(")|^[ \\t]*(?:Hanke|")
    forms = _branches(src[head:label])
    assert len(forms) == 9
    spread = "|".join("\\b" + b for b in forms)  # \b before every form, as written before
    _same(_STATEMENT, re.compile("(?:" + spread + src[label + 1:], _STATEMENT.flags))
    assert [m.group(0).strip() for m in _STATEMENT.finditer("Hankkeen nimi on Arjen Tuki.\nHanke: Ilo")] == \
        ["Hankkeen nimi on", "Hanke:"]
    assert _STATEMENT.search("sanahankkeen nimi on Arjen") is None  # inside a word: no \b


def test_inline_lead_test_changes_no_match() -> None:
    reference = re.compile(r"(?i:" + LEAD_WORD.pattern[4:] + r")" + _INLINE_VERB + r"(?=[”“\"«A-ZÅÄÖ])")
    _same(_INLINE, reference)
    assert _INLINE.search("Hankkeet ovat mm. Arjen tuki ja Koti") is not None
    assert _INLINE.search("kahdeksan uutta hanketta: Ilo, Into") is not None


@pytest.mark.parametrize("word", ["Päijät-Häme", "STM:n", "Kelvin \u212a", "ſek", "Åland", "", "--", "ǅemal"])
def test_fold_as_before(word: str) -> None:
    before = "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))
    assert fold(word) == re.sub(r"[^a-z0-9]+", "-", before).strip("-")
    assert fold(word) is fold(word)  # kept per string

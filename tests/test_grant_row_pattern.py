"""The bare grant-row pattern of extract/grant_rows.py, written to read a line once: the same matches as its first form.

The first form, `[A-ZÅÄÖ][^\\n]*?(?:SUM|[^\\n]*?[ \\t|]*\\n[ \\t]*SUM)`, tried the next-line branch once per character
of the line (quadratic in a long paragraph: 3.4 CPU-s on a 2 MB page); the rewrite tries the same branches in
the same order, so every match, its span and its groups must be the first form's.
"""

from __future__ import annotations

import random
import re
import time
from pathlib import Path

from welfare_kg.extract import grant_rows

ROOT = Path(__file__).resolve().parent.parent

_FIRST_FORM = re.compile(r"^[ \t]*(?:\|[ \t]*)?(?P<body>[A-ZÅÄÖ][^\n]*?(?:\d[\d  .,]*\s*(?:euroa|euro|eur|€|e)\.?"
                         r"|[^\n]*?[ \t|]*\n[ \t]*\d[\d  .,]*\s*(?:euroa|euro|eur|€|e)\.?))[ \t|]*$",
                         re.MULTILINE | re.IGNORECASE)

# the characters and words the pattern turns on, so that random texts hit every branch and its edges
_PIECES = ["A", "Ä", "b", "x", "E", "e", "1", "20", "5 000", "3,5", ".", ",", " ", "  ", "\t", "|", "\n", "\n\n",
           "euroa", "euro", "eur", "€", "EUR", "(ACR)", ", ", "Lapin yliopisto", "٣", "\u00a0", "ſ", "K"]


def _same(text: str) -> None:
    want = [(m.span(), m.span("body"), m.group("body")) for m in _FIRST_FORM.finditer(text)]
    got = [(m.span(), m.span("body"), m.group("body")) for m in grant_rows._BARE_ROW.finditer(text)]
    assert got == want, text


def test_random_texts_give_the_first_forms_matches() -> None:
    rng = random.Random(13)
    for _ in range(20_000):
        _same("".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 40))))


def test_rows_and_near_rows() -> None:
    for text in ["Title (ACR), Lapin yliopisto, Liisa Aho, 468 531 euroa\n",
                 "| Title (ACR), Lapin yliopisto, Liisa Aho | 468 531 € |\n",
                 "Title (ACR), Lapin yliopisto, Liisa Aho\n 468 531 €\nNext line 5 e\n",
                 "Title (ACR), Lapin yliopisto 2020, Liisa Aho\n468 531 €\n",
                 "A1 euroa\nB 2\n\neuro.\n", "Vuonna 2020 hanke sai 5 000 euroa ja 3 000\n€\n",
                 "Kunta 2023\ne\n", "x" * 300 + " 5 €\n" + "Y" * 300 + "\n7 e |\n"]:
        _same(text)


def test_corpus_texts_give_the_first_forms_matches() -> None:
    texts = sorted((ROOT / "eval" / "corpus").glob("*.txt")) + sorted((ROOT / "examples" / "documents").glob("*.txt"))
    assert texts
    for path in texts:
        _same(path.read_text(encoding="utf-8"))


def test_a_long_line_is_read_in_linear_time() -> None:
    line = ("Pitkä kappale jossa on sanoja ja vuosi 2020 mutta ei summaa " * 40).strip()
    text = "\n".join([line] * 50)
    _same(text)
    start = time.process_time()
    for _ in range(5):
        list(grant_rows._BARE_ROW.finditer(text))
    fast = time.process_time() - start
    start = time.process_time()
    list(_FIRST_FORM.finditer(text))
    assert fast < time.process_time() - start  # five scans of the rewrite under one of the first form

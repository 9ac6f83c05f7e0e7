"""Damaged copies of a corpus, to measure how extraction stands up to broken layout.

Real unseen documents are often PDF or docplayer transcripts: their line breaks are lost (a
page run into one paragraph) or added (lines hard-wrapped every 60-90 characters, long words
hyphenated across the line end, names split over it). The gold of a corpus stays valid for
every copy made here (the same words in the same order, file names kept), so a copy is scored
with the original gold and compared per document with the undamaged run.

    python3 eval/perturb.py flat-lines eval/corpus /tmp/dev-flat-lines
    python3 eval/perturb.py flat-all eval/corpus /tmp/dev-flat-all
    python3 eval/perturb.py wrap eval/corpus /tmp/dev-wrap --width 70
    python3 eval/perturb.py cells eval/corpus /tmp/dev-cells
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

MODES = ("flat-lines", "flat-all", "wrap", "cells")


def flatten(text: str, *, keep_paragraphs: bool) -> str:
    """Every line break removed; with `keep_paragraphs` a blank line still parts paragraphs."""
    if not keep_paragraphs:
        return " ".join(text.split()) + "\n"
    paragraphs = re.split(r"\n\s*\n", text)
    return "\n\n".join(" ".join(p.split()) for p in paragraphs if p.strip()) + "\n"


_VOWELS = set("aeiouyäöå")


def _syllable_start(word: str, i: int) -> bool:
    """A Finnish syllable begins at word[i] when a consonant there is followed by a vowel ("kehittä-mis")."""
    if i + 1 >= len(word) or not word[i - 1].isalpha():
        return False
    c, v = word[i], word[i + 1]
    return c.isalpha() and c.islower() and c not in _VOWELS and v in _VOWELS


def _split_word(word: str, room: int) -> tuple[str, str] | None:
    """Where a long word is broken at a line end: after its own hyphen, or hyphenated inside a run of letters."""
    if room < 4 or len(word) < 8:
        return None
    dash = word.rfind("-", 0, room)
    if dash >= 2 and len(word) - dash > 2:
        return word[: dash + 1], word[dash + 1:]
    cut = min(room - 1, len(word) - 3)
    while cut >= 3 and not _syllable_start(word, cut):
        cut -= 1
    if cut < 3 or not word[:cut].isalpha():
        return None
    return word[:cut] + "-", word[cut:]


def wrap_line(line: str, width: int) -> list[str]:
    """One line greedily wrapped at `width`, a long word that does not fit hyphenated (as PDF text extraction gives)."""
    if len(line) <= width:
        return [line]
    indent = line[: len(line) - len(line.lstrip())]
    out: list[str] = []
    cur = indent
    for word in line.split():
        sep = "" if cur.strip() == "" else " "
        if len(cur) + len(sep) + len(word) <= width:
            cur += sep + word
            continue
        parts = _split_word(word, width - len(cur) - len(sep))
        if parts is not None:
            out.append(cur + sep + parts[0])
            cur = parts[1]
        else:
            out.append(cur)
            cur = word
    out.append(cur)
    return out


def wrap(text: str, width: int = 70) -> str:
    """Every line longer than `width` hard-wrapped; shorter lines (headings, list rows) stay as they are."""
    return "\n".join(w for line in text.split("\n") for w in wrap_line(line.rstrip(), width)) + "\n"


def cells(text: str) -> str:
    """A table row's cells (tab- or multi-space-separated, or '|'-separated) one a line, as flattened tables come."""
    out: list[str] = []
    for line in text.split("\n"):
        parts = [p.strip() for p in re.split(r"\t+| {3,}|\s\|\s", line) if p.strip()]
        out.extend(parts if len(parts) > 1 else [line.rstrip()])
    return "\n".join(out) + "\n"


def perturb(text: str, mode: str, width: int = 70) -> str:
    if mode == "flat-lines":
        return flatten(text, keep_paragraphs=True)
    if mode == "flat-all":
        return flatten(text, keep_paragraphs=False)
    if mode == "wrap":
        return wrap(text, width)
    if mode == "cells":
        return cells(text)
    raise ValueError(f"unknown mode {mode!r}; one of {MODES}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("mode", choices=MODES)
    ap.add_argument("src", type=Path, help="a corpus folder (its .txt files are copied)")
    ap.add_argument("dest", type=Path)
    ap.add_argument("--width", type=int, default=70, help="line width of 'wrap' (default 70)")
    args = ap.parse_args(argv)
    args.dest.mkdir(parents=True, exist_ok=True)
    n = 0
    for path in sorted(args.src.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        (args.dest / path.name).write_text(perturb(text, args.mode, args.width), encoding="utf-8")
        n += 1
    print(f"{n} documents, {args.mode} -> {args.dest}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

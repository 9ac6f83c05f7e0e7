"""Re-joining the lines of a hard-wrapped text (PDF and docplayer transcripts).

Text taken out of a PDF keeps the page's line ends: a paragraph comes as lines of 60-90
characters, a long word hyphenated across the line end ("kehittämis-" / "hanke"), a name
split over it ("Etelä-Pohjanmaan" / "sairaanhoitopiiri"). The rules read one line at a time
and a heading from a short line alone, so a wrapped paragraph gives them half-sentences,
broken words and false headings. A greedy wrapper leaves a trace that can be read back: a
wrapped line is long, and the next line's first word would not have fit on it. Only a text
whose line lengths show that trace (most long lines end within a narrow band under one width)
is re-joined; a text of short lines and long paragraphs is left as it is.
"""

from __future__ import annotations

import re

_MIN_LINES = 4  # fewer wrapped lines than this: no evidence of a wrapping width
# narrower than this is a column of a list or a form (an attendance list, signatures side by side), not a page's
# text wrapped: transcripts wrap at 60-90 characters
_MIN_WIDTH = 55
_BAND = 18  # a greedy wrapper's lines end within about a long word's length of its width
_BULLET = re.compile(r"^\s*(?:[-–•*▪●◦]\s|\d{1,2}[.)]\s|[a-z][.)]\s|\d{1,4}\s?§|§\s?\d)")  # a list row, a minutes item
_KEEP_SPACE = {"ja", "tai", "sekä", "eli", "och", "eller", "samt", "and", "or", "ym", "yms", "jne"}
_VOWELS = set("aeiouyäöå")


def wrap_width(lines: list[str]) -> int | None:
    """The width a text was hard-wrapped at, or None when its line lengths do not show one.

    The lengths of a wrapped text's long lines crowd under the width, and no line the
    wrapper could have broken (one with a space before the width) exceeds it; an unwrapped
    text has paragraphs far longer than its other lines. A line without such a space (a web
    address) says nothing. Of the widths 55-130 the one under which most lines crowd is taken.
    """
    rows = [x.rstrip() for x in lines if len(x.strip()) >= 20]
    if len(rows) < _MIN_LINES:
        return None
    lengths = [len(x) for x in rows]
    best: tuple[int, int] | None = None
    for width in sorted({n for n in lengths if _MIN_WIDTH <= n <= 130}):
        in_band = sum(1 for n in lengths if width - _BAND <= n <= width)
        if in_band < _MIN_LINES or (best is not None and in_band <= best[0]):
            continue
        longish = sum(1 for n in lengths if n >= width // 2)
        over = sum(1 for x in rows if len(x) > width + 3 and " " in x.strip()[: width].rstrip())
        if in_band >= 0.25 * longish and over <= 0.03 * len(rows):
            best = (in_band, width)
    return best[1] if best else None


def _first_word(line: str) -> str:
    parts = line.split(None, 1)
    return parts[0] if parts else ""


def _join_hyphen(head: str, tail: str, own_hyphens: frozenset[str]) -> str:
    """"kehittämis-" + "hanke ..." -> "kehittämishanke ..."; keeps a hyphen that is the word's own.

    A hyphen stays where Finnish writes one: before a capital or a digit ("Etelä-Pohjanmaa",
    "covid-19"), after an abbreviation or a name ending in a capital ("EU-hanke", "InnoXR-hanke"), between
    like vowels ("linja-auto"), in a name (a capitalised word inside a sentence: "uusi
    Ikävoimaa-koordinaatiohanke"); and with
    its space before a conjunction ("sosiaali- ja terveys"); and where the text writes the same
    first part with a hyphen inside a line ("Ikävoimaa-koordinaatiohanke" / "Ikävoimaa-" at a
    line end). Otherwise the hyphen is the wrapper's and the word is joined.
    """
    stem = head[:-1]
    prefix = stem.rsplit(None, 1)[-1] if stem.strip() else ""
    nxt = _first_word(tail)
    if nxt.lower().rstrip(",.") in _KEEP_SPACE:
        return head + " " + tail
    if not nxt or not nxt[0].islower() or not prefix or not prefix[-1].isalpha():
        return head + tail
    if prefix.isupper() or any(c.isdigit() for c in prefix) or "-" in prefix or prefix[-1].isupper():
        return head + tail  # "EU-", "covid19-", "InnoXR-" (a name ending in a capital: no syllable ends so)
    if prefix[-1].lower() in _VOWELS and prefix[-1].lower() == nxt[0].lower():
        return head + tail
    if prefix.lower() + "-" in own_hyphens:
        return head + tail  # the text writes "Ikävoimaa-" elsewhere with its hyphen: a name's own
    return stem + tail


def unwrap(text: str) -> str:
    """The text with its hard-wrapped paragraphs re-joined, or the text itself when it is not hard-wrapped.

    A line is joined to the one before when that one was long and this line's first word would
    not have fit on it: the lines a greedy wrapper breaks. (A PDF of a proportional font wraps by
    printed width, which a character count misses by a few characters; joining such lines too
    cost a right fact on the held-back half and gained none, so only the strict trace joins.)
    A blank line, a list row (bullet, "1)", "96 §") and a line after a short one keep their break.
    """
    lines = text.split("\n")
    width = wrap_width(lines)
    if width is None:
        return text
    own = _own_hyphens(lines)
    out: list[str] = []
    pieces: list[str] = []  # the current paragraph's physical lines, joined once at its end (linear time)
    for raw in lines:
        line = raw.rstrip()
        if not pieces:
            pieces.append(line)
            continue
        last = pieces[-1]
        first = _first_word(line)
        wrapped = bool(line.strip()) and bool(last.strip()) and not _BULLET.match(line) \
            and len(last) >= width - 2 * _BAND and len(last) + 1 + len(first) > width
        if not wrapped:
            out.append("".join(pieces))
            pieces = [line]
            continue
        tail = line.lstrip()
        if last.endswith("-") and last[-2:-1].isalnum():
            joined = _join_hyphen(last, tail, own)
            pieces[-1] = joined[: len(joined) - len(tail)]
        else:
            pieces[-1] = last + " "
        pieces.append(tail)
    if pieces:
        out.append("".join(pieces))
    return "\n".join(out)

def _own_hyphens(lines: list[str]) -> frozenset[str]:
    """First parts of hyphenated words written inside a line ("ikävoimaa-"): hyphens that are the words' own."""
    found: set[str] = set()
    for line in lines:
        for m in re.finditer(r"(?<!\w)(\w+)-(?=\w)", line):  # from a word's start: linear
            found.add(m.group(1).lower() + "-")
    return frozenset(found)

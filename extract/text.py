"""Tokens and sentences with character offsets, so every fact can point at its evidence."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

# words keep inner hyphens, colons and dots ("Päijät-Häme", "STM:n", "virtu.fi"), a trailing
# hyphen marks a coordinated prefix ("sosiaali- ja terveysministeriö"); a colon or dot before a capitalised
# word is where a converted page lost a space ("valittu:Arja Virtanen", "Virtanen.Hankejohtajat"), and a date
# glued to a lower-case word starts a number (a transcript's table header "Kaupunginhallitus14128.03.2022":
# the body, then the item, the date and the page)
_TOKEN = re.compile(
    # "X rf1 000 €": a table's cells glued, the form apart; "X ryY ry": a list's items glued, the same
    # (not an acronym in capitals with its case ending: "OYSissa", "OYSin" are the hospital OYS inflected)
    r"(?<![\w.])(?:ry|rf|RY|RF|Oy|OY|Oyj|Ab|AB|r\.[yf]\.)(?=\d|[A-ZÅÄÖ][a-zåäö])"
    r"(?![A-ZÅÄÖ]i(?:n|in|ssa|ssä|sta|stä|lle|lla|llä|lta|ltä|ksi|na|nä)?(?![\w-]))"
    # "3D", "5G", "4H-kerho": a digit and capitals are one word of a name, not a number and a word ("Kylät 3D
    # Kotona" would lose what stands before the digit); a unit glued to money ("5M€") stays a number
    r"|\d{1,2}[A-ZÅÄÖ]{1,2}(?![\w€$%])(?:[-:][^\W\d_][^\W\d]*)?"
    r"|\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?"  # 966 880 / 2 300 000,50
    r"|\d+(?:[.,:/]\d+)*"
    r"|[^\W\d_](?:[^\W\d]+|(?<![a-zåäö])\d|\d(?!\d*\.\d{1,2}\.\d{4})|[-'’](?=[\w])"
    r"|[:.](?=[\w])(?![A-ZÅÄÖ][a-zåäö](?![\w.-]*@)))*-?"
    r"|[–—-]|[^\w\s]",
    re.UNICODE,
)
# (A word's letters are taken as a run, `[^\W\d]+`, not one loop turn each: the loop's first alternative, and what
# follows the loop always matches, so the engine never backtracks into it and the tokens are the same; 15-25 % less
# time scanning a 20 MB page.)
# Every boundary starts with a whitespace character; the leading (?=\s) says so to the scanner, which
# then skips the look-behinds at every other position (4x faster over a 20 MB page, same matches).
_SENT_END = re.compile(r"(?=\s)(?:(?<=[.!?])\s+(?=[A-ZÅÄÖ\"“”0-9])|\n\s*\n|\n(?=\s*[•*\-–] )"
                       r"|(?<=[^\s.,;:])(?<!\bmyös)(?<!\bja)(?<!\bsekä)(?<!\boch)(?<!\bsamt)\n(?=[A-ZÅÄÖ§]))")


class Token(NamedTuple):
    """A token with its offsets; a tuple because a document makes millions and a frozen dataclass is slow to build."""

    text: str
    start: int
    end: int

    @property
    def is_cap(self) -> bool:
        # a digit-letter word ("3D", "5G") is a capitalised word of a name; a number ends with a digit
        first = self.text[:1]
        return first.isupper() or (first.isdigit() and self.text[-1].isalpha())

    @property
    def is_word(self) -> bool:
        first = self.text[:1]
        return first.isalpha() or (first.isdigit() and self.text[-1].isalpha())

    @property
    def is_acronym(self) -> bool:
        stem = self.text.split(":")[0].split("-")[0]
        return len(stem) >= 2 and stem.isupper() and stem.isalpha()


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int
    tokens: tuple[Token, ...]


_new_token = tuple.__new__  # Token(...) runs a Python-level __new__; this builds the same tuple in C


def ends_with_phase_one(prev: str, word: str) -> bool:
    """A capital "I" right after a capitalised word closes a name as its first phase's Roman numeral
    ("Kylätalo I", "CyberGrass I"): Swedish "i" ("in") is written in lower case inside a sentence, and a name's
    second and later phases ("X II") are no word of either language."""
    return word == "I" and prev[:1].isupper() and prev[:1].isalpha()


_PHRASE_OPENERS = ".!?:•*–-\n"


def opens_phrase(text: str, at: int) -> bool:
    """True where text[at] opens a sentence, a line, a list item or a numbered row: a capital there is the
    sentence's own, so it says nothing of a name (rules that read names by their capitals skip such spans)."""
    k = at - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k < 0 or text[k] in _PHRASE_OPENERS or text[k].isdigit()


def shared_prefix(a: str, b: str) -> int:
    """How many leading characters two words share: Finnish inflects at the end, so two forms of one name or word
    agree up to their stem (the comparisons of names in contacts, near misses and organisation genitives)."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def tokenize(text: str, offset: int = 0) -> list[Token]:
    return [_new_token(Token, (m[0], m.start() + offset, m.end() + offset)) for m in _TOKEN.finditer(text)]


def _tokens(text: str, start: int, end: int) -> tuple[Token, ...]:
    """`tokenize(text[start:end], start)` without the copy or the additions: _TOKEN has no look-behind
    or anchor, and a scan that stops at `end` sees the end of the string there, so the tokens are the same."""
    return tuple([_new_token(Token, (m[0], m.start(), m.end())) for m in _TOKEN.finditer(text, start, end)])


_AHEAD: list[tuple[str, list[Sentence]]] = []  # one whole text's sentences split ahead (`split_ahead`), taken once


def split_ahead(text: str) -> None:
    """Split a whole text now, for the next `sentences(text)` call on that very string (`is`, not `==`).

    Reading a large page ends with the record's own fields (minutes items, language, e-mail
    domains), which a forked process computes while this one splits the text, extraction's first
    step (loaders/__init__.py): the same sentences, seconds earlier. The next call of `split_ahead`
    replaces what was not taken; `drop_ahead` drops it.
    """
    _AHEAD[:] = [(text, sentences(text))]


def drop_ahead() -> None:
    _AHEAD.clear()


def sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Sentences of text[start:end]; blank lines and line-initial capitals also end one.

    Minutes and pages break lines without full stops (headings, bullet lists), so a
    line break before a capital or a bullet is treated as a boundary.
    """
    if _AHEAD and _AHEAD[0][0] is text and start == 0 and end is None:
        return _AHEAD.pop()[1]
    end = len(text) if end is None else end
    out: list[Sentence] = []
    pos = start
    chunk = text[start:end]
    for m in _SENT_END.finditer(chunk):
        s, e = pos, start + m.start()
        _add(out, text, s, e)
        pos = start + m.end()
    _add(out, text, pos, end)
    return _split_long(text, _merge_abbreviations(text, out))


# Longer than any sentence real documents write (the development corpus: at most ~2,000 characters). A
# flattened table or a list with no full stops reads as one "sentence", and rules that look at every pair of
# mentions in a sentence then take time with the square of its length; such a run is cut into pieces.
MAX_SENTENCE = 4000


def _split_long(text: str, sents: list[Sentence]) -> list[Sentence]:
    """Sentences cut to at most MAX_SENTENCE characters, at a comma, semicolon or space near the limit."""
    if all(s.end - s.start <= MAX_SENTENCE for s in sents):
        return sents
    out: list[Sentence] = []
    for sent in sents:
        s, e = sent.start, sent.end
        if e - s <= MAX_SENTENCE:
            out.append(sent)
            continue
        while e - s > MAX_SENTENCE:
            limit = s + MAX_SENTENCE
            cut = max(text.rfind(", ", s, limit), text.rfind("; ", s, limit))
            cut = cut + 1 if cut > s + MAX_SENTENCE // 2 else text.rfind(" ", s + MAX_SENTENCE // 2, limit)
            if cut <= s:
                cut = limit  # one word of thousands of letters: cut it anywhere
            _add(out, text, s, cut)
            s = cut
        _add(out, text, s, e)
    return out


_ABBREVIATIONS = {"n", "esim", "mm", "m.m", "ns", "ks", "v", "klo", "yms", "ym", "ts", "vrt", "puh", "p", "s",
                  "t", "ed", "os", "nro", "no", "kpl", "milj", "mrd", "tms", "tk", "ko", "kts"}


def _merge_abbreviations(text: str, sents: list[Sentence]) -> list[Sentence]:
    """Re-join sentences split after "n." (noin), "esim." and other Finnish abbreviations.

    Pieces are grouped first and each group is tokenised once: re-tokenising the growing sentence at
    every join made a long run-on paragraph ("puh." after every name of a contact list) quadratic."""
    groups: list[list[Sentence]] = []
    quotes = 0  # quotation marks in the current group, its gaps included: odd means a quote is open
    for sent in sents:
        if groups:
            g_start, g_end = groups[-1][0].start, groups[-1][-1].end
            gap = text[g_end:sent.start]
            if (quotes % 2 == 1 and "\n\n" not in gap and _short_quote(text, g_start, g_end)) \
                    or _continues(text, g_start, g_end, sent) \
                    or _after_abbreviation(text, g_start, g_end, gap):
                groups[-1].append(sent)  # a full stop inside a quoted name or after an abbreviation
                quotes += _quotes(gap) + _quotes(sent.text)
                continue
        groups.append([sent])
        quotes = _quotes(sent.text)
    out: list[Sentence] = []
    for g in groups:
        if len(g) == 1:
            out.append(g[0])
        else:
            s, e = g[0].start, g[-1].end
            out.append(Sentence(text[s:e], s, e, _tokens(text, s, e)))
    return out


# a quoted name or title is short; a quotation running longer than this is speech, whose full stops end sentences
_QUOTED_NAME_MAX = 120


def _short_quote(text: str, start: int, end: int) -> bool:
    """Whether the quotation open at `end` opened at most _QUOTED_NAME_MAX characters before it: a full stop inside
    a quoted name ("Hanke ”Arki ja Co.” ...") keeps the sentence together, one inside a quoted statement ("”I
    projektet samarbetar A med B. C är med som delfinansiär.”") does not."""
    opened = max(text.rfind('"', start, end), text.rfind("“", start, end), text.rfind("”", start, end))
    return opened < 0 or end - opened <= _QUOTED_NAME_MAX


def _quotes(chunk: str) -> int:
    return chunk.count('"') + chunk.count("“") + chunk.count("”")


def _after_abbreviation(text: str, start: int, end: int, gap: str) -> bool:
    """The sentence before the gap ends in "esim." or another abbreviation on the same line."""
    if text[end - 1:end] != "." or gap.count("\n"):
        return False
    words = text[max(start, end - 41):end - 1].split()
    return bool(words) and words[-1].lower() in _ABBREVIATIONS


# a capitalised word and initials ("Stig A.", "Anna-Liisa K. L.") or two initials ("G.A.", "G. A.") at
# the end: a name goes on after them, a sentence seldom ends in an initial
_INITIALS_END = re.compile(r"(?:(?:^|\s)[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?(?:\s[A-ZÅÄÖ]\.)+"
                           r"|(?:^|\s)[A-ZÅÄÖ]\.(?:\s?[A-ZÅÄÖ]\.)+)$")
_NAME_START = re.compile(r"[A-ZÅÄÖ][a-zåäö]")
# a wrapped line of running text is long; headings and one-field-per-line entries are short
_WRAPPED_LINE = 60


def _continues(text: str, start: int, end: int, sent: Sentence) -> bool:
    """Whether `sent` goes on with the sentence text[start:end] across a split that is no sentence end.

    After initials the capitalised word is the rest of a name ("Stig A. Mattsson"); a single line
    break after a long line ending in a word is where a paragraph was wrapped ("... sekä Seinäjoen" /
    "Ammattikorkeakoulu"): one-field-per-line layouts and headings have short lines, so they keep
    their boundaries.
    """
    gap = text[end:sent.start]
    if not _NAME_START.match(sent.text):
        return False
    if "\n" not in gap:
        return text[end - 1:end] == "." and _INITIALS_END.search(text[max(start, end - 60):end]) is not None
    if gap.count("\n") != 1 or not text[end - 1:end].isalpha():
        return False
    line_start = text.rfind("\n", 0, end) + 1
    line = text[line_start:end]
    return len(line) >= _WRAPPED_LINE and not line.isupper() and line[:1] not in "•*-–§"


def _add(out: list[Sentence], text: str, s: int, e: int) -> None:
    raw = text[s:e]
    stripped = raw.strip()
    if not stripped:
        return
    s += len(raw) - len(raw.lstrip())
    e = s + len(stripped)
    out.append(Sentence(stripped, s, e, _tokens(text, s, e)))

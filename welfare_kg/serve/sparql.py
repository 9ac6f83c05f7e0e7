"""What a SPARQL text asks for, read with a lexer that follows Oxigraph's terminals.

pyoxigraph executes but does not expose its parser, and the endpoint must refuse two
kinds of request before anything runs: SERVICE clauses (the engine would fetch any
URL, a server-side request forgery) and SPARQL Update (the endpoint is read-only).
A substring test is fooled both ways: "SERVICE" in a comment, a string or an IRI
is harmless, while `}SERVICE<http://...>{` has no spaces around the keyword. So the
text is split into tokens the way Oxigraph's grammar (spargebra) splits it: comments
run to CR or LF, strings follow their quote rules with backslash escapes, an IRI is
`<` + characters an IRI may hold + `>`, variables and prefixed names (with their
`\\`-escapes, `ex:a\\#b` is a name, not a comment) are single tokens. A keyword is a
bare word token. Where the lexer and the engine could disagree, the lexer errs
towards finding the keyword (a refused query, never an executed one): the text is
also read with `\\uXXXX` escapes decoded, as a SPARQL engine may do before parsing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_IRIREF = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
_VAR = re.compile(r"[?$][A-Za-z0-9_\u00B7\u00C0-\U000EFFFF]+")
# A name: keyword, prefixed name or number. Starts with a letter, digit, '_' or ':'; continues with
# name characters, '-', '.', ':', '%' and backslash escapes (PN_LOCAL_ESC). A trailing '.' is not
# part of a name (PN_LOCAL cannot end with one): it ends a triple.
_NAME = re.compile(r"(?:[A-Za-z0-9_:\u00B7\u00C0-\U000EFFFF])(?:[A-Za-z0-9_:\-.%\u00B7\u00C0-\U000EFFFF]|\\.)*")
_UCHAR = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_EOL = re.compile(r"[\r\n]")

UPDATE_KEYWORDS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"})
QUERY_KEYWORDS = frozenset({"SELECT", "CONSTRUCT", "DESCRIBE", "ASK"})


def _skip_string(text: str, i: int) -> int:
    """Index just past the string literal starting at `i` (or past the line, for an unterminated short one)."""
    n = len(text)
    q = text[i]
    if text.startswith(q * 3, i):
        j = i + 3
        while j < n:
            if text[j] == "\\":
                j += 2
            elif text.startswith(q * 3, j):
                return j + 3
            else:
                j += 1
        return n
    j = i + 1
    while j < n:
        c = text[j]
        if c == "\\":
            j += 2
        elif c == q:
            return j + 1
        elif c in "\r\n":  # a short string cannot span lines: the engine fails here, the lexer goes on
            return j
        else:
            j += 1
    return n


def words(text: str) -> Iterator[str]:
    """The bare word tokens (keywords, prefixed names, numbers) of a SPARQL text, upper-cased, in order.

    `<` is an IRI's start or the less-than operator, and only the grammar tells which:
    `FILTER(?a<?b)SERVICEex:x#>` is a comparison, then a SERVICE clause (and a comment),
    while the text from `<` to `>` also fits the IRI pattern. Operators occur only inside
    parentheses (FILTER, BIND, SELECT and ORDER BY expressions), and there an IRI never
    follows an operand directly; so inside parentheses a `<` after an operand (a variable,
    literal, name, IRI, `)` or the `}` of EXISTS) is read as the operator, and the text
    after it as words.
    A data row such as `VALUES ?x { (1 <iri>) }` is then read the cautious way too: its
    IRI's words are scanned, which can only refuse a query, never let one through.
    """
    i, n = 0, len(text)
    depths = [0]  # open parentheses, per brace level: `{ }` inside `( )` (EXISTS) holds patterns again
    operand = False  # the last token ends an operand, so a `<` here in an expression is an operator
    while i < n:
        c = text[i]
        if c in " \t\r\n":
            i += 1
            continue
        if c == "#":
            m = _EOL.search(text, i)
            i = m.end() if m else n
            continue
        was_operand, operand = operand, True
        if c in "\"'":
            i = _skip_string(text, i)
        elif ((c == "<" and not (was_operand and depths[-1]) and (m := _IRIREF.match(text, i)))
              or (c in "?$" and (m := _VAR.match(text, i)))):
            i = m.end()
        elif m := _NAME.match(text, i):
            word = m.group().rstrip(".")
            i = m.start() + len(word)
            yield word.upper()
        else:
            operand = c in ")]}"
            if c == "(":
                depths[-1] += 1
            elif c == ")":
                depths[-1] = max(0, depths[-1] - 1)
            elif c == "{":
                depths.append(0)
            elif c == "}" and len(depths) > 1:
                depths.pop()
            i += 1


def _readings(text: str) -> list[str]:
    decoded = _UCHAR.sub(lambda m: _chr(m.group(1) or m.group(2)) or m.group(), text)
    return [text] if decoded == text else [text, decoded]


def _chr(hexdigits: str) -> str | None:
    cp = int(hexdigits, 16)
    return None if cp > 0x10FFFF or 0xD800 <= cp <= 0xDFFF else chr(cp)


def _service_word(word: str) -> bool:
    """A word that is, or may start with, the SERVICE keyword.

    Oxigraph matches keywords without a word boundary, so `1SERVICE<x>{}` (a number
    ending a triple) and `SERVICEex:e{}` (the keyword then a prefixed name) both hold
    a SERVICE clause. Only the local part of a prefixed name (after its colon) is
    safe: the engine reads that part greedily as one name.
    """
    return "SERVICE" in word.split(":", 1)[0]


def uses_service(text: str) -> bool:
    """True if the text may hold a SERVICE clause, in either reading (raw, or with \\u escapes decoded)."""
    return any(_service_word(w) for t in _readings(text) for w in words(t))


def _first_keyword(text: str) -> str | None:
    """The first keyword after the prologue (BASE <iri>, PREFIX p: <iri>)."""
    for w in words(text):
        if w in ("BASE", "PREFIX") or w.endswith(":"):
            continue
        return w
    return None


def query_form(text: str) -> str | None:
    """SELECT, ASK, CONSTRUCT, DESCRIBE (or the update keyword) that the text starts with after its prologue."""
    first = _first_keyword(text)
    if first is None:
        return None
    return next((k for k in (*QUERY_KEYWORDS, *UPDATE_KEYWORDS) if first.startswith(k)), first)


def is_update(text: str) -> bool:
    """True if the text is a SPARQL Update (its first operation, after the prologue, is an update keyword)."""
    return any((w := _first_keyword(t)) is not None and w.startswith(tuple(UPDATE_KEYWORDS)) for t in _readings(text))

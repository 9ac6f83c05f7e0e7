"""A funder named inside a conditional clause grants nothing yet: "Jos ministeriö myöntää rahoituksen haettua
pienempänä, ...", "Mikäli ELY-keskus myöntää tuen, kunta sitoutuu ...", "Om Tillväxtverket beviljar stöd, ...".

Minutes weigh what follows from a decision still to come; the grant verb stands in the present with its funder and
often a sum, so the grant-verb rule read a grant that no one has made (FACTS.md: only granted money is a funds fact).
The clause is read by its conjunction, from the last clause boundary (a comma, a semicolon, a colon) or the
sentence's start up to the name: a clause opened by "jos", "mikäli", "ifall" or "om" is a condition. (Negations and
conditions of the document-wide fallback are in cooccurrence.NEGATIONS; this is the same reading for the sentence
rule, limited to the funder's own clause so that "Kunta sitoutuu, jos ..." keeps what the main clause says.)
"""

from __future__ import annotations

import re

_CONDITIONAL = re.compile(r"\s*(?:jos|mikäli|ifall|om)\b", re.IGNORECASE)
_BOUNDARY = re.compile(r"[,;:]")


def in_conditional_clause(text: str, at: int) -> bool:
    """Whether offset `at` of the sentence `text` lies in a clause its conditional conjunction opens."""
    start = 0
    for m in _BOUNDARY.finditer(text, 0, at):
        start = m.end()
    return _CONDITIONAL.match(text, start) is not None

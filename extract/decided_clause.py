"""What a body decides stands in the clause of its verb of deciding, not in a clause after it.

decides:approve-verb (extract/relations.py) took the first project or agreement after the deciding body anywhere in
the sentence: "Kaupunginhallitus hyväksyi talousarvion, ja Hyvä Arki -hanke jatkuu" and "Kunnanhallitus päätti
hakea avustusta, jota Lapin Liikkuja -hanke ei saanut" named a project the board decided nothing about. A comma
before a coordinating conjunction or a relative word opens another clause with its own subject and verb (the same in
Swedish: ", och", ", som", ", där"); what it names is no object of the verb before it. A content clause of the
decision (", että kaupunki osallistuu X-hankkeeseen", ", att kommunen deltar i projektet") is the decision's own
content and stays in.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import Any

# a comma or semicolon, then a word opening another clause: coordination, a relative word, a subordinator other
# than the content clause's "että"/"att"
_NEW_CLAUSE = re.compile(
    r"(?i)[,;][ \t\n]*(?:ja|mutta|vaan|joka|jota|jossa|jonka|jolle|jolla|jolta|johon|josta|joita|joissa|joiden|"
    r"joihin|joista|jotka|mikä|mitä|missä|kun|koska|vaikka|jos|och|men|som|där|vilken|vilket|vilka|när|eftersom|"
    r"medan)\b")


def deciding_verb_end(word_lemmas: Sequence[tuple[Any, str]], after: int, deciding: Collection[str],
                      stems: tuple[str, ...]) -> int | None:
    """Where the first verb of deciding after position `after` ends (None without one)."""
    return next((t.end for t, lem in word_lemmas if t.start >= after and (lem in deciding or lem.startswith(stems))),
                None)


def in_later_clause(text: str, offset: int, verb_end: int, start: int) -> bool:
    """Whether a clause opens between the verb (ending at `verb_end`) and a mention starting at `start`; `text` is
    the sentence, starting at document position `offset`."""
    return start > verb_end and _NEW_CLAUSE.search(text, max(0, verb_end - offset), max(0, start - offset)) is not None

"""What a person wrote or said, opened by a colon right after the name: "Palvelujohtaja Mika X 15.6.2020: STM on
avannut haun ...", "Kaupunginjohtaja Anna Y: Kaupunginhallitus päättää ...".

Minutes and memos head a statement, a proposal or a dated note with its author's title and name and a colon; the
organisations after the colon are what the statement is about (the ministry that opened a call, the board that
decides), not the author's employer. The prose post rule took the last organisation of the sentence, which the
sentence splitter ran on past the colon. The organisations before the name (its own line's) still count.
"""

from __future__ import annotations

import re

from welfare_kg.extract.model import Mention

# right after the name: an optional date ("15.6.2020", "15.6.", a year cut short as "15.6.020") in brackets or not,
# then the colon; not a time ("klo 12:30") nor a colon before a number ("X: 040 123 4567", a phone's label
# written after the name) nor a list of e-mail or phone fields
_OPENS = re.compile(r"[ \t]*(?:\(?\d{1,2}\.\d{1,2}\.(?:\d{2,4})?\)?[ \t]*)?:(?![ \t]*[\d+(])(?![^\n]{0,40}@)")


def statement_start(person: Mention, text: str) -> int | None:
    """Where a statement the colon after the person's name opens starts, or None."""
    hit = _OPENS.match(text, person.end)
    return hit.end() if hit else None

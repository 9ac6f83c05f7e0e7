"""Tables flattened one cell a line: which first name goes with which surname.

A table of people printed with each cell on its own line gives a run of one-word lines: "Matti" / "Virtanen" /
"Anna" / "Laine" (first name first) or "Virtanen" / "Matti" / "Laine" / "Anna" (surname first). Any two adjacent
lines of the run look like a name, and in a surname-first run the first name and the NEXT row's surname ("Matti" /
"Laine") are two words a newline apart, like a name. The run's first two cells say its order; a pair of lines is one
row when the first of them stands at an even distance from the run's start.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from welfare_kg.extract.morphology import Morphology

_CELL = re.compile(r"[ \t]*[A-ZÅÄÖ][\w-]*[ \t]*")
MAX_CELLS = 40  # lines looked back for the run's start: a table of 20 people


def _line_before(text: str, start: int) -> tuple[int, int] | None:
    """(start, end) of the line above the line starting at `start`."""
    if start < 1:
        return None
    end = start - 1
    return text.rfind("\n", 0, end) + 1, end


def cross_row(text: str, line_start: int, first_name: Callable[[str], bool], name_like: Callable[[str], bool]) -> bool:
    """The one-word line starting at `line_start` and the one below it belong to two rows of a one-cell-a-line
    table: the run of one-word lines it belongs to opens with a surname, then a first name (surname-first rows),
    and the line is the run's even-numbered one from the top (a first name, paired with the surname above it).
    `name_like`: a word that may be a name (a heading or label word over the run is no cell of it)."""
    cells = []
    start = line_start
    for _ in range(MAX_CELLS):
        prev = _line_before(text, start)
        if prev is None or not _CELL.fullmatch(text, *prev):
            break
        cells.append(text[prev[0]:prev[1]].strip())
        start = prev[0]
    if not cells:
        return False
    cells.reverse()  # the run from its top down to the line above ours
    while cells and not name_like(cells[0]):
        cells.pop(0)  # a heading or a label over the table ("Läsnä", "Jäsenet") is no cell of its rows
    line_end = text.find("\n", line_start)  # not `"\n" in text[line_start:]`: a copy of the rest per call
    here = text[line_start:line_end if line_end >= 0 else len(text)].strip()
    run = [*cells, here]
    if len(run) < 2 or first_name(run[0]) or not first_name(run[1]):
        return False  # not a surname-first run
    return len(cells) % 2 == 1  # our line is a first name (odd index): its pair is the line above


def name_like(word: str, morph: Morphology) -> bool:
    """A word that may be a name: Voikko reads a given name or a surname, or knows no reading of it."""
    readings = [r for r in morph.analyse(word) if r.cls is not None]
    return not readings or any(r.cls in {"etunimi", "sukunimi"} for r in readings)

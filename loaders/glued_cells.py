"""Table cells that a copied page glued together get their gap back.

A table copied from a web page or a PDF into plain text often loses the space between its cells: a row
"Laihia | Heikki Mäkinen | Vuokko Rintala" arrives as "LaihiaHeikki MäkinenVuokko Rintala", and a name glued to a
capitalised heading after it ("Olli SeppäläPOISSA OLLEET") reads as one word. Read so, the town is no town and the
people are no people: every row of a composition table is lost. A word does not change from lower to upper case in
the middle in Finnish or Swedish, but a brand does ("ProAgria", "YouTube"), and a form's field label glued to its
value ("NimiHyvä arki", read by extract/fields.py and extract/entities.py as it stands) is one seam a line. So a text
is read as a glued table only when at least GLUED_MIN short lines hold two seams or more (three cells or more); then
every short line with a seam is unglued, the last row that lost only one gap too. The gap put back is two spaces,
the separator of cells in the other flattened tables the extractor reads.
"""

from __future__ import annotations

import re

GLUED_MIN = 3  # rows of three glued cells in one text: a flattened table, not a brand or a glued label
ROW_MAX = 120  # characters: a table row; a longer line is prose, whose camel-case words are names as written
GAP = "  "

# a lower-case letter directly followed by a capitalised word or a word in capitals ("MäkinenVuokko",
# "SeppäläPOISSA"); the piece before the seam has two letters at least, so "McDonald" and "iPhone" stay whole
_SEAM = re.compile(r"(?<=[a-zåäöéü][a-zåäöéü])(?=[A-ZÅÄÖÉÜ](?:[a-zåäöéü]|[A-ZÅÄÖÉÜ]{2,}\b))")


def _glued_rows(lines: list[str], seams: int = 1) -> list[int]:
    """Indexes of the short lines that hold at least `seams` seams between glued cells."""
    return [i for i, line in enumerate(lines) if len(line) <= ROW_MAX and len(_SEAM.findall(line)) >= seams]


def unglue_cells(text: str) -> str:
    """`text` with a gap at every seam of its glued table rows; the text itself when it has no such table."""
    lines = text.split("\n")
    if len(_glued_rows(lines, 2)) < GLUED_MIN:
        return text
    rows = _glued_rows(lines)
    for i in rows:
        lines[i] = _SEAM.sub(GAP, lines[i])
    return "\n".join(lines)

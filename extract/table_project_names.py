"""Projects named by the first cell of a pipe table whose first column is the projects' names.

A committee's report lists its projects as a table ("Hankkeen nimi | Hankeaika | Myönnetty avustus | ..."), each
row one project, the name in the first cell and nothing else saying it is a project. A transcript keeps the cells'
borders ("|") but wraps a long cell over lines, so a row may take several lines. A row starts on the line after one
that ends a row (with a border) and its first cell runs to the first border or the line's end. The header's first
cell must say the column holds projects' names ("Hankkeen nimi", "Projektin nimi", "Hanke", "Projektnamn", ...).
The name is the cell without a bracket after it ("X (Latvian hallinnoima)": who runs it, not its name), a short
capitalised phrase with no date or sum in it.
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import insert_untouched
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.names import identity_key

RULE = "table-project-cell"
MAX_WORDS = 10
# the header's first cell naming the projects' column
_HEADER = re.compile(r"^[ \t]*\|?[ \t]*(?:Hankkeen nimi|Projektin nimi|Hanke|Hankkeet|Projekti|Projektit|"
                     r"Projektnamn|Projektets namn|Projekt)[ \t]*\|[^\n]*\|[ \t]*$", re.MULTILINE)
_CELL = re.compile(r"[ \t]*(?P<cell>[^|\n]*?)[ \t]*(?:\||$)")
_BRACKET_TAIL = re.compile(r"[ \t]*\([^()]*\)$")
_NOT_NAME = re.compile(r"\d{1,2}\.\d{1,2}\.|\d[\d  ]*(?:€|euroa|eur)\b|^\d|[:;]|^(?:yhteensä|summa|total)\b",
                       re.IGNORECASE)
MAX_ROWS = 40


def table_project_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                           morph: Morphology) -> list[list[Mention]]:
    """per_sentence with the projects a pipe table's first column names, where nothing was read there."""
    if "|" not in text:
        return per_sentence
    found: list[Mention] = []
    for header in _HEADER.finditer(text):
        pos, rows = header.end() + 1, 0
        row_start = True  # the header ends with a border: the next line opens a row
        while pos < len(text) and rows < MAX_ROWS:
            end = text.find("\n", pos)
            end = len(text) if end == -1 else end
            line = text[pos:end]
            if not line.strip():
                break  # a blank line ends the table
            if row_start:
                rows += 1
                cell = _CELL.match(line)
                name = _BRACKET_TAIL.sub("", cell.group("cell")) if cell else ""
                if name and _name_like(name):
                    a = pos + cell.start("cell")
                    found.append(Mention(start=a, end=a + len(name), surface=name, label=name, type="Project",
                                         rule=RULE, key=identity_key(name, morph) or None))
            row_start = line.rstrip().endswith("|")
            pos = end + 1
    return insert_untouched(per_sentence, starts, found) if found else per_sentence


def _name_like(name: str) -> bool:
    """A short phrase opening with a capital, no date, sum or label in it."""
    words = name.split()
    return 1 <= len(words) <= MAX_WORDS and name[:1].isupper() and not _NOT_NAME.search(name)

"""A copy site's list of other documents, printed under a page's title ("Samankaltaiset tiedostot", "Relevanta
dokument"): page furniture, not the document's text.

A docplayer page in its short form carries the document's title and then the titles of similar documents: other
towns' minutes, other projects' reports, other bodies' memos. Their names are written in the text, so the
recogniser still reads them as entities, but nothing in such a list is said about the document: a body named there
decides nothing, owns nothing and is part of no town of this page, so no fact rests on the list.
"""

from __future__ import annotations

import re

from welfare_kg.extract.model import Fact

# the heading of the list, alone on its line near the top
_HEADING = re.compile(r"(?im)^[ \t]*(?:samankaltaiset[ \t]+tiedostot|relevanta[ \t]+dokument|liknande[ \t]+dokument|"
                      r"related[ \t]+documents|similar[ \t]+documents)[ \t]*$")
HEADING_REACH = 3000  # characters from the top within which a copy prints the list


def furniture_start(text: str) -> int | None:
    """Where a copy site's list of other documents starts, or None."""
    m = _HEADING.search(text, 0, HEADING_REACH)
    return m.start() if m else None


def facts_outside_furniture(facts: list[Fact], text: str) -> list[Fact]:
    """The facts whose evidence does not lie in the list of other documents."""
    start = furniture_start(text)
    if start is None:
        return facts
    return [f for f in facts if f.evidence.start < start]

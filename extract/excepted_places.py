"""Places a sentence names only to leave them out of an area.

"Kaikki maakunnan kunnat paitsi Pertunmaa", "Jyväskylän seutua lukuun ottamatta", "alla kommuner utom Pargas",
"med undantag för Närpes": the place stands in the sentence beside the area words and the project, and every
rule that pairs a project with the places around it would read it as covered. It is the one place the text says
is not. Each area rule asks here (area_phrases.py, area_cues.py, the locative rule in relations.py, the
whole-document fallback in document_roles.py), so the exception reads the same whichever rule meets it.
"""

from __future__ import annotations

import re

# the word of exception before the place ("paitsi X", "utom X", "med undantag av X")
_EXCEPT_BEFORE = re.compile(r"\b(?:lukuun\s+ottamatta|paitsi|utom|förutom|med\s+undantag\s+(?:av|för))\s+$",
                            re.IGNORECASE)
# the Finnish postpositions of exception after it ("X:ää lukuun ottamatta", "X pois lukien")
_EXCEPT_AFTER = re.compile(r"\s+(?:lukuun\s+ottamatta|pois\s+lukien|poislukien)\b", re.IGNORECASE)


def excepted(text: str, start: int, end: int) -> bool:
    """The place at `start`..`end` of `text` is named only to be left out of the area."""
    return _EXCEPT_BEFORE.search(text, 0, start) is not None or _EXCEPT_AFTER.match(text, end) is not None

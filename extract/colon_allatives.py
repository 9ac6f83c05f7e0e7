"""A receiver no list knows, written as a name or acronym in the allative with the colon Finnish puts after a digit
or an abbreviation ("Eduskunta myönsi 4H:lle N euroa", "ABC:ille"): the grant is that name's, so neither the
sentence rule (funds:grant-verb) nor the document's fallback (funds:document) may give it to the page's project.

Before a dashed activity name ("Reilu Teko -toiminta") was read as a project, such a page had no project to give
the money to; with one named once in passing, a grant to the unread name went to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from welfare_kg.extract.model import Mention

_COLON_ALLATIVE = re.compile(r"[\wÅÄÖåäö&-]+:(?:lle|ille)\b")


def unread_name_allative(text: str, offset: int, mentions: Iterable[Mention]) -> bool:
    """Whether `text` (starting at document offset `offset`) has a colon allative that no mention covers."""
    spans = [(m.start, m.end) for m in mentions]
    for hit in _COLON_ALLATIVE.finditer(text):
        at = offset + hit.start()
        if not any(s <= at < e for s, e in spans):
            return True
    return False

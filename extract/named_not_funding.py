"""Funder kinds named in a sentence about funding that take no part in it: the owner of a period or of an organ, and
the tail of a statute's number.

"Kuluvalla Euroopan unionin ohjelmakaudella on ollut mahdollisuus saada hankerahoitusta" dates the funding by the
EU's programme period; "Euroopan unionin neuvoston ja parlamentin yhteispäätös ... säätelee" names the EU as the
owner of the council that decides. In both the funder kind stands in the genitive before the noun it qualifies, and
that noun (a period: "kausi", "ohjelmakausi", "vuosi"; an organ: "neuvosto", "parlamentti", "komissio") is the
word the genitive belongs to, not the money. The document-wide funding fallback (document_roles.py) pairs any funder
kind with a funding word of its sentence, so such a genitive made the EU the funder of the page's project. The guard
reads the word after the genitive (grammar, not the name), so it holds for any funder. Likewise a statute's number
("yhteispäätös (N:o 445/2014/EU)", "asetus (EU) 2021/1060") cites an act: the "EU" of it is no actor at all.
"""

from __future__ import annotations

import re

from welfare_kg.extract.model import Mention

# the noun right after the genitive: a period ("ohjelmakaudella", "rahoituskauden", "vuonna") or an organ of the
# owner ("neuvoston", "parlamentin", "komission", "jäsenvaltioiden"); Swedish writes the owner's -s the same way
_PERIOD_OR_ORGAN = re.compile(
    r"[ \t]+(?:[\w-]*kau(?:si|den|della|delta|delle|teen|tena|tta|sien|sina|silla)|vuo(?:si|den|nna|delle|tena)|"
    r"neuvost\w*|parlament\w*|komissio\w*|jäsenvaltio\w*|[\w-]*period(?:en|ens)?|rådet|rådets|kommissionen\w*|"
    r"parlamentet\w*|medlemsstat\w*)\b",
    re.IGNORECASE)


def owns_period_or_organ(text: str, offset: int, m: Mention) -> bool:
    """Whether mention `m` (in the genitive) qualifies a period or an organ: `text` starts at `offset`."""
    if m.case != "omanto" and not (m.case is None and text[m.end - offset - 1:m.end - offset] == "s"):
        return False
    return _PERIOD_OR_ORGAN.match(text, m.end - offset) is not None


# "N:o 445/2014/EU", "1303/2013/EU", "(EU) 2021/1060": a number with slashes around the name, or the bracketed name
# right before such a number
_NUMBER_BEFORE = re.compile(r"\d+/(?:\d+/)?$")
_NUMBER_AFTER = re.compile(r"\)?[ \t]*(?:n:o[ \t]*|nro[ \t]*|nr[ \t]*)?\d+/\d+", re.IGNORECASE)


def statute_number(text: str, offset: int, m: Mention) -> bool:
    """Whether mention `m` is part of an act's number ("445/2014/EU", "(EU) 2021/1060"): `text` starts at `offset`."""
    start, end = m.start - offset, m.end - offset
    if _NUMBER_BEFORE.search(text[max(start - 12, 0):start]):
        return True
    return text[start - 1:start] == "(" and _NUMBER_AFTER.match(text, end) is not None


def no_funding_party(text: str, offset: int, m: Mention) -> bool:
    """Whether the funder kind `m` of a sentence takes no part in its funding (either reading above)."""
    return owns_period_or_organ(text, offset, m) or statute_number(text, offset, m)

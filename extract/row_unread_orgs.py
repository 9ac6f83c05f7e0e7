"""A member row that writes its organisation after the title, one no reference list knows: "Mika X, projektipäällikkö,
Seinäjoen seudun ilmastostrategia", "Anna Y, konsultti, Sitowise Oy".

An attendance row "Name, title, Organisation" says where the office is held. When the recogniser reads that
organisation, the row rule gives the office to it; when it reads nothing there, the rule fell back to the publisher
of the minutes (the town whose steering group met), which the row itself contradicts: the office is held in the
organisation written, unread. The counterpart of `_unknown_org_first` (extract/posts.py) for the title-first order.

Not an organisation: a party's abbreviation ("Kesk."), a meeting role or a title ("puheenjohtaja, Esittelijä"), an
attendance remark ("Poistui klo 19.10"), a word of the layout.
"""

from __future__ import annotations

import re

from welfare_kg.extract.entities import PARTIES, is_post
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.people import LAYOUT_WORDS, MEETING_ROLES

# the title, a comma, then a capitalised phrase (up to the next comma, bracket or the row's end)
_TITLE_THEN_ORG = re.compile(r"[^,]{2,60},[ \t]*(?P<org>[A-ZÅÄÖ][\w-]+(?:[ \t]+[\w-]+){0,5})[ \t]*(?:[,(]|$)")
# words that open an attendance remark, not an organisation
_REMARKS = {"poistui", "saapui", "läsnä", "poissa", "klo", "kello", "paikalla", "estynyt", "avoin", "närvarande",
            "frånvarande", "kl", "lähti", "asiat", "asia"}


def unread_row_org(role: str, morph: Morphology) -> bool:
    """Whether the row's role is "title, Organisation" with an organisation written after the title (that the caller
    found no mention for)."""
    hit = _TITLE_THEN_ORG.match(role.strip())
    if hit is None:
        return False
    words = hit["org"].split()
    first = words[0].strip(".")
    low = first.lower()
    if len(first) < 3 or not first.isalpha() or first.isupper() or low in _REMARKS or low in PARTIES \
            or low in MEETING_ROLES or low in LAYOUT_WORDS or is_post(first, morph) is not None:
        return False
    return len(words) >= 2 or len(first) >= 5

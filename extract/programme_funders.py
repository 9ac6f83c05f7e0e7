"""A company or an association (a Leader group, a local association) funds no programme (funds to a Programme).

A programme is the frame money comes from: "Hanke toteutti Manner-Suomen maaseudun kehittämisohjelmaa, ja sitä
rahoitti Leader-ryhmä Varsin Hyvä ry", "Ykkösakselin hallitus myönsi 100 000 euroa Leader-tukea kylien
kehittämiseen", "Hallinnoija: YritysVoimala Oy. Maakuntaliitot, jotka myöntäneet ... ohjelman toteuttamiseen". A
sentence rule that reads a grant verb takes the nearest undertaking for what is funded, and there the programme is
the source or the frame of the grant, while the Leader group or the company that runs the work is its receiver or
its implementer. Ministries, agencies, funds, regional councils and towns do fund programmes ("STM rahoittaa
Tulevaisuuden sote-keskus -ohjelmaa"); a foundation's own programmes are its own ("X-säätiön ohjelma"), so an
association named as a foundation or fund is left alone.

Measured on dev and the writing half (funds facts with a Programme object): from a ministry, agency or fund 17
right, 4 wrong; from a company or an association 0 right, 3 wrong.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from welfare_kg.extract.model import Entity, Fact

RULE_SCOPE = "funds"
_NO_PROGRAMME_FUNDERS = {"Company", "Association"}
# an association that is a foundation or a fund: grant-making is what it is for
_FOUNDATION = re.compile(r"(?i)säätiö|rahasto|stiftelse|fond\b|foundation")


def programme_funders_dropped(facts: list[Fact], entities: Mapping[str, Entity]) -> list[Fact]:
    """The facts without funds from a company or a non-foundation association to a programme."""
    def wrong(f: Fact) -> bool:
        if f.predicate != RULE_SCOPE:
            return False
        subject, obj = entities.get(f.subject), entities.get(f.object)
        return (obj is not None and obj.type == "Programme" and subject is not None
                and subject.type in _NO_PROGRAMME_FUNDERS and not _FOUNDATION.search(subject.label or ""))
    return [f for f in facts if not wrong(f)]

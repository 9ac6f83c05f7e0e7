"""A national association's local or regional branch named with the association is part of it: "SPR:n Janakkalan
osasto", "Mannerheimin Lastensuojeluliiton Järvi-Suomen piiri", "Mannerheimin lastensuojeluliitto Kainuun osasto".

Issue 12 (a unit of an organisation named with its owner in a genitive): the recogniser reads such a name as one
Association of its own (rule "association-district", extract/entities.py) and keeps the national association
named inside it as a mention too, so both ends are there; no sentence says the branch belongs to it, because the
name itself says so. Here each branch becomes partOf the association named at the start of its name
(`partOf:branch-of-association`).

The association counts as named where the recogniser keeps its mention inside the branch's name: after its
acronym's genitive or its name as written ("SPR:n", "Mannerheimin lastensuojeluliitto Kainuun osasto"), the shapes
the annotation lists the national association for too (five required facts of five such pairs with both ends
required on dev). An acronym in the nominative ("MLL Kaakkois-Suomen piiri ry") is left out; a full name's genitive
("Eläkeliiton Kaavin yhdistys ry") names the branch alone, no mention of the association is kept, and no fact is
made.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from welfare_kg.extract.model import Evidence, Fact, Mention, related_pairs

RULE = "partOf:branch-of-association"
CONFIDENCE = 0.6
BRANCH_RULES = {"association-district"}
# "MLL Kaakkois-Suomen piiri ry": an acronym in the nominative is the branch's registered name's first word, and the
# annotation lists no national association for it (one such pair on dev, the association not annotated)
_BARE_ACRONYM = re.compile(r"[A-ZÅÄÖ0-9-]{2,8}")


def branch_owner_facts(mentions: Sequence[Mention], facts: Sequence[Fact]) -> list[Fact]:
    """partOf from each branch to the national association whose mention opens its name."""
    branches = [m for m in mentions if m.rule in BRANCH_RULES and m.iri and m.type == "Association"]
    if not branches:
        return []
    starts = {b.start for b in branches}
    owners = [m for m in mentions if m.start in starts and m.iri and m.type == "Association"]
    related = related_pairs(facts)
    done: set[tuple[str, str]] = set()
    out: list[Fact] = []
    for branch in branches:
        owner = next((m for m in owners if m.start == branch.start and m.end < branch.end and m.iri != branch.iri),
                     None)
        if owner is None or _BARE_ACRONYM.fullmatch(owner.surface):
            continue
        pair = (branch.iri, owner.iri)
        if pair in done or pair in related:
            continue
        done.add(pair)  # type: ignore[arg-type]
        out.append(Fact(branch.iri, "partOf", owner.iri, Evidence(branch.surface, branch.start, branch.end),  # type: ignore[arg-type]
                        RULE, CONFIDENCE))
    return out

"""A list's rows written "Person / Organisation": the person stands for the organisation after the slash.

Lists of applicants, nominees and members print each person with the organisation they come from after a slash,
one a row: "• Laine Anna / Esimerkin Eläkeläiset ry (tai seniorijärjestöt)", "Ville Mäki / Mallilan Yrittäjät".
No other rule reads the pair: the member-list rules want a comma (extract/member_rows.py) or a title
(post_rows.py), and in minutes a name's row is an attendance list's. A slash between a name and an organisation's
own name, both opening the row, leaves no doubt which organisation the person is of; a town after the slash is
where the person lives or comes from as often, so only organisations of their own (an association, a company, an
agency, a parish, a joint authority) are read. The row must open with the person (a bullet or a line's start) and
at least two such rows must follow each other: a lone slash in running text is no list.
"""

from __future__ import annotations

import re

from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.spans import SpanIndex

RULE = "holdsPost:slash-row"
CONFIDENCE = 0.55
# what the organisation after the slash may be: one of its own, not a town, region or county a person lives in
_ORG_TYPES = frozenset({"Association", "Company", "Parish", "JointAuthority", "Agency", "Ministry",
                        "CompetenceCentre"})
# a row's opening before the person: a bullet or a number, or nothing at the line's start
_OPENING = re.compile(r"[ \t]*(?:[•·▪◦*–-]|\d{1,2}[.)])?[ \t]*$")
_SLASH = re.compile(r"[ \t]*/[ \t]*")
MIN_ROWS = 2


def slash_row_facts(mentions: list[Mention], text: str, facts: list[Fact]) -> list[Fact]:
    """holdsPost of each person of a "Person / Organisation" row in that organisation (see the module's doc)."""
    people = sorted((m for m in mentions if m.type == "Person" and m.iri), key=lambda m: m.start)
    if len(people) < MIN_ROWS or "/" not in text:
        return []
    orgs = SpanIndex(sorted((m for m in mentions if m.iri and m.type in _ORG_TYPES), key=lambda m: m.start))
    rows: list[tuple[Mention, Mention, int]] = []
    for p in people:
        line_start = text.rfind("\n", 0, p.start) + 1
        if not _OPENING.fullmatch(text, line_start, p.start):
            continue
        slash = _SLASH.match(text, p.end)
        if slash is None:
            continue
        org = next(iter(orgs.starting_in(slash.end(), slash.end() + 1)), None)
        if org is not None:
            rows.append((p, org, line_start))
    if len(rows) < MIN_ROWS:
        return []
    have = {(f.subject, f.object) for f in facts if f.predicate == "holdsPost"}
    out: list[Fact] = []
    for p, org, a in rows:
        if (p.iri, org.iri) in have:
            continue
        have.add((p.iri, org.iri))  # type: ignore[arg-type]
        out.append(Fact(p.iri, "holdsPost", org.iri, Evidence(text[a:org.end], a, org.end), RULE,  # type: ignore[arg-type]
                        CONFIDENCE, post="edustaja"))
    return out

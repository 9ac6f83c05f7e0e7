"""List rows of a person and the organisation they stand for, split by a slash: "• Kivi Anna / Esimerkin Yhdistys ry".

Applicant, nominee and member lists (a wellbeing county's partnership table, a network's contact persons) give each
row as the person and, after a slash, the association or town the person represents. No title is written, so the
title rules (extract/post_rows.py, closing_rows.py) read nothing, and the comma rows of extract/member_rows.py want a
comma and a group heading. A row is read where it opens a line (after a bullet or a number at most), the person's
name comes first, and the organisation right after the slash closes the row (the line's end, a bracket's remark
"(tai nuorten järjestöt)", a comma or a semicolon). At least two such rows make the list: one slash between a name
and an organisation in running text is no layout of its own. The fact is a post without a title.
"""

from __future__ import annotations

import re

from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.spans import SpanIndex

RULE = "holdsPost:slash-row"
CONFIDENCE = 0.55
# what a row's organisation may be: whom a listed person represents
_ORG_TYPES = {"Municipality", "JointAuthority", "WellbeingCounty", "Company", "Agency", "Ministry", "Association",
              "CompetenceCentre", "Parish"}
# before the name: the line's opening, a bullet or a row number at most
_ROW_OPENING = re.compile(r"[ \t]*(?:[•·▪◦*–-]|\d{1,2}[.)])?[ \t]*$")
_SLASH = re.compile(r"[ \t]*/[ \t]*")
# after the organisation: the row closes
_ROW_CLOSE = re.compile(r"[ \t]*(?:$|\n|\(|,|;)")
MIN_ROWS = 2


def slash_row_facts(mentions: list[Mention], text: str, facts: list[Fact]) -> list[Fact]:
    """holdsPost of each "Person / Organisation" row in the organisation, where two rows at least make a list."""
    people = [m for m in mentions if m.type == "Person" and m.iri]
    if len(people) < MIN_ROWS:
        return []
    orgs = SpanIndex(sorted((m for m in mentions if m.iri and m.type in _ORG_TYPES), key=lambda m: m.start))
    rows: list[tuple[Mention, Mention]] = []
    for person in people:
        line_start = text.rfind("\n", 0, person.start) + 1
        if not _ROW_OPENING.fullmatch(text, line_start, person.start):
            continue
        slash = _SLASH.match(text, person.end)
        if slash is None:
            continue
        org = orgs.longest_at(slash.end())
        if org is None or _ROW_CLOSE.match(text, org.end) is None:
            continue
        rows.append((person, org))
    if len(rows) < MIN_ROWS:
        return []
    have = {(f.subject, f.object) for f in facts if f.predicate == "holdsPost"}
    out: list[Fact] = []
    for person, org in rows:
        if (person.iri, org.iri) in have:
            continue
        have.add((person.iri, org.iri))  # type: ignore[arg-type]
        line_end = text.find("\n", org.end)
        line_end = len(text) if line_end < 0 else line_end
        out.append(Fact(person.iri, "holdsPost", org.iri,  # type: ignore[arg-type]
                        Evidence(text[person.start:line_end][:200], person.start, min(line_end, person.start + 200)),
                        RULE, CONFIDENCE))
    return out

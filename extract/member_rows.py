"""A group's members listed as "Name, Organisation" rows: each member sits in the group for the organisation.

Reports and pages of steering groups, councils and networks list their members as a run of rows, the person first and
the organisation the member stands for after it, with no title between: "Ohjausryhmä: Anna Kivi, Hausjärvi (pj),
Ville Mäki, Esimerkin Yrittäjät ry, ..." (a transcript runs the rows together) or a composition table, one cell a
line: "Kokoonpano" / "Iisalmi" / "Anna Kivi," / "Iisalmen Eläkeläiset ry". The other member-list rules need a title
on the row (extract/post_rows.py, titled_rows.py), a numbered or bulleted list after "kokoonpano"/"jäsenet"
(composition_rows.py) or a verb of belonging (body_compositions.py).

The list opens after a group written before a colon ("KOKO:n ohjausryhmä:", "Styrgruppen:"), a group's heading line
("Ohjausryhmän jäsenet", "Projektets styrgrupp") or a heading line of composition ("Kokoonpano 2023-2025", "Jäsenet",
"Ledamöter"). Each row gives a post in the organisation written right
after the name, its seat the chair's mark if any ("(pj)", "varapj."), else "jäsen"; and, where the group has a name of
its own (not a bare "ohjausryhmä"), a post in the group. Only a run of at least two rows is a list.
"""

from __future__ import annotations

import re
from collections import Counter

from welfare_kg.extract.composition_rows import GROUP_WORD
from welfare_kg.extract.council_rosters import TABLE_RULE as ROSTER_TABLE_RULE
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.spans import SpanIndex

ORG_RULE = "holdsPost:member-row-org"
GROUP_RULE = "holdsPost:member-row-group"
CONFIDENCE = 0.55

_SWEDISH_GROUP = r"[\w-]*(?:grupp|gruppen|styrelse|styrelsen|råd|rådet|nämnd|nämnden|kommitté|kommittén)"
# a group before a colon that opens the list: "KOKO:n ohjausryhmä:", "Ohjausryhmän jäsenet:", "Styrgruppen:"
_INLINE_CUE = re.compile(rf"(?i)\b(?:{GROUP_WORD}|{_SWEDISH_GROUP})(?:n[ \t]+(?:jäsenet|kokoonpano))?[ \t]*:")
# a heading line of composition: "Kokoonpano", "Kokoonpano vuosina 2023-2025", "Jäsenet", "Ledamöter"
_HEADING_CUE = re.compile(r"(?im)^[ \t]*(?:kokoonpano|jäsenet|sammansättning|ledamöter|medlemmar)\b[^\n]{0,40}$")
# a group's own heading line: "Ohjausryhmä", "Hankkeen ohjausryhmän jäsenet", "Projektets styrgrupp"
_GROUP_HEADING = re.compile(rf"(?im)^[ \t]*(?:[\w-]+[ \t]+){{0,3}}(?:{GROUP_WORD}|{_SWEDISH_GROUP})"
                            r"(?:n[ \t]+(?:jäsenet|kokoonpano))?[ \t]*:?[ \t]*$")
# between a name and its organisation: a comma and spaces or line breaks, or line breaks alone (a table's cells)
_NAME_TO_ORG = re.compile(r"[ \t]*(?:,[ \t]*\n?[ \t\n]*|\n[ \t\n]*)")
# a seat mark written after the name or after the organisation
_SEAT = re.compile(r"[ \t]*,?[ \t]*\(?(?P<mark>varapj|vpj|pj|puheenjohtaja|varapuheenjohtaja|ordf|vice ordf)\.?\)?",
                   re.IGNORECASE)
_SEATS = {"pj": "puheenjohtaja", "puheenjohtaja": "puheenjohtaja", "varapj": "varapuheenjohtaja",
          "vpj": "varapuheenjohtaja", "varapuheenjohtaja": "varapuheenjohtaja", "ordf": "ordförande",
          "vice ordf": "vice ordförande"}
_ORG_TYPES = {"Municipality", "JointAuthority", "WellbeingCounty", "Company", "Agency", "Ministry", "Association",
              "CompetenceCentre", "Parish"}
# a board's members are listed with their home towns ("Hallitus: A, Kuopio"), a steering group's with the town they
# stand for ("Ohjausryhmä: A, Hausjärvi"); a town written as the organisation ("Kuopion kaupunki") is one in either
_BOARD = re.compile(r"(?i)hallitus|styrelse|johtokunta|lautakunta|nämnd|jaosto")
_TOWN_AS_ORG = re.compile(r"(?i)(?:kunta|kaupunki|kommun|stad)\w*$")
# a sentence ends and running text starts: the list is over
# a title cell of its own line, in lower case, short, then the organisation's cell: "vanhusneuvoston jäsen (kok.)"
_TITLE_CELL = re.compile(r"(?P<title>[a-zåäö][a-zåäö -]{2,60}?)[ \t]*(?:\([^()\n]{1,12}\))?[ \t]*\n[ \t\n]*")
_SENTENCE_END = re.compile(r"[.!?]\s+[A-ZÅÄÖ][a-zåäö]+[ \t]+[a-zåäö]")
LIST_GAP = 200  # characters from the cue to the first row
ROW_GAP = 60  # characters from one row's end to the next name (a town's cell between rows of a table)
ROWS = 60
SKIPPED = 2  # rows of a run whose organisation nobody read (a list whose rows mostly read is still a list)


def _seat(text: str, pos: int) -> tuple[str | None, int]:
    m = _SEAT.match(text, pos)
    return (_SEATS[m.group("mark").lower()], m.end()) if m else (None, pos)


def member_row_facts(mentions: list[Mention], text: str, facts: list[Fact], kind: str) -> list[Fact]:
    """holdsPost facts of the members of "Name, Organisation" lists (see the module docstring). Minutes are left
    to their attendance rules (extract/people.py): their "Jäsenet" rows are who came, not whom they stand for."""
    if kind == "minutes":
        return []
    people = sorted((m for m in mentions if m.type == "Person" and m.iri), key=lambda m: m.start)
    if len(people) < 2:
        return []
    # a seat a name-first council table gave (council_rosters.py) leaves the member's organisation to be read here
    posted = {f.subject for f in facts if f.predicate == "holdsPost" and f.rule != ROSTER_TABLE_RULE}
    index = SpanIndex([m for m in mentions if m.iri])
    person_index = SpanIndex(people)
    bodies = [m for m in mentions if m.type == "Body" and m.iri and not m.generic]
    out: list[Fact] = []
    seen: set[tuple[str, str]] = set()
    cues = [(c.end(), _inline_group(c, index), _BOARD.search(c.group(0)) is None) for c in _INLINE_CUE.finditer(text)]
    cues += [(c.end(), _page_group(bodies), False) for c in _HEADING_CUE.finditer(text)]
    cues += [(c.end(), _inline_group(c, index), _BOARD.search(c.group(0)) is None)
             for c in _GROUP_HEADING.finditer(text)]
    for at, group, towns in sorted(cues):
        rows = _rows(text, at, person_index, index, towns)
        if len(rows) < 2:
            continue
        for person, org, seat, (a, b) in rows:
            if person.iri in posted or person.iri is None:
                continue
            ev = Evidence(text[a:b], a, b)
            for target, rule in ((org, ORG_RULE), (group, GROUP_RULE)):
                if target and (person.iri, target) not in seen:
                    seen.add((person.iri, target))
                    out.append(Fact(person.iri, "holdsPost", target, ev, rule, CONFIDENCE, post=seat or "jäsen"))
    return out


def _inline_group(cue: re.Match[str], index: SpanIndex[Mention]) -> str | None:
    """The group a cue before a colon names, when its name is its own: a bare group word is no one group."""
    body = next((m for m in index.overlapping(cue.start(), cue.end() - 1) if m.type == "Body"), None)
    if body is None or body.generic or " " not in body.label.strip():
        return None
    return body.iri


def _page_group(bodies: list[Mention]) -> str | None:
    """The group a composition heading is about: the body the page names most, at least twice and more than any
    other; none when that is unclear."""
    counts = Counter(b.iri for b in bodies if b.iri and re.search(rf"(?i){GROUP_WORD}$", b.label))
    top = counts.most_common(2)
    if not top or top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    return top[0][0]


def _org_at(text: str, pos: int, index: SpanIndex[Mention], towns: bool) -> Mention | None:
    """The organisation whose own name starts at `pos`, not a genitive that owns the next word
    ("Riihimäen-Hyvinkään kauppakamari"); a town's bare name only where `towns` (see `member_row_facts`)."""
    return next((m for m in index.starting_in(pos, pos + 1) if m.type in _ORG_TYPES and m.iri
                 and m.case in {None, "nimento"} and not text.startswith("-", m.end)
                 and (towns or m.type != "Municipality" or _TOWN_AS_ORG.search(m.surface))), None)


def _rows(text: str, at: int, people: SpanIndex[Mention], index: SpanIndex[Mention], towns: bool
          ) -> list[tuple[Mention, str, str | None, tuple[int, int]]]:
    """(person, organisation, seat, row span) of each row of the run starting within LIST_GAP after `at`."""
    rows: list[tuple[Mention, str, str | None, tuple[int, int]]] = []
    limit = at + LIST_GAP
    pos = at
    skipped = 0
    while len(rows) < ROWS:
        person = next(iter(people.starting_in(pos, limit)), None)
        if person is None or _SENTENCE_END.search(text, pos, person.start):
            break
        seat, after = _seat(text, person.end)
        gap = _NAME_TO_ORG.match(text, after)
        org_at = gap.end() if gap else after
        org = _org_at(text, org_at, index, towns)
        if org is None and gap is not None and "\n" in gap.group(0) and (cell := _TITLE_CELL.match(text, org_at)):
            # a table's title cell between the name and the organisation ("vanhusneuvoston jäsen (kok.)"): a post
            # held elsewhere, no seat in this group
            org = _org_at(text, cell.end(), index, towns)
        if org is None or org.iri is None:
            skipped += 1
            if (rows and not gap) or skipped > SKIPPED:
                break
            pos, limit = person.end, person.end + ROW_GAP  # a row whose organisation nobody read: the run goes on
            continue
        seat2, end = _seat(text, org.end)
        rows.append((person, org.iri, seat or seat2, (person.start, end)))
        pos, limit = end, end + ROW_GAP
    return rows

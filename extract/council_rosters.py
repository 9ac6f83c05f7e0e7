"""A council's members listed one a line on the council's own page: each member's seat, and the association the
member stands for where a heading line or the row's end names it.

Pages of a vanhusneuvosto, vammaisneuvosto or äldreråd list their members under a bare roster heading, with no
group written before a colon and no organisation after each name, so the member-list rules (member_rows.py needs
"Name, Organisation", composition_rows.py "Xn jäsenet" and bulleted or numbered rows) read none of them:

    Jäsenet:                        Kunnan edustajat:             Äldrerådets sammansättning 2023
    Anna Kivi, pj.                  J Anna Kivi                   Bo Ek, ordförande    ersättare Eva Ek
    Ville Mäki                      Vj Ville Mäki                 medlem  Lisa Ström   ersättare Per Ek
                                    Esimerkin Eläkeläiset ry
                                    J Outi Aho

The group is the page's council: the group body the page names most, at least twice and more often than any other
(the heading line "VANHUSNEUVOSTO" or the page title). A row is a line that opens with a person, after at most a
seat word ("J", "Vj", "Pj", "medlem", "ersättare"); a line of its own that is only an organisation's name is the
heading of the rows under it: the members it sends (an association's member stands for it). The list ends at a
line of running text or at another section's heading ("Toimintakertomukset:").
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from welfare_kg.extract.composition_rows import GROUP_WORD
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.spans import SpanIndex

RULE = "holdsPost:council-roster"
# a seat read from a name-first table: member_rows.py still gives the member's organisation (see `_roster`)
TABLE_RULE = "holdsPost:council-roster-table"
HOME_RULE = "holdsPost:council-roster-home"
CONFIDENCE = 0.6
DEPUTY_CONFIDENCE = 0.5

# a group's name: the Finnish group words and the Swedish councils and groups
_GROUP = re.compile(rf"(?i)(?:{GROUP_WORD}|[\w-]*(?:råd|rådet|grupp|gruppen))$")
# a heading line that opens a roster: "Jäsenet:", "Varsinaiset jäsenet", "Kunnan edustajat:", "Kokoonpano 2023",
# "Äldrerådets sammansättning 2023", "Ledamöter", "Ersättare", and the council's name with a verb of consisting
# before a colon: "Äldrerådet består 2024-2025 av:", "Vanhusneuvosto koostuu seuraavista henkilöistä:"
_HEADING_CORE = (r"^[ \t]*(?:[\w-]+[ \t]+){0,3}(?:jäsenet|varajäsenet|edustajat|kokoonpano\w*|sammansättning"
                 r"|ledamöter|ersättare|medlemmar|(?:består|koostuu)(?=[^\n.]*:[ \t]*$))\b[^\n.]{0,40}$")
_HEADING = re.compile(_HEADING_CORE, re.IGNORECASE)
_HEADING_LINES = re.compile(_HEADING_CORE, re.IGNORECASE | re.MULTILINE)
_DEPUTY_HEADING = re.compile(r"(?i)\b(?:varajäsenet|ersättare)\b")
# the seat word a row may open with, and what it makes of the member
_SEAT_WORDS = {
    "j": "jäsen", "jäsen": "jäsen", "vj": "varajäsen", "varajäsen": "varajäsen", "pj": "puheenjohtaja",
    "puheenjohtaja": "puheenjohtaja", "vpj": "varapuheenjohtaja", "varapj": "varapuheenjohtaja",
    "varapuheenjohtaja": "varapuheenjohtaja", "kokoonkutsuja": "kokoonkutsuja", "medlem": "medlem",
    "ledamot": "ledamot", "ersättare": "ersättare", "ordförande": "ordförande", "viceordförande": "viceordförande",
}
_DEPUTY_SEATS = {"varajäsen", "ersättare"}
_PREFIX = re.compile(r"(?i)^[ \t•·*–-]*(?:(?P<word>[a-zåäö]+)\.?:?[ \t]+)?$")
# a seat written after the name: "Anna Kivi, pj.", "Bo Ek, ordförande", "Anna Kivi, puheenjohtaja, Org", the comma
# left out in a bulleted roster ("Bo Ek ordförande (samt representant för ...)")
_SEAT_AFTER = re.compile(
    r"(?i)[ \t]*,?[ \t]*(?P<seat>pj|vpj|varapj|puheenjohtaja|varapuheenjohtaja|ordförande|viceordförande"
    r"|vice ordförande|sihteeri|sekreterare)\b\.?")
_SEATS_AFTER = {"pj": "puheenjohtaja", "vpj": "varapuheenjohtaja", "varapj": "varapuheenjohtaja"}
# a second person of the row who is the member's deputy: "ersättare Eva Ek", "(varalla Ville Mäki)", "Vj Ville"
_DEPUTY_BEFORE = re.compile(r"(?i)(?:ersättare|varajäsen|varalla|vj)\.?[ \t:]*$")
# what a member may stand for in a row of a council or a working group (name_org_runs.py reads it too)
MEMBER_ORG_TYPES = frozenset({"Association", "Company", "Parish", "Municipality", "JointAuthority", "WellbeingCounty",
                              "Agency", "Ministry", "Region", "CompetenceCentre"})
# a town's line over its members names where they come from (its own council), not an organisation they stand for
_NO_HOME = {"Municipality", "WellbeingCounty", "Region"}
# running text: a line with a sentence's full stop inside or a long line
_PROSE = re.compile(r"[a-zåäö0-9)][.!?][ \t]+[A-ZÅÄÖa-zåäö]")
# what may follow the group's name on its own heading line: a term of office ("toimikausi 2019-2021", "2023-2025")
_NAME_LINE_REST = re.compile(
    r"(?i)[ \t]*(?:(?:toimikausi|toimikaudella|mandatperiod|kausi)?[ \t]*[\d–-]+[ \t\d–-]*)?:?[ \t]*$")
ROW_CHARS = 160
ROWS = 60


def council_roster_facts(mentions: list[Mention], text: str, facts: list[Fact], kind: str) -> list[Fact]:
    """holdsPost of each member (and deputy) in the page's council, and in the organisation a member stands for;
    minutes are left to their attendance rules (their member lists are who came)."""
    if kind == "minutes":
        return []
    group = page_council(mentions)
    people = [m for m in mentions if m.type == "Person" and m.iri]
    if group is None or not people:
        return []
    person_index = SpanIndex(sorted(people, key=lambda m: m.start))
    org_index = SpanIndex(sorted((m for m in mentions if m.iri and m.type in MEMBER_ORG_TYPES), key=lambda m: m.start))
    have = {(f.subject, f.object) for f in facts if f.predicate == "holdsPost"}
    out: list[Fact] = []
    for heading in _roster_starts(text, mentions, group, person_index):
        for person, target, post, conf, rule, (a, b) in _roster(text, heading, person_index, org_index, group):
            if person.iri is None or (person.iri, target) in have:
                continue
            have.add((person.iri, target))
            out.append(Fact(person.iri, "holdsPost", target, Evidence(text[a:b], a, b), rule, conf, post=post))
    return out


def page_council(mentions: list[Mention]) -> str | None:
    """The group a council's page is about: the group body named most, at least twice and more than any other."""
    counts = Counter(m.iri for m in mentions
                     if m.type == "Body" and m.iri and not m.generic and _GROUP.search(m.label.strip()))
    top = counts.most_common(2)
    if not top or top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    return top[0][0]


def _roster_starts(text: str, mentions: list[Mention], group: str, people: SpanIndex[Mention]) -> list[int]:
    """Where rosters open: after a roster heading line (one naming no person: "medlem A ersättare B" is a row), or
    after a short line that is the group's own name ("VANHUSNEUVOSTO", "Vanhusneuvosto toimikausi 2019-2021")."""
    starts = [m.end() for m in _HEADING_LINES.finditer(text) if not people.starting_in(m.start(), m.end())]
    for m in mentions:
        if m.iri != group or m.type != "Body":
            continue
        line_start = text.rfind("\n", 0, m.start) + 1
        line_end = text.find("\n", m.end)
        line_end = len(text) if line_end < 0 else line_end
        if not text[line_start:m.start].strip() and _NAME_LINE_REST.match(text[m.end:line_end]):
            starts.append(line_end)
    return sorted(set(starts))


def _roster(text: str, at: int, people: SpanIndex[Mention], orgs: SpanIndex[Mention], group: str
            ) -> list[tuple[Mention, str, str, float, str, tuple[int, int]]]:
    """(person, target, post, confidence, rule, row span) of each seat the roster after `at` gives."""
    items = _items(text, at, people, orgs)
    # a table whose cells run name, organisation ("Anna Kivi,", "Esimerkin Eläkeläiset ry"): the organisation
    # line belongs to the name before it (member_rows.py reads it), not to the rows after it; told by a name
    # cell ending in a comma or by the list ending with an organisation's line
    name_first = bool(items) and ((items[-1][0] == "org" and items[-1][1] is not None) or any(
        kind == "row" and text[span[0]:span[1]].rstrip().endswith(",") for kind, _, span in items))
    out: list[tuple[Mention, str, str, float, str, tuple[int, int]]] = []
    home: str | None = None
    deputies = False
    for kind, value, (a, b) in items:
        if kind == "heading":
            deputies, home = bool(value), None
            continue
        if kind == "org":
            home = None if name_first else value  # type: ignore[assignment]
            continue
        first, in_line, seat, seat_end = value  # type: ignore[misc]
        deputy = deputies or seat in _DEPUTY_SEATS
        post = seat or ("varajäsen" if deputy else "jäsen")
        conf = DEPUTY_CONFIDENCE if deputy else CONFIDENCE
        out.append((first, group, post, conf, TABLE_RULE if name_first else RULE, (a, b)))
        row_org = _trailing_org(text, seat_end, b, orgs)
        if row_org or home:
            out.append((first, row_org or home, "edustaja", conf, HOME_RULE, (a, b)))  # type: ignore[arg-type]
        for prev, p in pairwise(in_line):
            if _DEPUTY_BEFORE.search(text[prev.end:p.start]):
                out.append((p, group, "varajäsen", DEPUTY_CONFIDENCE, RULE, (a, b)))
    return out


def _items(text: str, at: int, people: SpanIndex[Mention], orgs: SpanIndex[Mention]
           ) -> list[tuple[str, object, tuple[int, int]]]:
    """The roster's lines after `at` as ("heading", deputies?), ("org", the organisation a line names whole or
    None) and ("row", (person, the line's people, seat, end of the name and seat)), up to running text or another
    section's heading."""
    items: list[tuple[str, object, tuple[int, int]]] = []
    rows = 0
    pos = at
    while rows < ROWS and pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        a, b = pos, end
        pos = end + 1
        line = text[a:b]
        if not line.strip():
            continue
        if len(line) > ROW_CHARS or _PROSE.search(line):
            break
        in_line = people.starting_in(a, b)
        if not in_line and _HEADING.match(line):
            items.append(("heading", _DEPUTY_HEADING.search(line) is not None, (a, b)))
            continue
        first = in_line[0] if in_line else None
        prefix = _PREFIX.match(text[a:first.start]) if first is not None else None
        if first is None or prefix is None:
            if in_line:
                continue  # a row whose opening words are no seat ("kunnanhallituksen edustaja X"): not read
            org = _heading_org(text, a, b, orgs)
            if org is False:
                break  # another section's heading ("Toimintakertomukset ym:"): the roster is over
            items.append(("org", org or None, (a, b)))
            continue
        rows += 1
        word = (prefix.group("word") or "").lower()
        seat = _SEAT_WORDS.get(word)
        if word and seat is None:
            continue
        after = _SEAT_AFTER.match(text, first.end)
        if after is not None:
            written = after.group("seat").lower()
            seat = _SEATS_AFTER.get(written, written)
        items.append(("row", (first, in_line, seat, after.end() if after else first.end), (a, b)))
    return items


def _heading_org(text: str, a: int, b: int, orgs: SpanIndex[Mention]) -> str | bool | None:
    """What a line without a member is: the organisation a heading line names whole (its iri), None for a short
    line no rule read (an association's name the recogniser does not know), False for another section's
    heading (a colon with no organisation)."""
    line = text[a:b].strip()
    whole = [m for m in orgs.starting_in(a, b)
             if not text[a:m.start].strip() and not text[m.end:b].strip(" \t:")]
    if whole:
        return None if whole[0].type in _NO_HOME else whole[0].iri
    if orgs.starting_in(a, b):
        return None  # "Eläkeliiton paikallisjärjestö:": a unit of the organisation, not the organisation itself
    if line.endswith(":") or len(line) > 80:
        return False
    return None


def _trailing_org(text: str, at: int, b: int, orgs: SpanIndex[Mention]) -> str | None:
    """The organisation the row's end names after a comma: "Anna Kivi, puheenjohtaja, Esimerkin Seniorit ry"."""
    gap = re.match(r"[ \t]*,[ \t]*", text[at:b])
    if gap is None:
        return None
    org = next(iter(orgs.starting_in(at + gap.end(), at + gap.end() + 1)), None)
    return org.iri if org is not None else None

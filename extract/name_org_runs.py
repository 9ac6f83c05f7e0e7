"""A working group's attendance printed as a run of "Name Organisation" pairs with no separator between the cells.

A transcript of a steering or working group's memo runs its attendance table into one line: "Läsnä: Anna Kivi
Lohja Ville Mäki Esimerkin Vesi ry Outi Aho Vihti". Each member attends for the organisation printed right after the
name (a town's officials, an association's staff): the member holds a post there. The attendance rules read such a
row's words as its role and give no post for a bare organisation (extract/posts.py: in a board's minutes a town after
the name is the member's home town). So this reads the run only where the meeting is a working group's (the document
names a group: "-ryhmä", "-toimikunta", "neuvottelukunta", "verkosto"; never a board, a council or a lautakunta) and
where at least three pairs follow each other; a pair whose organisation no rule read ("LUVY") keeps the run going.
"""

from __future__ import annotations

import re

from welfare_kg.extract.council_rosters import MEMBER_ORG_TYPES
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.spans import SpanIndex

RULE = "holdsPost:name-org-run"
CONFIDENCE = 0.55

# the words that open an attendance run
_CUE = re.compile(r"(?i)\b(?:läsnä(?:olijat)?|paikalla|osallistujat|närvarande)[ \t]*:")
# the document's group: a working, steering or cooperation group, a committee, a network (no board, no council)
_WORKING_GROUP = re.compile(r"(?i)(?:ryhmä|toimikunta|neuvottelukunta|verkosto|grupp|gruppen|nätverk\w*)$")
# between a name and its organisation: spaces only; between two organisations of one row: a comma
_GAP = re.compile(r"[ \t]*")
_AND_ORG = re.compile(r"[ \t]*,[ \t]*")
# an organisation no rule read, written as one capitalised word or acronym between a name and the next name
_UNREAD_ORG = re.compile(r"[ \t]*[A-ZÅÄÖ][\wÅÄÖåäö-]{1,20}[ \t]*")
RUN_GAP = 3  # characters between one row and the next name
MIN_PAIRS = 3
RUN_START = 20  # characters from the cue to the run's first name


def name_org_run_facts(mentions: list[Mention], text: str, facts: list[Fact]) -> list[Fact]:
    """holdsPost of each member of a "Name Org Name Org ..." attendance run in the organisation after the name."""
    if not any(m.type == "Body" and m.iri and _WORKING_GROUP.search(m.label.strip()) for m in mentions):
        return []
    people = SpanIndex(sorted((m for m in mentions if m.type == "Person" and m.iri), key=lambda m: m.start))
    orgs = SpanIndex(sorted((m for m in mentions if m.iri and m.type in MEMBER_ORG_TYPES
                             and m.case in {None, "nimento"}), key=lambda m: m.start))
    have = {(f.subject, f.object) for f in facts if f.predicate == "holdsPost"}
    out: list[Fact] = []
    for cue in _CUE.finditer(text):
        pairs = _run(text, cue.end(), people, orgs)
        if len([p for p in pairs if p[1]]) < MIN_PAIRS:
            continue
        for person, homes, (a, b) in pairs:
            for org in homes:
                if person.iri and (person.iri, org) not in have:
                    have.add((person.iri, org))
                    out.append(Fact(person.iri, "holdsPost", org, Evidence(text[a:b], a, b), RULE, CONFIDENCE))
    return out


def _run(text: str, at: int, people: SpanIndex[Mention], orgs: SpanIndex[Mention]
         ) -> list[tuple[Mention, list[str], tuple[int, int]]]:
    """(person, the organisations after the name, row span) of each row of the run opening after `at`."""
    pairs: list[tuple[Mention, list[str], tuple[int, int]]] = []
    person = next(iter(people.starting_in(at, at + RUN_START)), None)
    while person is not None:
        pos = _GAP.match(text, person.end).end()  # type: ignore[union-attr]
        homes: list[str] = []
        org = next(iter(orgs.starting_in(pos, pos + 1)), None)
        while org is not None and org.iri:
            homes.append(org.iri)
            pos = org.end
            more = _AND_ORG.match(text, pos)
            org = next(iter(orgs.starting_in(more.end(), more.end() + 1)), None) if more else None
        if not homes:
            unread = _UNREAD_ORG.match(text, pos)
            if unread is None or people.starting_in(pos, unread.end()):
                break  # the name runs on into the next name or into words: the run is over
            pos = unread.end()
        pairs.append((person, homes, (person.start, pos)))
        person = next(iter(people.starting_in(pos, pos + RUN_GAP)), None)
    return pairs

"""A working group's attendance printed as a run of "Name Organisation" pairs with no separator between the cells.

A transcript of a steering or working group's memo runs its attendance table into one line: "Läsnä: Anna Kivi
Lohja Ville Mäki Esimerkin Vesi ry Outi Aho Vihti". Each member attends for the organisation printed right after the
name (a town's officials, an association's staff): the member holds a post there. The attendance rules read such a
row's words as its role and give no post for a bare organisation (extract/posts.py: in a board's minutes a town after
the name is the member's home town). So this reads the run only where the meeting is a working group's (the document
names a group: "-ryhmä", "-toimikunta", "neuvottelukunta", "verkosto"; never a board, a council or a lautakunta) and
where at least three pairs follow each other; a pair whose organisation no rule read ("LUVY") keeps the run going.

An advisory council of organisations (an older people's or disability council, whose members stand for pensioners'
and patients' associations, parishes and the town's departments) prints the same run, the chair's and vice-chair's
marks after their names and the label's colon often lost in the transcript: "Läsnä Anna Kivi, pj Esimerkin
Eläkeläiset ry Ville Mäki Esimerkin seurakuntayhtymä ...". There, and in any meeting that is no working group's, a
run is read only where its organisations are no towns or regions (a board member's town is their home, not a post):
associations, parishes, companies, agencies. The seat mark between a name and its organisation is skipped, and
once three rows have read, a few words no rule read as one name or a sub-heading of the list ("Seurakuntayhtymän ja
kaupungin edustajat") are stepped over to the next person an organisation follows.
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
# the same word with its colon lost, at the head of the run ("Läsnä Anna Kivi, pj ..."): capitalised, as a label is
_BARE_CUE = re.compile(r"\b(?:Läsnä(?:olijat)?|LÄSNÄ|Paikalla|Osallistujat|Närvarande)[ \t]+(?=[A-ZÅÄÖ])")
# a seat's mark between a name and its organisation: "Anna Kivi, pj Esimerkin Eläkeläiset ry"
_SEAT_MARK = re.compile(r"[ \t]*,?[ \t]*(?:pj|vpj|varapj|puheenjohtaja|varapuheenjohtaja|ordf|vice[ \t]?ordf)"
                        r"\.?[ \t]*,?[ \t]*")
# organisations a board's or council's member does not come from as a home: no towns, counties or regions
_HOME_TYPES = frozenset({"Municipality", "WellbeingCounty", "Region"})
# the document's group: a working, steering or cooperation group, a committee, a network (no board, no council)
_WORKING_GROUP = re.compile(r"(?i)(?:ryhmä|toimikunta|neuvottelukunta|verkosto|grupp|gruppen|nätverk\w*)$")
# between a name and its organisation: spaces only; between two organisations of one row: a comma
_GAP = re.compile(r"[ \t]*")
_AND_ORG = re.compile(r"[ \t]*,[ \t]*")
# an organisation no rule read, written as one capitalised word or acronym between a name and the next name
# or as an association's name up to its legal form ("Esimerkin Seudun eläkkeensaajat ry")
_UNREAD_ORG = re.compile(r"[ \t]*[A-ZÅÄÖ][\wÅÄÖåäö-]{1,30}(?:(?:[ \t]+[\wÅÄÖåäö-]{2,30}){0,4}?[ \t]+r\.?[yf]\.?(?!\w))?"
                         r"[ \t]*")
RUN_GAP = 3  # characters between one row and the next name
MIN_PAIRS = 3
RUN_START = 20  # characters from the cue to the run's first name


def name_org_run_facts(mentions: list[Mention], text: str, facts: list[Fact]) -> list[Fact]:
    """holdsPost of each member of a "Name Org Name Org ..." attendance run in the organisation after the name."""
    working = any(m.type == "Body" and m.iri and _WORKING_GROUP.search(m.label.strip()) for m in mentions)
    types = MEMBER_ORG_TYPES if working else MEMBER_ORG_TYPES - _HOME_TYPES
    people = SpanIndex(sorted((m for m in mentions if m.type == "Person" and m.iri), key=lambda m: m.start))
    orgs = SpanIndex(sorted((m for m in mentions if m.iri and m.type in types
                             and m.case in {None, "nimento"}), key=lambda m: m.start))
    have = {(f.subject, f.object) for f in facts if f.predicate == "holdsPost"}
    out: list[Fact] = []
    cues = sorted({c.end() for c in _CUE.finditer(text)} | {c.end() for c in _BARE_CUE.finditer(text)})
    for at in cues:
        pairs = _run(text, at, people, orgs)
        if len([p for p in pairs if p[1]]) < (MIN_PAIRS if working else MIN_PAIRS + 1):
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
        seat = None if orgs.starting_in(pos, pos + 1) else _SEAT_MARK.match(text, person.end)  # type: ignore[union-attr]
        if seat is not None:
            pos = seat.end()
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
                # the name runs on into the next name or into words: the run is over, unless a few capitalised
                # words no rule read as one name lead on to a row that reads ("Foibe Berith Sohkanen Vanda ...")
                person = _resync(text, pos, people, orgs) if len(pairs) >= MIN_PAIRS else None
                continue
            pos = unread.end()
        pairs.append((person, homes, (person.start, pos)))
        person = next(iter(people.starting_in(pos, pos + RUN_GAP)), None)
        if person is None and len(pairs) >= MIN_PAIRS:
            person = _resync(text, pos, people, orgs)  # a sub-heading inside the list ("Muut edustajat")
    return pairs


# the words a run may skip to find its next row: names the recogniser misread, a sub-heading of the list
# ("Seurakuntayhtymän ja kaupungin edustajat"); no punctuation of a sentence, no line break
_SKIPPABLE = re.compile(r"(?:[ \t]*[\wÅÄÖåäö-]+)*[ \t]*")
RESYNC = 60  # characters a run may skip


def _resync(text: str, pos: int, people: SpanIndex[Mention], orgs: SpanIndex[Mention]) -> Mention | None:
    """The next person within RESYNC characters whose name an organisation follows, reached over words only (no
    sentence's punctuation): the row after one the recogniser misread or after a sub-heading of the list."""
    for person in people.starting_in(pos + 1, pos + RESYNC):
        if _SKIPPABLE.match(text, pos).end() < person.start:  # type: ignore[union-attr]
            return None
        after = _GAP.match(text, person.end).end()  # type: ignore[union-attr]
        if orgs.starting_in(after, after + 1):
            return person
    return None

"""Attendance flattened into one line as "A, <title> B, <title> C, <title>": each title is the name's BEFORE it.

A minutes' attendance table of "Name | role" rows, extracted from a PDF, often runs into one line:
"Jyrki Halonen, seutukuntavaltuuston puheenjohtaja Asko Torssonen, seutukuntavaltuuston 1. varapuheenjohtaja ...".
Read as prose, every title sits right before the next name and is given to the wrong person (and its body with
it). The layout tells the direction: the run's first name has no title before it and its last name has one after
it (", valokuvaaja (Trelin Oy)"); a prose list "puheenjohtaja A, varapuheenjohtaja B ja sihteeri C" is the
other way round (a title before the first name, none after the last) and is left alone.

The organisation of a post is the one written INSIDE its title ("Pohjois-Pohjanmaan liiton hallituksen jäsen");
a title naming none ("toiminnanjohtaja") gets the organisation the run stands under where the run opens right
after one's name (a staff list under its association's name, `_header_org`), else none here; the title before
such a name is not theirs either (`RunTitles.not_before`).
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field

from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.people import MEETING_ROLES
from welfare_kg.extract.posts import ORG_TYPES, office_title

# the gap between two names of a run: a comma, then a title of at most six words (ordinals "1.", genitives,
# "-hankkeen"), then brackets ("(Notehill Oy)", "(Läsnä klo ...)"), nothing else
_GAP = re.compile(r"[ \t]*,[ \t]*((?:[\w./:-]+[ \t]+){0,5}[\w/-]+)((?:[ \t]*\([^()\n]{0,80}\))*)[ \t]*")
# a row of its own: "Jyrki X, seutukuntavaltuuston puheenjohtaja" and brackets up to the line's end
_ROW = re.compile(r"[ \t]*,[ \t]*((?:[\w./:-]+[ \t]+){0,5}[\w/-]+)(?:[ \t]*\([^()\n]{0,80}\))*[ \t]*(?=\n|$)")
_ROW_START = re.compile(r"(?:^|\n)[ \t]*(?:[-•*–][ \t]*)?$")
# after the last name: ", <title>" followed by a bracket, a line end or a label ("Allekirjoitukset:")
_TAIL = re.compile(r"[ \t]*,[ \t]*((?:[\w./:-]+[ \t]+){0,5}?[\w/-]+)(?=[ \t]*(?:\(|\n|$|[A-ZÅÄÖ]\w*:))")

# the same after a run of at least three names: one lower-case word, then a capitalised word (the next heading run
# into the line) -- the run's length tells the layout where the heading gives no colon
_TAIL_BEFORE_HEADING = re.compile(r"[ \t]*,[ \t]*([a-zåäö][\w/-]*)(?=[ \t]+[A-ZÅÄÖ])")


@dataclass
class RunTitles:
    """`after`: person start -> (title, organisation IRI or None) read from the title after the name;
    `not_before`: starts of names whose preceding title is the previous name's."""

    after: dict[int, tuple[str, str | None]] = field(default_factory=dict)
    not_before: set[int] = field(default_factory=set)


def _title_of(phrase: str, morph: Morphology) -> str | None:
    last = phrase.split()[-1].split("/")[-1].strip(".").lower()
    if not last.isalpha():
        return None
    if last in MEETING_ROLES or last.endswith("puheenjohtaja"):
        return last
    return office_title(last, morph)


def _agent_noun(phrase: str) -> str | None:
    last = phrase.split()[-1]
    return last if last.isalpha() and last.islower() and last.endswith(("ja", "jä")) else None


def _org_in(a: int, b: int, orgs: Sequence[Mention], starts: Sequence[int]) -> str | None:
    """The last organisation named wholly inside [a, b): the title's own genitive owner."""
    i = bisect_left(starts, a)
    inside = [x for x in orgs[i:i + 8] if x.start < b and x.end <= b]
    return inside[-1].iri if inside else None


# between a staff list's heading organisation and the run's first name: blanks and at most one line break
_HEADER_GAP = re.compile(r"[ \t]*\n?[ \t]*")


def _header_org(first: int, orgs: Sequence[Mention], starts: Sequence[int], text: str) -> str | None:
    """The organisation a flattened staff list stands under: "Kylätalon Tuki ry Anna X, toiminnanjohtaja Pekka Y,
    projektipäällikkö ..." (a report's cover page run into one line) -- its name ends right before the run's first
    name, with nothing but blanks or one line break between. A title naming its own organisation keeps that one."""
    i = bisect_left(starts, first) - 1
    while i >= 0 and orgs[i].end > first:  # a name overlapping the person is no heading of it
        i -= 1
    if i < 0 or first - orgs[i].end > 4 or not _HEADER_GAP.fullmatch(text, orgs[i].end, first) \
            or orgs[i].case not in {"nimento", None}:
        return None  # "..., Reisjärveltä Jyrki X, puheenjohtaja": a member's home town is no heading
    return orgs[i].iri


def comma_title_runs(mentions: Sequence[Mention], text: str, morph: Morphology) -> RunTitles:
    """One pass over the document's people in order (linear: each gap is read once)."""
    out = RunTitles()
    people = sorted((m for m in mentions if m.type == "Person" and m.iri), key=lambda m: m.start)
    orgs = sorted((m for m in mentions if m.iri and m.type in ORG_TYPES), key=lambda m: m.start)
    starts = [x.start for x in orgs]
    run: list[tuple[Mention, str, int, int]] = []  # (person, title, phrase start, phrase end) of each link

    def close(last: Mention) -> None:
        if not run:
            return
        first = run[0][0]
        before = text[max(0, first.start - 40):first.start].split()
        if before and _title_of(before[-1], morph):
            return  # "puheenjohtaja A, varapuheenjohtaja B": titles before the names
        tail = _TAIL.match(text, last.end, min(len(text), last.end + 160))
        if tail is None and len(run) >= 2:
            # "... Seppo X, esittelijä Reijo Y, pöytäkirjanpitäjä Laillinen ja päätösvaltainen": a long run's last
            # title in one lower-case word, then the next heading's capitalised word (a known title only, below)
            tail = _TAIL_BEFORE_HEADING.match(text, last.end, min(len(text), last.end + 160))
        if tail is None:
            return
        # the last title may be one no lexicon lists ("valokuvaaja"): an agent noun in lower case will do
        title = _title_of(tail.group(1), morph) or _agent_noun(tail.group(1))
        if title is None:
            return
        links = [*run, (last, title, tail.start(1), tail.end(1))]
        header = _header_org(first.start, orgs, starts, text)
        for person, t, a, b in links:
            out.after[person.start] = (t, _org_in(a, b, orgs, starts) or header)
        out.not_before.update(p.start for p, *_ in links[1:])

    for p, q in itertools.pairwise(people):
        gap = _GAP.fullmatch(text, p.end, q.start) if q.start - p.end <= 200 else None
        title = _title_of(gap.group(1), morph) if gap else None
        if gap and title:
            run.append((p, title, gap.start(1), gap.end(1)))
            continue
        close(p)
        run = []
    if people:
        close(people[-1])
    for p in people:  # rows one a line: the title after the comma, its organisation written inside it
        if p.start in out.after or not _ROW_START.search(text, max(0, p.start - 4), p.start):
            continue
        row = _ROW.match(text, p.end, min(len(text), p.end + 200))
        title = _title_of(row.group(1), morph) if row else None
        if row and title and (org := _org_in(row.start(1), row.end(1), orgs, starts)):
            out.after[p.start] = (title, org)
    return out

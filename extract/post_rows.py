"""Rows of member and attendance lists: "Name, title, Organisation[, pj.]".

A steering group's memo lists who came as rows of name, title and organisation, often run together into one line
by a transcript ("Ritva X, yliarkkitehti, Kuntaliitto, pj. Olli Y, erityisasiantuntija, TEM Kaisa Z, ..."). The
organisation closes each row, so it is written there even when nobody recognised it ("ELY keskus Häme",
"Aalto/YTK"): then no organisation named elsewhere (the previous row's) is this person's. A chair's mark after the
organisation ("pj.", "puheenjohtaja", "ordf.") makes the person the chair of the group whose memo it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.spans import SpanIndex

# ", title[, second title], " after the name: the row's title part, in lower case (an acronym may open it,
# "MAL projektipäällikkö"), then where the organisation starts
_ROW_HEAD = re.compile(r"[ \t]*,[ \t]*(?:(?:[A-ZÅÄÖ]{2,6}[ \t-][a-zåäö-]+|[a-zåäö][^,\n]{1,60}?)[ \t]*,[ \t]*){1,2}"
                       r"(?=[A-ZÅÄÖ])")
# the chair's mark closing a row: the organisation, a comma, the mark, then the next row or the line's end
_CHAIR_MARK = re.compile(r"[ \t]*,[ \t]*(?:pj\.?|puheenjohtaja|ordf\.?|ordförande)(?=[ \t]+[A-ZÅÄÖ]|[ \t]*$)",
                         re.MULTILINE)
# what is no organisation: the places inside a name ("ELY keskus Pirkanmaa") and the people
_NOT_ORGS = {"Person", "Region", "CooperationArea"}
ROW_ORG_REACH = 80  # characters an organisation's name runs to in a row


def _row_org_span(person: Mention, ms: list[Mention] | SpanIndex[Mention], text: str) -> tuple[int, int] | None:
    """Where the row's organisation is written: after the title part, up to the next person named on the
    line, a comma or the line's end."""
    head = _ROW_HEAD.match(text, person.end)
    if head is None:
        return None
    start = head.end()
    eol = text.find("\n", start)
    end = min(eol if eol >= 0 else len(text), start + ROW_ORG_REACH)
    comma = text.find(",", start, end)
    if comma >= 0:
        end = comma
    # a document's whole people list comes as an index (row_chair_facts): read by offset, not scanned per row
    near = ms.starting_in(start, end) if isinstance(ms, SpanIndex) else ms
    nxt = min((x.start for x in near if x.type == "Person" and start <= x.start < end), default=end)
    return start, nxt


def org_read_over(person: Mention, ms: Iterable[Mention], a: int, b: int) -> bool:
    """Whether the recogniser read an organisation over text[a:b] (an area inside a name, "Pohjois-Karjalan", and
    another person are none): where the text writes a person's employer, the employer checks ask this."""
    return any(x.iri and x.type not in _NOT_ORGS and x.start < b and a < x.end for x in ms if x is not person)


def unknown_row_org(person: Mention, ms: list[Mention], text: str) -> bool:
    """The person's row names an organisation after the title and the recogniser knows none there: the
    employer is written, but not as anything a fact can point to, so no other organisation may stand in."""
    span = _row_org_span(person, ms, text)
    if span is None:
        return False
    a, b = span
    if not text[a:b].strip():
        return False
    return not org_read_over(person, ms, a, b)


def row_chair_facts(mentions: list[Mention], text: str, body: str | None) -> list[Fact]:
    """The chair of the meeting's body, marked at the end of a member row: "Name, title, Organisation, pj."."""
    if body is None:
        return []
    people = sorted((m for m in mentions if m.type == "Person" and m.iri), key=lambda m: m.start)
    by_offset = SpanIndex(people)
    out = []
    for m in people:
        span = _row_org_span(m, by_offset, text)
        if span is None:
            continue
        mark = _CHAIR_MARK.match(text, span[1])
        if mark is None:
            continue
        out.append(Fact(m.iri, "holdsPost", body, Evidence(text[m.start:mark.end()], m.start, mark.end()),
                        "holdsPost:row-chair", 0.7, post="puheenjohtaja"))
    return out


# a row's middle part whatever its words ("Maamerkit ohjelma"), then the organisation
_LOOSE_ROW = re.compile(r"[ \t]*,[ \t]*[^,\n]{2,60}?[ \t]*,[ \t]*(?=[A-ZÅÄÖ])")
ROWS_FOR_A_LIST = 3  # titled rows that make the text a member list
_ROW_EMPLOYERS = {"JointAuthority", "WellbeingCounty", "Company", "Agency", "Ministry", "Association",
                  "CompetenceCentre"}


def untitled_row_facts(mentions: list[Mention], text: str, facts: list[Fact]) -> list[Fact]:
    """A member list of "Name, title, Organisation" rows: a row whose middle part is no title (a programme, a
    unit: "Karoliina X, Maamerkit ohjelma, Sitra") still names the person's organisation, with no post."""
    people = sorted((m for m in mentions if m.type == "Person" and m.iri), key=lambda m: m.start)
    if sum(_ROW_HEAD.match(text, m.end) is not None for m in people) < ROWS_FOR_A_LIST:
        return []
    posted = {f.subject for f in facts if f.predicate == "holdsPost"}
    index = SpanIndex([m for m in mentions if m.iri and m.type not in _NOT_ORGS])
    starts = [m.start for m in people]
    out = []
    for i, m in enumerate(people):
        if m.iri in posted or _ROW_HEAD.match(text, m.end) is not None:
            continue
        row = _LOOSE_ROW.match(text, m.end)
        if row is None:
            continue
        if i + 1 < len(starts) and starts[i + 1] < row.end():
            continue  # "A, Nivalasta B, Pyhäjärvi": another person inside the row, two rows run together
        org = next((x for x in index.starting_in(row.end(), row.end() + 1) if x.type in _ROW_EMPLOYERS), None)
        if org is not None:
            ev = Evidence(text[m.start:org.end], m.start, org.end)
            out.append(Fact(m.iri, "holdsPost", org.iri, ev, "holdsPost:untitled-row", 0.6))  # type: ignore[arg-type]
            posted.add(m.iri)
    return out

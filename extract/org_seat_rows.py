"""A council's or group's members listed by the organisation that named them: "Org: jäsen Name ja varajäsen Name".

Pages of advisory councils (older people's, disability, youth councils), joint bodies and steering groups print
each seat-holding organisation once at the head of its row, a colon after it, and the people it named after the
colon, each with the seat if any: "Esimerkin Eläkeläiset ry: jäsen Anna Kivi ja varajäsen Ville Mäki",
"Mallilan kunta: Outi Aho, varajäsen Pekka Laine", "Mallby pensionärsförening: ledamot Bo Ek, ersättare Eva Ek";
a comma or a dash may stand for the colon ("Esimerkin Eläkeläiset ry – Anna Kivi (varalla Ville Mäki)") and an
office title may follow a name ("Mallilan kaupunki: Outi Aho, sosiaalijohtaja").
The other member-list rules want the person first (extract/member_rows.py, slash_rows.py) or a heading before
the list (composition_rows.py); here the organisation opens the row. Each person holds a post in the
organisation of the row (as its member or deputy in the body the list is of). A bare town's name heading the row is
the members' home, not an organisation (a county board's members by town), and gives no post.

The row must be nothing but the organisation, the colon and people joined by commas, "ja"/"och" and seat words,
and at least two such rows must stand in the document: a list, not a sentence with a colon.
"""

from __future__ import annotations

import re

from welfare_kg.extract.council_rosters import MEMBER_ORG_TYPES
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.posts import office_title
from welfare_kg.extract.spans import SpanIndex

RULE = "holdsPost:org-seat-row"
CONFIDENCE = 0.55
MIN_ROWS = 2

# a town, county or region heading a row is where its members live ("Kittilä: Anna Kivi, varalla Ville Mäki", a
# county board's members by home town); written as the organisation ("Mallilan kunta:", "Esimerkin kaupunki:",
# "Mallby kommun:") it is the one that named them
_PLACE_TYPES = frozenset({"Municipality", "WellbeingCounty", "Region"})
_AS_ORGANISATION = re.compile(r"(?i)(?:kunta|kaupunki|kommun|stad|hyvinvointialue|välfärdsområde)\b")
# a row's opening before the organisation: a bullet or a number, or nothing at the line's start
_OPENING = re.compile(r"[ \t]*(?:[•·▪◦*–-]|\d{1,2}[.)])?[ \t]*")
# between the organisation and its people: a colon, a comma or a dash ("Org – Anna Kivi (varalla Ville Mäki)")
_COLON = re.compile(r"[ \t]*(?::|,|[–—-](?=[ \t]))[ \t]*")
# a person's office after the name, set off by a comma ("Mallilan kaupunki: Anna Kivi, sosiaalijohtaja")
_TITLE_AFTER = re.compile(r"[ \t]*,[ \t]*(?P<title>[a-zåäö][\wåäö-]+)")
# a seat word before a name ("jäsen", "varajäsen", "henkilökohtainen varajäsen", "ledamot", "ersättare", "pj")
_SEAT = (r"(?:(?:varsinainen|henkilökohtainen|vakinainen|ordinarie|personlig)[ \t]+)?"
         r"(?:ordinarie|jäsen|jäsenenä|varajäsen|varajäsenenä|varalla|edustaja|puheenjohtaja|varapuheenjohtaja|pj|vpj|"
         r"ledamot|ersättare|ordförande|vice[ \t]?ordförande|suppleant|representant)\.?")
# what may stand between the people of a row: separators and seat words, nothing else
_BETWEEN = re.compile(rf"(?i)(?:[ \t]*(?:,|;|/|\bja\b|\bsekä\b|\boch\b|\bsamt\b|\(|\)|\b{_SEAT}(?![\w-])|:))*[ \t]*")
# what may end the row after its last person: a full stop or a bracketed seat, then the line's end
_ROW_END = re.compile(rf"(?i)[ \t]*(?:\(?{_SEAT}\)?)?[ \t.;,]*(?:\n|$)")


def org_seat_row_facts(mentions: list[Mention], text: str, facts: list[Fact], morph: Morphology) -> list[Fact]:
    """holdsPost of each person of an "Org: [seat] Name ja [seat] Name" row in the row's organisation."""
    people = SpanIndex(sorted((m for m in mentions if m.type == "Person" and m.iri), key=lambda m: m.start))
    orgs = sorted((m for m in mentions if m.iri and m.type in MEMBER_ORG_TYPES
                   and (m.type not in _PLACE_TYPES or _AS_ORGANISATION.search(text, m.start, m.end))),
                  key=lambda m: m.start)
    rows: list[tuple[Mention, list[Mention], int, int]] = []
    seen_lines: set[int] = set()
    for org in orgs:
        line_start = text.rfind("\n", 0, org.start) + 1
        if line_start in seen_lines or not _OPENING.fullmatch(text, line_start, org.start):
            continue
        colon = _COLON.match(text, org.end)
        if colon is None:
            continue
        row = _row_people(text, colon.end(), people, morph)
        if row:
            seen_lines.add(line_start)
            rows.append((org, row[0], line_start, row[1]))
    if len(rows) < MIN_ROWS:
        return []
    have = {(f.subject, f.object) for f in facts if f.predicate == "holdsPost"}
    out: list[Fact] = []
    for org, persons, a, b in rows:
        for p in persons:
            if (p.iri, org.iri) in have:
                continue
            have.add((p.iri, org.iri))  # type: ignore[arg-type]
            out.append(Fact(p.iri, "holdsPost", org.iri, Evidence(text[a:b], a, b), RULE,  # type: ignore[arg-type]
                            CONFIDENCE))
    return out


def _row_people(text: str, at: int, people: SpanIndex[Mention], morph: Morphology
                ) -> tuple[list[Mention], int] | None:
    """The people of the row from `at` to the line's end and where it ends, or None where anything but people,
    separators, seat words and an office title after a name stands in it."""
    found: list[Mention] = []
    pos = at
    while True:
        pos = _BETWEEN.match(text, pos).end()  # type: ignore[union-attr]
        person = people.longest_at(pos)
        if person is None:
            break
        found.append(person)
        pos = person.end
        title = _TITLE_AFTER.match(text, pos)
        if title is not None and office_title(title["title"], morph):
            pos = title.end()
    end = _ROW_END.match(text, pos)
    if not found or end is None:
        return None
    return found, end.end()

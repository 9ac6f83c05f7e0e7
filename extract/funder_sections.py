"""The list of a funders' section that does not start right under its heading.

A project page's "Rahoittajat" / "Bidragsgivare" / "Finansiering" section often opens with a paragraph ("Hanketta
rahoittavat useat tahot. Alla kaikki tukijamme.") or a line of thanks ("Tack till", "Kiitos") and only then lists
the funders, one a line. coordinated_funders.py reads a list that starts on the heading's next line; its walk stops
at the paragraph, so the whole list is lost. What says the lines are funders is the LAYOUT: the section's heading,
then nothing but prose lines, a line ending in a colon or a thanks line, then the list. A short line of any other kind
is a new heading (the section is over: "Toteuttajat", "Yhteystiedot"), and a lead that says the money is only sought
("haki", "hakee", "söker", "ansöker") makes the list one of those applied to, not of funders.

What the listed funders fund is what a rule read one of them funding, else the project the document names most
(as in coordinated_funders.py). The facts are a guess from layout: own rule name, confidence below the strict
graph's 0.5.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from welfare_kg.extract.cooccurrence import most_named_project
from welfare_kg.extract.coordinated_funders import BULLET, can_fund
from welfare_kg.extract.model import Evidence, Fact, Mention, related_pairs
from welfare_kg.extract.spans import outermost

RULE = "funds:funder-section"
CONFIDENCE = 0.4
_HEADING = re.compile(r"(?im)^[ \t]*(?:hankkeen\s+|projektin\s+|projektets\s+)?(?:rahoittajat|rahoittaja|rahoitus|"
                      r"tukijat|finansiärer|finansiär|finansiering|bidragsgivare)[ \t]*:?[ \t]*$")
# a line of thanks before the list names who gave ("Tack till", "Kiitos tukijoillemme", "Lämpimät kiitokset")
_THANKS = re.compile(r"(?i)^(?:\w+\s+)?(?:tack|kiitos|kiitokset|kiitämme)\b")
# money sought, not granted: the list is of those applied to
_SOUGHT = re.compile(r"(?i)\bha(?:ki|kee|ettu|kenut|kevat|kivat|etaan)\b|\bhakemu|\bansök|\bsöker|\bsökt")
_END = re.compile(r"[.!?]\s*$")
# a short line that opens another section, not a giver's row ("Hankkeen toteuttajat", "Yhteystiedot")
_OTHER_SECTION = re.compile(r"(?i)toteutta|kumppan|yhteisty|yhteystie|ohjausryhm|hallinnoi|partner|samarbet|kontakt|"
                            r"styrgrupp|genomför|projektägare|\bhankkeen\b|\bprojektet")
MAX_LEAD_LINES = 4  # lines between the heading and its list
MAX_UNNAMED_ROWS = 2  # rows in a row inside the list that name a giver the recogniser does not know
MAX_ROW_WORDS = 16  # a funder's row may say what it gave for ("Kulturrådet för stöd till distrikten ..."); no full stop


def funder_section_facts(per_sentence: Sequence[Sequence[Mention]], facts: Sequence[Fact],
                         text: str) -> list[Fact]:
    """funds facts for the organisations listed in each funders' section after its lead."""
    heads = list(_HEADING.finditer(text))
    if not heads:
        return []
    mentions = sorted(outermost([m for ms in per_sentence for m in ms if m.iri]), key=lambda m: m.start)
    by_start = {m.start: m for m in mentions}
    funded: dict[str, set[str]] = {}
    for f in facts:
        if f.predicate == "funds":
            funded.setdefault(f.subject, set()).add(f.object)
    related = related_pairs(facts)
    topic = most_named_project(per_sentence)
    out: list[Fact] = []
    seen: set[tuple[str, str]] = set()
    for head in heads:
        members, ev = _section_list(text, head.end(), by_start)
        if len(members) < 2:
            continue
        objects = set().union(*(funded.get(m.iri or "", set()) for m in members)) or ({topic} if topic else set())
        evidence = Evidence(text[head.start():ev], head.start(), ev)
        for obj in sorted(objects):
            for m in members:
                pair = (m.iri or "", obj)
                if not m.iri or m.iri == obj or pair in seen or pair in related or (obj, m.iri) in related:
                    continue
                seen.add(pair)
                out.append(Fact(m.iri, "funds", obj, evidence, RULE, CONFIDENCE))
    return out


def _section_list(text: str, at: int, by_start: dict[int, Mention]) -> tuple[list[Mention], int]:
    """The organisations of the list after a heading's lead, and where the list ends; none when the lead seeks
    money or a new heading comes first. A list right under the heading is read too (its pairs coordinated_funders.py
    already stated are left as they are)."""
    members: list[Mention] = []
    lead = 0
    skipped = 0
    odd = False
    end = at
    pos = at + 1
    while pos < len(text):
        nl = text.find("\n", pos)
        stop = len(text) if nl < 0 else nl
        line = text[pos:stop].strip()
        if line:
            first = by_start.get(BULLET.match(text, pos).end())  # type: ignore[union-attr]
            words = len(line.split())
            row = first is not None and can_fund(first) and words <= MAX_ROW_WORDS \
                and not _END.search(line)
            if row and first is not None:
                members.append(first)
                end = stop
                skipped = 0
                odd = False
            elif members:
                # one row the recogniser did not name, inside the run: the list goes on if the next row is a member;
                # two such rows in a row when both read as a giver's name (an unknown funder's row, "Soromunas
                # Lihosidet, riksorganisationen"), not as a heading
                if len(line.split()) <= 3 and _OTHER_SECTION.search(line):
                    break  # another section's heading ("Hankkeen toteuttajat") ends the list
                skipped += 1
                odd = odd or not _unnamed_row(line, first)
                if skipped > (1 if odd else MAX_UNNAMED_ROWS) or words > MAX_ROW_WORDS or _END.search(line):
                    break
            else:
                lead += 1
                if lead > MAX_LEAD_LINES or _SOUGHT.search(line):
                    return [], at
                prose = words > 8 and _END.search(line) is not None
                if not (prose or line.endswith(":") or _THANKS.match(line)):
                    return [], at  # a new heading: the section had no list
        pos = stop + 1
    return members, end


def _unnamed_row(line: str, first: Mention | None) -> bool:
    """Whether a row the recogniser named nothing at reads as a giver's name: two words or more from a capital,
    no colon, nothing another section's heading says, and no known non-giver (a person) at its start."""
    return first is None and len(line.split()) >= 2 and line[:1].isupper() and not line.endswith(":") \
        and not _OTHER_SECTION.search(line)

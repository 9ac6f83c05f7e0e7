"""Every funder of a list, not only the one a rule read (issue 12).

A project's funders are written as a list more often than one by one: "Hankkeen rahoittajina toimivat ELY-keskus,
Joensuun kaupunki ja Pohjois-Karjalan Osuuspankki", "Rahoitus koostui Euroopan sosiaalirahaston, Lahden kaupungin ja
toteuttajien osuuksista", or a heading "Hankkeen rahoittajat" over one funder a line. The sentence rules find a
funder by its kind or its place next to the funding word, so they take the first of the list, or the one of a
funder kind (a ministry, a fund), and leave the town and the bank beside it; a list of separate lines is as many
sentences, of which one at most carries the funding word.

Here a list says what its members are: where a rule read one member of a coordination ("A, B ja C", the names in
one case, joined by nothing but commas and "ja"/"sekä"/"och") or of a funders' heading's lines as funding a thing,
each other organisation of the same list funds it too. A list with no member read as funding by any rule gives
nothing (an anchor is a reading of the text, never a guess: a fact of confidence 0.5 or more); under a heading
"Rahoittajat" the heading itself says so, and what they fund is what any rule read one of them funding, else the
project the document names most (cooccurrence.most_named_project). A pair some rule
already relates by money either way (funds, contributes) is left as it is; a runner or partner named in the list
funds too, as the list says (the nineteenth session: dev +6 right, +2 found, no new wrong).
It is a guess from layout: its facts carry their own rule name and a confidence below the strict graph's 0.5.
Measured paired (dev of 265 documents, the writing and held-back halves of sets 1-7): dev +1 right, +0 wrong (a
county administrative board listed beside a municipality and a fund as a final report's financiers), both halves
unchanged.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from welfare_kg.extract.cooccurrence import in_role, most_named_project
from welfare_kg.extract.model import Evidence, Fact, Mention, related_pairs
from welfare_kg.extract.spans import outermost
from welfare_kg.extract.text import Sentence
from welfare_kg.extract.text_scans import matches

RULE = "funds:coordinated-funders"
CONFIDENCE = 0.45
ANCHOR_CONFIDENCE = 0.5  # a fact a rule read from the text, not a fallback's guess
MEMBER_TYPES = {"Ministry", "Agency", "CompetenceCentre", "JointAuthority", "WellbeingCounty", "Municipality",
                "Company", "Association", "Parish", "Programme"}
# nothing but a list's joints between two names: "A, B ja C", "A sekä B", "A och B"
_JOINT = re.compile(r"\s*(?:,\s*(?:ja|sekä|och|samt)?|;|\bja\b|\bsekä\b|\boch\b|\bsamt\b|&)\s*", re.IGNORECASE)
# a heading over one funder a line
_FUNDERS_HEADING = re.compile(r"(?im)^[ \t]*(?:hankkeen\s+|projektin\s+|projektets\s+)?(?:rahoittajat|rahoittaja|"
                              r"finansiärer|finansiär|bidragsgivare)[ \t]*:?[ \t]*$")
BULLET = re.compile(r"[ \t]*(?:[-–•*·▪][ \t]+)?")  # a funder row's bullet (also funder_sections.py)
MONEY_PREDICATES = {"funds", "contributes"}
_DONATION = re.compile(r"(?i)lahjoit|donation|\bgåva")
MAX_LINE_WORDS = 8  # a longer line is prose, not one funder's row


def coordinated_funder_facts(sents: Sequence[Sentence], per_sentence: Sequence[Sequence[Mention]],
                             facts: Sequence[Fact], text: str) -> list[Fact]:
    """funds facts for the other members of each list one of whose members a rule read funding something, and for
    each line under a funders' heading."""
    anchors = [f for f in facts if f.predicate == "funds" and f.confidence >= ANCHOR_CONFIDENCE]
    headed = _heading_lists(per_sentence, text)
    if not anchors and not headed:
        return []
    # a pair already related by money either way is left as it is; a runner or partner named in a list of funders
    # ("finansierad av A, B kommun och C", where B also owns the project) funds it too, as the list says
    related = related_pairs(f for f in facts if f.predicate in MONEY_PREDICATES)
    starts = [s.start for s in sents]
    out: list[Fact] = []
    seen: set[tuple[str, str]] = set()

    def add(member: Mention, fact: Fact, ev: Evidence) -> None:
        pair = (member.iri or "", fact.object)
        if not member.iri or member.iri in {fact.subject, fact.object} or pair in seen \
                or pair in related or (pair[1], pair[0]) in seen:
            return
        seen.add(pair)
        out.append(Fact(member.iri, "funds", fact.object, ev, RULE, CONFIDENCE))

    for f in anchors:
        at = bisect_right(starts, f.evidence.start) - 1
        if at < 0:
            continue
        names = sorted(outermost([m for m in per_sentence[at] if m.iri]), key=lambda m: m.start)
        donation = _DONATION.search(sents[at].text) is not None
        for k, m in enumerate(names):
            if m.iri == f.subject:
                for member in _chain(names, k, text):
                    if donation and member.type == "Municipality":
                        continue  # a town beside a donation's givers is no donor (funds:donor-list's reading)
                    if in_role(member, sents[at]):
                        continue  # "(kumppanina Keski-Suomen liitto, EAKR)": a role word names its part, not funding
                    add(member, f, Evidence(sents[at].text, sents[at].start, sents[at].end))
    # under a funders' heading the heading says what each line is; what they fund is what a rule read one of them
    # funding (any rule: the lines are separate sentences, read by the fallbacks), else the document's project
    if not headed:
        return out
    funds = [f for f in facts if f.predicate == "funds"]
    topic = most_named_project(per_sentence)  # a count over every mention: only for a document with such a heading
    for members, ev in headed:
        iris = {m.iri for m in members}
        objects = {f.object for f in funds if f.subject in iris} or ({topic} if topic else set())
        for obj in objects:
            for member in members:
                add(member, Fact("", "funds", obj, ev, RULE, CONFIDENCE), ev)
    return out


def _chain(names: list[Mention], k: int, text: str) -> list[Mention]:
    """The other members of the coordination that names[k] stands in: neighbours of an organisation kind in the
    same case, with nothing but a list's joints between them."""
    anchor = names[k]
    if not can_fund(anchor):
        return []
    out: list[Mention] = []
    for step in (-1, 1):
        j = k
        while 0 <= j + step < len(names):
            a, b = (names[j + step], names[j]) if step < 0 else (names[j], names[j + step])
            nxt = names[j + step]
            if not can_fund(nxt) or not _same_case(anchor, nxt) or not _JOINT.fullmatch(text[a.end:b.start]):
                break
            out.append(nxt)
            j += step
    return out


def region_authority(m: Mention) -> bool:
    """A Swedish region named as its authority ("Region Örebro län", "Region Västmanland har beviljat"): the
    regional council, which gives money; a bare region name ("Pohjois-Karjala") is an area and gives nothing.
    One test for every funds rule that reads a region as a giver (here, funder_sections.py, header_granter.py)."""
    return m.type == "Region" and m.surface.startswith("Region ")


def can_fund(m: Mention) -> bool:
    """An organisation that can give money; a region only as its authority (region_authority: "Kulturrådet, Region
    Örebro län samt Region Västmanland"), never a bare area name. Shared with funder_sections.py, whose lines under
    a funders' heading are the same kind of list."""
    return m.type in MEMBER_TYPES or region_authority(m)


def _same_case(a: Mention, b: Mention) -> bool:
    return a.case == b.case or a.case is None or b.case is None


def _heading_lists(per_sentence: Sequence[Sequence[Mention]], text: str) -> list[tuple[list[Mention], Evidence]]:
    """The organisations of the lines under each funders' heading, one a line, with the block as evidence."""
    mentions = sorted(outermost([m for ms in per_sentence for m in ms if m.iri]), key=lambda m: m.start)
    out: list[tuple[list[Mention], Evidence]] = []
    for heading in matches(_FUNDERS_HEADING, text):
        members: list[Mention] = []
        at = heading.end() + 1
        end = at
        while at < len(text):
            nl = text.find("\n", at)
            stop = len(text) if nl < 0 else nl
            line = text[at:stop]
            if line.strip():
                lead = at + BULLET.match(line).end()  # type: ignore[union-attr]
                first = next((m for m in mentions if m.start == lead), None)
                if first is None or first.type not in MEMBER_TYPES or len(line.split()) > MAX_LINE_WORDS:
                    break
                members.append(first)
                end = stop
            at = stop + 1
        if len(members) >= 2:
            out.append((members, Evidence(text[heading.start():end], heading.start(), end)))
    return out

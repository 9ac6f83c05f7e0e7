"""People printed with their organisation right after the name, "Anna Kivi TAMK", wherever a page runs such pairs.

A report's contents list its articles' authors with their organisations ("Hollannin opintomatka Anna Kivi TAMK
Kulttuuri ja ikääntyneet Ville Mäki Esimerkkiinstituutti ..."), a programme or a caption its speakers, an
attendance table its members: each person with the organisation they come from in the next cell, which a
transcript runs on into the same line without a comma. Finnish and Swedish prose never writes a person's name and
an organisation's name in the nominative side by side (it says "TAMKin Anna Kivi", "Anna Kivi TAMKista"), so the
pair is a cell layout; the attendance-run rule (extract/name_org_runs.py) reads it only after a "Läsnä" cue.

A pair is a person, spaces only (no line break, no comma), then an organisation of its own in the nominative (an
association, a company, a parish, a joint authority, an agency, a ministry, a competence centre; no town or region,
which is where a person lives as often) that no colon or dash follows, nor a town's name (the organisation's local
branch, "MLL Mallila", read short). Names joined to the pair's person by a comma or "ja" ("Anna Kivi ja Ville Mäki
Esimerkin Eläkeläiset ry", a caption's row) share the organisation. Only a document with at least three pairs
is read: one pair may be a misread name ("Eino Leino Seura ry").
"""

from __future__ import annotations

import re

from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.spans import SpanIndex

RULE = "holdsPost:name-org-pair"
CONFIDENCE = 0.5
MIN_PAIRS = 3
_ORG_TYPES = frozenset({"Association", "Company", "Parish", "JointAuthority", "Agency", "Ministry",
                        "CompetenceCentre"})
_SPACES = re.compile(r"[ \t]+")
# a local or translative case's ending on the name, however its case was read ("vastaanottivat Anna Kivi Pomerokoista"):
# where the person came from, in a sentence, not a cell's organisation
_CASE_ENDING = re.compile(r"(?:sta|stä|lta|ltä|ssa|ssä|lla|llä|lle|ksi|iin|hin|seen)$")
_JOINED = re.compile(r"[ \t]*(?:,|\bja\b|\boch\b|\bsekä\b)[ \t]*")
# what may not follow the organisation: a colon or a dash opening a label or a title ("TAMK: ...", "ry - ...")
_LABEL_AFTER = re.compile(r"[ \t]*(?::|[-–—](?=\s))")


def name_org_pair_facts(mentions: list[Mention], text: str, facts: list[Fact]) -> list[Fact]:
    """holdsPost of each person printed right before an organisation's name (see the module's doc)."""
    people = sorted((m for m in mentions if m.type == "Person" and m.iri), key=lambda m: m.start)
    if len(people) < MIN_PAIRS:
        return []
    orgs = SpanIndex(sorted((m for m in mentions if m.iri and m.type in _ORG_TYPES and m.case in {None, "nimento"}),
                            key=lambda m: m.start))
    towns = SpanIndex(sorted((m for m in mentions if m.type == "Municipality"), key=lambda m: m.start))
    pairs: list[tuple[Mention, Mention]] = []
    for k, p in enumerate(people):
        gap = _SPACES.match(text, p.end)
        if gap is None:
            continue
        org = orgs.longest_at(gap.end())
        if org is None or _LABEL_AFTER.match(text, org.end) or _CASE_ENDING.search(org.surface):
            continue
        after = _SPACES.match(text, org.end)
        if after is not None and towns.starting_in(after.end(), after.end() + 1):
            continue  # "Anna Kivi MLL Mallila": the organisation's local branch, whose name no rule read whole
        pairs.append((p, org))
        # "Anna Kivi ja Ville Mäki Esimerkin Eläkeläiset ry": the names joined to the pair's share its organisation
        while k > 0 and _JOINED.fullmatch(text, people[k - 1].end, people[k].start):
            k -= 1
            pairs.append((people[k], org))
    if len({p.start for p, _ in pairs}) < MIN_PAIRS:
        return []
    have = {(f.subject, f.object) for f in facts if f.predicate == "holdsPost"}
    out: list[Fact] = []
    for p, org in pairs:
        if (p.iri, org.iri) in have:
            continue
        have.add((p.iri, org.iri))  # type: ignore[arg-type]
        out.append(Fact(p.iri, "holdsPost", org.iri, Evidence(text[p.start:org.end], p.start, org.end),  # type: ignore[arg-type]
                        RULE, CONFIDENCE))
    return out

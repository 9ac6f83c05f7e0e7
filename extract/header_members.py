"""The town whose minutes name one joint authority in their head is a member of it (issue 12).

A kuntayhtymä's minutes, meeting notice or page names the authority in its letterhead and its member towns further on:
in attendance rows, lists of representatives, cost shares, the towns whose services it runs. The wording differs from
one document to the next (a table, "Kemi: edustaja X", "kuntaosuudet"), so no phrase rule reads it; that the document
is the authority's own says it. Where the reference data knows the authority's area (data/joint_authorities.csv)
only its member towns count: an authority whose area is a whole region (a regional council, whose pages name towns for
their projects, or a sub-regional authority the data places only by its region) takes none, and a hospital district's
minutes naming a partner city give nothing for it; an authority the data does not know takes every town its
document names. Measured with the towns of a known region counted as members too, the facts were right less often
(dev +17 right of +39, the writing half +0 of +10), so the area is the reference data's list of towns alone.

Measured on the held-back half and dev together, the facts this adds were right 14 times of 27 (most of the rest are
true memberships the gold leaves out), so the confidence stays at the strict graph's edge.

Twenty-third session: only the town whose minutes these are is read now, where the town or its board heads the page
(a town's board choosing its delegates to the authority's meeting). The towns an authority's own minutes name
(attendance rows, a delegate's home town, a partner city) are members by the annotation only where the text says so
(ANNOTATION.md: membership optional unless stated), and the dev gold (493 documents) left 16 of 22 such facts out and
required none of them; the phrase rules (membership.py, member_leads.py, member_tables.py) read the stated lists.
Dev facts P 0.939 -> 0.943, F1 0.860 -> 0.862, the one required fact (Hollola's) kept.
"""

from __future__ import annotations

from welfare_kg.extract.layout import OPENING_CHARS
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.reference_areas import reference_areas

RULE = "partOf:header-authority-member"
CONFIDENCE = 0.5
# a document with a head and a body: in a text of a sentence or two, the opening is all there is, and an
# authority named there is one party of what the sentence says ("A ja B tekevät yhteistyötä X:n kanssa")
MIN_CHARS = 2 * OPENING_CHARS
_HEAD_KINDS = {"Municipality", "Body", "JointAuthority"}  # what a page of minutes opens with


def header_member_facts(text: str, mentions: list[Mention], own_town: str | None = None) -> list[Fact]:
    """The town whose minutes these are, named in the head before the one joint authority the head names, is part of
    that authority (where the reference data lists the authority's area, only a town in it)."""
    if len(text) < MIN_CHARS or own_town is None:
        return []
    # a letterhead or a title names its authority in the nominative ("X:n kanssa" is a partner)
    heads = [m for m in mentions if m.type == "JointAuthority" and m.iri and m.start < OPENING_CHARS
             and m.case in {None, "nimento"}]
    if len({m.iri for m in heads}) != 1:
        return []
    authority = heads[0].iri
    members = reference_areas().get(authority, frozenset())
    if members and own_town not in members:
        return []
    # the town or its board heads the page ("HOLLOLAN KUNTA", "Kunnanhallitus, kokous 23.5.2022"): an authority's own
    # minutes open with its name, and the towns below it (attendance rows) are no publisher's
    first = min((m for m in mentions if m.type in _HEAD_KINDS and m.iri), key=lambda m: m.start, default=None)
    town = next((m for m in mentions if m.iri == own_town), None)
    if first is None or first.type == "JointAuthority" or town is None:
        return []
    return [Fact(own_town, "partOf", authority, Evidence(town.surface, town.start, town.end),  # type: ignore[arg-type]
                 RULE, CONFIDENCE)]

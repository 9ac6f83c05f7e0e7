"""A funder and its fund in parentheses right after a project's name: funds (funds:bracketed-funder).

Lists of projects and news of regional development name each project's money in brackets after its name:
"Ikäpolku-hanke (Pohjois-Pohjanmaan liitto, EAKR)", "Arjen tuki (ESR, Etelä-Savon ELY-keskus)", "- Kotiin
(Keski-Suomen liitto / AKKE, 2023-2025)". No verb says funding, so no sentence rule reads it; the bracket's layout
does: a granting authority (a regional council, an ELY centre or other state agency, a ministry) standing beside a
fund or funding instrument (EAKR, ESR, ESR+, AKKE, JTF, maakunnan kehittämisraha, a Programme mention) in the same
bracket. Without the fund word the bracket may name the project's runner ("Ikäpolku (Pohjois-Savon liitto)"), so
it gives nothing; a town or other organisation beside a fund is as often the runner and is left alone.

The authority funds the project, and so does the fund named as a Programme (ANNOTATION.md: funding "via ESR" gives
both the ELY centre and the fund as funders).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from welfare_kg.extract.model import Evidence, Fact, Mention

RULE = "funds:bracketed-funder"
CONFIDENCE = 0.6
AUTHORITIES = {"Ministry", "Agency", "JointAuthority"}
# a regional council among joint authorities: the kind word of its name ("Pohjois-Savon liitto", "Satakuntaliitto",
# "Österbottens förbund"); a hospital district or a municipal joint authority grants no development money
_COUNCIL = re.compile(r"liit(?:to|on|olta)\b|förbund", re.IGNORECASE)
_FUND = re.compile(r"\b(?:EAKR|ESR\+?|AKKE|JTF|EAKR-|ESR-|EMKR|EMKVR|maakunnan\s+kehittämisraha\w*|"
                   r"elpymisväline\w*|Leader)", re.IGNORECASE)
# a role word in the bracket before the authority names its part in the project, not funding: "(kumppanina
# Etelä-Savon ELY-keskus, EAKR)", "(toteuttaja Keski-Suomen liitto, ESR)", "(partner: NTM-centralen, ERUF)"
_ROLE = re.compile(r"(?i)(?:kumppan|partner|toteutta|toteuttaj|hallinno|koordino|yhteistyö|samarbet|julkais|"
                   r"vetä|genomför|ägare|huvudman)\w*[ \t:]*$")
# the same role word right before a name, wherever it stands: "(kumppanina Keski-Suomen liitto)", "toteuttajana X"
# (extract/cooccurrence.py: a funder-kind organisation in that role is no funder of the sentence)
ROLE_BEFORE = re.compile(r"(?i)\b(?:kumppan|partner|toteutta|toteuttaj|hallinno|koordino|yhteistyö|samarbet|"
                         r"vetä|genomför|ägare|huvudman)\w*[ \t:]*$")
_OPEN = re.compile(r"[ \t]*\(([^()\n]{3,120})\)")


def bracketed_funder_facts(text: str, per_sentence: Sequence[Sequence[Mention]],
                           facts: Sequence[Fact]) -> list[Fact]:
    """funds from the granting authority (and the fund) in a bracket right after a project's name."""
    if "(" not in text:
        return []
    mentions = sorted((m for ms in per_sentence for m in ms if m.iri), key=lambda m: (m.start, -m.end))
    starts = [m.start for m in mentions]
    have = {(f.subject, f.object) for f in facts if f.predicate == "funds"}
    out: list[Fact] = []
    for p in mentions:
        if p.type != "Project" or p.generic:
            continue
        br = _OPEN.match(text, p.end)
        if br is None or not _FUND.search(br.group(1)):
            continue
        a, b = br.start(1), br.end(1)
        inside = [m for m in mentions[bisect_left(starts, a):bisect_left(starts, b)] if m.end <= b]
        authorities = [m for m in inside if m.type in AUTHORITIES
                       and (m.type != "JointAuthority" or _COUNCIL.search(m.surface))
                       and not _ROLE.search(text, max(a, m.start - 30), m.start)]
        if not authorities:
            continue
        funders = authorities + [m for m in inside if m.type == "Programme"]
        ev = Evidence(text[p.start:br.end()], p.start, br.end())
        for m in funders:
            pair = (m.iri or "", p.iri or "")
            if pair[0] != pair[1] and pair not in have:
                have.add(pair)
                out.append(Fact(pair[0], "funds", pair[1], ev, RULE, CONFIDENCE))
    return out

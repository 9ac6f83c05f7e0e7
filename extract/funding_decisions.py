"""A body's decision on funding a project, named so by the item's title: the body funds the project (issue 12).

A regional council's board (or a town's) decides one application an item, and its minutes title the item by what
is decided: "Päätös EAKR-projektin "X" rahoittamisesta", "Rahoituspäätös hankehakemuksesta 2015_004: X",
"Päätös projektin "Y" lisärahoituksesta". decides:minutes-item already reads that the body decides the project; the
title's word says what the decision is, a grant, so the body funds the project as well. The title, not the
decision text, carries the word: a transcript may keep only the list of items, with no decision text at all.

Nothing where the title speaks of an application only ("rahoitushakemus": it may be refused or sent on), of a
statement ("lausunto ... rahoittamisesta": another authority decides) or of an appeal against the decision
("Oikaisuvaatimus ... kuntavastinrahoituspäätöksestä"). The funder is the organisation the board is part of where a
rule placed it there (a regional council's board grants the council's money), else the board.

Measured at its start (dev of 493 documents): facts F1 0.853 -> 0.855, found 2231 -> 2240 of 2854, right 3226/3437 ->
3244/3457; the 90 of batches 8-16: F1 0.656 -> 0.668 (a regional council board's list of funding decisions); one
spurious fact on the other 403 (a board whose council no rule placed it in, where only the council was annotated).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from welfare_kg.extract.model import Evidence, Fact
from welfare_kg.records import MinutesItem

RULE = "funds:funding-decision"
CONFIDENCE = 0.55  # a decision's kind read from its title, not a sentence that grants
# "rahoittamisesta", "rahoituspäätös", "lisärahoituksesta", "rahoituksen myöntäminen", Swedish "finansieringsbeslut",
# "beviljande av finansiering"
_FUNDING_DECISION = re.compile(r"(?i)\b(?:rahoittamise\w*|\w*rahoituspäätö\w*|lisärahoitukse\w*|"
                               r"rahoituksen\s+myöntämi\w*|finansieringsbeslut\w*|beviljande\s+av\s+finansiering)")
# a statement on another's decision, an application or a refusal: no grant by this body
_NOT_GRANTED = re.compile(r"(?i)\b(?:lausun\w*|yttrande\w*|utlåtande\w*|hylkä\w*|hylät\w*|avslå\w*|"
                          r"oikaisuvaatimu\w*|valitu\w*|muutoksenhaku\w*|besvär\w*|rättelseyrkande\w*)")
# the organisation a deciding board is part of grants with its money: "or its municipality" (eval/ANNOTATION.md)
_GRANTING_ORGANISATIONS = {"JointAuthority", "Municipality", "WellbeingCounty"}
_DECIDED = ("decides:minutes-item", "decides:contents-title")


def funding_decision_facts(items: Sequence[MinutesItem], facts: Sequence[Fact], types: dict[str, str],
                           text: str) -> list[Fact]:
    """funds(body, project) for each project a body decides under an item title that names a funding decision."""
    have = {(f.subject, f.object) for f in facts if f.predicate == "funds"}
    owner = {f.subject: f.object for f in facts if f.predicate == "partOf" and types.get(f.object) in
             _GRANTING_ORGANISATIONS}
    spans = sorted((it.start, it.end, it.title or "") for it in items)
    starts = [s for s, _, _ in spans]  # bisected per fact: an item per decision, not a scan of every item
    out: list[Fact] = []
    for f in facts:
        if f.predicate != "decides" or f.rule not in _DECIDED or types.get(f.object) != "Project":
            continue
        title = _title_of(f, spans, starts, text)
        if not title or not _FUNDING_DECISION.search(title) or _NOT_GRANTED.search(title):
            continue
        funder = owner.get(f.subject, f.subject)
        if (funder, f.object) in have or (f.subject, f.object) in have:
            continue
        have.add((funder, f.object))
        out.append(Fact(funder, "funds", f.object, Evidence(title[:400], f.evidence.start, f.evidence.end),
                        RULE, CONFIDENCE))
    return out


def _title_of(f: Fact, items: Sequence[tuple[int, int, str]], starts: Sequence[int], text: str) -> str:
    """The item title a decides fact was read under: its item's title, or for a title in the list of contents
    (decides:contents-title, whose evidence is the name alone) the contents line around the name. `items` are
    sorted by start, `starts` their starts."""
    if f.rule == "decides:contents-title":
        return _contents_entry(text, f.evidence.start, f.evidence.end)
    k = bisect_right(starts, f.evidence.start) - 1
    if k >= 0 and f.evidence.start < items[k][1]:
        return items[k][2]
    return ""


_ENTRY_REACH = 80  # characters either side of a name in a run-on list of contents that still belong to its entry


def _contents_entry(text: str, start: int, end: int) -> str:
    """The entry of a run-on list of contents around a name: from the item number before it to the one after."""
    before = text[max(0, start - _ENTRY_REACH):start]
    after = text[end:end + _ENTRY_REACH]
    head = re.split(r"(?:^|\s)\d{1,3}\s+(?=[A-ZÅÄÖ])", before)[-1]
    tail = re.split(r"\s\d{1,3}\s+(?=[A-ZÅÄÖ])", after)[0]
    return head + text[start:end] + tail

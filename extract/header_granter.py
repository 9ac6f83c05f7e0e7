"""Receivers of the one granter a grant document names in its opening (issue 12).

A foundation's, a ministry's, a Leader group's or a town's news of its grants names the giver once, in the headline,
lead or letterhead ("X myönsi avustuksia", "X:n avustukset 2024"), and each receiver further on in a row or sentence
of its own with its sum ("Y ry 5 000 euroa", "Z:n hankkeelle 12 000 €"). No sentence names both, so the sentence rules
find nothing; that the document is the granter's grant news says who pays. This is the structural reading of
header_members.py for funds: one funder-kind organisation in the first OPENING_CHARS characters together with a word of
granting there, then every later sentence that pairs receiving organisations or projects one for one with euro sums
gives a fact for each, unless another rule already named a funder of that receiver (those rules read the sentence).

Measured paired (dev 253 documents, the writing and held-back halves of sets 1-7): it adds one right fact on dev and
none on either half. The sentence rules (granter_focus.py, anaphor_receivers.py, grant_receipts.py) already take
most receivers of grant news on the sets we tune on; this rule is for the rows they leave, such as the second name
of "A sai N euroa ja B M euroa" and a bare row "Y ry 5 000 euroa". It is a guess from layout, not a reading of a
sentence, so its confidence is below the strict graph's 0.5.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from welfare_kg.extract.allative_grants import RECEIVER_TYPES
from welfare_kg.extract.layout import OPENING_CHARS
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.money import Amount, find_amounts
from welfare_kg.extract.spans import outermost
from welfare_kg.extract.text import Sentence

RULE = "funds:header-granter"
CONFIDENCE = 0.45
# sentences with neither a sum nor a word of granting after which the grant news is over (granter_focus.py keeps a
# granter named in a sentence for a like stretch)
SPAN = 4
# boards and agencies hand out grants as their office; a town, an association or a company in an opening is as often
# the subject of the news as its giver, so they count only where no board or agency is named there
OFFICE_TYPES = {"Agency", "Ministry", "Body", "Parish"}
FUNDER_TYPES = OFFICE_TYPES | {"Association", "JointAuthority", "Municipality", "Company"}
# the giver is the subject ("X myönsi"), the owner ("X:n avustukset") or the source ("X:ltä sai tukea")
_GIVER_CASES = {None, "nimento", "omanto", "ulkoeronto"}
# a word of granting in the opening: the document is about money handed out
_GRANT = re.compile(r"(?i)\b(?:myön|jak[oa]|jaett|avustu|apura|tuki|tuke|tuen|rahoit|stipend"
                    r"|bevilj|bidrag|stöd|understöd|finansier)")
# a sentence naming a programme, a ministry or an agency as well may be about another giver
_OTHER_GIVERS = {"Agency", "Ministry", "Programme"}


def header_granter_facts(sents: Sequence[Sentence], per_sentence: Sequence[Sequence[Mention]],
                         facts: Sequence[Fact], text: str) -> list[Fact]:
    """funds facts from the opening's one granter to each later receiver a sentence pairs with one euro sum."""
    head = [m for ms in per_sentence for m in ms if m.start < OPENING_CHARS and m.iri and not m.generic]
    granter = _granter(head)
    if granter is None or not _GRANT.search(text[:OPENING_CHARS]):
        return []
    # the other organisations of the opening are the granter's partners or the headline's subject, not receivers
    opening = {m.iri for m in head}
    funded = {f.object for f in facts if f.predicate == "funds"}
    first = min(m.end for m in head if m.iri == granter)
    out: list[Fact] = []
    seen: set[str] = set()
    idle = 0
    for s, ms in zip(sents, per_sentence, strict=False):
        if s.start < first:
            continue
        amounts = [a for a in find_amounts(s.text, s.start) if not a.share]
        idle = 0 if amounts or _GRANT.search(s.text) else idle + 1
        if idle > SPAN:
            break  # the grant news is over: what the page says after a stretch of other talk is not its grants
        if any(m.iri == granter or (m.type in _OTHER_GIVERS and m.iri != granter) for m in ms):
            continue
        for receiver, amount in _pairs(ms, amounts):
            if receiver in funded or receiver in seen or receiver in opening:
                continue
            seen.add(receiver)
            out.append(Fact(granter, "funds", receiver, Evidence(s.text, s.start, s.end), RULE, CONFIDENCE,
                            amount=amount.value))
    return out


def _granter(head: Sequence[Mention]) -> str | None:
    """The one office of the opening that may give (of several, the one subject), else its one other funder-kind
    organisation; a name inside another name ("Oulun kaupungin" in "Oulun kaupungin lähidemokratiatoimikunta") is
    the outer one's owner."""
    givers = [m for m in outermost(head) if m.type in FUNDER_TYPES and m.case in _GIVER_CASES]
    for kinds in (OFFICE_TYPES, FUNDER_TYPES):
        iris = {m.iri for m in givers if m.type in kinds}
        if len(iris) > 1:  # "X myönsi ... Euroopan unionin rahoittamalle": the subject gives, the genitive co-funds
            iris = {m.iri for m in givers if m.type in kinds and m.case in {None, "nimento"}}
            return next(iter(iris)) if len(iris) == 1 else None
        if iris:
            return next(iter(iris))
    return None


def _pairs(ms: Sequence[Mention], amounts: list[Amount]) -> list[tuple[str, Amount]]:
    """Each receiver with the sum written after it and before the next receiver: "Y ry 5 000 euroa", "A sai
    8 000 euroa ja B 6 000 euroa". A sentence whose names and sums do not alternate one for one (two sums for one
    name, a sum before every name) pairs nothing; nor does a hedged sum ("noin 5 000 euroa")."""
    names = [m for m in ms if m.iri and not m.generic and m.type in RECEIVER_TYPES]
    names = sorted(outermost(names), key=lambda m: m.start)
    if not names or len({m.iri for m in names}) != len(names) or len(amounts) != len(names):
        return []
    if len(names) == 1:  # one name, one sum: in either order ("(2,2 milj. euroa) myönnettiin X:lle")
        return [] if amounts[0].approximate else [(names[0].iri or "", amounts[0])]
    bounds = [m.start for m in names[1:]] + [amounts[-1].end]
    out: list[tuple[str, Amount]] = []
    for m, a, limit in zip(names, amounts, bounds, strict=True):
        if not m.end <= a.start < limit or a.approximate:  # the last bound: the sentence's last sum
            return []
        out.append((m.iri or "", a))
    return out

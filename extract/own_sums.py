"""Several funders each written with a sum of its own: each fact gets its own sum (issue 12, amounts).

A row or a sentence often names two or more funders, each followed by what it gives: "Rahoitus: A 80 000 €,
B 20 000 €", "Rahoittajat: A (80 000 €) ja B (20 000 €)", "Hanketta rahoittavat A 80 000 eurolla ja B 20 000
eurolla". The rules that read who funds take such a list whole and leave the sums off (a sentence with two sums
is no one grant's sum: sentence_sums.py), so the graph holds the funders without what each gives. The layout says
which sum is whose: the one sum right after a funder's name, before the next funder, with nothing between but a
bracket, a dash or a list's joiner. Any other word in those gaps (a purpose, a year, a clause) and the row is not
such a list, and nothing is given.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from welfare_kg.extract.model import Fact, Mention
from welfare_kg.extract.money import Amount, find_amounts
from welfare_kg.extract.spans import outermost
from welfare_kg.extract.text import Sentence

SUFFIX = "+amount:own-sums"
# what may stand around a funder's own sum: "A 80 000 €, B ...", "A (80 000 €) ja B ...", "A: 80 000 €; B ..."
_GAP = re.compile(r"[ \t:–-]*\(?[ \t]*\)?[ \t]*(?:,|;|/|\bja\b|\bsekä\b|\boch\b|\bsamt\b)?[ \t]*")


def own_sums(text: str, orgs: Sequence[Mention], end: int) -> list[tuple[Mention, Amount]] | None:
    """(funder, its sum) for each of two or more funders in text order, each followed by exactly one sum of its own
    before the next one (the last before `end`); None when the text between them holds anything else."""
    if len(orgs) < 2:
        return None
    out: list[tuple[Mention, Amount]] = []
    for k, m in enumerate(orgs):
        stop = orgs[k + 1].start if k + 1 < len(orgs) else end
        sums = [a for a in find_amounts(text[m.end:stop], m.end) if not a.share]
        if len(sums) != 1:
            return None
        a = sums[0]
        if _GAP.fullmatch(text[m.end:a.start]) is None or _GAP.fullmatch(text[a.end:stop].rstrip(" .\t")) is None:
            return None
        out.append((m, a))
    return out


def own_sum_amounts(text: str, sents: Sequence[Sentence], per_sentence: Sequence[Sequence[Mention]],
                    facts: Sequence[Fact]) -> None:
    """Give the funds facts of one sentence that lists their funders with a sum each their own sums."""
    by_sentence: dict[tuple[int, int], list[Fact]] = {}
    for f in facts:
        if f.predicate == "funds" and f.amount is None and f.share is None:
            by_sentence.setdefault((f.evidence.start, f.evidence.end), []).append(f)
    if not any(len(fs) >= 2 for fs in by_sentence.values()):
        return
    for s, ms in zip(sents, per_sentence, strict=False):
        fs = by_sentence.get((s.start, s.end), [])
        if len(fs) < 2 or len({f.object for f in fs}) != 1:
            continue
        subjects = {f.subject for f in fs}
        orgs = sorted((m for m in outermost([m for m in ms if m.iri in subjects])), key=lambda m: m.start)
        if len(orgs) != len(subjects):  # each funder named once: a name said twice leaves whose sum unclear
            continue
        pairs = own_sums(text, orgs, s.end)
        if pairs is None:
            continue
        sums = {m.iri: a for m, a in pairs}
        for f in fs:
            a = sums[f.subject]
            f.amount = a.value
            f.amount_qualifier = "approximate" if a.approximate else None
            f.rule += SUFFIX


GAPPED_RULE = "funds:gapped-funder"
GAPPED_CONFIDENCE = 0.6
FUNDER_TYPES = {"Ministry", "Agency", "CompetenceCentre", "JointAuthority", "WellbeingCounty", "Municipality",
                "Company", "Association", "Parish"}
# "... N euroa ja": the first grant's sum ends, a second subject follows with the verb left out
_AND_AFTER_SUM = re.compile(r"[ \t]*(?:ja|sekä|och)[ \t]+")
# after the second subject only its own sum, then the clause ends
_CLAUSE_END = re.compile(r"[ \t]*(?:[.;]|$)")


def gapped_funder_facts(sents: Sequence[Sentence], per_sentence: Sequence[Sequence[Mention]],
                        facts: Sequence[Fact]) -> list[Fact]:
    """"A myönsi hankkeelle 80 000 euroa ja B 20 000 euroa": the second subject, with the verb left out, gives its
    own sum to what the first one funds.

    Read only where a rule stated the first grant with its sum, the sum is followed by "ja" and an organisation in
    the nominative, and that organisation by one sum and the end of the clause: nothing else may stand between.
    """
    out: list[Fact] = []
    granted = [f for f in facts if f.predicate == "funds" and f.amount is not None]
    if not granted:
        return out
    related = {(f.subject, f.object) for f in facts if f.predicate == "funds"}
    by_span = {(s.start, s.end): (s, ms) for s, ms in zip(sents, per_sentence, strict=False)}
    for f in granted:
        hit = by_span.get((f.evidence.start, f.evidence.end))
        if hit is None:
            continue
        s, ms = hit
        sums = [a for a in find_amounts(s.text, s.start) if not a.share]
        first = next((a for a in sums if a.value == f.amount), None)
        if first is None:
            continue
        joint = _AND_AFTER_SUM.match(s.text, first.end - s.start)
        if joint is None:
            continue
        at = s.start + joint.end()
        second = next((m for m in outermost([m for m in ms if m.iri]) if m.start == at), None)
        if second is None or second.type not in FUNDER_TYPES or second.case not in {"nimento", None} \
                or second.iri in {f.subject, f.object} or (second.iri, f.object) in related \
                or (f.subject, second.iri) in related:
            continue  # the second is one more receiver of the same giver ("saivat A 600 euroa ja B 900 euroa")
        receiver = next((m for m in reversed(ms) if m.iri == f.object and m.end <= first.start), None)
        if receiver is not None and receiver.case == "nimento":
            continue  # "A N euroa ja B M euroa" after a receiving verb: a list of receivers, not of givers
        own = next((a for a in sums if a.start > second.end), None)
        if own is None or s.text[second.end - s.start:own.start - s.start].strip() \
                or _CLAUSE_END.match(s.text, own.end - s.start) is None:
            continue
        related.add((second.iri, f.object))
        out.append(Fact(second.iri, "funds", f.object, f.evidence, GAPPED_RULE, GAPPED_CONFIDENCE, amount=own.value,
                        amount_qualifier="approximate" if own.approximate else None))
    return out

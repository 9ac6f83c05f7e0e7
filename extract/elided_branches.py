"""Two local branches of one national association that share its genitive and one plural branch word: "SPR:n
Janakkalan ja Tervakosken osastot", "Eläkeliiton Kiteen ja Tohmajärven yhdistyksille".

Finnish names the association once and puts the branch word in the plural, so neither branch's name ("SPR:n
Janakkalan osasto", which the recogniser reads when written alone) stands whole. Left as it was, the national
association is the one named, and a donation "to the Red Cross's Janakkala and Tervakoski branches" became a
donation to the Red Cross. Here an association's genitive, two capitalised genitives joined by "ja" and a plural
branch word name one branch each, labelled as a branch written alone is ("<association's genitive> <place's
genitive> <branch word>"); the association and the places read inside give way to them.
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.names import fold
from welfare_kg.extract.resolve import mint
from welfare_kg.extract.spans import SpanIndex

RULE = "elided-branch"
# the words for a national association's local unit (the singular district rule's heads, extract/entities.py)
_BRANCH_HEADS = frozenset({"osasto", "paikallisosasto", "alaosasto", "yhdistys", "paikallisyhdistys", "piiri",
                           "kerho", "jaosto"})
_GENITIVE = r"[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?n"
_TAIL = re.compile(rf"[ \t]+(?P<a>{_GENITIVE})[ \t]+ja[ \t]+(?P<b>{_GENITIVE})[ \t]+(?P<head>[a-zåäö]{{4,}})(?![\w-])")
_OTHERS = frozenset({"Municipality", "Region", "CooperationArea"})
_GUESS = "listed-receiver"  # a receiver list's item read as "Yn osastot" (extract/listed_receivers.py)


def _plural_branch(word: str, morph: Morphology) -> tuple[str, str | None] | None:
    """(singular base, case) of a plural branch word ("osastot", "yhdistyksille"), else None."""
    readings = [a for a in morph.analyse(word) if a.base.lower() in _BRANCH_HEADS]
    if not readings or any(a.number != "plural" for a in readings):
        return None
    cases = {a.case for a in readings}
    return readings[0].base.lower(), (next(iter(cases)) if len(cases) == 1 else None)


def elided_branch_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                           morph: Morphology) -> list[list[Mention]]:
    """per_sentence with a branch association for each of two places' genitives between a national association's
    genitive and one plural branch word."""
    if " ja " not in text:
        return per_sentence
    mentions = [m for ms in per_sentence for m in ms]
    owners = [m for m in mentions if m.type == "Association" and m.surface.endswith("n") and m.surface[:1].isupper()]
    if not owners:
        return per_sentence
    have = SpanIndex(mentions)
    added: list[Mention] = []
    drop: set[int] = set()
    for owner in owners:
        m = _TAIL.match(text, owner.end)
        if m is None or (branch := _plural_branch(m.group("head"), morph)) is None:
            continue
        inside = [x for x in have.overlapping(m.start("a"), m.end("head")) if x is not owner]
        if any(x.type not in _OTHERS and x.rule != _GUESS for x in inside):
            continue  # a name of its own read inside: left as it was (a list item's guess gives way)
        base, case = branch
        for part, start, end in (("a", owner.start, m.end("a")), ("b", m.start("b"), m.end("head"))):
            label = f"{owner.surface} {m.group(part)} {base}"
            added.append(Mention(start=start, end=end, surface=text[start:end], label=label, type="Association",
                                 case=case, rule=RULE, iri=mint("Association", fold(label)),
                                 key=fold(label) or None))
        drop.add(id(owner))
        drop.update(id(x) for x in inside)
    return insert_mentions(per_sentence, starts, added, drop) if added else per_sentence

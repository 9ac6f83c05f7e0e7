"""Swedish gifts and distributions of money with the receiver after "till": "Fonden delade ut 4 000 euro till
föreningen X", "Banken donerade 1 000 euro till X rf", "Stiftelsen skänkte X rf 2 000 euro".

Finland-Swedish news of foundations, banks and clubs give money with everyday verbs (dela ut, donera, skänka, ge)
rather than the official "bevilja" that funds:grant-verb reads. The giver is the name right before the verb (an
auxiliary "har"/"hade" between); the receiver is the one name right after "till" (a kind word such as "föreningen"
between), or, with no "till", the name right after the verb ("skänkte X rf 2 000 euro"). The clause must hold a sum
in euros, so "gav råd till föreningen" or "delade ut priser till X" states nothing.
"""

from __future__ import annotations

import re

from welfare_kg.extract.model import Fact, Mention
from welfare_kg.extract.prefilter import guarded
from welfare_kg.extract.relations import FUNDERS, ORGS, UNDERTAKINGS, Clause, rule

RULE = "funds:swedish-gift"
_GIVERS = FUNDERS | {"Parish", "Body"}
_TAKERS = (ORGS - {"Body"}) | UNDERTAKINGS
_VERB = guarded(re.compile(r"[ \t]+(?:(?:har|hade)[ \t]+)?(?:(?:också|även)[ \t]+)?"
                           r"(?:delade[ \t]+ut|delar[ \t]+ut|delat[ \t]+ut|donerade|donerar|donerat|skänkte|skänker|"
                           r"skänkt|gav|ger|gett|givit)(?![\w-])", re.IGNORECASE))
# after "till": the receiver, a kind word allowed before its name
_TILL = re.compile(r"\btill[ \t]+(?:(?:föreningen|projektet|organisationen|stiftelsen|klubben)[ \t]+)?$",
                   re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.;:!?](?:\s|$)|,\s+(?:som|men|och)\b")
# a prize or a thing given, not money: "delade ut priser", "gav råd"
_NOT_MONEY = re.compile(r"(?i)\bpris|\bstipendi|\bråd\b|\butmärk|\blån\b")


@rule(RULE, "funds", "'Fonden delade ut 4 000 euro till föreningen X', 'Banken donerade 1 000 euro till X rf'",
      needs="euros")
def _swedish_gift(c: Clause) -> list[Fact]:
    """The giver right before a Swedish verb of giving funds the one receiver after "till" (or right after the verb)."""
    if not c.euros:
        return []
    text, base = c.sent.text, c.sent.start
    ordered = sorted((m for m in c.free_named if m.iri), key=lambda m: m.start)
    for i, giver in enumerate(ordered):
        if giver.type not in _GIVERS or giver.case not in {"nimento", None}:
            continue
        verb = _VERB.match(text, giver.end - base)
        if verb is None:
            continue
        stop = _CLAUSE_END.search(text, verb.end())
        clause_end = stop.start() if stop else len(text)
        if _NOT_MONEY.search(text, verb.end(), clause_end):
            return []
        receiver = _receiver(ordered[i + 1:], text, base, verb.end(), clause_end)
        sums = [a for a in c.euros if verb.end() <= a.start - base < clause_end and not a.share]
        if receiver is None or receiver.type not in _TAKERS or receiver.iri == giver.iri or not sums:
            return []
        return [Fact(giver.iri or "", "funds", receiver.iri or "", c.ev, RULE, 0.65,
                     amount=sums[0].value if len(sums) == 1 else None, start_date=c.start, end_date=c.end)]
    return []


def _receiver(after: list[Mention], text: str, base: int, verb_end: int, clause_end: int) -> Mention | None:
    """The name after "till" in the clause, else the name standing right after the verb."""
    inside = [m for m in after if m.start - base < clause_end]
    tilled = [m for m in inside if _TILL.search(text, verb_end, m.start - base)]
    if tilled:
        return tilled[0]
    return inside[0] if inside and not text[verb_end:inside[0].start - base].strip() else None

"""The giver of money told as an agent: the genitive before a funding participle ("Kuopion kaupungin rahoittama
X-hanke", "X-hanke on Y:n tukema") and the "av" phrase after a Swedish passive of granting ("X rf har beviljats
2 000 euro av Y").

Finnish names the one who pays as the agent of a participle in the genitive right before it; the participle then
heads the thing paid for, or is predicated of it after "on/oli". funds:grant-verb reads the participle of
"rahoittaa" for ministries and agencies, but leaves towns out of its funders (a place named near a funding word is
seldom its giver), and no rule read "tukema" or "kustantama"; here the agent stands next to its own participle, so a
town or a company is its giver as plainly as a ministry. "tukea" also means support with advice and work, so its
participle counts only for an organisation whose support is money (support_grants.gives_money) or with a sum in
euros in the sentence.

Swedish puts the receiver first and the giver after "av": "Föreningen X har beviljats 2 000 euro av Y",
"X tilldelades ett bidrag av Y". funds:grant-verb takes such a receiver only when it is the sentence's project; this
reads the subject right before the passive verb, whatever its kind, and the giver named right after "av" in the same
clause. A passive without an "av" phrase names no giver, and none is supplied.
"""

from __future__ import annotations

import re

from welfare_kg.extract.activity_funders import genitive
from welfare_kg.extract.model import Fact, Mention
from welfare_kg.extract.prefilter import guarded
from welfare_kg.extract.relations import FUNDERS, ORGS, UNDERTAKINGS, Clause, rule
from welfare_kg.extract.support_grants import gives_money

PARTICIPLE_RULE = "funds:agent-participle"
PASSIVE_RULE = "funds:swedish-passive-agent"
_WEIGHT = 0.7
_GIVERS = FUNDERS | {"Parish", "Body", "Programme"}
_TAKERS = (ORGS - {"Body"}) | UNDERTAKINGS
# the agent participle of paying in any case but the illative "-maan" (also the infinitive: "pyysi X:n tukemaan"),
# an adverb of degree allowed before it ("X:n osittain rahoittama")
_PARTICIPLE = guarded(re.compile(
    r"[ \t]+(?:(?:osittain|osin|pääosin|kokonaan|myös|taloudellisesti)[ \t]+)?"
    r"(?P<verb>(?:osa|yhteis)?rahoittam|kustantam|tukem)"
    r"(?:a|an|aa|assa|asta|alla|alle|ana|at|ien|ia|issa|ista|ina)(?![\w-])", re.IGNORECASE))
# between the participle and the name it heads: nothing, or the word for the kind of undertaking ("rahoittama hanke X")
_HEAD_GAP = re.compile(r"[ \t]+(?:(?:hanke|hankkeen|hanketta|hankkeessa|projekti|projektin|projektia)[ \t]+)?")
# the copula between a subject and a predicated participle: "X-hanke on Y:n rahoittama"
_COPULA_BEFORE = re.compile(r"[ \t]+(?:on|oli|ovat|olivat|on[ \t]+ollut|oli[ \t]+ollut)[ \t]+$")


def _head(c: Clause, at: int) -> Mention | None:
    """The named organisation or undertaking the participle heads: it starts right after it (a kind word aside)."""
    text, base = c.sent.text, c.sent.start
    for m in sorted(c.named, key=lambda m: m.start):
        if m.start < at or not m.iri or m.type not in _TAKERS:
            continue
        gap = _HEAD_GAP.match(text, at - base)
        if gap is None or gap.end() != m.start - base:
            return None
        # "STM:n rahoittaman Kuntaliiton ja X Oy:n projektissa": an organisation in the genitive owns the thing the
        # participle heads, it is not that thing (a project's genitive is: "rahoittaman Y-hankkeen tulokset")
        return None if m.type not in UNDERTAKINGS and genitive(m) else m
    return None


def _subject(c: Clause, agent: Mention) -> Mention | None:
    """The named subject of a predicated participle: "X-hanke on Y:n rahoittama" (the copula right before Y)."""
    text, base = c.sent.text, c.sent.start
    copula = _COPULA_BEFORE.search(text, 0, agent.start - base)
    if copula is None:
        return None
    return next((m for m in c.named if m.iri and m.type in _TAKERS and m.end - base == copula.start()
                 and m.case in {"nimento", None}), None)


# the essive of the participle ("STEA:n tukemana", "RAY:n rahoittamana projektina") is predicated of the clause's
# subject: "Toiminta käynnistyi RAY:n rahoittamana", "Tämän vuoden alusta se tapahtuu STEA:n tukemana"
_ESSIVE = re.compile(r"(?:ana|ina)$", re.IGNORECASE)


def _essive_subject(c: Clause, agent: Mention, participle: str) -> str | None:
    """What an essive participle of paying is said of: a named undertaking or organisation in the nominative before
    the agent in the sentence, else (a pronoun or a word for the work as subject) the project the text is about."""
    if not _ESSIVE.search(participle):
        return None
    before = [m for m in c.named if m.iri and m.end <= agent.start and m.type in _TAKERS
              and m.case in {"nimento", None} and id(m) not in c.inside]
    if before:
        return max(before, key=lambda m: m.start).iri
    return c.target or c.ctx.main_project


@rule(PARTICIPLE_RULE, "funds", "'Kuopion kaupungin rahoittama X-hanke', 'X-hanke on Y-säätiön tukema'",
      needs="named")
def _agent_participle(c: Clause) -> list[Fact]:
    """The genitive agent of a participle of paying funds the name the participle heads or is predicated of."""
    text, base = c.sent.text, c.sent.start
    lowered = text.lower()
    if "rahoittam" not in lowered and "kustantam" not in lowered and "tukem" not in lowered:
        return []  # a substring test first: most sentences name no participle of paying
    out: list[Fact] = []
    for agent in c.free_named:
        if agent.case != "omanto" or not agent.iri or agent.type not in _GIVERS or agent.iri in c.ctx.funds:
            continue
        p = _PARTICIPLE.match(text, agent.end - base)
        if p is None:
            continue
        if p.group("verb").lower() == "tukem" and not (gives_money(agent) or c.euros):
            continue  # "kaupungin tukema": support may be advice or premises; money only from a giver of money
        taker = _head(c, base + p.end()) or _subject(c, agent)
        iri = taker.iri if taker is not None else _essive_subject(c, agent, p.group())
        if iri is None or iri == agent.iri or iri in c.ctx.funds:
            continue
        out.append(Fact(agent.iri, "funds", iri, c.ev, PARTICIPLE_RULE, _WEIGHT,
                        start_date=c.start, end_date=c.end))
    return out


# a Swedish passive of granting right after its subject: "har beviljats", "beviljades", "tilldelades"
_SV_PASSIVE = guarded(re.compile(r"[ \t]+(?:(?:har|hade)[ \t]+(?:(?:nu|också|även|redan)[ \t]+)?"
                                 r"(?:beviljats|tilldelats)|beviljades|tilldelades|beviljas|tilldelas)(?![\w-])",
                                 re.IGNORECASE))
_AV = re.compile(r"\bav[ \t]+$")
_CLAUSE_END = re.compile(r"[.;:!?]\s|,\s+(?:som|men|och\s+(?:har|hade|fick|får))\b")


@rule(PASSIVE_RULE, "funds", "'Föreningen X rf har beviljats 2 000 euro av Y', 'X tilldelades ett bidrag av Y'",
      needs="named")
def _swedish_passive_agent(c: Clause) -> list[Fact]:
    """The subject right before a Swedish passive of granting receives from the agent named after "av"."""
    text, base = c.sent.text, c.sent.start
    lowered = text.lower()
    if "bevilja" not in lowered and "tilldela" not in lowered:
        return []  # a substring test first: most sentences hold no Swedish passive of granting
    ordered = sorted((m for m in c.free_named if m.iri), key=lambda m: m.start)
    for i, taker in enumerate(ordered):
        if taker.type not in _TAKERS or taker.case not in {"nimento", None} or taker.iri in c.ctx.funds:
            continue
        verb = _SV_PASSIVE.match(text, taker.end - base)
        if verb is None:
            continue
        stop = _CLAUSE_END.search(text, verb.end())
        clause_end = stop.start() if stop else len(text)
        giver = next((m for m in ordered[i + 1:] if m.start - base < clause_end
                      and _AV.search(text, verb.end(), m.start - base)), None)
        if giver is None or giver.type not in _GIVERS or giver.iri == taker.iri:
            return []
        sums = [a for a in c.euros if verb.end() <= a.start - base < clause_end and not a.share]
        return [Fact(giver.iri, "funds", taker.iri, c.ev, PASSIVE_RULE, _WEIGHT,
                     amount=sums[0].value if len(sums) == 1 else None,
                     amount_qualifier="approximate" if len(sums) == 1 and sums[0].approximate else None,
                     start_date=c.start, end_date=c.end)]
    return []

"""A grant-giving agency's published proposal: "STEA esittää X ry:lle 105 000 euroa", "X ry:lle RAY esittää 105 000
euroa ja Y ry:lle 104 000 euroa", "STEA on tehnyt 350 000 euron avustusehdotuksen X ry:n toimintaan".

STEA (earlier RAY) publishes its yearly proposals, which the ministry then approves as they stand, and local news
report them with "esittää"/"ehdottaa" and "avustusehdotus"; eval/ANNOTATION.md counts such a published proposal as the
funding it proposes. Only an organisation that gives grants as its office proposes money here (a ministry, a paying
agency, or a name support_grants.gives_money knows), so a board that "esittää valtuustolle" states nothing. Each
receiver in the allative gets the first sum after it (before the next receiver); a receiver without a sum of its
own gets none and is left out.
"""

from __future__ import annotations

import re

from welfare_kg.extract.activity_funders import genitive
from welfare_kg.extract.allative_grants import allative_tail
from welfare_kg.extract.model import Fact, Mention
from welfare_kg.extract.money import Amount
from welfare_kg.extract.prefilter import guarded
from welfare_kg.extract.relations import ORGS, UNDERTAKINGS, Clause, is_paying_agency, rule
from welfare_kg.extract.support_grants import gives_money

RULE = "funds:grant-proposal"
_TAKERS = (ORGS - {"Body"}) | UNDERTAKINGS
# its short name in brackets may follow the giver's name: "Sosiaali- ja terveysjärjestöjen avustuskeskus (STEA) esittää"
_BRACKETS = r"(?:[ \t]*\([^()\n]{1,40}\))?"
_PROPOSES = guarded(re.compile(_BRACKETS + r"[ \t]+(?:(?:on|oli)[ \t]+)?"
                               r"(?:esittää|esitti|esittänyt|ehdottaa|ehdotti|ehdottanut)(?![\w-])", re.IGNORECASE))
# "on tehnyt N euron avustusehdotuksen X:n toimintaan"
_MADE = re.compile(_BRACKETS + r"[ \t]+(?:on[ \t]+|oli[ \t]+)?(?:tehnyt|teki)[ \t]+$", re.IGNORECASE)
_PROPOSAL_NOUN = re.compile(r"[ \t]+(?:avustusehdotuksen|rahoitusehdotuksen|avustusesityksen)[ \t]+", re.IGNORECASE)
# the activity after the genitive owner, its short name in brackets allowed between ("X:n (Y ry) toimintaan")
_ACTIVITY = re.compile(_BRACKETS + r"[ \t]+(?:toimintaan|työhön|toiminnalle)(?![\w-])", re.IGNORECASE)


_VERB_WORDS = ("esittää", "esitti", "esittänyt", "ehdottaa", "ehdotti", "ehdottanut")
_NOUN_WORDS = ("avustusehdotuksen", "rahoitusehdotuksen", "avustusesityksen")
_PROPOSER_TYPES = {"Ministry", "Agency", "Association", "JointAuthority", "Programme"}  # the kinds _proposer can accept


def _proposer(m: Mention) -> bool:
    return (m.type in {"Ministry", "Agency"} and is_paying_agency(m)) or gives_money(m)


@rule(RULE, "funds", "'STEA esittää X ry:lle 105 000 euroa', 'STEA on tehnyt N euron avustusehdotuksen X:n toimintaan'",
      needs="euros")
def _grant_proposal(c: Clause) -> list[Fact]:
    """The proposing agency funds each allative receiver with its own sum, or the genitive owner of the activity
    its proposal is for."""
    if not c.euros:
        return []
    lowered = c.sent.text.lower()
    verb = any(w in lowered for w in _VERB_WORDS)
    noun = any(w in lowered for w in _NOUN_WORDS)
    if not (verb or noun):
        return []  # minutes say "päätösehdotus" and "esittelijä" in every item: only these words are tested on
    text, base = c.sent.text, c.sent.start
    named = sorted((m for m in c.free_named if m.iri), key=lambda m: m.start)
    euros = [a for a in c.euros if not a.share]
    for giver in named:
        if giver.case not in {"nimento", None} or giver.type not in _PROPOSER_TYPES:
            continue
        if verb and _PROPOSES.match(text, giver.end - base):
            return _each_with_its_sum(c, giver, named, euros) if _proposer(giver) else []
        made = _made_proposal(c, giver, named, euros) if noun and _proposer(giver) else []
        if made:
            return made
    return []


def _each_with_its_sum(c: Clause, giver: Mention, named: list[Mention], euros: list[Amount]) -> list[Fact]:
    """Every named receiver in the allative with the first sum after it, before the next receiver."""
    text, base = c.sent.text, c.sent.start
    takers = [m for m in named if m.iri != giver.iri and m.type in _TAKERS and allative_tail(text, base, m)]
    out: list[Fact] = []
    for k, m in enumerate(takers):
        stop = takers[k + 1].start if k + 1 < len(takers) else c.sent.end
        own = [a for a in euros if m.end <= a.start < stop and not (giver.start <= a.start < giver.end)]
        if own:
            out.append(Fact(giver.iri or "", "funds", m.iri or "", c.ev, RULE, 0.6, amount=own[0].value,
                            amount_qualifier="approximate" if own[0].approximate else None,
                            start_date=c.start, end_date=c.end))
    return out


def _made_proposal(c: Clause, giver: Mention, named: list[Mention], euros: list[Amount]) -> list[Fact]:
    """"G on tehnyt N euron avustusehdotuksen X:n toimintaan" (or "... X-hankkeelle")."""
    text, base = c.sent.text, c.sent.start
    for a in euros:
        if a.start < giver.end or not _MADE.fullmatch(text, giver.end - base, a.start - base):
            continue
        noun = _PROPOSAL_NOUN.match(text, a.end - base)
        if noun is None:
            return []
        taker = next((m for m in named if m.start - base == noun.end()), None)
        glossed = _glossed_owner(c, named, noun.end())
        if glossed is not None and glossed.type in _TAKERS and glossed.iri != giver.iri:
            taker = glossed  # a place at the head of the long name ("Pohjanmaan ... yhdistyksen (Mielle ry)") is not it
        elif taker is None or taker.type not in _TAKERS or taker.iri == giver.iri or not (
                allative_tail(text, base, taker) or (genitive(taker) and _ACTIVITY.match(text, taker.end - base))):
            return []
        return [Fact(giver.iri or "", "funds", taker.iri or "", c.ev, RULE, 0.6, amount=a.value,
                     start_date=c.start, end_date=c.end)]
    return []


# an owner's long name in the genitive, unrecognised, glossed by its short name in brackets right before the activity:
# "avustusehdotuksen Pohjanmaan sosiaalipsykiatrisen yhdistyksen (Mielle ry) toimintaan"
_GLOSSED_GENITIVE = re.compile(r"(?:[\w-]+[ \t]+){0,5}[\w-]+n[ \t]+\($")
_GLOSS_END = re.compile(r"\)[ \t]+(?:toimintaan|työhön|toiminnalle)(?![\w-])", re.IGNORECASE)


def _glossed_owner(c: Clause, named: list[Mention], at: int) -> Mention | None:
    """The receiver named in brackets after an unrecognised genitive that owns the activity proposed for."""
    text, base = c.sent.text, c.sent.start
    for m in named:
        if m.start - base > at and _GLOSSED_GENITIVE.fullmatch(text, at, m.start - base) \
                and _GLOSS_END.match(text, m.end - base):
            return m
    return None

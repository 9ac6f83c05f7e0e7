"""Receivers that grammar marks as receivers in a granter's grant news: the agent participle of receiving
("X ry:n saama 150 000 euron avustus") and a receiving clause with its object first ("avustukset saivat A, B sekä C").

A ministry's or a foundation's news of its grants names the giver once, in its opening, and the receivers further on;
header_granter.py pairs them where a sentence alternates names and euro sums, but a genitive right before a sum is
read there as the money's owner, the giver ("OLVI-säätiön 20 000 euron apuraha"). Finnish says which it is with the
agent participle: "X:n saama avustus" (X receives), "X:n myöntämä avustus" (X gives); this reads the first, for any X:
- the participle of saada / vastaanottaa after a genitive organisation or project, then an optional sum, then a word
  of grant: X receives, with the sum;
- the items coordinated with that one in the same sentence ("..., Y:n 150 000 avustus sekä Z:n 126 000 euron
  avustus"): a list's items share their role, so each genitive that heads an item ending in a word of grant receives
  too; a lone "Y:n 20 000 euron avustus" with no participle beside it stays the owner's money (not read);
- a receiving verb with its object, a word of grant, before it and its subjects after it, to the sentence's end
  ("Seuraavaksi suurimmat avustukset saivat A, B sekä C"): each item's organisation receives (a town in the
  genitive that heads an unrecognised name, "Kouvolan kaupungin Nuorisokeskus X", stands for its unit).
A receiver the clause gives no sum takes the one its name is written right before in the next sentences ("Tukea
saivat mm. A, B ja C. A sai tukea 180 000 euroa, B 535 000 euroa").
The giver is the one granter the opening names (header_granter.granter_of_opening); a sentence naming another giver
(a ministry, an agency, a programme, the ablative "X:ltä") is left to the sentence rules, and a receiver some rule
already gave a funder is left alone. It reads grammar, not one document's wording, but the granter comes from
layout: confidence below 0.5.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from welfare_kg.extract.allative_grants import RECEIVER_TYPES
from welfare_kg.extract.header_granter import granter_of_opening
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.organisation_units import RULE as UNIT_RULE
from welfare_kg.extract.sentence_hits import found
from welfare_kg.extract.spans import outermost
from welfare_kg.extract.text import Sentence

PARTICIPLE_RULE = "funds:received-participle"
CLAUSE_RULE = "funds:received-clause"
CONFIDENCE = 0.45
ITEM_CHARS = 90  # a longer stretch between commas is a clause
_GRANT_NOUN = r"\w*(?:avustu|apura|rahoitu|tuki|tuke|tuen|tukia|lahjoitu)\w*"
# a sum right before the word of grant: "150 000", "126 000 euron", "12 000 €"
_SUM = r"(?P<sum>\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?:[ \u00a0]*(?:euron|€|e))?[ \u00a0]+"
# after the genitive: the participle of receiving, then an optional sum, then the word of grant
_PARTICIPLE = re.compile(rf"(?i)[ \t]+(?:saam|vastaanottam)(?:a|at|an|aa|ia|ista|alle|ille|assa|ansa|ien)\b"
                         rf"[ \t]+(?:{_SUM})?(?P<noun>{_GRANT_NOUN})")
# an item coordinated with it: "<genitive> [sum] <word of grant>", to the next comma or conjunction
_ITEM_SPLIT = re.compile(r"(?i)\s*(?:,|;|\bsekä\b|\bja\b)\s*")
_ITEM_TAIL = re.compile(rf"(?i)[ \t]+(?:{_SUM})?(?P<noun>{_GRANT_NOUN})[ \t]*[.!]?[ \t]*$")
# a receiving verb with a word of grant before it: "avustukset saivat", "tukea saa", "rahoituksen saivat myös"
_CLAUSE = re.compile(rf"(?i)\b{_GRANT_NOUN}[ \t]+(?:\w+[ \t]+)?(?:saivat|sai|saavat|saa|ovat[ \t]+saaneet|"
                     r"on[ \t]+saanut)[ \t]+(?:myös[ \t]+|lisäksi[ \t]+|mm\.[ \t]*|muun[ \t]+muassa[ \t]+)?")
# the sentences after a receiving clause read for its receivers' sums ("A sai 180 000 euroa, B 535 000 euroa")
SUMS_REACH = 2
_EUROS = re.compile(r"(?i)\beuro|€")
# right after a receiver's name: an optional verb of receiving and its object, then the whole sum and no more digits
# ("Lestijärvi sai tukea 180 000 euroa", "Haapajärvi 535 000 euroa"; not "Kinnula 2023" of a year: a sum of four
# or more figures written in groups, or with its currency)
_NAME_SUM = re.compile(r"[ \t]+(?:(?:sai|saa|saivat|saavat|on[ \t]+saanut|fick|får)[ \t]+(?:[a-zåäö]+[ \t]+)?)?"
                       r"(?P<sum>\d{1,3}(?:[ \u00a0]\d{3})+|\d+(?=[ \u00a0]*(?:euroa|euro|€)))(?![\d,])")
# another giver in the sentence: a ministry, an agency, a programme, or a source in the ablative ("Kelalta")
_OTHER_GIVERS = {"Ministry", "Agency", "Programme"}
_OFFICES = {"Agency", "Ministry", "Body", "Parish", "Municipality", "WellbeingCounty", "JointAuthority"}
_FOUNDATION = re.compile(r"(?i)säätiö|stiftelse|fond|rahasto")
# where an item of a list starts: right after the verb, a comma, a conjunction or a line break
_ITEM_START = re.compile(r"(?i)(?:^|,|;|\n|\bsekä|\bja|\boch)[ \t\n]*$")
_CAPITALISED_AFTER = re.compile(r"[ \t]+[A-ZÅÄÖ]")


def received_grant_facts(sents: Sequence[Sentence], per_sentence: Sequence[Sequence[Mention]],
                         facts: Sequence[Fact], text: str) -> list[Fact]:
    """funds facts from the opening's granter to receivers marked by the participle or a receiving clause."""
    participle_in, clause_in = found(_PARTICIPLE, sents), found(_CLAUSE, sents)  # searched ahead: sentence_hits.py
    if not any(participle_in(i) or clause_in(i) for i in range(len(sents))):
        return []
    granter = granter_of_opening(sents, per_sentence, text)
    if granter is None or not _office(granter, per_sentence):
        return []
    funded = {f.object for f in facts if f.predicate == "funds"}
    out: list[Fact] = []
    for i, (s, ms) in enumerate(zip(sents, per_sentence, strict=False)):
        named = sorted(outermost([m for m in ms if m.iri and not m.generic]), key=lambda m: m.start)
        if any(m.type in _OTHER_GIVERS and m.iri != granter for m in named) or \
                any(m.case == "ulkoeronto" and m.iri != granter for m in named):
            continue
        # no clause in the sentence: _clause_items gives nothing
        items = _participle_items(s, named) + (_clause_items(s, named) if clause_in(i) else [])
        later = _later_sums(sents[i + 1:i + 1 + SUMS_REACH], per_sentence[i + 1:i + 1 + SUMS_REACH]) \
            if any(amount is None for _, amount, _ in items) else {}
        for receiver, amount, rule in items:
            if receiver.iri in funded or receiver.iri == granter or receiver.iri is None:
                continue
            funded.add(receiver.iri)
            amount = amount if amount is not None else later.get(receiver.iri)
            out.append(Fact(granter, "funds", receiver.iri, Evidence(s.text, s.start, s.end), rule, CONFIDENCE,
                            amount=amount))
    return out


def _later_sums(sents: Sequence[Sentence], per_sentence: Sequence[Sequence[Mention]]) -> dict[str, Decimal]:
    """The sums the sentences after a receiving clause give its receivers, each name right before its own: "Tukea
    saivat A, B ja C. A sai tukea 180 000 euroa, B 535 000 euroa". A name given two sums is left without one."""
    sums: dict[str, set[Decimal]] = {}
    for s, ms in zip(sents, per_sentence, strict=False):
        if not _EUROS.search(s.text):
            continue
        for m in ms:
            after = _NAME_SUM.match(s.text, m.end - s.start) if m.iri else None
            if after is not None:
                sums.setdefault(m.iri, set()).add(Decimal(re.sub(r"\D", "", after.group("sum"))))
    return {iri: next(iter(found)) for iri, found in sums.items() if len(found) == 1}


def _office(granter: str, per_sentence: Sequence[Sequence[Mention]]) -> bool:
    """Whether the opening's granter gives as its office: an authority, a board, a town, or a foundation by its
    name; an association there is as often the news's subject or a receiver's owner ("X ry:n kiinteistö")."""
    for ms in per_sentence:
        for m in ms:
            if m.iri == granter:
                return m.type in _OFFICES or bool(_FOUNDATION.search(m.label))
    return False


def _sum(m: re.Match[str]) -> Decimal | None:
    raw = m.group("sum")
    return Decimal(re.sub(r"\D", "", raw)) if raw else None


def _genitive_ending(named: Sequence[Mention], end: int) -> Mention | None:
    """The receiver-kind name in the genitive that ends at `end` (spaces aside)."""
    return next((m for m in named if m.end == end and m.case == "omanto" and m.type in RECEIVER_TYPES), None)


def _participle_items(s: Sentence, named: Sequence[Mention]) -> list[tuple[Mention, Decimal | None, str]]:
    """"X:n saama N avustus" and the items coordinated after it."""
    out: list[tuple[Mention, Decimal | None, str]] = []
    for m in named:
        if m.case != "omanto" or m.type not in RECEIVER_TYPES:
            continue
        p = _PARTICIPLE.match(s.text, m.end - s.start)
        if p is None:
            continue
        out.append((m, _sum(p), PARTICIPLE_RULE))
        out += _coordinated(s, named, s.start + p.end())
    return out


def _coordinated(s: Sentence, named: Sequence[Mention], at: int) -> list[tuple[Mention, Decimal | None, str]]:
    """The items after a participle item that end in a word of grant, each headed by a genitive receiver."""
    out: list[tuple[Mention, Decimal | None, str]] = []
    rest = s.text[at - s.start:]
    pos = at
    for chunk in _ITEM_SPLIT.split(rest):
        start = s.text.find(chunk, pos - s.start) + s.start if chunk else pos
        pos = start + len(chunk)
        if not chunk.strip():
            continue
        if len(chunk) > ITEM_CHARS:
            break  # a clause, not a list item: the list is over
        tail = _ITEM_TAIL.search(chunk)
        if tail is None:
            continue  # a conjunction inside a name ("Suomen lasten ja nuorten säätiön X-hankkeen N avustus")
        receiver = _genitive_ending(named, start + tail.start())
        if receiver is not None:
            out.append((receiver, _sum(tail), PARTICIPLE_RULE))
    return out


def _clause_items(s: Sentence, named: Sequence[Mention]) -> list[tuple[Mention, Decimal | None, str]]:
    """"avustukset saivat A, B sekä C": each item after the verb, to the sentence's end, names one receiver."""
    c = _CLAUSE.search(s.text)
    if c is None:
        return []
    at = s.start + c.end()
    out: list[tuple[Mention, Decimal | None, str]] = []
    for m in named:
        if m.start < at or (m.type not in RECEIVER_TYPES and m.rule != UNIT_RULE):
            continue  # a named unit receives as an organisation does ("Xn kaupungin Nuorisokeskus Y")
        if m.start > at and not _ITEM_START.search(s.text, max(m.start - s.start - 8, 0), m.start - s.start):
            continue  # a name inside an item ("Väärinmajan kotitalousseura Ruovesi"): not the item's receiver
        if m.case in (None, "nimento"):
            out.append((m, None, CLAUSE_RULE))
        elif m.case == "omanto" and m.type == "Municipality" and _CAPITALISED_AFTER.match(s.text, m.end - s.start) \
                and not any(o.start > m.end and o.start - m.end <= 2 for o in named):
            out.append((m, None, CLAUSE_RULE))  # "Kouvolan kaupungin Nuorisokeskus X": the town's own unit
    return out

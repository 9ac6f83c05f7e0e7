"""Passive grants whose receiver is written as a kind word or a relative pronoun: "Nyt yhdistykselle myönnettiin
N euroa", "X, jolle myönnettiin tänä vuonna N euroa".

News of a board's or an agency's grants name the granter in the headline ("Kirkkohallitus myönsi järjestöille
tukea"), then speak of each receiver in turn: its name in one sentence ("X haki 5 000 euroa"), its grant in the next
with only a kind word ("yhdistykselle myönnettiin 8 000 euroa"), or in a relative clause right after its name ("Y,
jolle myönnettiin 5 000 euroa"). funds:passive-allative-grant (role_shapes.py) reads receivers named in the
allative; these two shapes name none there, so they gave nothing.

The granter is the one the text named granting (role_shapes.named_granter: "X myönsi", "X on myöntänyt", "X:n
myöntämä"; or a board right before its grant verb), kept while grant sentences follow each other (a sentence with
a word of granting renews it; SPAN sentences without one end it). The receiver is
- for "jolle"/"joille": the organisation named right before ", jolle";
- for a kind word in the allative: the one organisation of that kind named in the sentence before or earlier in
  this one (kaupunki/kunta a municipality, yhdistys/järjestö/seura an association, yhtiö/yritys a company); two of
  the kind there, or none: nothing.
The sum is the first one after the grant verb, unless it is hedged or there is none; an applied-for sum ("haki")
stands before the verb and is not read.

A grant decision is a letter to its applicant: the applicant's name heads it ("Päätös / 28.6.2017 / X ry"), and the
decision says "Opetushallitus myöntää avustusta hankkeelle N €" with the project left unnamed or named in a line
that is no name. With no project and no receiver named anywhere in the text, the granter named in that sentence funds
the one receiving organisation of the letter's opening lines (funds:addressee, the sum of the sentence).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from welfare_kg.extract.allative_grants import RECEIVER_TYPES
from welfare_kg.extract.layout import OPENING_CHARS
from welfare_kg.extract.model import Fact, Mention
from welfare_kg.extract.prefilter import guarded
from welfare_kg.extract.relations import OTHER_MONEY, Clause, rule
from welfare_kg.extract.role_shapes import ACTIVE_AFTER_NAME, named_granter

SPAN = 4  # sentences without a word of granting after which the granter is no longer in focus
_PASSIVE = guarded(re.compile(r"\b(?:myönnettiin|myönnetään|(?:on|oli)\s+myönnetty)\b", re.IGNORECASE))
_GRANT_WORD = re.compile(r"(?i)myön|avustu|\btuki|\btuke|apura")
_RELATIVE = re.compile(r"\s*,\s*(?:jolle|joille)\s+(?:\w+\s+){0,3}?(?:myönnettiin|myönnetään|on\s+myönnetty)\b",
                       re.IGNORECASE)
KINDS = {"yhdistykselle": "Association", "järjestölle": "Association", "seuralle": "Association",
         "kaupungille": "Municipality", "kunnalle": "Municipality", "yhtiölle": "Company", "yritykselle": "Company"}
_KIND_WORD = re.compile(r"\b(" + "|".join(KINDS) + r")\b", re.IGNORECASE)
_HEDGE = re.compile(r"(?i)\b(?:lähes|noin|n\.|yli|runsaat|vajaat|enintään|yhteensä)\s*$")
_OTHER_GRANTERS = {"Ministry", "Agency", "Programme", "JointAuthority", "WellbeingCounty"}
_FOCUS = "_anaphor_receivers_focus"  # (granter IRI, sentences since the last word of granting)
_LAST = "_anaphor_receivers_last"  # the receivers the sentence before named: ((IRI, type), ...)


_OPENING = "_anaphor_receivers_opening"  # receiving organisations of the first OPENING_CHARS: (IRI, ...)
_NAMED_ELSE = "_anaphor_receivers_named_else"  # True once a project or a receiver is named after the opening
_ADDRESSEE_VERB = re.compile(r"\s+(?:(?:on|ovat)\s+)?(?:päättänyt\s+)?(?:myöntää|myönsi|myöntänyt)\s+"
                             r"(?:\w+\s+){0,2}?(?:hankkeelle|hakijalle|projektille|kehittämishankkeelle)\b",
                             re.IGNORECASE)


class _Focus(NamedTuple):
    granter: str
    idle: int


@rule("funds:anaphor-receiver", "funds",
      "'X myönsi järjestöille tukea' then 'Nyt yhdistykselle myönnettiin N euroa', 'Y, jolle myönnettiin N euroa'")
def _anaphor_receiver(c: Clause) -> list[Fact]:
    text, base = c.sent.text, c.sent.start
    focus: _Focus | None = getattr(c.ctx, _FOCUS, None)
    last: tuple[tuple[str, str, bool], ...] = getattr(c.ctx, _LAST, ())
    here = tuple((m.iri, m.type, m.case in {"nimento", None}) for m in c.free_named
                 if m.iri and m.type in RECEIVER_TYPES - {"Project"})
    setattr(c.ctx, _LAST, here)
    naming = named_granter(c) or _granting_board(c)
    if naming is not None:
        setattr(c.ctx, _FOCUS, _Focus(naming, 0))
        return []
    if focus is None:
        # a town's minutes with no granter named: a passive grant there is the town's own decision, unless the
        # sentence names where else the money comes from ("STEA:n avustus", "valtionavustusta", a ministry)
        # (the passive verb first: it is what every grant here needs below, and its guarded search skips at once
        # the many sentences without one, where OTHER_MONEY's alternation tried its words at every position)
        if not c.ctx.municipality or _PASSIVE.search(text) is None or OTHER_MONEY.search(text) or any(
                m.type in _OTHER_GRANTERS for m in c.free_named):
            return []
        focus = _Focus(c.ctx.municipality, SPAN)
    else:
        granting = _GRANT_WORD.search(text) is not None
        setattr(c.ctx, _FOCUS, _Focus(focus.granter, 0) if granting else (
            _Focus(focus.granter, focus.idle + 1) if focus.idle < SPAN else None))
    verb = _PASSIVE.search(text)
    if verb is None or any(m.case == "ulkotulento" and m.rule != "kind-anaphor" for m in c.free_named):
        return []  # a receiver named in the allative is funds:passive-allative-grant's (its bare kind word is ours)
    receiver = _relative_receiver(c) or _kind_receiver(c, last)
    if receiver is None or receiver == focus.granter:
        return []
    amount = next((a for a in c.euros if a.start >= base + verb.start()), None)
    if amount is not None and (amount.approximate or _HEDGE.search(text[:amount.start - base])):
        amount = None
    return [Fact(focus.granter, "funds", receiver, c.ev, "funds:anaphor-receiver", 0.55,
                 amount=amount.value if amount else None, start_date=c.start, end_date=c.end)]


def _granting_board(c: Clause) -> str | None:
    """A board right before its active grant verb ("Kirkkohallitus myönsi", "Maakuntahallitus on myöntänyt"): the
    organisations named_granter reads leave boards out."""
    boards = {m.iri for m in c.free_named if m.iri and m.type == "Body" and m.case in {"nimento", None}
              and ACTIVE_AFTER_NAME.match(c.sent.text, m.end - c.sent.start)}
    return next(iter(boards)) if len(boards) == 1 else None


def _relative_receiver(c: Clause) -> str | None:
    """The organisation right before ", jolle myönnettiin"."""
    base = c.sent.start
    for m in c.free_named:
        if m.iri and m.type in RECEIVER_TYPES and _RELATIVE.match(c.sent.text, m.end - base):
            return m.iri
    return None


def _kind_receiver(c: Clause, last: tuple[tuple[str, str, bool], ...]) -> str | None:
    """The one organisation of the allative kind word's kind named earlier in the sentence, else in the one before
    (of two there, the one its subject in the nominative: "X:ään kuuluva Y ry on hakenut ..." speaks of Y)."""
    word = _KIND_WORD.search(c.sent.text)
    if word is None or (word.group(1)[:1].isupper() and c.sent.text[:word.start()].strip()):
        return None  # a capital inside the sentence opens a name ("Kaupungille" only opens a sentence)
    kind = KINDS[word.group(1).lower()]
    before: list[Mention] = [m for m in c.free_named if m.iri and m.type == kind and m.end <= c.sent.start
                             + word.start()]
    found = {m.iri for m in before if m.iri} or {iri for iri, typ, _ in last if typ == kind}
    if not before and len(found) > 1:
        found = {iri for iri, typ, subject in last if typ == kind and subject}
    return next(iter(found)) if len(found) == 1 else None


@rule("funds:addressee", "funds", "'Päätös / X ry ... Opetushallitus myöntää avustusta hankkeelle 65 600 €'")
def _addressee(c: Clause) -> list[Fact]:
    base = c.sent.start
    receivers = {m.iri for m in c.free_named if m.iri and m.type in RECEIVER_TYPES - {"Project"}}
    opening = getattr(c.ctx, _OPENING, ())  # read before this sentence adds to it
    if base < OPENING_CHARS:
        setattr(c.ctx, _OPENING, tuple(dict.fromkeys((*getattr(c.ctx, _OPENING, ()), *sorted(receivers)))))
    elif receivers or c.und:
        setattr(c.ctx, _NAMED_ELSE, True)
    if receivers or len(opening) != 1 or getattr(c.ctx, _NAMED_ELSE, False) or c.ctx.doc_project \
            or c.ctx.main_project or len(c.euros) != 1:
        return []
    granters = {m.iri for m in c.free_named if m.iri and m.type in {"Ministry", "Agency", "JointAuthority", "Body"}
                and m.case in {"nimento", None} and _ADDRESSEE_VERB.match(c.sent.text, m.end - base)}
    if len(granters) != 1:
        return []
    (granter,) = granters
    amount = c.euros[0]
    if amount.approximate or _HEDGE.search(c.sent.text[:amount.start - base]):
        return []
    return [Fact(granter, "funds", opening[0], c.ev, "funds:addressee", 0.5, amount=amount.value,
                 start_date=c.start, end_date=c.end)]

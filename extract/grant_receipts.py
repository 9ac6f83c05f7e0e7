"""Grants told from the receiving side, and the verb "avustaa" (to support with money).

News of a funder's decision often names the funder once ("X on myöntänyt valtionavustusta ...") and then lists
what each receiver got: "A sai 8 000 euroa ja B 6 000 euroa", "Avustusta saivat: A 45 000 euroa, B 30 000
euroa". Each receiver with a sum of its own is funded by the granter the text named; a text that named no
granter yields nothing (an implicit funder stays none). "STEA avustaa X:ää 45 000 eurolla" names both sides
in one clause but carries no funding noun the other rules look for.
"""

from __future__ import annotations

import re
from decimal import Decimal

from welfare_kg.extract.allative_grants import GRANTER_TYPES, RECEIVER_TYPES, allative_tail
from welfare_kg.extract.granter_focus import PASSIVE_GRANTS, RECEIPTS_REACH
from welfare_kg.extract.model import Fact, Mention
from welfare_kg.extract.money import Amount
from welfare_kg.extract.prefilter import guarded
from welfare_kg.extract.relations import FUNDERS, ORGS, UNDERTAKINGS, Clause, is_paying_agency, list_granter, rule
from welfare_kg.extract.rule_cues import text_needs

# the receiving verb in its past, present and perfect forms; Swedish "fick", "får", "erhöll"
_RECEIVED = re.compile(r"\b(?:sai|saivat|saa|saavat|saanut|saaneet|fick|får|erhöll|erhållit)\b", re.IGNORECASE)
# a giver in the ablative or elative next to the receiving verb ("STEA:lta", "från X"): the receiver-side rules
# with a named giver (funds:received-from, funds:swedish-receives-from) read such a sentence
_FROM_GIVER = re.compile(r"(?::lt[aä]|lt[aä]|\bfrån)\b", re.IGNORECASE)
_PROJECT_HEAD = re.compile(r"\w*(?:hanke|projekti|projekt)\b", re.IGNORECASE)
_HEDGE = re.compile(r"\b(?:lähes|runsaa\w*|miltei|yli|noin|alle|vajaa\w*|ainakin|jopa|enintään|nästan|"
                    r"drygt|över|cirka|upp\s+till)\s*$", re.IGNORECASE)


def _context_granter(c: Clause) -> str | None:
    """The granter the text has named granting a few sentences before, else the ministry or agency it named
    paying; never a guess.

    The named granter is funds:passive-allative-grant's (PASSIVE_GRANTS), read only within RECEIPTS_REACH. Past
    that, while that rule still holds it, no granter at all: the text has named who grants, too far back to be
    this receipt's giver, and the payer it named is no better a guess.
    """
    held = PASSIVE_GRANTS.held(c.ctx)
    if held is not None:
        return held.granter if held.age <= RECEIPTS_REACH else None
    return list_granter(c.ctx) or c.ctx.payer or _minister_granter(c)


def _minister_granter(c: Clause) -> str | None:
    """"Ministeri X on myöntänyt N euroa hankkeille": the minister the text named granting (kept as the Context's
    funder by funds:grant-verb) when that is a person, the only kind of funder no other context holds."""
    return c.ctx.funder if c.ctx.funder and "/person/" in c.ctx.funder else None


# a grouped sum without its currency inside an enumeration that names the currency once, at its end:
# "A sai 56 000, B 31 000 ja C 22 000 euroa"
_BARE_SUM = re.compile(r"(?<![\d,.])\d{1,3}(?:[ \u00a0]\d{3})+(?![\d,.]\d)")


def _sums(c: Clause) -> list[Amount]:
    """The sentence's euro amounts with the bare grouped sums before its last one, when that last one names the
    currency and the bare ones stand in the same enumeration (no full stop or semicolon between)."""
    euros = list(c.euros)
    if not euros:
        return euros
    text, base = c.sent.text, c.sent.start
    last = euros[-1]
    taken = [(a.start - base, a.end - base) for a in c.euros + c.shares]
    for m in _BARE_SUM.finditer(text, 0, last.start - base):
        if any(lo <= m.start() < hi for lo, hi in taken) or re.search(r"[.;]\s", text[m.end():last.start - base]):
            continue
        value = Decimal(re.sub(r"\D", "", m.group()))
        euros.append(Amount(value, base + m.start(), base + m.end()))
    return sorted(euros, key=lambda a: a.start)


def _nominative(m: Mention) -> bool:
    return m.case in {"nimento", None}


# a prize, an award or a competition's winnings: money won, not a grant ("Palkinnot saivat", "Priset gick till")
# ("voittoa tavoittelematon" is the non-profit receivers' own word: no sign of a prize)
PRIZE = _PRIZE = re.compile(r"(?i)\b(?:palkin\w*|palkitt\w*|pristagar\w*|priset|prissumm\w*|vinnar\w*)\b")


@rule("funds:receivers-got", "funds",
      "'X on myöntänyt avustusta ...' then 'A sai 8 000 euroa ja B 6 000 euroa', 'Avustusta saivat: A N €, B M €'",
      needs="euros")
def _receivers_got(c: Clause) -> list[Fact]:
    """Receivers in the nominative of a receiving verb, each followed by one sum of its own before the next
    receiver, get that sum from the granter the text named. A sentence naming a giver of its own in the
    sentence (nominative funder, "X:ltä") is left to the rules that read the giver."""
    text, base = c.sent.text, c.sent.start
    sums = _sums(c)
    if not sums or not _RECEIVED.search(text) or _FROM_GIVER.search(text) or _PRIZE.search(text):
        return []  # ... or prize money: "Palkinnot saivat: A 1 000 euroa ja B 500 euroa" is won, not granted
    granter = _context_granter(c)
    if granter is None:
        return []
    named = [m for m in c.free_named if m.iri and m.type in RECEIVER_TYPES | GRANTER_TYPES | {"Ministry", "Body"}]
    if any(m.type in GRANTER_TYPES | {"Ministry"} and m.iri != granter and _nominative(m)
           and m.type not in RECEIVER_TYPES for m in named):
        return []  # a ministry or agency of its own in the sentence: not the receivers of the granter's list
    takers = sorted((m for m in named if m.type in RECEIVER_TYPES and _nominative(m)
                     and not allative_tail(text, base, m) and m.iri != granter), key=lambda m: m.start)
    # "Väärinmajan maa- ja kotitalousseura Ruovesi 2 800 euroa": a municipality right after a receiver is its place
    takers = [m for k, m in enumerate(takers) if not (m.type == "Municipality" and k and not text[
        takers[k - 1].end - base:m.start - base].strip())]
    if len(takers) < 2 or sums[0].start < takers[0].start:
        # one receiver is funds:granter-in-focus's (grant_rows.py); a sum before the first receiver is a total
        return []
    out: list[Fact] = []
    for k, m in enumerate(takers):
        stop = takers[k + 1].start if k + 1 < len(takers) else c.sent.end
        own = [a for a in sums if m.end <= a.start < stop]
        if len(own) > 1 and not text[m.end - base:own[0].start - base].strip(" ,:"):
            # "A 1 500 euroa, B Korkeakoski 1 500 euroa" with B's name unread: A's sum stands right after it
            own = own[:1]
        hedged = own and _HEDGE.search(text[max(0, own[0].start - base - 12):own[0].start - base])
        if len(own) != 1 or own[0].approximate or hedged:
            return []  # a receiver without one exact sum of its own ("lähes 90 000 euroa"): no enumeration of grants
        if m.type != "Project" and _PROJECT_HEAD.search(text, m.end - base, own[0].start - base):
            continue  # "Kaustinen käy kylään -kehittämishanke sai 56 000": the place opens a project's name
        out.append(Fact(granter, "funds", m.iri or "", c.ev, "funds:receivers-got", 0.6, amount=own[0].value,
                        start_date=c.start, end_date=c.end))
    return out


_SUPPORTS = re.compile(r"\s+(?:on\s+|ovat\s+)?(?:avustaa|avustavat|avusti|avustivat|avustanut|avustaneet)\b",
                       re.IGNORECASE)
_WITH_SUM = re.compile(r"(?:eurolla|euron\s+(?:avustuksella|tuella|rahoituksella|summalla))\b", re.IGNORECASE)


@rule("funds:supports-partitive", "funds", "'STEA avustaa X:ää 45 000 eurolla', 'RAY avusti X-hanketta'",
      text_cues=("avust",))
def _supports_partitive(c: Clause) -> list[Fact]:
    """The subject of "avustaa" funds its object in the partitive; the sum is the one in the adessive
    ("N eurolla") when the sentence has exactly one."""
    text, base = c.sent.text, c.sent.start
    if "avust" not in text.lower():  # every verb form of _SUPPORTS: skip matching after each name
        return []
    subjects = [m for m in c.free_named if m.iri and m.type in FUNDERS and _nominative(m)
                and _SUPPORTS.match(text, m.end - base)]
    if len(subjects) != 1:
        return []
    giver = subjects[0]
    verb_end = _SUPPORTS.match(text, giver.end - base)
    assert verb_end is not None
    objects = [m for m in c.named if m.iri and m.case == "osanto" and m.start - base >= verb_end.end()
               and m.type in (ORGS - {"Body"}) | UNDERTAKINGS and m.iri not in c.ctx.funds
               and id(m) not in c.inside and m.iri != giver.iri]
    if not objects:
        return []
    sums = [a for a in c.euros if text[a.start - base:a.end - base].lower().endswith("eurolla")
            or _WITH_SUM.match(text, a.end - base + 1)]
    amount = sums[0] if len(sums) == 1 and not sums[0].approximate else None
    return [Fact(giver.iri or "", "funds", objects[0].iri or "", c.ev, "funds:supports-partitive", 0.7,
                 amount=amount.value if amount else None, start_date=c.start, end_date=c.end)]


# a word for money after its owner's genitive, a word or two between ("sisäministeriön hallinnonalan kansallista
# vastinrahoitusta", "STM:n valtionavustusta"); never a share word of a town ("kunnan rahoitusosuus": contributes)
_MONEY_NOUN = re.compile(r"(?:\s+[a-zåäö-]+){0,2}?\s+(?:\w*rahoitu(?:s|sta|ksen|ksella|sosuus|sosuutta)|"
                         r"\w*avustu(?:s|sta|ksen|ksella)|tuki|tukea|tuen)\b", re.IGNORECASE)
_GRANT = guarded(re.compile(r"\b(?:myönn\w+|myönt\w+|myönsi\w*|rahoitetaan|rahoitettiin)\b", re.IGNORECASE))
_MONEY_OWNERS = {"Ministry", "Agency", "JointAuthority", "Company", "Association", "WellbeingCounty"}


def _owns_money(c: Clause, m: Mention) -> bool:
    return m.case == "omanto" and _MONEY_NOUN.match(c.sent.text, m.end - c.sent.start) is not None


@rule("funds:money-owners", "funds",
      "'Hankkeelle on myönnetty A:n rahoitusta ja B:n kansallista vastinrahoitusta': each owner of granted money",
      text_cues=text_needs(_GRANT))
def _money_owners(c: Clause) -> list[Fact]:
    """In a sentence of granting or receiving, every organisation whose genitive owns a word for money funds the
    undertaking the sentence is about ("X on myöntänyt hankkeelle ... ja Y:n kansallista vastinrahoitusta": the
    rule reading the granting verb finds X, this one Y). A sum is left to the other rules (it may be anyone's)."""
    # a verb of granting: "sai ... ja Kelan tukea haetaan" receives from one and only hopes for the other
    if not c.target or c.target in c.ctx.funds or not _GRANT.search(c.sent.text):
        return []
    owners = [m for m in c.free_orgs if m.iri and m.type in _MONEY_OWNERS and m.iri != c.target
              and (m.type != "Agency" or is_paying_agency(m)) and _owns_money(c, m)]
    if not owners:
        return []
    return [Fact(m.iri or "", "funds", c.target, c.ev, "funds:money-owners", 0.6, start_date=c.start, end_date=c.end)
            for m in owners]


# a funder's genitive owning the grant a receiving verb takes: "STEA:n avustuksen sai X", "X sai Kirkkohallituksen
# avustusta", "Säätiön apurahat saivat A ja B"
_OWNED_GRANT = re.compile(r"[ \t]+(?:[\w-]+[ \t]+){0,2}?\w*(?:avustu(?:s|ksen|sta|kset|ksia)|tu(?:en|kea|et|kia)|"
                          r"rahoitu(?:s|ksen|sta)|apura(?:ha|han|haa|hat|hoja)|lahjoitu(?:s|ksen|sta|kset|ksia)|"
                          r"stipendi\w*)\b", re.IGNORECASE)
_OWNER_TYPES = {"Ministry", "Agency", "Association", "Company", "JointAuthority", "WellbeingCounty", "Municipality",
                "Parish", "Body"}
_UNIVERSITY = re.compile(r"(?i)yliopisto|korkeakoulu|universitet|högskola")


@rule("funds:owned-grant-received", "funds",
      "'STEA:n avustuksen sai myös X ry, joka sai 45 000 euroa', 'X sai Kirkkohallituksen avustusta 8 000 euroa'",
      needs="free_orgs",
      text_cues=text_needs(_RECEIVED))
def _owned_grant_received(c: Clause) -> list[Fact]:
    """The owner of a grant that a receiving verb's subject got funds that subject: the one funder-kind organisation
    in the genitive right before a word of grant, in a sentence that names who received it in the nominative. One
    receiver with one exact sum gets the sum; several receivers get none (the sums may be anyone's)."""
    text, base = c.sent.text, c.sent.start
    verb = _RECEIVED.search(text)
    if verb is None or _FROM_GIVER.search(text):
        return []
    owners = {m.iri for m in c.free_orgs if m.iri and m.case == "omanto" and m.type in _OWNER_TYPES
              and not _UNIVERSITY.search(m.label) and (m.type != "Agency" or is_paying_agency(m))
              and _OWNED_GRANT.match(text, m.end - base)}
    if len(owners) != 1 or any(u.type == "Project" for u in c.und):
        return []  # a project named receives the grant (funds:money-owners reads it), its owners do not
    owner = next(iter(owners))
    takers = list(dict.fromkeys(m.iri for m in c.free_named if m.iri and m.iri != owner
                                and m.type in RECEIVER_TYPES and _nominative(m) and not allative_tail(text, base, m)
                                and not (m.case is None and m.surface.endswith("n"))  # "SONet BOTNIAn": a genitive
                                and id(m) not in c.inside))
    if not takers or any(m.type in {"Ministry"} and _nominative(m) for m in c.free_orgs):
        return []
    sums = [a for a in c.euros if not a.approximate and not _HEDGE.search(text[max(0, a.start - base - 12):
                                                                               a.start - base])]
    amount = sums[0].value if len(takers) == 1 and len(c.euros) == 1 and len(sums) == 1 else None
    return [Fact(owner, "funds", t, c.ev, "funds:owned-grant-received", 0.6, amount=amount,
                 start_date=c.start, end_date=c.end) for t in takers if t]

"""An organisation said to be a member of another is partOf it: "X ry on Y:n jäsen", "Y, johon X ry:kin kuuluu",
"X kuuluu Y ry:hyn", "X rf är medlem i Y".

Associations, co-operatives and companies name the federations and networks they belong to in a few fixed shapes,
and extract/membership.py reads those shapes for municipalities only (a town in its joint authority or region). The
annotation contract counts membership of an umbrella organisation as partOf (issue 12: village associations in their
regional village association, a federation in its international alliance). The member is an organisation in the
nominative; the whole is an organisation in the case the shape asks for:

- the copula and the whole's genitive before a member noun: "X on (myös) Y:n jäsen / jäsenjärjestö /
  jäsenyhdistys", words describing the whole allowed between ("X on myös Brysselissä sijaitsevan Y:n jäsen") and an
  acronym in apposition after it ("Kansainvälisen osuustoimintaliiton ICA:n jäsen");
- the relative clause after the whole: "Y, johon X:kin kuuluu";
- belonging with the whole in the illative: "X kuuluu Y:hyn", every member of a list before the verb ("A ry ja B ry
  kuuluvat Y:hyn"), and the participle before the member: "Y:hyn kuuluva X ry";
- the whole first and its members listed after it: "Y:n jäsenjärjestöjä ovat A, B ja C", "Y:hyn kuuluvat A ja B";
- Swedish: "X är (också) medlem i / av Y".
Municipalities are left out on either side: their memberships are membership.py's, and a town that "kuuluu" to an
association is usually a sentence about its area.
"""

from __future__ import annotations

import itertools
import re

from welfare_kg.extract.model import Fact, Mention
from welfare_kg.extract.relations import Clause, rule

ORGANISATIONS = {"Association", "Company", "CompetenceCentre"}
_NOMINATIVE = {"nimento", None}
_ILLATIVE = {"sisatulento"}
_WEIGHT = 0.65

MEMBER_NOUN_RULE = "partOf:organisation-member-noun"
# member -> whole: the copula, then words describing the whole (no verb of another clause, no sentence end)
_COPULA = re.compile(r"\s+(?:on|oli|ovat|olivat)\s+(?:(?:myös|nykyään|edelleen|jo)\s+)?(?:[^\s.!?;:]+\s+){0,8}?$",
                     re.IGNORECASE)
# whole -> member noun: an acronym in apposition may stand between ("liiton ICA:n jäsen")
# (plural forms after a list: "A ry ja B ry ovat Y:n jäseniä / jäsenjärjestöjä")
_MEMBER_NOUN = re.compile(r"(?:\s+[A-ZÅÄÖ]{2,}:n)?\s+(?:varsinai(?:nen|sia|set)\s+)?jäsen(?:iä|inä|et|enä|"
                          r"(?:järjestö|yhteisö)(?:jä|t|inä)?|yhdisty(?:s|ksiä|kset|ksinä)|seur(?:a|oja|at|oina)|"
                          r"liit(?:to|toja|tot|toina)|osuuskun(?:ta|tia|nat|tina))?(?![\w-])")
_PLURAL_COPULA = re.compile(r"\s+(?:ovat|olivat)\s")
_SWEDISH = re.compile(r"\s+(?:är|var)\s+(?:(?:också|även|numera)\s+)?medlem\s+(?:i|av)\s+$", re.IGNORECASE)


def _orgs(c: Clause) -> list[Mention]:
    return sorted((m for m in c.named if m.iri and m.type in ORGANISATIONS and id(m) not in c.inside),
                  key=lambda m: m.start)


@rule(MEMBER_NOUN_RULE, "partOf", "'X ry on Y:n jäsen', 'X on myös Y:n jäsenjärjestö', 'X rf är medlem i Y'",
      needs="named")
def _member_noun(c: Clause) -> list[Fact]:
    base, text = c.sent.start, c.sent.text
    orgs = _orgs(c)
    out: list[Fact] = []
    for i, member in enumerate(orgs):
        if member.case not in _NOMINATIVE:
            continue
        for whole in orgs[i + 1:]:
            between = text[member.end - base:whole.start - base]
            if _SWEDISH.fullmatch(between):
                out.append(Fact(member.iri, "partOf", whole.iri, c.ev, MEMBER_NOUN_RULE, _WEIGHT))  # type: ignore[arg-type]
                break
            if not _COPULA.fullmatch(between):
                break  # another clause between: no membership of these two
            if whole.case == "omanto" and _MEMBER_NOUN.match(text, whole.end - base) and whole.iri != member.iri:
                # "A ry ja B ry ovat Y:n jäseniä": a plural copula after a list says it of each member
                members = listed_before(orgs[:i + 1], text, base) if _PLURAL_COPULA.match(between) else [member]
                out += [Fact(m.iri, "partOf", whole.iri, c.ev, MEMBER_NOUN_RULE, _WEIGHT)  # type: ignore[arg-type]
                        for m in members if m.iri != whole.iri]
                break
    return out


RELATIVE_RULE = "partOf:organisation-joined-relative"
# whole -> member: "Y, johon", "Y ry. johon" (a legal form's dot before the relative pronoun)
_JOHON = re.compile(r"\.?\s*,?\s*johon\s+$")
# after the member: a clitic, then the verb of belonging
_BELONGS_AFTER = re.compile(r"(?::?kin)?\s+(?:myös\s+|nykyään\s+)?kuulu(?:u|vat|i|ivat)(?![\w-])")


@rule(RELATIVE_RULE, "partOf", "'Y, johon X:kin kuuluu'", needs="named")
def _joined_relative(c: Clause) -> list[Fact]:
    base, text = c.sent.start, c.sent.text
    orgs = _orgs(c)
    out: list[Fact] = []
    for whole, member in itertools.pairwise(orgs):
        if (_JOHON.fullmatch(text, whole.end - base, member.start - base)
                and _BELONGS_AFTER.match(text, member.end - base) and whole.iri != member.iri):
            out.append(Fact(member.iri, "partOf", whole.iri, c.ev, RELATIVE_RULE, _WEIGHT))  # type: ignore[arg-type]
    return out


BELONGS_RULE = "partOf:organisation-belongs"
_BELONGS = re.compile(r"\s+(?:myös\s+|nykyään\s+)?kuulu(?:u|vat|i|ivat)\s+(?:myös\s+)?$")


@rule(BELONGS_RULE, "partOf", "'X ry kuuluu Y ry:hyn', 'A ry, B ry ja C ry kuuluvat Y ry:hyn'", needs="named")
def _belongs(c: Clause) -> list[Fact]:
    """The member right before the verb, and every organisation listed with it: a plural verb after a list says it
    of each member, so the list's first members are no less the whole's than its last."""
    base, text = c.sent.start, c.sent.text
    orgs = _orgs(c)
    out: list[Fact] = []
    for i, (member, whole) in enumerate(itertools.pairwise(orgs)):
        if member.case in _NOMINATIVE and whole.case in _ILLATIVE and whole.iri != member.iri \
                and _BELONGS.fullmatch(text, member.end - base, whole.start - base):
            out += [Fact(m.iri, "partOf", whole.iri, c.ev, BELONGS_RULE, _WEIGHT)  # type: ignore[arg-type]
                    for m in listed_before(orgs[:i + 1], text, base) if m.iri != whole.iri]
    return out


# what joins the members of one list: a comma, "ja", "sekä", "och", "samt"
_JOIN = re.compile(r"\s*,\s*|\s+(?:ja|sekä|och|samt)\s+|\s*,\s*(?:ja|sekä|och|samt)\s+")


def listed_before(orgs: list[Mention], text: str, base: int) -> list[Mention]:
    """The last of `orgs` and those listed right before it in the same case (nothing but a comma or a conjunction
    between two neighbours), first to last."""
    run = [orgs[-1]]
    for m in reversed(orgs[:-1]):
        if m.case != run[0].case or not _JOIN.fullmatch(text, m.end - base, run[0].start - base):
            break
        run.insert(0, m)
    return run


def listed_after(orgs: list[Mention], text: str, base: int) -> list[Mention]:
    """The first of `orgs` and those listed right after it in the same case, first to last."""
    run = [orgs[0]]
    for m in orgs[1:]:
        if m.case != run[-1].case or not _JOIN.fullmatch(text, run[-1].end - base, m.start - base):
            break
        run.append(m)
    return run


PARTICIPLE_RULE = "partOf:organisation-belonging-participle"
# the participle of "kuulua" in any case and number, right after the whole in the illative: "Y:hyn kuuluva X ry",
# "Y:hyn kuuluvalle X ry:lle", "Y:hyn kuuluvat A ry ja B ry"
_PARTICIPLE = re.compile(r"\s+(?:myös\s+|nykyään\s+)?kuuluv(?:a|an|aa|ana|assa|asta|aan|alle|alla|alta|at|ien|ia|"
                         r"ina|issa|ista|iin|ille|illa|ilta)\s+$")


@rule(PARTICIPLE_RULE, "partOf", "'Suomen Kuoroliittoon kuuluva Mäntylän Kuoro ry', 'Y:hyn kuuluvat A ry ja B ry'",
      needs="named")
def _belonging_participle(c: Clause) -> list[Fact]:
    """The participle of belonging stands before the member it describes (and agrees with it in case), the whole
    in the illative before the participle: the member belongs to the whole, and after a plural participle so does
    each organisation listed with it (a singular "kuuluva A ry ja B ry" says it of A only)."""
    base, text = c.sent.start, c.sent.text
    orgs = _orgs(c)
    out: list[Fact] = []
    for i, (whole, member) in enumerate(itertools.pairwise(orgs)):
        cue = _PARTICIPLE.fullmatch(text, whole.end - base, member.start - base)
        if cue is None or whole.case not in _ILLATIVE or whole.iri == member.iri:
            continue
        plural = cue.group().rstrip().endswith(_PLURAL_ENDINGS)
        members = listed_after(orgs[i + 1:], text, base) if plural else [member]
        out += [Fact(m.iri, "partOf", whole.iri, c.ev, PARTICIPLE_RULE, _WEIGHT)  # type: ignore[arg-type]
                for m in members if m.iri != whole.iri]
    return out


_PLURAL_ENDINGS = ("vat", "vien", "via", "vina", "vissa", "vista", "viin", "ville", "villa", "vilta")


WHOLE_FIRST_RULE = "partOf:organisation-members-after-whole"
# the whole first, then its members: "Y:n jäsenjärjestöjä ovat A, B ja C", "Y:n jäsenet ovat muun muassa A ja B",
# "Y:hyn kuuluvat A ry ja B ry", "Y:hyn kuuluu myös A ry"
_MEMBERS_NOUN_AFTER = re.compile(r"(?:\s+[A-ZÅÄÖ]{2,}:n)?\s+(?:varsinaisia\s+|varsinaiset\s+)?jäsen(?:et|iä|"
                                 r"järjestöt|järjestöjä|yhdistykset|yhdistyksiä|yhteisöt|yhteisöjä|seurat|seuroja|"
                                 r"osuuskunnat|osuuskuntia)\s+(?:ovat|olivat|ovat\s+nyt)\s+"
                                 r"(?:(?:muun\s+muassa|mm\.|esimerkiksi|myös)\s+)?$", re.IGNORECASE)
_BELONG_AFTER_WHOLE = re.compile(r"\s+kuulu(?:u|vat|i|ivat)\s+(?:(?:myös|muun\s+muassa|mm\.|nykyään)\s+)?$",
                                 re.IGNORECASE)


@rule(WHOLE_FIRST_RULE, "partOf", "'Y ry:n jäsenjärjestöjä ovat A ry, B ry ja C ry', 'Y ry:hyn kuuluvat A ry ja B ry'",
      needs="named")
def _members_after_whole(c: Clause) -> list[Fact]:
    """The whole named first, in the genitive before a plural member noun and the copula or in the illative before
    the verb of belonging; the members follow as one list of organisations in the nominative, each a part."""
    base, text = c.sent.start, c.sent.text
    orgs = _orgs(c)
    out: list[Fact] = []
    for i, (whole, first) in enumerate(itertools.pairwise(orgs)):
        gap = (whole.end - base, first.start - base)
        said = (whole.case == "omanto" and _MEMBERS_NOUN_AFTER.fullmatch(text, *gap)) \
            or (whole.case in _ILLATIVE and _BELONG_AFTER_WHOLE.fullmatch(text, *gap))
        if not said or first.case not in _NOMINATIVE:
            continue
        out += [Fact(m.iri, "partOf", whole.iri, c.ev, WHOLE_FIRST_RULE, _WEIGHT)  # type: ignore[arg-type]
                for m in listed_after(orgs[i + 1:], text, base) if m.iri != whole.iri]
    return out

"""Funding told with "tukea" (to support) by a funder, and passive grants that name their giver in the ablative.

"Hanketta tukee STEA", "Säätiö tukee X ry:n Y-hanketta 60 000 eurolla": a funder that pays for projects supports
with money, so its support is funding (ANNOTATION: "STEA tukee Y:ssä A- ja B-hankkeita" → STEA funds each). The
verb alone says nothing: a research institute, a university or a town "tukee" with advice and work, so only
the kinds of organisation whose support is money count as subjects (grant centres, ministries, ELY centres and
their successors, regional state agencies, the national agencies of education and arts grants, EU funds and
programmes, foundations and Leader groups), unless the sentence gives the support as a sum ("X Osuuspankki tukee
hanketta 5 000 eurolla", "Kaupunginhallitus tukee X ry:tä 2 500 eurolla"): money said in euros is money whoever
gives it.

"Hankkeelle myönnettiin X-keskukselta 50 000 euroa": a passive grant names no granter in the nominative, but a
funder in the ablative next to it is the one granting (funds:received-from reads "saatiin"/"on saanut", not
"myönnettiin"). An application ("haettiin", "hakee") is no grant and is left alone.
"""

from __future__ import annotations

import re

from welfare_kg.extract.model import Fact, Mention
from welfare_kg.extract.prefilter import guarded
from welfare_kg.extract.relations import BUDGET_BEFORE, FUNDERS, ORGS, UNDERTAKINGS, Clause, is_fund, rule
from welfare_kg.extract.rule_cues import text_needs

# finite active forms of "tukea" ("tuki" is left out: it is also the noun for support)
# or a decision to support, the verb in the infinitive: "X:n hallitus päätti 15.11.2017 tukea A:ta", "Säätiö on
# päättänyt tukea B:tä" (after a verb of deciding "tukea" is the verb, not the noun)
_SUPPORT_VERB = guarded(re.compile(r"\b(?:(?:on|ovat|oli|olivat)\s+)?(?:tukee|tukevat|tukivat|tukenut|tukeneet|"
                                   r"(?:päätti|päättivät|päättää|päättävät|päättänyt|päättäneet)\s+"
                                   r"(?:[\w.]+\s+){0,2}?tukea)\b", re.IGNORECASE))
_NEGATED = re.compile(r"\b(?:ei|eivät|eikä)\s+(?:\w+\s+)?tue\b", re.IGNORECASE)
# the bare word for the project in the partitive: the sentence's project in focus is the one supported
_PROJECT_PARTITIVE = re.compile(r"\b(?:hanketta|projektia|kehittämishanketta)\b", re.IGNORECASE)
# the work or activity itself fronted as the object ("Toimintaa on tukenut STEA", "Työtä tukee STM Veikkauksen
# tuotoilla"): a page's own undertaking told without its name; only at the head of the sentence, where the object
# is the topic carried over from the text before ("X ry:n toimintaa tukee" names an owner and is left alone)
_PROJECT_OR_FRONTED_WORK = re.compile(r"^\s*(?:toimintaa|työtä)\b|\b(?:hanketta|projektia|kehittämishanketta)\b",
                                      re.IGNORECASE)
# when the supporters follow the verb, a time adverbial may stand before each ("Toimintaa on tukenut vuodesta 2014
# alkaen X ja vuosina 2018-2020 STEA"): a year or a span of years, with the word that makes it one
_WHEN = r"(?:(?:vuodesta|vuoden)\s+\d{4}\s+(?:alkaen|lähtien)|vuosina\s+\d{4}\s*[–-]\s*\d{2,4}|vuonna\s+\d{4}|" \
        r"jo|myös|edelleen|taloudellisesti)"
_BETWEEN_SUPPORTERS = re.compile(rf"\s*(?:,|ja|sekä)?\s*(?:{_WHEN}\s+){{0,2}}")
# kinds of organisation whose support is money, by words of their names
_MONEY_GIVER_WORDS = re.compile(r"(?i)avustuskeskus|\bstea\b|elinkeino-|ely-keskus|aluehallintovirast|"
                                r"business finland|suomen akatemia|säätiö|rahasto|stiftelse|fond\b|\bleader\b|"
                                r"opetushallitus|taiteen edistämiskeskus|jatkuvan oppimisen|elinvoimakesk|"
                                # STEA's predecessor until 2016, the slot machine association that gave the grants
                                r"raha-?automaattiyhdistys")
_WITH_SUM = re.compile(r"\s*(?:eurolla|euron\s+(?:avustuksella|tuella|rahoituksella|summalla))\b", re.IGNORECASE)


def gives_money(m: Mention) -> bool:
    """A ministry, a fund or EU programme, or an organisation whose name says it hands out money."""
    if m.type == "Ministry" or (m.type == "Programme" and is_fund(m)):
        return True
    return m.type in {"Agency", "Association", "JointAuthority", "Programme"} \
        and _MONEY_GIVER_WORDS.search(m.label) is not None


@rule("funds:supports-verb", "funds",
      "'Hanketta tukee STEA', 'Säätiö tukee X ry:n Y-hanketta 60 000 eurolla': a funder's support is money",
      needs="named",
      text_cues=text_needs(_SUPPORT_VERB))
def _supports_verb(c: Clause) -> list[Fact]:
    """The funders in the nominative right before or right after "tukee" fund the undertaking (or organisation)
    in the partitive, else the project in focus when the object is the bare "hanketta"; the sum is the one in
    the adessive ("N eurolla") when the sentence has exactly one."""
    text, base = c.sent.text, c.sent.start
    verb = _SUPPORT_VERB.search(text)
    if verb is None or _NEGATED.search(text):
        return []
    nominative = sorted((m for m in c.free_named if m.iri and m.case in {"nimento", None}), key=lambda m: m.start)
    givers: list[Mention] = []
    before = [m for m in nominative if m.end - base <= verb.start() and not text[m.end - base:verb.start()].strip()]
    if before:
        givers = before[-1:]
    else:  # "Hanketta tukevat STEA ja Suomen Kulttuurirahasto": the subjects follow the verb, joined as one list
        edge = verb.end()
        for m in nominative:
            if m.start - base < edge:
                continue
            if _BETWEEN_SUPPORTERS.fullmatch(text[edge:m.start - base]) is None:
                break
            givers.append(m)
            edge = m.end - base
    # "Hanketta tukee X Osuuspankki 5 000 eurolla": a sum in the adessive makes any organisation's support money
    sums = [a for a in c.euros if _WITH_SUM.match(text, a.end - base) or
            text[a.start - base:a.end - base].lower().endswith("eurolla")]
    # a town's board deciding "Kaupunginhallitus tukee X ry:tä 2 500 eurolla" gives the town's money, as a grant
    givers = [m for m in givers if gives_money(m) or (sums and m.type in FUNDERS | {"Parish", "Body"})]
    if not givers:
        return []
    objects = [m for m in c.named if m.iri and m.case == "osanto" and id(m) not in c.inside
               and m.type in (ORGS - {"Body"}) | UNDERTAKINGS and m.iri not in c.ctx.funds
               and all(m.iri != g.iri for g in givers)]
    target = _receiver(c, objects, _PROJECT_OR_FRONTED_WORK)
    if not target or target in c.ctx.funds:
        return []
    amount = sums[0] if len(sums) == 1 and not sums[0].approximate and len(givers) == 1 else None
    targets = [target, *_coordinated_after(c, objects, target)]
    if amount is not None and len(targets) > 1 and not _EACH_BEFORE.search(text, 0, amount.start - base):
        amount = None  # "A:ta ja B:tä yhteensä N eurolla": the sum is both's, neither's own
    return [Fact(g.iri or "", "funds", t, c.ev, "funds:supports-verb", 0.65,
                 amount=amount.value if amount else None, start_date=c.start, end_date=c.end)
            for t in targets for g in givers if g.iri != t]


# objects joined into one list ("A:ta ja B:tä", "A:ta, B:tä sekä C:tä"); the sum each one's after "kumpaakin N eurolla"
_AND = re.compile(r"\s*(?:,|\s(?:ja|sekä))\s*", re.IGNORECASE)
_EACH_BEFORE = re.compile(r"(?i)\b(?:kumpaakin|kutakin|kumpikin|kukin)\s+(?:[\w-]+\s+){0,2}$")


def _coordinated_after(c: Clause, objects: list[Mention], target: str) -> list[str]:
    """The objects joined to the supported one by "ja", "sekä" or a comma, in order: each is supported too."""
    base = c.sent.start
    first = next((m for m in objects if m.iri == target), None)
    if first is None:
        return []
    out: list[str] = []
    last = first
    for m in sorted((m for m in objects if m.start > first.start), key=lambda m: m.start):
        if not _AND.fullmatch(c.sent.text, last.end - base, m.start - base):
            break
        if m.iri and m.iri != target and m.iri not in out:
            out.append(m.iri)
        last = m
    return out



def _receiver(c: Clause, named: list[Mention], project_word: re.Pattern[str]) -> str | None:
    """Who a grant goes to: an undertaking among the named receivers before an organisation; with none named, the
    project in focus, but only where the sentence's own word ("hanketta", "hankkeelle") points at a project."""
    if named:
        projects = [m for m in named if m.type in UNDERTAKINGS]
        return (projects or named)[0].iri
    if project_word.search(c.sent.text):
        return c.target or c.ctx.main_project or c.ctx.doc_project
    return None

_PASSIVE_GRANTED = guarded(re.compile(r"\b(?:myönnettiin|myönnetään|(?:on|oli|ovat|olivat)\s+myönnetty)\b",
                                      re.IGNORECASE))
_ALLATIVE_PROJECT = re.compile(r"\b(?:hankkeelle|projektille|kehittämishankkeelle)\b", re.IGNORECASE)


@rule("funds:granted-from", "funds",
      "'Hankkeelle myönnettiin X-keskukselta 50 000 euroa': the funder in the ablative of a passive grant",
      needs="named")
def _granted_from(c: Clause) -> list[Fact]:
    """One funder in the ablative of a passive grant funds the receiver in the allative (an undertaking first),
    else the project in focus when the receiver is the bare "hankkeelle"; the sum is the sentence's first that is
    no budget or total cost."""
    text, base = c.sent.text, c.sent.start
    if _PASSIVE_GRANTED.search(text) is None:
        return []
    givers = {m.iri: m for m in c.free_named if m.iri and m.case == "ulkoeronto" and m.type in FUNDERS}
    if len(givers) != 1:
        return []
    giver = next(iter(givers.values()))
    takers = [m for m in c.named if m.iri and m.case == "ulkotulento" and id(m) not in c.inside
              and m.type in ORGS | UNDERTAKINGS and m.iri != giver.iri and m.iri not in c.ctx.funds]
    target = _receiver(c, takers, _ALLATIVE_PROJECT)
    if not target or target == giver.iri or target in c.ctx.funds:
        return []
    euros = [a for a in c.euros if not BUDGET_BEFORE.search(text[:a.start - base])]
    amount = euros[0] if euros else None
    return [Fact(giver.iri or "", "funds", target, c.ev, "funds:granted-from", 0.65,
                 amount=amount.value if amount else None,
                 amount_qualifier="approximate" if amount and amount.approximate else None,
                 start_date=c.start, end_date=c.end)]

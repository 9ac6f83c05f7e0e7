"""Roles stated by a verb, a case ending or a role noun that the older rules in relations.py do not read.

Real documents give the same roles in many more words than the seeds did. Each rule here
reads one grammatical pattern, not a document's wording, and is registered in the relation
rule registry (relations.py) under its own name:

- a leading verb with the undertaking as its object: "Hanketta vetää X", "X johtaa projektia";
- "vastata" with the undertaking (or its carrying out) in the elative: "Hankkeesta vastaa X",
  "X vastaa hankkeen toteutuksesta";
- "toteuttaa" in the active voice: one subject carries the undertaking out (coordinates),
  several do it together (each participatesIn): "X ja Y toteuttavat hankkeen yhdessä";
- support in the adessive: "X:n tuella", "X:n rahoituksella", "med stöd av X";
- money whose source is in the ablative or after "från": "rahoitus tulee X:ltä",
  "får statsbidrag från X"; an application ("hakea", "ansöka") is never funding;
- the receiver of a grant for a named undertaking runs it: "X on saanut avustusta Y-hankkeeseen";
- owners of a joint undertaking: "X:n ja Y:n yhteinen hanke", "samarbetsprojekt mellan X och Y";
- Swedish role nouns with "är"/":": "Huvudman för projektet är X", "Partner i projektet är X och Y";
- a sub-project, work package or pilot that is part of a project: "X-osahanke on osa Y-hanketta".

Only organisations recognised as named entities take part; a sentence without one
states nothing here, so an implicit funder is never invented.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache
from typing import Any

from welfare_kg.extract.excepted_places import excepted
from welfare_kg.extract.lists import WITH_PARTNER
from welfare_kg.extract.model import Fact, Mention
from welfare_kg.extract.prefilter import guarded, possible
from welfare_kg.extract.relations import (
    FUNDERS,
    ORGS,
    PARTNERS,
    Clause,
    in_parentheses,
    institution_body,
    is_paying_agency,
    rule,
    shared_head,
    unknown_genitive,
)
from welfare_kg.extract.rule_cues import text_needs
from welfare_kg.extract.text import Token

SUBJECT_CASES = {"nimento", None}
# words that stand for the undertaking in focus ("hanketta", "projektia", "projektet")
ANAPHORS = {"hanke", "projekti", "kehittämishanke", "hankekokonaisuus", "projekt", "projektet"}
OBJECT_CASES = {"osanto", "nimento", "omanto"}  # partitive, or the accusative's two forms


def _finite(c: Clause, t: Token, verbs: set[str]) -> str | None:
    """"singular"/"plural" when the token is an active finite form of one of the verbs; None otherwise.

    The passive ("toteutetaan", "hallinnoidaan") has no number in Voikko's reading and says
    nothing about who acts, so it never names a subject.
    """
    for a in c.morph.analyse(t.text):
        if a.cls == "teonsana" and a.base.lower() in verbs and a.mood == "indicative" and a.number:
            return a.number
    return None


_LAST_BASES: list[Any] = [None, frozenset()]  # the last clause asked and the lower-cased bases of its words


def _word_bases(c: Clause) -> frozenset[str]:
    """Every base form Voikko reads for the clause's words, lower-cased (kept for the clause three rules ask about)."""
    if _LAST_BASES[0] is not c:
        _LAST_BASES[:] = [c, frozenset(a.base.lower() for t, _lem in c.word_lemmas for a in c.morph.analyse(t.text))]
    return _LAST_BASES[1]


# the text cues of a rule whose first test is `verb_at` one of these verbs: a stem every form of the verb and its
# past participle holds ("vastaa", "vastasi", "vastannut", "vastattiin"; "toteuttaa", "toteutan", "toteutettiin",
# "toteuttanut": the gradation tt/t falls after it), so a sentence whose text holds none has no word of that base
VERB_TEXT_CUES = {"vastata": ("vast",), "toteuttaa": ("toteut",)}
# the same for the verbs of leading (LEAD_VERBS: "vetää", "vedän", "vedetty"; "johtaa", "johdan"; "luotsaa",
# "luotsannut"; "koordinoi", "koordinoinut"; "hallinnoi", "hallinnoinut")
LEAD_TEXT_CUES = ("vet", "ved", "joht", "johd", "luotsa", "koordino", "hallinno")


def verb_at(c: Clause, verbs: set[str]) -> tuple[Token, str] | None:
    bases = _word_bases(c)
    if bases.isdisjoint(verbs) and bases.isdisjoint(_all_participles(frozenset(verbs))):
        return None  # no word can be a form of the verbs: _finite and _perfect read these bases only
    prev: Token | None = None
    for t, _lem in c.word_lemmas:
        number = _finite(c, t, verbs) or _perfect(c, prev, t, verbs)
        if number:
            return t, number
        prev = t
    return None


def _participles(verb: str) -> set[str]:
    """"toteuttaa" -> "toteuttanut", "vastata" -> "vastannut": the past participle Voikko reads as an adjective."""
    stem = verb[:-1]
    out = {stem + "nut", stem + "nyt"}
    if verb.endswith(("ata", "ätä")):
        out |= {verb[:-2] + "nnut", verb[:-2] + "nnyt"}
    return out


@lru_cache(maxsize=32)
def _all_participles(verbs: frozenset[str]) -> frozenset[str]:
    """The past participles of all `verbs`, built once per verb set (three sets, asked four times a sentence)."""
    return frozenset(p for v in verbs for p in _participles(v))


def _perfect(c: Clause, aux: Token | None, t: Token, verbs: set[str]) -> str | None:
    """The perfect tense "on toteuttanut", "ovat vetäneet": the auxiliary gives the number."""
    if aux is None or aux.text.lower() not in {"on", "ovat", "oli", "olivat"}:
        return None
    participles = _all_participles(frozenset(verbs))
    if not any(a.mood == "past_active" and a.base.lower() in participles for a in c.morph.analyse(t.text)):
        return None
    return "plural" if aux.text.lower() in {"ovat", "olivat"} else "singular"


def _heads_nothing(c: Clause, end: int) -> bool:
    """Whether the words after a genitive or nominative leave it a head of its own: "toteuttaa hankkeen."
    and "hankkeen yhdessä" do, "hankkeen asiakkaille" does not (there the undertaking only qualifies a noun)."""
    nxt = next((t for t in c.sent.tokens if t.start >= end), None)
    if nxt is None or not nxt.is_word:
        return True
    readings = c.morph.analyse(nxt.text)
    if any(a.cls == "teonsana" for a in readings):
        return True
    return not any(a.cls in {"nimisana", "laatusana", "nimisana_laatusana"} for a in readings)


def object_target(c: Clause, cases: set[str], before: int | None = None) -> str | None:
    """The undertaking the sentence names in one of `cases` (or a word standing for the one in focus).

    A genitive or nominative counts only as an object of its own (see _heads_nothing), not as
    the qualifier of another noun; a partitive or elative always does.
    """
    for u in c.und:
        if u.iri and u.iri not in c.ctx.funds and u.case in cases and (before is None or u.start < before) \
                and (u.case not in {"nimento", "omanto"} or _heads_nothing(c, u.end)):
            return u.iri
    for t, lem in c.word_lemmas:
        if before is not None and t.start >= before:
            break
        readings = c.morph.analyse(t.text)
        cases_here = {a.case for a in readings} & cases
        if readings and all(a.number == "plural" and a.case == "osanto" for a in readings):
            continue  # "johtaa useita hankkeita": projects at large, not the one in focus
        if lem in ANAPHORS and cases_here and (cases_here - {"nimento", "omanto"} or _heads_nothing(c, t.end)):
            focus = c.ctx.main_project or c.ctx.doc_project or c.ctx.focus
            if focus and focus not in c.ctx.funds:
                return focus
    return None


def clause_subjects(c: Clause, types: set[str]) -> list[Mention]:
    """Organisations in the nominative (or genitives sharing a nominative head: "Kemin ja Tornion kaupungit")."""
    shared = shared_head(c)
    run = {id(m) for m in c.free_orgs if _in_genitive_run(c, m)}
    ordered = sorted(c.free_orgs, key=lambda m: m.start)
    for a, b in reversed(list(itertools.pairwise(ordered))):  # genitives sharing a head that is no subject
        if id(a) in shared and id(b) in run:
            run.add(id(a))
    return [m for m in c.free_orgs if m.type in types and not in_parentheses(c.sent, m)
            and (m.case in SUBJECT_CASES or id(m) in shared) and id(m) not in run]


def _in_genitive_run(c: Clause, m: Mention) -> bool:
    """An unanalysed name ending in -n joined to a genitive after it: "Hyvinkään, Lopen, Nurmijärven ... kunnissa"
    lists places, it is no subject."""
    if m.case is not None or not m.surface.endswith("n"):
        return False
    base = c.sent.start
    nxt = next((x for x in sorted(c.named, key=lambda x: x.start) if x.start >= m.end), None)
    return nxt is not None and nxt.surface.split()[0].endswith("n") \
        and (nxt.case in {"omanto", None} or len(nxt.surface.split()) > 1) \
        and re.fullmatch(r"\s*(?:,|ja|sekä)\s*", c.sent.text[m.end - base:nxt.start - base]) is not None


def closest_to(ms: list[Mention], pos: int) -> list[Mention]:
    return sorted(ms, key=lambda m: min(abs(m.start - pos), abs(m.end - pos)))


_CLAUSE_BREAK = re.compile(r"\s[-–—]\s|[;:]")


def same_clause(c: Clause, m: Mention, verb: Token) -> bool:
    """Whether the subject and the verb share a clause: no dash, colon or other finite verb between them.

    "STEA myönsi rahoituksen X:lle - Y koordinoi hanketta": STEA is the subject of "myönsi", not of
    "koordinoi" (whose own subject Y recognition may have missed).
    """
    lo, hi = sorted((m.end, verb.start))
    base = c.sent.start
    if _CLAUSE_BREAK.search(c.sent.text[lo - base:hi - base]):
        return False
    return not any(lo <= t.start and t.end <= hi and t is not verb and not _auxiliary_of(c, t, verb)
                   and _finite_any(c, t) for t, _lem in c.word_lemmas)


_AUXILIARIES = {"on", "ovat", "oli", "olivat"}


def _auxiliary_of(c: Clause, t: Token, verb: Token) -> bool:
    """The auxiliary of a perfect verb ("X on vastannut"): part of the verb, no finite verb of another clause."""
    return t.text.lower() in _AUXILIARIES and t.end <= verb.start \
        and not c.sent.text[t.end - c.sent.start:verb.start - c.sent.start].strip()


def _finite_any(c: Clause, t: Token) -> bool:
    return any(a.cls == "teonsana" and a.mood == "indicative" and a.number for a in c.morph.analyse(t.text))


LEAD_VERBS = {"vetää", "johtaa", "luotsata", "koordinoida", "hallinnoida"}


def _led_undertaking(c: Clause) -> tuple[Token, str] | None:
    """The leading verb and the undertaking it leads, its partitive object: what both a runner's and a person's
    leading read first."""
    found = verb_at(c, LEAD_VERBS)
    if found is None:
        return None
    target = object_target(c, {"osanto"})
    return (found[0], target) if target else None


@rule("coordinates:lead-verb", "coordinates", "'Hanketta vetää X', 'X johtaa Y-projektia', 'X luotsaa hanketta'",
      needs="free_orgs",
      text_cues=LEAD_TEXT_CUES)
def _lead_verb(c: Clause) -> list[Fact]:
    """A leading verb whose object is the undertaking (partitive): its nominative subject runs it.

    "johtaa" + illative means "lead to" ("johtaa muutokseen") and has no partitive object,
    so the partitive requirement keeps it out.
    """
    led = _led_undertaking(c)
    if led is None:
        return []
    verb, target = led
    subj = closest_to([m for m in clause_subjects(c, ORGS - {"Body"}) if m.iri != target and same_clause(c, m, verb)],
                       verb.start)
    return [Fact(subj[0].iri, "coordinates", target, c.ev, "coordinates:lead-verb", 0.65)] if subj else []


# the person a leading verb's project is led by, written right after the verb with at most a title between ("Hanketta
# vetää aluepäällikkö A"), or right before it ("A vetää hanketta")
_TITLE_GAP = re.compile(r"[ \t]+(?:(?P<title>[a-zåäö-]{3,40})[ \t]+)?")


@rule("holdsPost:lead-verb", "holdsPost", "'Hanketta vetää projektipäällikkö X', 'X johtaa Y-projektia'",
      text_cues=LEAD_TEXT_CUES)
def _person_leads(c: Clause) -> list[Fact]:
    """A person who leads the undertaking (a leading verb with the undertaking as its partitive object) holds a
    post in it, whatever title the sentence gives: the verb says whose work it is, where the title alone ("alue-
    päällikkö") names no employer and the sentence no organisation."""
    people = [m for m in c.named if m.type == "Person" and m.iri and m.case in {"nimento", None}]
    if not people:
        return []
    led = _led_undertaking(c)
    if led is None:
        return []
    verb, target = led
    base, text = c.sent.start, c.sent.text
    for m in people:
        gap = _TITLE_GAP.fullmatch(text, verb.end - base, m.start - base)
        if gap is not None:
            return [Fact(m.iri or "", "holdsPost", target, c.ev, "holdsPost:lead-verb", 0.65,
                         post=gap.group("title"))]
        if m.end <= verb.start and not text[m.end - base:verb.start - base].strip():
            return [Fact(m.iri or "", "holdsPost", target, c.ev, "holdsPost:lead-verb", 0.65)]
    return []


CARRYING_OUT = {"toteutus", "toteuttaminen", "hallinnointi", "koordinointi", "johtaminen", "vetäminen",
                "hallinto", "koordinaatio"}


@rule("coordinates:responsible-verb", "coordinates",
      "'Hankkeesta vastaa X', 'X vastaa hankkeen toteutuksesta', 'X vastaa Y-hankkeen koordinoinnista'",
      needs="free_orgs", text_cues=VERB_TEXT_CUES["vastata"])
def _responsible(c: Clause) -> list[Fact]:
    """"vastata" + elative of the undertaking or of its carrying out: the nominative subject is responsible.

    Other elatives ("vastaa kustannuksista", "vastaa kysymykseen") name costs or answers, not a role.
    """
    found = verb_at(c, {"vastata"})
    if found is None:
        return []
    verb, _n = found
    target = object_target(c, {"sisaeronto"})
    if target is None:
        carrying = any(lem in CARRYING_OUT and any(a.case == "sisaeronto" for a in c.morph.analyse(t.text))
                       for t, lem in c.word_lemmas)
        target = object_target(c, {"omanto"}) if carrying else None
    if not target:
        return []
    subj = closest_to([m for m in clause_subjects(c, ORGS - {"Body"}) if m.iri != target and same_clause(c, m, verb)],
                       verb.start)
    return [Fact(subj[0].iri, "coordinates", target, c.ev, "coordinates:responsible-verb", 0.65)] if subj else []


TOGETHER = {"yhdessä", "yhteistyössä", "tillsammans"}


def _implementers(c: Clause) -> tuple[list[Mention], str | None, bool]:
    found = verb_at(c, {"toteuttaa"})
    if found is None:
        return [], None, False
    verb, number = found
    target = object_target(c, OBJECT_CASES)
    if not target:
        return [], None, False
    # a ministry carries out its own programme ("Ympäristöministeriö toteuttaa X-ohjelmaa"), never a project
    runs_programme = any(u.iri == target and u.type == "Programme" for u in c.und)
    # "Hankkeen toteuttaa X, ja mukana ovat A ja B": the names after the verb in the next clause are not its
    # subjects (a subject before it may stand before an auxiliary or a relative word: "X on toteuttanut", "X on
    # toimintaryhmä, joka toteuttaa")
    subj = [m for m in clause_subjects(c, PARTNERS | ({"Ministry"} if runs_programme else set()))
            if m.iri != target and (m.start < verb.start or same_clause(c, m, verb))]
    town = _bare_own_town(c)
    if town is not None and town.iri not in {m.iri for m in subj}:
        subj.append(town)  # "Hankkeen toteuttavat kunta ja Posion kunta yhdessä": the minutes' own town is one
    # a plural verb has several implementers even when only one is named ("X ja muut kunnat toteuttavat")
    several = number == "plural" or (any(lem in TOGETHER for _t, lem in c.word_lemmas) and len(subj) >= 2)
    return subj, target, several


def _bare_own_town(c: Clause) -> Mention | None:
    """The bare word "kunta"/"kaupunki" in the nominative, outside every name, standing for the town whose minutes
    these are (a stand-in mention carrying the town's IRI); None outside a town's minutes."""
    if not c.ctx.municipality:
        return None
    for t, _lem in c.word_lemmas:
        if t.text.lower() in {"kunta", "kaupunki"} and not any(m.start <= t.start < m.end for m in c.named):
            return Mention(start=t.start, end=t.end, surface=t.text, label=t.text, type="Municipality",
                           iri=c.ctx.municipality, case="nimento", rule="own-town")
    return None


@rule("coordinates:implement-verb", "coordinates", "'X toteuttaa Y-hankkeen', 'Hanketta toteuttaa X'",
      text_cues=VERB_TEXT_CUES["toteuttaa"])
def _implement_one(c: Clause) -> list[Fact]:
    """One organisation that carries out the undertaking (active voice) is its implementer, which runs it."""
    subj, target, several = _implementers(c)
    if several or len(subj) != 1 or not target:
        return []
    return [Fact(subj[0].iri, "coordinates", target, c.ev, "coordinates:implement-verb", 0.6)]


@rule("participatesIn:implement-verb", "participatesIn",
      "'X, Y ja Z toteuttavat hankkeen yhdessä', 'Hanketta toteuttavat X ja Y'", text_cues=VERB_TEXT_CUES["toteuttaa"])
def _implement_several(c: Clause) -> list[Fact]:
    """Several organisations carrying out an undertaking together each take part in it."""
    subj, target, several = _implementers(c)
    if not several or not target:
        return []
    return [Fact(m.iri, "participatesIn", target, c.ev, "participatesIn:implement-verb", 0.65)
            for m in dict((m.iri, m) for m in subj).values()]


SUPPORT_NOUNS = {"tuki", "rahoitus", "avustus", "valtionavustus", "erityisavustus", "tukema", "rahoittama",
                 "myöntämä"}
SUPPORT_CASES = {"ulkoolento", "olento"}  # "X:n tuella", "X:n tukemana"
_SWEDISH_SUPPORT = re.compile(r"\b(?:med\s+(?:stöd|finansiering|understöd|bidrag)\s+(?:av|från)|"
                              r"(?:finansierat|finansierad|finansierade|stött|stödd|stöds)\s+av)\s+$",
                              re.IGNORECASE)


def funder_like(c: Clause, m: Mention) -> bool:
    return m.type in FUNDERS or m.type == "Body" or (m.type == "Programme" and m.iri in c.ctx.funds)


@rule("funds:with-support", "funds", "'toteutetaan X:n tuella', 'X:n rahoituksella', 'med stöd av X'")
def _with_support(c: Clause) -> list[Fact]:
    """A funder in the genitive right before support in the adessive, or after Swedish "med stöd av"."""
    target = c.own_target
    if not target:
        return []
    toks = [t for t, _lem in c.word_lemmas]
    lemmas = [lem for _t, lem in c.word_lemmas]
    base = c.sent.start
    out = []
    for m in c.named:
        if m.iri == target or not funder_like(c, m) or id(m) in c.inside:
            continue
        nxt = next((k for k, t in enumerate(toks) if t.start >= m.end), None)
        finnish = m.case == "omanto" and nxt is not None and lemmas[nxt] in SUPPORT_NOUNS \
            and toks[nxt].start - m.end <= 2 and any(a.case in SUPPORT_CASES for a in c.morph.analyse(toks[nxt].text))
        swedish = _SWEDISH_SUPPORT.search(c.sent.text[max(0, m.start - base - 40):m.start - base]) is not None
        if finnish or swedish:
            out.append(Fact(m.iri, "funds", target, c.ev, "funds:with-support", 0.6))
    return out[:2]


# Swedish verbs of supporting with money: passive ("stöds av X", "finansierades av X"), active ("X stöder Y med")
_SUPPORT_PASSIVE = re.compile(r"\b(?:stöds|stöddes|stötts|understöds|understöddes|finansieras|finansierades|"
                              r"bekostas|bekostades)\b(?:\s+\w+){0,3}?\s+(?:av|från)\s+$", re.IGNORECASE)
_SUPPORT_FROM = re.compile(r"\b(?:med|genom)\s+(?:medel|stöd|bidrag|understöd|finansiering)\s+från\s+$",
                           re.IGNORECASE)
_SUPPORT_ACTIVE = guarded(re.compile(r"\b(?:stöder|stödde|stött|understöder|understödde|finansierar|finansierade)\b",
                                     re.IGNORECASE))
_AND = re.compile(r"\s*(?:,|och|samt)\s*")
# a recipient organisation follows the verb closely ("stöder föreningen X"); a place after these words, or further
# on, is where the support reaches ("stöder hela Österbotten från Karleby till Kristinestad, ... i Vasa och Karleby")
_EXTENT = re.compile(r"\b(?:från|till|i|inom|över|mellan)\s+$", re.IGNORECASE)


@rule("funds:swedish-support", "funds",
      "'stöds av X och Y', 'med medel från X', 'X stöder projektet Y med 50 000 euro', 'X stöder Novias projekt'",
      needs="named")
def _swedish_support(c: Clause) -> list[Fact]:
    """Money support in Swedish: the agent after "av"/"från" of a support verb, and the ones coordinated
    with it, fund what the sentence is about; an organisation before an active "stöder" funds the undertaking
    (else the organisation) after it, with the sum after "med"."""
    text, base = c.sent.text, c.sent.start
    orgs = sorted((m for m in c.named if funder_like(c, m) and id(m) not in c.inside), key=lambda m: m.start)
    out: list[Fact] = []
    target = c.own_target
    agents: list[Mention] = []
    for m in orgs:
        before = text[max(0, m.start - base - 60):m.start - base]
        if _SUPPORT_PASSIVE.search(before) or _SUPPORT_FROM.search(before):
            agents.append(m)
        elif agents and _AND.fullmatch(text[agents[-1].end - base:m.start - base]):
            agents.append(m)  # "av Svenska Kulturfonden och Aktiastiftelsen"
    if target:
        out += [Fact(m.iri, "funds", target, c.ev, "funds:swedish-support", 0.65) for m in agents if m.iri != target]
    verb = _SUPPORT_ACTIVE.search(text)
    if verb is not None:
        at = base + verb.start()
        givers = [m for m in orgs if m.end <= at and m.case in SUBJECT_CASES and m.type in FUNDERS]
        object_from = base + verb.end()
        if not givers and verb.start() > 0:
            # "Förutom ... understöder X projekt Y med N euro": after a fronted phrase the subject follows the verb
            # (Swedish puts the finite verb second), right after it
            inverted = next((m for m in orgs if m.start >= object_from and m.type in FUNDERS
                             and not text[verb.end():m.start - base].strip()), None)
            if inverted is not None:
                givers, object_from = [inverted], inverted.end
        after = [u for u in c.und if u.start >= object_from and u.iri not in c.ctx.funds] or [
            m for m in c.named if m.type in ORGS and m.start >= object_from and id(m) not in c.inside
            and len(text[object_from - base:m.start - base].split()) <= 2
            and not _EXTENT.search(text[max(0, m.start - base - 8):m.start - base])]
        amount_from = after[0].start if after else base + verb.end()
        if not after and target and re.match(r"\s+(?:projektet|hanketta)\b", text[verb.end():], re.IGNORECASE):
            # "X stöder projektet med 50 000 euro": the project the text is about
            after_iri: str | None = target
        else:
            after_iri = after[0].iri if after else None
        if givers and after_iri and givers[-1].iri != after_iri:
            amount = next((a for a in c.euros if a.start > amount_from), None)
            out.append(Fact(givers[-1].iri, "funds", after_iri, c.ev, "funds:swedish-support", 0.7,
                            amount=amount.value if amount else None,
                            amount_qualifier="approximate" if amount and amount.approximate else None))
    return out


FUNDING_NOUNS = ("rahoitus", "avustus", "valtionavustus", "tuki", "statsbidrag", "statsunderstöd", "finansiering",
                 "understöd", "bidrag", "stöd")
# "haett": the participles "haettu" and "haettava" ("X:ltä haettava kuntarahoitus": money still to be applied for)
APPLYING = ("hake", "haett", "hakemus", "ansök", "söka", "söker", "sökt")
# money asked of someone is not given by them: "X:ltä on pyydetty kuntarahoitusta", "anoo X:ltä avustusta", "begär
# bidrag från X" (Voikko leaves the participles "pyydetty", "pyytänyt", "anottu" their own lemmas)
REQUESTING = ("pyytä", "pyydet", "pyyntö", "pyysi", "anoa", "anott", "anomus", "anoma", "begär", "anhåll")
# money moved from one holder to another: "valtionavustuksen siirto X:ltä Y:lle", "överföring av bidraget från X"
TRANSFER = ("siirto", "siirtää", "siirtäminen", "siirtyä", "överföring", "överföra", "flytta")
_FROM = re.compile(r"\bfrån\s+$", re.IGNORECASE)


@rule("funds:source-ablative", "funds",
      "'hankkeen rahoitus tulee X:ltä', 'projektet får statsbidrag från X'",
      needs="free_orgs",
      cues=FUNDING_NOUNS)
def _source_ablative(c: Clause) -> list[Fact]:
    """Funding whose source is an organisation in the ablative (or after "från"): that organisation funds.

    "saada" with an ablative is read by funds:received-from; here the money itself is the subject
    or object ("rahoitus tulee", "får statsbidrag från"). Applied-for money is not granted money.
    """
    if not _funding_noun(c):
        return []
    received = not RECEIVE.isdisjoint(c.lemmas)
    if any(lem.startswith(APPLYING + REQUESTING) or lem.endswith(_APPLICATION_NOUNS) for lem in c.lemmas) \
            and not received:
        return []  # "haettiin rahoitusta X:stä" alone; "..., josta saatiin 50 %" says it was granted
    if not OPINION.isdisjoint(c.lemmas):
        return []  # "pyytänyt X:ltä lausuntoa rahoitushakemuksesta": X is asked its opinion, it gives no money
    if received and any(m.case == "ulkoeronto" for m in c.free_orgs):
        return []  # funds:received-from
    if any(lem.startswith(TRANSFER) or lem.endswith(TRANSFER) for lem in c.lemmas):
        return []  # "hankkeen valtionavustuksen siirto X:ltä Y:lle": the grant's holder hands it on, funds nothing
    target = c.own_target
    if not target:
        return []
    base = c.sent.start
    givers = [m for m in c.free_orgs if m.type in FUNDERS and m.iri != target and (
        m.case == "ulkoeronto" or (_elative(c, m) and (m.type != "Agency" or is_paying_agency(m))) or (
            m.case in SUBJECT_CASES and _FROM.search(c.sent.text[max(0, m.start - base - 8):m.start - base])))]
    if not givers:
        return []
    amount = c.euros[0] if c.euros else None
    return [Fact(givers[0].iri, "funds", target, c.ev, "funds:source-ablative", 0.6,
                 amount=amount.value if amount else None,
                 amount_qualifier="approximate" if amount and amount.approximate else None)]


RECEIVE = {"saada", "saanut", "saaneet"}
# an application named by its compound noun ("rahoitushakemus", "avustusanomus"): the lemma ends in it
_APPLICATION_NOUNS = ("hakemus", "anomus", "ansökan")
# an opinion asked or given: the organisation asked ("X:ltä pyydettiin lausuntoa") gives none of the money
OPINION = {"lausunto", "pyytää", "lausua", "yttrande", "utlåtande"}
_CARRY_OUT = frozenset({"toteuttaa", "toimia", "toteutua", "genomföra"})


def _funding_noun(c: Clause) -> bool:
    """Whether a lemma of the sentence begins or ends with a funding noun: two rules ask it of every sentence, so
    the answer is kept on the clause (in its __dict__, as its cached properties are)."""
    got = c.__dict__.get("_funding_noun")
    if got is None:
        got = c.__dict__["_funding_noun"] = any(
            lem.startswith(FUNDING_NOUNS) or lem.endswith(FUNDING_NOUNS) for lem in c.lemmas)
    return got


def _elative(c: Clause, m: Mention) -> bool:
    """An organisation in the elative is a source: "rahoitusta Keski-Suomen liitosta", "ministeriöstä".

    Voikko may read the last word another way first ("liitosta" as the partitive of "liitos"), so any
    elative reading of it counts.
    """
    if m.case == "sisaeronto":
        return True
    last = m.surface.split()[-1] if m.surface.split() else ""
    return bool(last) and last.lower().endswith(("sta", "stä")) and any(
        a.case == "sisaeronto" for a in c.morph.analyse(last))
_SWEDISH_RECEIVE = re.compile(r"\b(?:fått|får|fick|erhållit|erhöll)\b", re.IGNORECASE)


@rule("coordinates:grant-receiver", "coordinates",
      "'X on saanut valtionavustusta Y-hankkeeseen', 'X har fått statsbidrag för projektet Y'", needs="und")
def _grant_receiver(c: Clause) -> list[Fact]:
    """The one organisation that received a grant for a named undertaking carries it out."""
    if not _funding_noun(c):
        return []
    if not (not RECEIVE.isdisjoint(c.lemmas) or _SWEDISH_RECEIVE.search(c.sent.text)):
        return []
    if any(lem.startswith(APPLYING) for lem in c.lemmas):
        return []
    swedish_for = re.compile(r"\bför\s+(?:projektet|projekt)?\s*$", re.IGNORECASE)
    base = c.sent.start
    projects = [u for u in c.und if u.iri not in c.ctx.funds and u.type == "Project" and (
        u.case in {"sisatulento", "ulkotulento"}
        or (u.case is None and swedish_for.search(c.sent.text[max(0, u.start - base - 20):u.start - base])))]
    # "Keski-Suomen sosiaalialan osaamiskeskus KOSKE on saanut ...": a name and its acronym side by side are one taker
    takers: list[Mention] = []
    for m in clause_subjects(c, ORGS - {"Body"}):
        if all(t.iri != m.iri for t in takers):
            takers.append(m)
    if len(projects) != 1 or len(takers) != 1 or takers[0].start > projects[0].start:
        return []
    if _owned_by_genitive(c, projects[0]):
        return []  # "saivat A ry ... sekä B:n X-hankkeeseen": B's project, whatever A received
    return [Fact(takers[0].iri, "coordinates", projects[0].iri, c.ev, "coordinates:grant-receiver", 0.6)]


# who may own a project by the genitive right before its name (extract/project_owners.py reads that owner)
_GENITIVE_OWNERS = {"Association", "Company", "Parish", "CompetenceCentre", "JointAuthority", "WellbeingCounty"}


def _owned_by_genitive(c: Clause, project: Mention) -> bool:
    """Whether an organisation in the genitive stands right before the project's name ("Turun seurakuntayhtymän
    Polku-hankkeeseen"): the project is that organisation's, not the subject's of the sentence."""
    gap = c.sent.text[:project.start - c.sent.start]
    return any(m.type in _GENITIVE_OWNERS and m.case == "omanto" and m.end <= project.start
               and not gap[m.end - c.sent.start:].strip() for m in c.free_orgs)


_TOWN_AS_PARTY = re.compile(r"\s(?:kommun|stad|staden|kaupunki|kunta|kaupungin|kunnan)\b", re.IGNORECASE)
_JOINT = re.compile(r"\s*(?:(?:,|ja|sekä)\s*)?$")
_COPULA_BEFORE = re.compile(r"\b(?:on|ovat|oli|olivat)\s+$", re.IGNORECASE)


_MELLAN_ONLY = re.compile(r"^\s*(?:är|var|blir)\s+(?:ett\s+)?(?:\w+\s+)?(?:samarbetsprojekt|samprojekt)\s+mellan\b",
                          re.IGNORECASE)


@rule("participatesIn:joint-undertaking", "participatesIn",
      "'X:n ja Y:n yhteinen hanke', 'X:n ja Y:n yhteishanke', 'samarbetsprojekt mellan X och Y'", needs="free_orgs")
def _joint(c: Clause) -> list[Fact]:
    """Owners named in the genitive before "yhteinen"/"yhteis-": each takes part in the joint undertaking."""
    target = c.own_target
    if not target and _MELLAN_ONLY.search(c.sent.text):
        # "(ilaag, tillsammans i Österbotten,) var ett samarbetsprojekt mellan A och B": the name stood on the line
        # before; a project between parties with none named is the page's own project
        target = c.ctx.main_project or c.ctx.doc_project
    if not target:
        return []
    toks = [t for t, _lem in c.word_lemmas]
    base = c.sent.start
    text = c.sent.text
    owners: list[Mention] = []
    for k, (t, lem) in enumerate(c.word_lemmas):
        if lem.startswith(("yhteinen", "yhteishanke", "yhteisprojekti", "yhteistyöhanke")) and k:
            pos = t.start
            run: list[Mention] = []
            for m in sorted(c.free_orgs, key=lambda m: -m.start):
                if m.end > pos:
                    continue
                gap = text[m.end - base:pos - base]
                # "Pikassoksen": a name Voikko does not know is a genitive by its ending
                genitive = m.case == "omanto" or unknown_genitive(m)
                if genitive and m.type in PARTNERS and re.fullmatch(r"\s*(?:,|ja|sekä)?\s*", gap):
                    run.append(m)
                    pos = m.start
                elif gap.strip():
                    break
            if len(run) >= 2 and lem.startswith("yhteinen") and not any(
                    u.iri == target and 0 <= u.start - t.end <= 2 for u in c.und) \
                    and not _COPULA_BEFORE.search(text[:run[-1].start - base]):
                continue  # "jatkaa aiemman A:n ja B:n yhteisen hankkeen työtä": other, unnamed joint work
            if len(run) >= 2:
                owners += run
        # "ett interregionalt, tvåspråkigt projekt mellan A, B och C": a project between parties is theirs jointly
        if lem.startswith(("samarbetsprojekt", "samarbete", "samprojekt")) or t.text.lower() in {"projekt",
                                                                                               "projektet"}:
            nxt = toks[k + 1].text.lower() if k + 1 < len(toks) else ""
            if nxt == "mellan":
                # a bare town in the list is where a party sits ("Kosolan talo Oy, Lappo"), not a party: only a
                # town named as one ("Kronoby kommun") counts; a town's institution ("Jakobstads museum", a Body
                # read by its head, extract/institutions.py) is a party as an association is
                owners += [m for m in c.free_orgs if m.start > toks[k + 1].end
                           and (m.type in PARTNERS or institution_body(m))
                           and re.fullmatch(r"[\w\s,.-]*", text[toks[k + 1].end - base:m.start - base])
                           and (m.type != "Municipality" or _TOWN_AS_PARTY.search(m.surface))]
    return [Fact(m.iri, "participatesIn", target, c.ev, "participatesIn:joint-undertaking", 0.6)
            for m in dict((m.iri, m) for m in owners if m.iri != target).values()]


SWEDISH_ROLES = {"huvudman": "coordinates", "projektägare": "coordinates", "koordinator": "coordinates",
                 "projektansvarig": "coordinates", "partner": "participatesIn", "partners": "participatesIn",
                 "samarbetspartner": "participatesIn", "samarbetspartners": "participatesIn",
                 "samarbetsparter": "participatesIn", "delgenomförare": "participatesIn",
                 "medgenomförare": "participatesIn", "finansiär": "funds", "huvudfinansiär": "funds"}
_COPULA = {"är", "var", "blir", ":"}


@lru_cache(maxsize=16)
def _swedish_role_word_in(text: str) -> bool:
    """Whether the sentence's lower case holds a role word at all (a token that is one is part of it); three rules
    ask per sentence, and Finnish sentences never do."""
    low = text.lower()
    return any(w in low for w in SWEDISH_ROLES)


def _swedish_role_holders(c: Clause, pred: str) -> list[Mention]:
    """"Huvudman för projektet är X", "Partner i projektet X är A och B": the organisations after the copula;
    "X är huvudman för projektet": the organisation before it."""
    if not _swedish_role_word_in(c.sent.text):
        return []
    toks = list(c.sent.tokens)
    out: list[Mention] = []
    for k, t in enumerate(toks):
        role = SWEDISH_ROLES.get(t.text.lower())
        if role != pred:
            continue
        cop = next((j for j in range(k + 1, min(k + 9, len(toks))) if toks[j].text.lower() in _COPULA), None)
        if cop is not None and all(toks[j].text.lower() not in SWEDISH_ROLES for j in range(k + 1, cop)):
            nxt_role = next((toks[j].start for j in range(cop + 1, len(toks)) if toks[j].text.lower() in SWEDISH_ROLES),
                            c.sent.end)
            if pred == "coordinates":  # "Projektägare är föreningarna, tillsammans med X": X works beside the owner
                beside = WITH_PARTNER.search(c.sent.text, toks[cop].end - c.sent.start)
                nxt_role = min(nxt_role, c.sent.start + beside.start()) if beside else nxt_role
            out += [m for m in c.free_orgs if toks[cop].end <= m.start < nxt_role and m.type in PARTNERS | {"Ministry"}]
        elif k >= 2 and toks[k - 1].text.lower() in {"är", "var"}:
            out += [m for m in c.free_orgs if m.end <= toks[k - 1].start and m.type in PARTNERS | {"Ministry"}][-1:]
    return out


def _swedish_role(c: Clause, pred: str) -> list[Fact]:
    target = c.own_target
    if not target:
        target = c.ctx.main_project or c.ctx.doc_project
    if not target:
        return []
    holders = _swedish_role_holders(c, pred)
    if pred == "coordinates":
        holders = holders[:1]
    return [Fact(m.iri, pred, target, c.ev, f"{pred}:swedish-role-noun", 0.65)
            for m in dict((m.iri, m) for m in holders if m.iri != target).values()]


@rule("coordinates:swedish-role-noun", "coordinates", "'Huvudman för projektet är X', 'X är projektägare'",
      needs="free_orgs")
def _swedish_coordinator(c: Clause) -> list[Fact]:
    return _swedish_role(c, "coordinates")


@rule("participatesIn:swedish-role-noun", "participatesIn", "'Partner i projektet är X och Y', 'Samarbetspartner: X'",
      needs="free_orgs")
def _swedish_partner(c: Clause) -> list[Fact]:
    return _swedish_role(c, "participatesIn")


@rule("funds:swedish-role-noun", "funds", "'Finansiär för projektet är X'",
      needs="free_orgs")
def _swedish_funder(c: Clause) -> list[Fact]:
    return _swedish_role(c, "funds")


PART_WORDS = {"osa", "osana", "kuulua", "del", "ingår", "ingå"}
SUB_WORDS = ("osahanke", "osaprojekti", "työpaketti", "pilotti", "delprojekt", "arbetspaket", "toimenpidekokonaisuus")


def _sub_named(u: Mention) -> bool:
    """"Hyvä mieli -osahanke": the kind of a part is in its name as written (the label may drop it)."""
    return any(w in f"{u.label} {u.surface}".lower() for w in SUB_WORDS)


@rule("partOf:part-of-project", "partOf",
      "'X-osahanke on osa Y-hanketta', 'Työpaketti X kuuluu Y-hankkeeseen', 'delprojektet X ingår i projektet Y'",
      needs="und")
def _part_of_project(c: Clause) -> list[Fact]:
    """A sub-project or work package before a word of belonging, one project after it: the first is part of it."""
    link = next((t for t, lem in c.word_lemmas if lem in PART_WORDS or t.text.lower() in PART_WORDS), None)
    if link is None:
        return []
    subs = [u for u in c.und if u.end <= link.start and u.iri not in c.ctx.funds and (
        u.type == "WorkPackage" or _sub_named(u))]
    mains = [u for u in c.und if u.start >= link.end and u.type == "Project" and u.iri not in c.ctx.funds
             and not _sub_named(u)]
    if len(subs) != 1 or not mains or subs[0].iri == mains[0].iri:
        return []
    return [Fact(subs[0].iri, "partOf", mains[0].iri, c.ev, "partOf:part-of-project", 0.6)]


SHARE_WORDS = ("osuus", "rahoitusosuus", "andel", "finansieringsandel")
# "Uudenmaan liiton UKKE-rahoituksen osuus on 55 000 euroa": the share of an organisation's grant (its funding, its
# aid, its support) is money it gives, whatever kind the organisation is; its own share would have no grant noun
FUNDING_SHARE_AFTER = re.compile(r"[ \t]+(?:[\w-]*rahoitukse|[\w-]*avustukse|[\w-]*tue)n[ \t]+osuu(?:s|den|tena)\b",
                                 re.IGNORECASE)


@rule("funds:funder-share", "funds",
      "'..., josta Euroopan sosiaalirahaston osuus on 80 %', 'STM:n rahoitusosuus on 75 %'")
def _funder_share(c: Clause) -> list[Fact]:
    """A ministry, agency or fund owning a share of an undertaking's money funds it (a municipality's or
    a partner's own share is contributes:share-amount)."""
    target = c.own_target
    if not target or not (c.shares or c.euros):
        return []
    toks = [t for t, _lem in c.word_lemmas]
    lemmas = [lem for _t, lem in c.word_lemmas]
    out = []
    for m in c.named:
        if m.case != "omanto" or m.iri == target or id(m) in c.inside or not (
                is_paying_agency(m) or (m.type == "Programme" and m.iri in c.ctx.funds)
                or FUNDING_SHARE_AFTER.match(c.sent.text, m.end - c.sent.start)):
            continue
        if (grant := FUNDING_SHARE_AFTER.match(c.sent.text, m.end - c.sent.start)) is not None:
            amount = next((a for a in c.euros if a.start >= c.sent.start + grant.end()), None)
            if amount is None:
                continue
            out.append(Fact(m.iri, "funds", target, c.ev, "funds:funder-share", 0.6, amount=amount.value))
            continue
        k = next((k for k, t in enumerate(toks) if t.start >= m.end), None)
        if k is not None and toks[k].start - m.end <= 2 and lemmas[k].endswith(SHARE_WORDS):
            # "kokonaisbudjetti on N euroa, josta STM:n osuus on M euroa": the sum after the share word is its own
            amount = next((a for a in c.euros if a.start >= toks[k].start), c.euros[-1] if c.euros else None)
            share = c.shares[0].value if c.shares and amount is None else None
            out.append(Fact(m.iri, "funds", target, c.ev, "funds:funder-share", 0.6,
                            amount=amount.value if amount else None, share=share))
    return out[:1]


PLACE_CASES = {"sisaolento", "ulkoolento"}
# projects in the plural before the verb of carrying out: the towns are theirs, not the programme's
_PLURAL_PROJECTS = re.compile(r"(?i)\b\w*(?:hankkeita|hankkeet|projekteja|projektit|projekten)\b")


@rule("coversArea:carried-out-in", "coversArea", "'Hanketta toteutetaan Oulussa ja Kemissä', 'hanke toimii Salossa'",
      cues=tuple(sorted(_CARRY_OUT)))
def _carried_out_in(c: Clause) -> list[Fact]:
    """Municipalities in a locative after a verb of carrying out or operating: where the undertaking works.

    Regions in a locative are coversArea:locative-area; a town is read only with such a verb,
    so a seminar "held in Oulu" is no area.
    """
    target = c.own_target
    if not target or _CARRY_OUT.isdisjoint(c.lemmas):
        return []
    verb = next(t.start for t, lem in c.word_lemmas if lem in {"toteuttaa", "toimia", "toteutua", "genomföra"})
    programme = target == c.ctx.programme or target in c.ctx.own_programmes or any(
        u.iri == target and u.type == "Programme" for u in c.und)
    if programme and _PLURAL_PROJECTS.search(c.sent.text, 0, verb - c.sent.start):
        return []  # "Näitä hankkeita toteutetaan Espoossa ja Porissa": the programme's projects work there
    places = [m for m in c.named if m.type == "Municipality" and m.case in PLACE_CASES and m.start > verb
              and id(m) not in c.inside and not excepted(c.sent.text, m.start - c.sent.start, m.end - c.sent.start)]
    return [Fact(target, "coversArea", m.iri, c.ev, "coversArea:carried-out-in", 0.55)
            for m in dict((m.iri, m) for m in places).values()]


@rule("coordinates:grant-to-both", "coordinates",
      "'STM myönsi Kainuun hyvinvointialueelle 800 000 euroa Hyvä mieli -hankkeelle'", needs="und")
def _grant_to_both(c: Clause) -> list[Fact]:
    """A grant given to an organisation (allative) for a named project (allative or illative after it):
    the organisation runs the project. coordinates:grant-recipient reads the project in other cases."""
    # the perfect "on myöntänyt" lemmatises to its participle
    if not any(lem == "myöntää" or lem.startswith("myöntän") for lem in c.lemmas):
        return []
    takers = [m for m in c.free_orgs if m.type in ORGS - {"Body"} and m.case == "ulkotulento"]
    projects = [u for u in c.und if u.type == "Project" and u.iri not in c.ctx.funds
                and u.case in {"ulkotulento", "sisatulento"}]
    if len(takers) != 1 or len(projects) != 1 or projects[0].start < takers[0].end:
        return []
    if _own_sums_joined(c, takers[0], projects[0]):
        return []  # "A ry:lle 1 500 euron avustuksen ja B-hankkeelle 2 000 euroa": two grants, not one for B
    return [Fact(takers[0].iri, "coordinates", projects[0].iri, c.ev, "coordinates:grant-to-both", 0.6)]


_JOINED_GRANT = re.compile(r"(?:,|\bja\b|\bsekä\b)", re.IGNORECASE)


def _own_sums_joined(c: Clause, taker: Mention, project: Mention) -> bool:
    """Each of the two has a sum of its own (one between them, one after the project) and a joining word comes
    after the taker's sum: two receivers in a row, not a receiver and what its money is for."""
    base = c.sent.start
    between = [a for a in c.euros if taker.end <= a.start and a.end <= project.start]
    after = [a for a in c.euros if a.start >= project.end]
    return bool(between and after) and _JOINED_GRANT.search(
        c.sent.text, between[-1].end - base, project.start - base) is not None


STATE_AID = ("valtionavustu", "statsbidrag", "statsunderstöd")  # aid only the state (a ministry) grants
_LAST_MINISTRY = "_role_verbs_last_ministry"  # kept on the document's Context between sentences


@rule("funds:state-aid-receiver", "funds",
      "'X saa valtionavustusta' (the ministry named in the sentence or before it), 'X får statsbidrag'", needs="named")
def _state_aid_receiver(c: Clause) -> list[Fact]:
    """State aid comes from a ministry: the one the sentence names, else the last one the document named.

    With no ministry named anywhere yet the sentence states no funder. The aid goes to the one project
    it is for ("Y-hankkeeseen"), else to the receiving organisation itself.
    """
    ministries = [m for m in c.named if m.type == "Ministry" and m.iri]
    earlier = getattr(c.ctx, _LAST_MINISTRY, None)
    if ministries:
        setattr(c.ctx, _LAST_MINISTRY, ministries[-1].iri)
    if not any(lem.startswith(STATE_AID) for lem in c.lemmas):
        return []
    if not (not RECEIVE.isdisjoint(c.lemmas) or _SWEDISH_RECEIVE.search(c.sent.text)):
        return []
    if any(lem.startswith(APPLYING) for lem in c.lemmas):
        return []
    funder = ministries[0].iri if ministries else earlier
    projects = [u for u in c.und if u.iri not in c.ctx.funds and u.type == "Project"
                and u.case in {"sisatulento", "ulkotulento", None}]
    takers = [m for m in clause_subjects(c, ORGS - {"Body", "Ministry"})]
    obj = projects[0].iri if len(projects) == 1 else (takers[0].iri if len(takers) == 1 and not c.und else None)
    if not (funder and obj and funder != obj):
        return []
    return [Fact(funder, "funds", obj, c.ev, "funds:state-aid-receiver", 0.6)]


FUNDED_ADJECTIVE = re.compile(r"-(?:osa)?rahoitte(?:inen|isen|ista|isessa|isesta|iseen|isena)\b", re.IGNORECASE)


@rule("funds:funded-adjective", "funds", "'ESR-rahoitteisen hankkeen', 'EAKR-rahoitteinen projekti'",
      needs="named")
def _funded_adjective(c: Clause) -> list[Fact]:
    """A fund or funder glued to "-rahoitteinen" funds the project the adjective describes (the one in focus)."""
    funders = [m for m in c.named if m.iri and FUNDED_ADJECTIVE.search(m.surface)
               and (m.type == "Programme" or m.type in FUNDERS)]
    if not funders:
        return []
    target = c.own_target or c.ctx.main_project
    return [Fact(m.iri, "funds", target, c.ev, "funds:funded-adjective", 0.65)
            for m in funders[:1] if target and m.iri != target]


# "Hankkeen vetovastuu on X:llä", "Koordinointivastuu hankkeesta on X:llä", "Ansvaret för projektet har X"
_RESPONSIBILITY = guarded(re.compile(r"\b(?:veto|hallinnointi|koordinointi|koordinaatio|toteutus|"
                                     r"pää)?vastuu\s+(?:\w+\s+){0,2}"
                                     r"(?:on|oli|kuuluu|kuului)\b", re.IGNORECASE))


@rule("coordinates:responsibility-holder", "coordinates",
      "'Hankkeen vetovastuu on X:llä', 'Koordinointivastuu hankkeesta on X:llä'",
      needs="free_orgs",
      text_cues=text_needs(_RESPONSIBILITY))
def _responsibility_holder(c: Clause) -> list[Fact]:
    """The organisation in the adessive after "vastuu ... on" holds the project's lead: it coordinates."""
    target = c.own_target
    cue = _RESPONSIBILITY.search(c.sent.text)
    if not target or cue is None:
        return []
    base = c.sent.start
    holders = [m for m in c.free_orgs if m.case == "ulkoolento" and m.start - base >= cue.end()
               and m.start - base - cue.end() <= 20 and m.type != "Body"]
    return [Fact(m.iri, "coordinates", target, c.ev, "coordinates:responsibility-holder", 0.7)
            for m in holders[:1] if m.iri != target]


# "Rahoitus tulee X:ltä", "Hankkeen rahoitus saadaan X:ltä ja Y:ltä", "Finansieringen kommer från X"
_MONEY_COMES = guarded(re.compile(r"\b(?:rahoitus|rahoituksen|avustus|finansieringen|finansiering)\s+(?:\w+\s+){0,3}"
                                  r"(?:tulee|tuli|saadaan|saatiin|kommer\s+från|kom\s+från)\b", re.IGNORECASE))


@rule("funds:money-comes-from", "funds", "'Rahoitus tulee X:ltä', 'Finansieringen kommer från X och Y'", needs="named",
      text_cues=text_needs(_MONEY_COMES))
def _money_comes_from(c: Clause) -> list[Fact]:
    """Each source after "rahoitus tulee" (ablative or elative, or after Swedish "från") funds the undertaking."""
    target = c.own_target or c.ctx.main_project or c.ctx.doc_project
    cue = _MONEY_COMES.search(c.sent.text)
    if not target or cue is None:
        return []
    base = c.sent.start
    swedish = cue.group().lower().endswith("från")
    sources = [m for m in c.named if id(m) not in c.inside and m.start - base >= cue.end()
               and (m.type in FUNDERS or m.type == "Programme") and m.iri != target
               and (m.case in {"ulkoeronto", "sisaeronto"} or (swedish and m.case in {None, "nimento"}))]
    return [Fact(m.iri, "funds", target, c.ev, "funds:money-comes-from", 0.65) for m in sources]


# "Hankkeen rahoitus koostui A:n, B:n ja C:n osuuksista", "Rahoitus muodostuu A:n avustuksesta ja B:n osuudesta":
# the funding is said to be made of shares, each owned by a genitive funder
_MONEY_MADE_OF = guarded(re.compile(r"\b(?:rahoitus|rahoituksen|kokonaisrahoitus|rahoituspohja)\s+(?:\w+\s+){0,3}?"
                                    r"(?:koostuu|koostui|koostuvat|muodostuu|muodostui|muodostuvat)\b",
                                    re.IGNORECASE))
# a word for a share of money owned by the genitive before it ("osuuksista", "omarahoitusosuudesta", "tuesta")
_SHARE_NOUN = re.compile(r"(?i)\b\w*(?:osuu|osuud|rahoitu|avustu|tuesta|tuista|varoista|panoksesta|panoksista)\w*")
_SHARE_GAP = 80  # a funder's genitive and the share word it owns stand in one noun phrase, never a clause apart


@rule("funds:money-made-of", "funds", "'Hankkeen rahoitus koostui A:n, B:n ja C:n osuuksista'", needs="named")
def _money_made_of(c: Clause) -> list[Fact]:
    """Each organisation in the genitive that owns a share the funding is made of funds the undertaking.

    Only the genitive before a share word counts ("A:n ja B:n osuuksista"): a name in another case after the verb
    ("koostuu X:n hallinnoimista hankkeista") owns no money; a sentence that names no organisation states nothing.
    """
    target = c.own_target or c.ctx.main_project or c.ctx.doc_project
    cue = _MONEY_MADE_OF.search(c.sent.text)
    if not target or cue is None:
        return []
    base = c.sent.start
    out: list[Fact] = []
    for m in c.named:
        if id(m) in c.inside or m.case != "omanto" or m.start - base < cue.end() or not m.iri or m.iri == target \
                or not (m.type in FUNDERS or m.type == "Programme"):
            continue
        share = _SHARE_NOUN.search(c.sent.text, m.end - base)
        if share is None or share.start() - (m.end - base) > _SHARE_GAP \
                or re.search(r"[.;:()]", c.sent.text[m.end - base:share.start()]):
            continue
        out.append(Fact(m.iri, "funds", target, c.ev, "funds:money-made-of", 0.65))
    return out


# "X:ssa on käynnistynyt uusi Y-hanke", "X:llä alkoi Y-projekti": the organisation where a project starts runs it
_STARTED = re.compile(r"\s+(?:on\s+|ovat\s+)?(?:käynnistynyt|käynnistyneet|käynnistyi|käynnistyivät|alkanut|alkoi|"
                      r"käynnistetty|käynnistettiin|aloitettu|aloitettiin)\b", re.IGNORECASE)
_STARTED_AT = {"Association", "Company", "Agency", "Ministry", "CompetenceCentre", "JointAuthority", "WellbeingCounty"}


@rule("coordinates:started-at", "coordinates", "'X:ssa on käynnistynyt uusi Y-hanke', 'X:llä käynnistyi Y-projekti'")
def _started_at(c: Clause) -> list[Fact]:
    """An organisation (not a place: "Tampereella on käynnistynyt" says where) in the inessive or adessive right
    before a verb of starting, with the project it starts named after the verb as its subject."""
    base = c.sent.start
    for m in c.free_orgs:
        if m.type not in _STARTED_AT or m.case not in {"sisaolento", "ulkoolento"}:
            continue
        verb = _STARTED.match(c.sent.text, m.end - base)
        if verb is None:
            continue
        after = base + verb.end()
        started = next((u for u in sorted(c.und, key=lambda u: u.start) if u.start >= after and u.type == "Project"
                        and u.iri not in c.ctx.funds and u.case in SUBJECT_CASES), None)
        if started is not None and started.iri != m.iri and not _CLAUSE_BREAK.search(
                c.sent.text[verb.end():started.start - base]):
            return [Fact(m.iri, "coordinates", started.iri, c.ev, "coordinates:started-at", 0.65)]
    return []


# "koordinaatiohanke, jonka X on saanut vastuulleen", "X sai vastuulleen Y-hankkeen"
_TAKEN_ON = guarded(re.compile(r"\s+(?:on\s+|ovat\s+)?(?:saanut|saaneet|sai|saivat|ottanut|ottaneet|otti|"
                               r"ottivat)\s+vastuulleen\b", re.IGNORECASE))


@rule("coordinates:taken-on", "coordinates", "'hanke, jonka X on saanut vastuulleen', 'X otti vastuulleen Y-hankkeen'",
      needs="free_orgs")
def _taken_on(c: Clause) -> list[Fact]:
    """The nominative subject of "saada/ottaa vastuulleen" is responsible for the undertaking: the one named after
    the verb, else the project before a relative "jonka", else the one the sentence or page is about."""
    base = c.sent.start
    if not possible(_TAKEN_ON, c.sent.text):  # "vastuulleen" nowhere: no subject to look at
        return []
    for m in clause_subjects(c, ORGS - {"Body"}):
        verb = _TAKEN_ON.match(c.sent.text, m.end - base)
        if verb is None:
            continue
        after = [u for u in c.und if u.start >= base + verb.end() and u.iri not in c.ctx.funds]
        target = after[0].iri if after else c.own_target or c.ctx.main_project or c.ctx.doc_project
        if target and target != m.iri:
            return [Fact(m.iri, "coordinates", target, c.ev, "coordinates:taken-on", 0.6)]
    return []


# the minutes' own organisation as a bare subject: "Kunta toimii hankkeen hallinnoijana", "Kaupunki hallinnoi
# hanketta" in a town's minutes; "Kuntayhtymä toimii hankkeen hakijana" in a joint authority's, "Hyvinvointialue
# hallinnoi hanketta" in a wellbeing county's
TOWN_WORDS = r"[Kk]unta|[Kk]aupunki|[Kk]ommunen|[Ss]taden"
JOINT_WORDS = (r"[Kk]untayhtymä|[Ss]airaanhoitopiiri|[Hh]yvinvointialue|[Hh]yvinvointiyhtymä|[Mm]aakuntaliitto|"
               r"[Ll]iitto|[Ee]rityishuoltopiiri|[Ss]amkommunen|[Vv]älfärdsområdet|[Ff]örbundet")
_RUNNING = (r"(?:(?:toimii|toimisi|on|olisi)\s+(?:\S+\s+){0,2}?(?:hallinnoija|hakija|päätoteuttaja|vastuutaho|"
            r"vastuuorganisaatio)(?:na|n[aä])?\b|(?:hallinnoi|hallinnoisi|koordinoi|koordinoisi|vetää|vetäisi)\b|"
            r"(?:är|fungerar\s+som)\s+(?:projektägare|huvudman)\b)")
_LEAD_IN = r"^(?:(?:[Tt]ämän\s+(?:vuoksi|takia)|[Ll]isäksi|[Mm]yös|[Nn]äin\s+ollen),?\s+)?"
_ROLE_FIRST = (r"\b(?i:hallinnoija|hakija|päätoteuttaja|vastuutaho|vastuuorganisaatio)(?:na|nä)\s+"
               r"(?:toimii|toimisi|on|olisi)\s+")
_OWN_TOWN_ROLE = re.compile(rf"{_LEAD_IN}(?:{TOWN_WORDS})\s+{_RUNNING}")
_OWN_JOINT_ROLE = re.compile(rf"{_LEAD_IN}(?:{JOINT_WORDS})\s+{_RUNNING}")
# "Hankkeen hallinnoijana toimii kunta", "Hakijana on kaupunki ja osatoteuttajina ...": the role first
_ROLE_THEN_TOWN = guarded(re.compile(rf"{_ROLE_FIRST}(?:kunta|kaupunki)\b(?!\s+[A-ZÅÄÖ])"))
_ROLE_THEN_JOINT = re.compile(rf"{_ROLE_FIRST}(?:{JOINT_WORDS.lower()})\b(?!\s+[A-ZÅÄÖ])")
_COUNTY_WORD = re.compile(r"(?i)hyvinvointialue|hyvinvointiyhtymä|välfärdsområdet")
OWN_REACH = 800  # a joint authority or county named this early heads the page: whose minutes these are
_JOINT_IRI = re.compile(r"/(?:joint-authority|wellbeing-county)/")


def _own_joint(c: Clause) -> str | None:
    """The joint authority or wellbeing county a page without a town names first, near its top."""
    if c.ctx.municipality or c.ctx.first_named is None:
        return None
    early = [(pos, iri) for iri, pos in c.ctx.first_named.items() if _JOINT_IRI.search(iri) and pos < OWN_REACH]
    return min(early)[1] if early else None


@rule("coordinates:own-town-role", "coordinates", "'Kunta toimii hankkeen hallinnoijana' in a town's minutes")
def _own_town_role(c: Clause) -> list[Fact]:
    """In minutes, the bare "kunta"/"kaupunki" opening a sentence is the town whose minutes these are (the bare
    "kuntayhtymä"/"hyvinvointialue" the joint authority or county heading the page); with a role noun of running
    ("hallinnoijana", "hakijana") or a verb of running, it runs the undertaking the sentence or item is about.
    A named organisation early in the sentence is left to the rules that read names."""
    if any(m.type in ORGS and m.start - c.sent.start < 40 for m in c.free_orgs):
        return []
    town = c.ctx.municipality
    if town:
        if _OWN_TOWN_ROLE.match(c.sent.text) is None and (
                _ROLE_THEN_TOWN.search(c.sent.text) is None or _bare_own_town(c) is None):
            return []
    else:
        said = _OWN_JOINT_ROLE.match(c.sent.text) or _ROLE_THEN_JOINT.search(c.sent.text)
        if said is None:
            return []  # the sentence first: _own_joint reads every entity of the document
        town = _own_joint(c)
        county_said = _COUNTY_WORD.search(said.group(0)) is not None
        if town is None or county_said != ("/wellbeing-county/" in town):
            return []  # "hyvinvointialue" is the county heading the page, "kuntayhtymä" the joint authority
    target = c.own_target or c.ctx.focus or c.ctx.main_project
    if not target or target in c.ctx.funds or target == town:
        return []
    return [Fact(town, "coordinates", target, c.ev, "coordinates:own-town-role", 0.6)]


# Swedish places a project at its organisation with "vid" ("at"): "projektet ”I trygga händer” vid Esbo
# kyrkliga samfällighet", "projektet X vid Åbo Akademi" -- the project is that organisation's own work. The
# project must be named as a project ("projektet", or its head word) right before, so that "X vid Y" of a person,
# a meeting or a unit ("styrelsemöte vid", "Handelshögskolan vid", extract/organisation_units.py) is not read.
_PROJECT_BEFORE = re.compile(r"(?i)(?<![\w-])projekte[tn]?[ \t]+[”“\"«]?[ \t]*$")
_VID_AFTER = re.compile(r"[ \t]*[”“\"»]?[ \t]+vid[ \t]+$")
_VID_RUNNERS = ORGS - {"Body"}


@rule("coordinates:project-vid", "coordinates", "'projektet ”X” vid Y' (Swedish: the project at its organisation)",
      needs="free_orgs")
def _project_vid(c: Clause) -> list[Fact]:
    """The organisation named right after "vid" behind a project named as "projektet X" runs it."""
    if " vid " not in c.sent.text:
        return []
    base, text = c.sent.start, c.sent.text
    out: list[Fact] = []
    for u in c.und:
        if u.type != "Project" or u.iri in c.ctx.funds \
                or not _PROJECT_BEFORE.search(text[max(0, u.start - base - 14):u.start - base]):
            continue
        # (a bare town after "vid" may say where; a town named as one, "vid Vasa stad", runs it)
        org = next((m for m in c.free_orgs if m.start > u.end and m.type in _VID_RUNNERS
                    and (m.type != "Municipality" or _TOWN_AS_PARTY.search(m.surface))
                    and _VID_AFTER.fullmatch(text[u.end - base:m.start - base])), None)
        if org is not None and org.iri and org.iri != u.iri:
            out.append(Fact(org.iri, "coordinates", u.iri, c.ev, "coordinates:project-vid", 0.6))
    return out

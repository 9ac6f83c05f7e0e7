"""Relations between entities, read from Finnish sentences by lemma cues and grammatical case.

Each rule names itself in the facts it makes, so a researcher can see why a fact
exists (`welfare-kg explain`). Direction follows FACTS.md: funder funds project,
organisation coordinates project, participant participatesIn / contributes ...
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from welfare_kg.extract.dates import find_period
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.money import find_amounts
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.text import Sentence

ORGS = {"Ministry", "Agency", "CompetenceCentre", "JointAuthority", "WellbeingCounty", "Company",
        "Association", "Municipality", "Parish", "Body"}
FUNDERS = {"Ministry", "Agency", "CompetenceCentre", "JointAuthority", "WellbeingCounty", "Municipality",
           "Company", "Association"}
PARTIES = {"Municipality", "JointAuthority", "WellbeingCounty", "Company", "Association", "Parish",
           "CompetenceCentre", "Agency"}
UNDERTAKINGS = {"Project", "Programme", "Agreement", "WorkPackage"}

FUND_CUES = ("myöntä", "rahoitta", "rahoitus", "valtionavustu", "avustus", "rahoittama", "beviljat", "finansier")
COORD_CUES = ("hallinnoi", "hallinnoija", "hallinnointi", "koordinoi", "koordinointi", "koordinaattori",
              "vastuuorganisaatio", "päätoteuttaja", "samordna", "administrera")
JOIN_CUES = ("osallistu", "sitoumu", "sitoutu", "kuntasitoumu", "mukaan", "mukana", "allekirjoitta",
             "liittyä", "liity", "osapuol", "sopijapuol", "osatoteuttaja", "kumppani", "delta", "ansluta")
SHARE_CUES = ("osuus", "omarahoitus", "omavastuu", "varata", "varataan", "maksuosuus", "kuntaosuus", "andel")
LOCATIVE = {"sisaolento", "sisatulento", "ulkotulento", "ulkoolento"}


@dataclass
class Context:
    """What the whole document says that single sentences lean on."""

    focus: str | None = None  # the undertaking an anaphoric "hanke" points to
    main_project: str | None = None  # the latest project named outright (not a pilot or sub-project)
    section: str | None = None  # "join" or "share" under a heading like "Sopijaosapuolet", "Kuntien maksuosuudet"
    municipality: str | None = None  # of minutes
    funder: str | None = None  # the first funder seen, for passive "myönnettiin"


def _has(lemmas: list[str], cues: tuple[str, ...]) -> bool:
    """Whether any lemma contains a cue (one regex search over the joined lemmas: cues hold no newline)."""
    return _cue_pattern(cues).search("\n".join(lemmas)) is not None


@lru_cache(maxsize=256)
def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(c) for c in cues))


def _evidence(sent: Sentence) -> Evidence:
    return Evidence(sent.text, sent.start, sent.end)


def _anaphor(lemmas: list[str]) -> bool:
    return any(lem in {"hanke", "projekti", "kehittämishanke", "hankekokonaisuus", "projekt"} for lem in lemmas)


def sentence_facts(sent: Sentence, mentions: list[Mention], ctx: Context, morph: Morphology) -> list[Fact]:
    """Facts one sentence states; `mentions` are the resolved mentions inside it."""
    lemmas = [_lemma(t.text, morph) for t in sent.tokens if t.is_word]
    ev = _evidence(sent)
    facts: list[Fact] = []
    named = [m for m in mentions if m.iri and not m.generic]
    und = [m for m in named if m.type in UNDERTAKINGS]
    orgs = [m for m in named if m.type in ORGS]
    inside = {id(m) for m in named for u in und if u is not m and u.start <= m.start and m.end <= u.end}
    free_orgs = [m for m in orgs if id(m) not in inside]
    target = und[0].iri if und else ((ctx.main_project or ctx.focus) if _anaphor(lemmas) else None)
    amounts = find_amounts(sent.text, sent.start)
    euros = [a for a in amounts if not a.share]
    shares = [a for a in amounts if a.share]
    start, end = find_period(sent.text)

    facts += _section_facts(sent, free_orgs, euros, ctx, ev)
    # funds: "STM on myöntänyt X:lle valtionavustusta N euroa", "STM:n rahoittama hanke"
    if _has(lemmas, FUND_CUES):
        funders = _closest(sent, [m for m in free_orgs if m.type in FUNDERS and m.case in {"nimento", "omanto", None}
                                  and m.type not in {"Municipality"}], lemmas_at(sent, morph, FUND_CUES))
        recipients = [m for m in named if m.case == "ulkotulento" and m.type in (ORGS | UNDERTAKINGS)
                      and (not funders or m.iri != funders[0].iri)]
        if not _grant_verb(lemmas):  # "valtionavustusta" alone: state aid, so only the state is its funder
            funders = [m for m in funders if m.type in {"Ministry", "Agency"}]
        funder = funders[0].iri if funders else (ctx.funder if _passive_grant(lemmas) else None)
        obj = recipients[0].iri if recipients else target
        if funder and obj and funder != obj:
            amount = euros[0] if euros else None
            facts.append(Fact(funder, "funds", obj, ev, "funds:grant-verb", 0.8 if funders else 0.6,
                              amount=amount.value if amount else None,
                              amount_qualifier="approximate" if amount and amount.approximate else None,
                              share=shares[0].value if shares and not amount else None,
                              start_date=start, end_date=end))
            ctx.funder = ctx.funder or funder
    # coordinates: "hankkeen hallinnoijana toimii Socca", "hallinnoinnista ja koordinoinnista vastaa X"
    if _has(lemmas, COORD_CUES) and target:
        coords = _closest(sent, [m for m in free_orgs if m.type != "Body" and (
            m.case in {"nimento", None} or (m.case == "omanto" and _cue_follows(sent, m, morph, COORD_CUES)))],
            lemmas_at(sent, morph, COORD_CUES))
        for m in coords[:1]:
            if m.iri != target:
                facts.append(Fact(m.iri, "coordinates", target, ev, "coordinates:administer-verb", 0.75))
    # participatesIn: "Ranuan kunta antaa kuntasitoumuksen", "kunta osallistuu ..."
    if _has(lemmas, JOIN_CUES):
        obj = target or ctx.focus
        parts = [m for m in free_orgs if m.type in {"Municipality", "JointAuthority", "WellbeingCounty",
                                                    "Company", "Association", "Parish", "CompetenceCentre"}
                 and not _in_parentheses(sent, m)
                 and (m.case in {"nimento", None} or (m.case == "omanto" and _commitment_follows(sent, m, morph)))]
        if not parts and ctx.municipality and any(lem == "kunta" for lem in lemmas):
            parts_iris = [ctx.municipality]
        else:
            parts_iris = [m.iri for m in parts]
        for p in parts_iris:
            if obj and p != obj:
                facts.append(Fact(p, "participatesIn", obj, ev, "participatesIn:commit-verb", 0.7))
    # contributes: "Auran kunnan osuus on 357,00 euroa", "varataan 10 000 euroa"
    if _has(lemmas, SHARE_CUES) and euros:
        owners = [m for m in free_orgs if m.case == "omanto" and m.type in ORGS - {"Body"}]
        who = owners[0].iri if owners else ctx.municipality
        obj = target or ctx.focus
        if who and obj and who != obj:
            facts.append(Fact(who, "contributes", obj, ev, "contributes:share-amount", 0.75,
                              amount=euros[-1].value,
                              amount_qualifier="approximate" if euros[-1].approximate else None,
                              start_date=start, end_date=end))
    # coversArea: an area in a locative case next to a project; "X:n, Y:n ... edustajien/toimijoiden kanssa"
    if target:
        for m in named:
            if m.type in {"Region", "CooperationArea"} and id(m) not in inside and (
                    m.case in LOCATIVE or (m.case == "omanto" and _has(lemmas, ("edustaja", "toimija"))
                                           and len([x for x in named if x.type in {"Region", "CooperationArea"}
                                                    and x.case == "omanto"]) >= 2)):
                facts.append(Fact(target, "coversArea", m.iri, ev, "coversArea:locative-area", 0.6))
    # partOf: "osana X -ohjelmaa"
    osana = next((t.start for t in sent.tokens if t.text.lower() == "osana"), None)
    if osana is not None:
        progs = [m for m in und if m.type == "Programme" and m.start > osana]
        subj = next((m for m in und if m.type != "Programme" and m.end <= osana), None)
        if progs and subj and subj.iri != progs[0].iri:
            facts.append(Fact(subj.iri, "partOf", progs[0].iri, ev, "partOf:osana", 0.7))
    # "Suomen kestävän kasvun ohjelman Tulevaisuuden ... -hanke": a programme's own project is part of it
    for a, b in itertools.pairwise(und):
        if a.type == "Programme" and a.case == "omanto" and b.type != "Programme" and 0 <= b.start - a.end <= 1 \
                and a.iri != b.iri:
            facts.append(Fact(b.iri, "partOf", a.iri, ev, "partOf:owner-programme", 0.7))
    # "STM:n Lastensuojelun ... -hanke": a ministry's or agency's own project is funded by it
    for org in orgs:
        if org.type in {"Ministry", "Agency"} and org.case == "omanto":
            nxt = next((u for u in und if 0 <= u.start - org.end <= 2), None)
            if nxt is not None:
                pred = "funds" if nxt.type == "Project" else "coordinates"
                facts.append(Fact(org.iri, pred, nxt.iri, ev, f"{pred}:owner-genitive", 0.6))
    return facts


def heading_section(sent: Sentence, morph: Morphology) -> str | None:
    """What the lines under a heading list: parties ("Sopijaosapuolet") or shares ("Kuntien maksuosuudet")."""
    lemmas = [_lemma(t.text, morph) for t in sent.tokens if t.is_word]
    if _has(lemmas, SHARE_CUES):
        return "share"
    if _has(lemmas, ("osapuol", "sopijapuol", "osallistuja", "osatoteuttaja", "kumppani", "parter")):
        return "join"
    return None


def _section_facts(sent: Sentence, orgs: list[Mention], euros: list, ctx: Context, ev: Evidence) -> list[Fact]:
    """Lists under a heading: every party joins; "Pori 12 000,00 €" is Pori's share."""
    target = ctx.main_project or ctx.focus
    if not ctx.section or not target:
        return []
    parties = [m for m in orgs if m.type in PARTIES and m.case in {"nimento", None} and m.iri != target]
    if ctx.section == "join":
        return [Fact(m.iri, "participatesIn", target, ev, "participatesIn:party-list", 0.7) for m in parties]
    if ctx.section == "share" and len(parties) == 1 and len(euros) == 1:
        return [Fact(parties[0].iri, "contributes", target, ev, "contributes:share-table", 0.7,
                     amount=euros[0].value)]
    return []


def lemmas_at(sent: Sentence, morph: Morphology, cues: tuple[str, ...]) -> list[int]:
    """Character offsets of the tokens that carry a cue."""
    return [t.start for t in sent.tokens if t.is_word and _has([_lemma(t.text, morph)], cues)]


def _closest(sent: Sentence, cands: list[Mention], cue_positions: list[int]) -> list[Mention]:
    """Candidates ordered by distance to the nearest cue word: the verb's own subject is nearest."""
    if not cue_positions:
        return cands
    return sorted(cands, key=lambda m: min(abs(m.start - p) for p in cue_positions))


def _in_parentheses(sent: Sentence, m: Mention) -> bool:
    before = sent.text[: m.start - sent.start]
    return before.count("(") > before.count(")")


def _cue_follows(sent: Sentence, m: Mention, morph: Morphology, cues: tuple[str, ...]) -> bool:
    """A genitive that owns the cue word after it: "Ranuan kunnan osallistuminen", "Kosken koordinoima"."""
    after = [t for t in sent.tokens if t.start >= m.end and t.is_word][:2]
    return any(_has([_lemma(t.text, morph)], cues) for t in after)


def _commitment_follows(sent: Sentence, m: Mention, morph: Morphology) -> bool:
    return _cue_follows(sent, m, morph, ("osallistu", "sitoumu", "sitoutu", "kuntasitoumu"))


def _grant_verb(lemmas: list[str]) -> bool:
    return any(lem in {"myöntää", "rahoittaa", "avustaa", "rahoittama", "erillisrahoittama", "bevilja",
                       "finansiera"} or lem.endswith("rahoittama") for lem in lemmas)


def _passive_grant(lemmas: list[str]) -> bool:
    return any(lem in {"myöntää", "rahoittaa"} for lem in lemmas)


def _lemma(word: str, morph: Morphology) -> str:
    readings = morph.analyse(word)
    return (readings[0].base if readings else word).lower()

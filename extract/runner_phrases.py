"""Who runs a project, said by a phrase the verb and role-noun rules do not read: coordinates.

Finnish and Finland-Swedish texts name a project's runner in a handful of recurring shapes. The verbs
("hallinnoi", "koordinoi", "vetää", "toteuttaa"), the role nouns ("hallinnoija", "päätoteuttaja", "projektägare"),
the participles of administering ("X:n hallinnoima"), a card's fields and the Swedish passives ("drivs av X") have
their rules in relations.py, role_verbs.py and fields.py. What those leave, each read here by one rule:

- the agent participle of a verb of running with the runner's genitive, each pair on its own: "X:n toteuttama
  Y-hanke", "Y-hanke on X:n toteuttama", "kuten A:n hallinnoima X sekä B:n koordinoima Y" ("toteuttaa" is no
  COORD_CUE, since its finite forms also say that partners carry out a task; administer-verb reads one runner a
  sentence, so a list of projects with their runners gives it one pair only);
- the copula with the owner's genitive and a word for a project: "Y-hanke on X:n hanke", "Kyseessä on X:n
  kehittämishanke" (the owner's genitive before the name, "X:n Y-hanke", is read by project_owners.py);
- the Swedish genitive before "projekt": "Vasa stads projekt Y", "Projektet är Novias projekt";
- a single organisation that started the project: "X käynnisti Y-hankkeen", "X on käynnistänyt hankkeen",
  "X startade projektet Y" (several starters each take part: participatesIn:starters, party_phrases.py).

A ministry's or a paying agency's genitive or start names a funder or a programme's owner, not the runner of a
project, and gives nothing here.
"""

from __future__ import annotations

import re

from welfare_kg.extract.model import Fact, Mention
from welfare_kg.extract.organisation_units import RULE as UNIT_RULE
from welfare_kg.extract.party_phrases import sole_starter
from welfare_kg.extract.prefilter import guarded, possible
from welfare_kg.extract.relations import ORGS, PARTIES, Clause, is_paying_agency, rule
from welfare_kg.extract.rule_cues import text_needs

RUNNERS = ORGS - {"Body", "Ministry"}  # a decision-making organ decides; a ministry funds or owns a programme

# the singular agent participle of a verb of running after the runner's genitive: "X:n toteuttama", "X:n
# hallinnoiman", "X:n koordinoimassa", "X:n vetämä", "X:n johtamaa" ("toteuttamaan" after a verb is an infinitive,
# but the genitive before it rules that reading out: "X:n toteuttamaan hankkeeseen" is the participle's illative)
_AGENT_PARTICIPLE = guarded(re.compile(
    r"\s+(?:yhdessä\s+|itse\s+)?((?:toteutta|hallinnoi|koordinoi|johta|luotsaa)m(?:a|an|aa|assa|asta|aan|alle|alla|ana)|"
    r"vetäm(?:ä|än|ää|ässä|ästä|ään|älle|ällä|änä))\b", re.IGNORECASE))
_PREDICATIVE_END = re.compile(r"\s*(?:[.,;:!?)]|$|ja\s+\w+m[aä]\b)")
# a genitive, then a joiner, right before the genitive at hand: "A:n ja B:n", "A:n, B:n" (not "X-hanke sekä B:n")
_JOINED_BEFORE = re.compile(r"(?i)\w(?:n|:n|:in|s)\s*(?:\b(?:ja|sekä|tai|och|samt)|,)\s*$")


def _undertaking_after(c: Clause, at: int) -> str | None:
    """The named undertaking right after `at` (an offset in the text), at most one word between ("toteuttama uusi
    Y-hanke", "toteuttama ESR-rahoitteinen Y-hanke"); funds are never what a runner runs."""
    base = c.sent.start
    for u in sorted(c.sent_undertakings, key=lambda u: u.start):
        if u.start < at or not u.iri or u.generic or u.iri in c.ctx.funds:
            continue
        gap = c.sent.text[at - base:u.start - base]
        return u.iri if len(gap.split()) <= 1 and not re.search(r"[.;:!?]", gap) else None
    return None


def _target_named_before(c: Clause, target: str, at: int) -> bool:
    """The target is the sentence's subject: named before `at`, or not named at all (a word stands for it)."""
    named = [u for u in c.sent_undertakings if u.iri == target]
    return not named or any(u.start < at for u in named)


def _joined_genitive(c: Clause, m: Mention) -> bool:
    """"A:n ja B:n toteuttama": a genitive joined to another before it names joint runners, not one."""
    base = c.sent.start
    return _JOINED_BEFORE.search(c.sent.text[max(0, m.start - base - 12):m.start - base]) is not None


@rule("coordinates:agent-participle", "coordinates",
      "'X:n toteuttama Y-hanke', 'Y-hanke on X:n toteuttama', 'A:n hallinnoima X ja B:n hallinnoima Y'",
      needs="free_orgs")
def _agent_participle(c: Clause) -> list[Fact]:
    """Each genitive organisation right before the agent participle of a verb of running runs the named undertaking
    the participle qualifies ("kuten A:n hallinnoima X sekä B:n koordinoima Y-hanke": A runs X, B runs Y); a
    participle that closes the predicate ("Hanke on X:n toteuttama") qualifies the undertaking the sentence is
    about. A genitive joined to another ("A:n ja B:n toteuttama") names joint runners and gives nothing."""
    text, base = c.sent.text, c.sent.start
    if not possible(_AGENT_PARTICIPLE, text):
        return []
    out: list[Fact] = []
    for m in sorted(c.free_orgs, key=lambda m: m.start):
        if m.case != "omanto" or (m.type not in RUNNERS and m.rule != UNIT_RULE) or not m.iri \
                or _joined_genitive(c, m):  # a named unit runs what it runs ("X ry:n Y:n aluetoimiston toteuttama")
            continue
        hit = _AGENT_PARTICIPLE.match(text, m.end - base)
        if hit is None:
            continue
        target = _undertaking_after(c, base + hit.end())
        if target is None and _PREDICATIVE_END.match(text, hit.end()):
            target = c.own_target if c.own_target and _target_named_before(c, c.own_target, m.start) else None
        if target and target != m.iri:
            out.append(Fact(m.iri, "coordinates", target, c.ev, "coordinates:agent-participle", 0.65))
    return out


# two or more runners' genitives joined into one list ("A:n ja B:n", "A:n, B:n sekä C:n")
_JOIN = re.compile(r"\s*(?:,|\s(?:ja|sekä|och|samt))\s+", re.IGNORECASE)
# the predicative "hanke" after the participle: "Y-hanke oli A:n ja B:n toteuttama hanke, joka ..."
_PREDICATIVE_HEAD = re.compile(r"\s+[a-zåäö-]*(?:hanke|projekti)(?=\s*(?:[.,;:!?)]|$))")


def _genitive_surface(m: Mention) -> bool:
    """The name is written in the genitive: its case says so, or its last word ends in "n" while its base does not
    (an unknown foreign word closing a reference name, "... – FinFamin", is read as no case)."""
    return m.case == "omanto" or (m.case in {None, "nimento"} and m.surface.endswith("n")
                                  and not m.label.endswith("n"))


@rule("participatesIn:joint-agent-participle", "participatesIn",
      "'A:n ja B:n toteuttama Y-hanke', 'Y-hanke oli A:n ja B:n toteuttama hanke'", needs="free_orgs",
      text_cues=text_needs(_AGENT_PARTICIPLE))
def _joint_agent_participle(c: Clause) -> list[Fact]:
    """Genitives joined into a list before the agent participle of a verb of running name the project's joint
    runners (coordinates:agent-participle reads one runner and leaves a list): each takes part in the undertaking
    the participle qualifies, or in the sentence's own one when the participle closes the predicate."""
    text, base = c.sent.text, c.sent.start
    if not possible(_AGENT_PARTICIPLE, text):
        return []
    orgs = sorted((m for m in c.free_orgs if m.iri and m.type in RUNNERS), key=lambda m: m.start)
    out: list[Fact] = []
    for k, m in enumerate(orgs):
        hit = _AGENT_PARTICIPLE.match(text, m.end - base)
        if hit is None:
            continue  # (the name right before the participle is its agent, whatever case was read for it)
        chain = [m]
        for prev in reversed(orgs[:k]):
            if not _genitive_surface(prev) or not _JOIN.fullmatch(text, prev.end - base, chain[0].start - base):
                break
            chain.insert(0, prev)
        if len(chain) < 2:
            continue
        target = _undertaking_after(c, base + hit.end())
        if target is None and (_PREDICATIVE_END.match(text, hit.end()) or _PREDICATIVE_HEAD.match(text, hit.end())):
            target = c.own_target if c.own_target and _target_named_before(c, c.own_target, m.start) else None
        if target:
            out += [Fact(x.iri or "", "participatesIn", target, c.ev, "participatesIn:joint-agent-participle", 0.6)
                    for x in chain if x.iri != target]
    return out


_COPULA_BEFORE = re.compile(r"(?i)\b(?:on|oli|olisi)\s+$")
# the owner's word for a project, singular nominative, at most two lower-case words before it; a joint project
# ("yhteishanke", "yhteinen hanke") has its own rule (participatesIn:joint-owners), a sub-project is another's part
_PROJECT_HEAD = re.compile(r"\s+(?:[a-zåäö-]+\s+){0,2}?(?![a-zåäö-]*(?:yhteis|osa)[a-zåäö-]*(?:hanke|projekti)\b)"
                           r"[a-zåäö-]*(?:hanke|projekti)(?=\s*(?:[.,;:!?)(]|$|\s(?:ja|jonka|jota|joka|mikä)\b))")
_JOINT_WORDS = re.compile(r"(?i)\byhtei")


def _owner_type(m: Mention) -> bool:
    """An organisation that runs projects of its own (a paying agency's or a ministry's project is one it funds)."""
    return m.type in PARTIES and not is_paying_agency(m)


@rule("coordinates:owner-copula", "coordinates",
      "'Y-hanke on X:n hanke', 'Kyseessä on X:n kehittämishanke'", needs="free_orgs")
def _owner_copula(c: Clause) -> list[Fact]:
    """The copula, one organisation's genitive, and a word for a project closing the phrase: the sentence's
    undertaking is that organisation's own project."""
    target = c.own_target
    if not target:
        return []
    text, base = c.sent.text, c.sent.start
    for m in c.free_orgs:
        if m.case != "omanto" or not _owner_type(m) or not m.iri or m.iri == target:
            continue
        if not _COPULA_BEFORE.search(text[max(0, m.start - base - 8):m.start - base]):
            continue
        head = _PROJECT_HEAD.match(text, m.end - base)
        if head is None or _JOINT_WORDS.search(head.group()) or not _target_named_before(c, target, m.start):
            continue
        return [Fact(m.iri, "coordinates", target, c.ev, "coordinates:owner-copula", 0.6)]
    return []


# "X:s projekt", "X:s nya projekt", "X:s utvecklingsprojekt": the indefinite noun a Swedish genitive takes
_SWEDISH_PROJECT = guarded(re.compile(r"\s+(?:nya\s+|eget\s+|egna\s+|första\s+)?[a-zåäö-]*projekt\b(?![-\w])",
                                      re.IGNORECASE))
_SWEDISH_COPULA = re.compile(r"(?i)\b(?:är|var|blir)\s+$")


# a town's or a parish's kind word in the genitive after its name, which recognition leaves out ("Vasa stads")
_SWEDISH_KIND_GENITIVE = re.compile(r"\s+(?:stads|stadens|kommuns|kommunens|församlings|samkommuns)\b", re.IGNORECASE)


def _swedish_genitive_end(c: Clause, m: Mention) -> int | None:
    """Where the Swedish genitive of the mention ends (an offset in the text): its own -s that its base form lacks
    ("Novias", "Åbo Akademis"), or the kind word after it ("Vasa stads"); None when it is no genitive. Voikko
    reads Swedish words as Finnish, so the case it gives says nothing here."""
    kind = _SWEDISH_KIND_GENITIVE.match(c.sent.text, m.end - c.sent.start)
    if kind is not None:
        return c.sent.start + kind.end()
    surface, label = m.surface, m.label
    if surface.endswith("s") and not surface.endswith("ss") and not label.endswith("s"):
        return m.end
    return None


@rule("coordinates:swedish-owner-genitive", "coordinates",
      "'Vasa stads projekt Y', 'Projektet Y är Novias projekt'", needs="free_orgs")
def _swedish_owner_genitive(c: Clause) -> list[Fact]:
    """An organisation's Swedish genitive before "projekt": the project named right after, or, after "är", the one
    the sentence is about, or the bare "projekt" the page's project, is that organisation's."""
    text, base = c.sent.text, c.sent.start
    if not possible(_SWEDISH_PROJECT, text):
        return []
    for m in c.free_orgs:
        end = _swedish_genitive_end(c, m) if _owner_type(m) and m.iri else None
        if end is None or _joined_genitive(c, m):
            continue
        hit = _SWEDISH_PROJECT.match(text, end - base)
        if hit is None:
            continue
        target = _undertaking_after(c, base + hit.end())
        if target is None and c.own_target and (_SWEDISH_COPULA.search(text[:m.start - base]) or not any(
                u.start > m.end for u in c.sent_undertakings if u.iri and not u.generic)):
            target = c.own_target if _target_named_before(c, c.own_target, m.start) else None
        if target and target != m.iri:
            return [Fact(m.iri, "coordinates", target, c.ev, "coordinates:swedish-owner-genitive", 0.6)]
    return []


@rule("coordinates:sole-starter", "coordinates",
      "'X käynnisti Y-hankkeen', 'X on käynnistänyt hankkeen', 'X startade projektet Y'", needs="free_orgs")
def _sole_starter(c: Clause) -> list[Fact]:
    """One organisation that started the project on its own runs it (several starters each take part:
    participatesIn:starters)."""
    found = sole_starter(c)
    if found is None:
        return []
    m, project = found
    return [Fact(m.iri, "coordinates", project, c.ev, "coordinates:sole-starter", 0.6)] if m.iri else []

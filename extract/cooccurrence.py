"""A fallback for relations: a funder or a coordinator named in one sentence with a project and a trigger word of the
relation, where no specific rule read the sentence's wording.

The specific rules (extract/relations.py and the modules it registers) each read one wording and are right nine times
in ten, but on documents nobody tuned them for they find about a third of the relations. This layer reads no wording:
only the kinds of the things a sentence names and a trigger lemma ("rahoittaa", "myöntää", "hallinnoida"). It is less
often right, so every fact it states carries a rule name of its own ("funds:co-occurrence") and a lower
wkg:confidence, for a researcher to keep or filter out.

It runs after every other rule of the document and only adds: never a triple a rule states, nor any relation between
two things some rule already relates (either way round), nor a second coordinator for a project that has one. It
states no sums: which sum of a sentence is whose grant is what the specific rules read from the wording. A
sentence pairs only when the pairing is unambiguous: one project in it, or one in the clause of the trigger word;
a sentence naming no project but saying "hanke" pairs with the project the document names most. The same scheme
for participatesIn ("osallistua", "mukana", "kumppani") and partOf ("osa", "kuulua") with a programme was measured
and left out: its facts were wrong more often than right on the held-back documents and dev together.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

from welfare_kg.extract.bracketed_funders import ROLE_BEFORE
from welfare_kg.extract.excepted_places import excepted
from welfare_kg.extract.model import Evidence, Fact, Mention, related_pairs
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.page_project import page_project
from welfare_kg.extract.relations import is_fund, is_paying_agency
from welfare_kg.extract.text import Sentence, Token

# Below every specific rule (0.5 to 0.9), so that `FILTER(?confidence >= 0.5)` keeps the graph without this layer,
# though measured they are right more often than not (on the held-back half and dev together, funds 6 of 9,
# coordinates 1 of 1)
CONFIDENCE = {"funds": 0.45, "coordinates": 0.4}
RULE_NAMES = {p: f"{p}:co-occurrence" for p in CONFIDENCE}

MAX_CHARS = 400  # a longer "sentence" is a run of list lines or a table of contents, where nothing pairs
MAX_PROJECTS = 3  # more projects in a sentence: a list, whose neighbours say nothing of each other

# Trigger words, matched against every base form Voikko gives a word (Swedish words, which Voikko does not read, are
# their own base): "x" the base itself, "x*" any base starting with x (participles such as "rahoittama",
# "rahoitettu" are bases of their own), "+x" any base ending in x (a compound: "hankerahoitus", "statsunderstöd").
FUND_CUES = ("rahoittaa", "osarahoittaa", "rahoitta*", "rahoitet*", "osarahoit*", "myöntää", "myönne*",
             "+rahoitus", "+rahoittaja", "+avustus", "+tuki", "finansier*", "bevilja*", "+stöd", "+stödet",
             "+understöd", "+finansiering", "+finansieringen")
APPLYING = ("hakea", "haku", "+hakemus", "haettava", "anoa", "+anomus", "ansök*", "söka", "söker", "sökt")
COORD_CUES = ("hallinnoida", "hallinnoi*", "koordinoida", "koordinoi*", "+koordinaattori", "päätoteuttaja",
              "hakija", "vastuuorganisaatio", "+vastuutaho", "samordna*", "administrer*", "koordiner*",
              "projektägare", "huvudman", "förvalta*", "+toteuttaja")

# a regional council ("Uudenmaan liitto", "Österbottens förbund"), a foundation or fund, a Leader group. "förbund" as
# a word of its own, as "liitto": a compound ("Norrbottens Fotbollförbund", "Pensionärsförbund") is a federation of
# clubs or members, which receives grants rather than gives them
FUNDER_WORDS = re.compile(r"(?i)\bliitto\b|maakuntaliitto|\bförbund\b|säätiö|rahasto|stiftelse|fond\b|\bleader\b")
EU_PROGRAMME = re.compile(r"(?i)\b(?:eu|interreg|leader|euroopan|europeiska|esr|esf|eakr|eruf)\b|rahasto|fond\b")
COORDINATORS = {"Municipality", "JointAuthority", "WellbeingCounty", "Company", "Association", "Parish",
                "CompetenceCentre", "Agency"}
RECIPIENT_CASES = {"ulkotulento"}  # "STM:lle", "kunnalle": the one given to, never the one giving
# a denied trigger ("ilmoitti, ettei osallistu", "beviljas inte") or a condition ("mikäli rahoitus myönnetään")
NEGATIONS = {"ei", "eivät", "en", "et", "emme", "ette", "ettei", "etteivät", "jollei", "mikäli", "jos", "inte", "ej",
             "icke", "ilman", "utan"}
PART_WORDS = {"osa", "osaa", "osan", "osana", "osaksi", "del", "delen", "delprojekt", "delprojektet"}
PROJECT_WORDS = {"hanke", "projekti", "kehittämishanke", "projekt", "projektet", "projektets"}
WITH_WORDS = {"kanssa", "med"}  # "X:n kanssa", "tillsammans med X": a partner worked with
RELATIVE_WORDS = {"som", "joka", "jota", "jonka", "jotka", "joita", "joiden", "jolla", "jolle", "mikä", "mitä",
                  "vilken", "vilket", "vilka"}

_CLAUSE_BREAK = re.compile(r";|,\s*(?=(?:ja|sekä|mutta|vaan|joka|jota|jonka|jolla|jolle|joita|jotka|joiden|kun|"
                           r"koska|että|och|men|som|där|vilket)\b)|\s[–—-]\s|:\s", re.IGNORECASE)


def cues_match(cues: tuple[str, ...], bases: set[str]) -> bool:
    for cue in cues:
        if cue.startswith("+"):
            if any(b.endswith(cue[1:]) for b in bases):
                return True
        elif cue.endswith("*"):
            if any(b.startswith(cue[:-1]) for b in bases):
                return True
        elif cue in bases:
            return True
    return False


def is_funder(m: Mention) -> bool:
    """A kind of organisation that hands out money for projects: a ministry, a paying agency (STEA, ELY, Business
    Finland), a regional council, a foundation or Leader group, an EU fund or programme."""
    if m.type == "Ministry" or (m.type == "Agency" and is_paying_agency(m)):
        return True
    if m.type == "Programme":
        return is_fund(m) or EU_PROGRAMME.search(m.label) is not None
    if m.type in {"JointAuthority", "Association"}:
        return FUNDER_WORDS.search(m.label) is not None
    return m.type == "Company" and "business finland" in m.label.lower()


def most_named_project(per_sentence: Sequence[Sequence[Mention]],
                       counted: Callable[[Mention], bool] | None = None) -> str | None:
    """The project a document is about when no other is named as often (page_project.py, `PageProject.strict`),
    counting the mentions `counted` accepts: the project a sentence saying only "hanke" speaks of."""
    return page_project((m for ms in per_sentence for m in ms), counted).strict


def candidate_facts(sents: Sequence[Sentence], per_sentence: Sequence[Sequence[Mention]],
                    morph: Morphology) -> list[list[Fact]]:
    """Each sentence's pairs (`sentence_facts`) before the document's own facts are taken away.

    They read only the sentence, its mentions and the project the document names most, never another rule's
    facts, so a large document computes them beside the sentence rules (extract/document.py `document_facts`)
    and `cooccurrence_facts`, which runs after the rules on one core, only filters them."""
    main = most_named_project(per_sentence)
    mains = _mains(sents, per_sentence, morph, main)
    return [[] if len(s.text) > MAX_CHARS else sentence_facts(s, ms, morph, mains[i])
            for i, (s, ms) in enumerate(zip(sents, per_sentence, strict=False))]


def _mains(sents: Sequence[Sentence], per_sentence: Sequence[Sequence[Mention]], morph: Morphology,
           main: str | None) -> list[str | None]:
    """The project a bare "hanke" stands for in each sentence: the document's main one, save right after a sentence
    that spoke of an organisation's project it did not name ("myönnettiin X Oy:n hankkeeseen. Hankkeeseen on
    myönnetty ...": X's project)."""
    out: list[str | None] = []
    before = False
    for s, ms in zip(sents, per_sentence, strict=False):
        out.append(None if before else main)
        before = _owned_unnamed_project(s, ms, morph)
    return out


def _owned_unnamed_project(s: Sentence, ms: Sequence[Mention], morph: Morphology) -> bool:
    """Whether the sentence names no project and writes a word for one right after an organisation's genitive."""
    if not main_word_possible(s):
        return False
    if any(m.type == "Project" and m.iri and not m.generic for m in ms):
        return False
    ends = {m.end for m in ms if m.iri and m.case == "omanto" and m.type not in {"Municipality", "Region", "Person"}}
    return bool(ends) and any(_the_project_word(t, morph) and any(0 <= t.start - e <= 1 for e in ends)
                              for t in s.tokens if t.is_word)


def main_word_possible(s: Sentence) -> bool:
    """A cheap test before the word-by-word one: the sentence holds a word for a project at all."""
    low = s.text.lower()
    return "hank" in low or "projekt" in low


def cooccurrence_facts(sents: Sequence[Sentence], per_sentence: Sequence[Sequence[Mention]], facts: Sequence[Fact],
                       morph: Morphology, progress: Callable[[float], None] | None = None,
                       candidates: Sequence[Sequence[Fact]] | None = None) -> list[Fact]:
    """The fallback facts of a document, given the facts every specific rule stated; `progress(fraction)` now
    and then (seconds on a large document: extract/doc_progress.py). `candidates`: `candidate_facts` of the same
    sentences and mentions, computed before."""
    main = most_named_project(per_sentence) if candidates is None else None
    mains = _mains(sents, per_sentence, morph, main) if candidates is None else []
    related = related_pairs(facts)
    coordinated = {f.object for f in facts if f.predicate == "coordinates"}
    out: list[Fact] = []
    for i, (s, ms) in enumerate(zip(sents, per_sentence, strict=False)):
        if progress is not None and i % 512 == 0:
            progress(i / len(sents))
        if len(s.text) > MAX_CHARS:
            continue
        for f in (candidates[i] if candidates is not None else sentence_facts(s, ms, morph, mains[i])):
            if (f.subject, f.object) in related or (f.predicate == "coordinates" and f.object in coordinated):
                continue
            related.update({(f.subject, f.object), (f.object, f.subject)})
            if f.predicate == "coordinates":
                coordinated.add(f.object)
            out.append(f)
    return out


def sentence_facts(s: Sentence, ms: Sequence[Mention], morph: Morphology, main: str | None = None) -> list[Fact]:
    """The pairs one sentence offers, before the document's own facts are taken away; `main` is the project a bare
    "hanke" stands for."""
    named = [m for m in ms if m.iri and not m.generic]
    # a name inside another ("Tampereen kaupungin" in a project's name) is part of that name, not a party
    named = [m for m in named if not any(x is not m and x.start <= m.start and m.end <= x.end
                                         and x.end - x.start > m.end - m.start for x in named)]
    words = [t for t in s.tokens if t.is_word]
    if any(t.text.lower() in NEGATIONS for t in words):
        return []
    named_projects = [m for m in named if m.type == "Project" and m.iri]
    # "toteutettu X:n tuella, lukuun ottamatta Y-projektia": a project named only to be left out is no party
    projects = [(m.iri, m.start) for m in named_projects
                if not excepted(s.text, m.start - s.start, m.end - s.start)]
    if not named_projects and main:
        # "Hanketta hallinnoi X" in a text about one project above all: "hanke" is that project
        projects = [(main, t.start) for t in words if _the_project_word(t, morph)]
    if not projects or len({iri for iri, _ in projects}) > MAX_PROJECTS:
        return []
    if any(t.text.lower() in PART_WORDS for t in words):
        return []  # "Hanke on osa THL:n koordinoimaa kokonaisuutta": the funder or runner may be the whole's
    clauses = _clauses(s)
    out: list[Fact] = []
    funders = [m for m in named if is_funder(m) and m.case not in RECIPIENT_CASES and not _owner_before(m, named, s)
               and not in_role(m, s) and not between_party(m, s)]
    # money applied for ("haettiin rahoitusta Lapin liitosta", "ansökan om stöd") is not yet anyone's grant
    fund_cues = [] if cue_positions(words, APPLYING, morph) else cue_positions(words, FUND_CUES, morph)
    granting = outside_relative_clauses(funders, words, fund_cues)
    if fund_cues and 0 < len({m.iri for m in granting}) <= 2:
        project = _the_project(projects, fund_cues, clauses)
        for m in granting:
            if project and m.iri and m.iri != project:
                out.append(Fact(m.iri, "funds", project, _evidence(s), RULE_NAMES["funds"], CONFIDENCE["funds"]))
    coord_cues = cue_positions(words, COORD_CUES, morph)
    if coord_cues:
        given = {m.iri for m in funders} if fund_cues else set()
        orgs = {m.iri for m in named if m.type in COORDINATORS and m.iri not in given}
        project = _the_project(projects, coord_cues, clauses)
        if project and len(orgs) == 1 and (org := next(iter(orgs))) and org != project:
            out.append(Fact(org, "coordinates", project, _evidence(s), RULE_NAMES["coordinates"],
                            CONFIDENCE["coordinates"]))
    return out


def in_role(m: Mention, s: Sentence) -> bool:
    """Whether a role word stands right before the name ("Ikäpolku-hanke (kumppanina Keski-Suomen liitto, EAKR)",
    "toteuttajana X"): the organisation's part in the project is that role, so a funding word of the sentence is
    another's, though its kind (a regional council) is a funder's."""
    return ROLE_BEFORE.search(s.text, 0, max(0, m.start - s.start)) is not None


# "ett samverkansprojekt mellan Hylte kommun, Falkenbergs kommun och Arbetsförmedlingen": the parties the project is
# between, up to the name (items of at most four words, joined by commas and "och"/"samt")
_BETWEEN_LIST = re.compile(
    r"\bmellan\s+(?:[^\s,.;:()]+(?:[ \t]+[^\s,.;:()]+){0,3}[ \t]*(?:,|\boch\b|\bsamt\b)[ \t]*)*$", re.IGNORECASE)


def between_party(m: Mention, s: Sentence) -> bool:
    """Whether the name is one of the parties after "mellan" ("ett samverkansprojekt mellan A, B och C"): a party of
    the undertaking, whatever its kind, not one funding it."""
    return _BETWEEN_LIST.search(s.text, 0, max(0, m.start - s.start)) is not None


def _owner_before(m: Mention, named: Sequence[Mention], s: Sentence) -> bool:
    """Whether an association's genitive stands right before a project's name ("X-säätiön Myrsky-hankkeen 150 000
    avustus"): Finnish names so the project's owner, who runs it; its funder is named by a participle or a
    case ("X-säätiön rahoittama", "X-säätiöltä"). A ministry's or an agency's genitive there is its programme's."""
    if m.type not in {"Association", "JointAuthority"} or m.case != "omanto":
        return False
    return any(x.type == "Project" and x.start > m.end and not s.text[m.end - s.start:x.start - s.start].strip()
               for x in named)


def _the_project_word(t: Token, morph: Morphology) -> bool:
    """A singular word for a project ("hanketta", "projektet"): a plural ("muita hankkeita", "hankkeisiin") speaks of
    projects at large, not of the one the text is about."""
    if not morph.bases(t.text) & PROJECT_WORDS:
        return False
    readings = [a for a in morph.analyse(t.text) if a.base.lower() in PROJECT_WORDS]
    return not readings or any(a.number != "plural" for a in readings)


def _evidence(s: Sentence) -> Evidence:
    return Evidence(s.text, s.start, s.end)


# (cues, morphology) -> word -> whether one of its base forms is a cue: the same words come back in every sentence,
# and matching every base against every cue was ~85 % of this layer's CPU on a large page (it runs after the rules,
# on one core). Answers depend only on the word and the morphology's readings, so they are kept.
_CUE_WORDS: dict[tuple[tuple[str, ...], Morphology], dict[str, bool]] = {}
MAX_KEPT = 200_000  # words kept per cue list before they are let go (a 20 MB page has more distinct words)


def cue_positions(words: list[Token], cues: tuple[str, ...], morph: Morphology) -> list[int]:
    """Where the trigger words stand; one followed by "kanssa"/"med" ("aluekoordinaattorin kanssa") names someone
    worked with, not a role in the project."""
    known = _CUE_WORDS.get((cues, morph))
    if known is None:
        known = _CUE_WORDS[(cues, morph)] = {}
    out: list[int] = []
    for k, t in enumerate(words):
        hit = known.get(t.text)
        if hit is None:
            if len(known) >= MAX_KEPT:
                known.clear()
            hit = known[t.text] = cues_match(cues, morph.bases(t.text))
        if hit and not (k + 1 < len(words) and words[k + 1].text.lower() in WITH_WORDS):
            out.append(t.start)
    return out


def outside_relative_clauses(funders: list[Mention], words: list[Token], cues: list[int]) -> list[Mention]:
    """Funders not named in a relative clause after the trigger: in "stöd från AMIF som förvaltas av
    Inrikesministeriet" the ministry runs the fund, it is not the one granting."""
    rel = [t.start for t in words if t.text.lower() in RELATIVE_WORDS and cues and t.start > min(cues)]
    if not rel:
        return funders
    return [m for m in funders if m.start < rel[0]]


def _clauses(s: Sentence) -> list[tuple[int, int]]:
    """Spans (document offsets) of the sentence's clauses: cut at a semicolon, a dash between words, a colon, and a
    comma before a conjunction or a relative pronoun."""
    cuts = [s.start] + [s.start + m.start() for m in _CLAUSE_BREAK.finditer(s.text)] + [s.end]
    return [(a, b) for a, b in itertools.pairwise(cuts) if b > a]


def _the_project(projects: list[tuple[str, int]], cues: list[int], clauses: list[tuple[int, int]]) -> str | None:
    """The one project the trigger words speak of: the only one in the sentence, else the only one in the clause of
    a trigger word (all such clauses agreeing)."""
    iris = {iri for iri, _ in projects}
    if len(iris) == 1:
        return next(iter(iris))
    found: set[str] = set()
    for at in cues:
        span = next(((a, b) for a, b in clauses if a <= at < b), None)
        if span is None:
            continue
        here = {iri for iri, start in projects if span[0] <= start < span[1]}
        if len(here) > 1:
            return None
        found |= here
    return next(iter(found)) if len(found) == 1 else None

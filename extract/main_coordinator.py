"""The one organisation a document about one project says runs "the project": coordinates.

A project page, a news item or a report about one project names the project in its heading or first lines and
says who runs it in a sentence that speaks of it only as "hanke"/"projektet": "Tutkimuskeskus X toteuttaa Euroopan
maatalousrahaston rahoittaman hankkeen", "Hanketta hallinnoi X", "X genomför projektet", "Hankkeen päätoteuttajana
toimii X". The specific rules (extract/relations.py) read the common wordings with the project in focus; what they
leave is often the one runner of the document's one project.

So, when the document has one main project (document_roles.main_project: named strictly more often than any
other), a sentence that
- names no other project and is neither negated nor conditional,
- speaks of the project (its name, or a singular word for a project: "hanke", "hankkeen", "projektet"),
- and holds a word of running it ("hallinnoida", "koordinoida", "toteuttaa", "päätoteuttaja", "hallinnoija",
  "vastuuorganisaatio", "genomföra", "administrera", "projektägare", "huvudman"; never "osatoteuttaja"),
offers the organisations it names in the nominative (the subject: "X toteuttaa hankkeen", "Hanketta hallinnoi X")
or as the genitive agent right before the participle ("X:n hallinnoima hanke") as runners. When the whole
document offers exactly one runner, and no rule gave the project a coordinator, that one coordinates it. Two
runners (a partner list, a funder and a runner both "toteuttaa") give nothing: a guess between them is no fact.
A sentence about a part of the project ("Osahanketta toteuttaa X", "Työpakettia koordinoi Y") names the part's
runner, not the whole's.
A sentence about other or several projects ("hallinnoi myös muita hankkeita"), about a whole the project is part of
("Hanke on osa THL:n koordinoimaa ryhmähanketta"), about a runner worked "with" ("aluekoordinaattorin kanssa"), or one
that names the project only to qualify another noun ("toteutti kyselyn X-hankkeen asiakkaille": the survey was run,
not the project) names no runner of the project.
A town's or joint authority's decision-making organ ("kaupunginhallitus", "yhtymähallitus") decides on a project
and is no runner of it: of the bodies, only units are read (a research centre, an office).

The fact carries its own rule name and a wkg:confidence below 0.5: it is read across sentences by the document's
topic, not stated of the project by name. Measured paired on dev (265 documents) and the held-back half: one
right fact added on dev, none wrong, none on either half of sets 1-7.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from welfare_kg.extract.cooccurrence import NEGATIONS, cues_match
from welfare_kg.extract.document_roles import PROJECT_WORDS, DocumentReading, main_project
from welfare_kg.extract.model import Evidence, Fact, Mention, related_pairs
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.spans import outermost
from welfare_kg.extract.text import Sentence, Token

RULE = "coordinates:main-project"
CONFIDENCE = 0.3
MAX_CHARS = 600  # a longer "sentence" is a run of list lines or a form transcript
# words of running the project, in cooccurrence.py's notation ("x*" a base starting with x, "+x" one ending in x)
RUN_CUES = ("hallinnoida", "hallinnoi*", "koordinoida", "koordinoi*", "päätoteuttaja", "toteuttaa", "hallinnoija",
            "vastuuorganisaatio", "+vastuutaho", "+koordinaattori", "genomföra", "genomför*", "administrer*",
            "samordna*", "koordiner*", "projektägare", "huvudman")
NOT_RUNNING = ("osatoteuttaja", "osatoteuttaa", "delgenomförare")  # a partner's part, not the running
# a part of the project ("Osahanketta toteuttaa X", "Työpakettia koordinoi Y"): its runner, not the whole's
SUB_PARTS = ("osahanke", "+osahanke", "osaprojekti", "+osaprojekti", "delprojekt*", "+delprojekt", "työpaketti",
             "+työpaketti", "pilotti", "+pilotti", "osakokonaisuus", "+osakokonaisuus")
RUNNERS = {"Municipality", "JointAuthority", "WellbeingCounty", "Company", "Association", "Parish",
           "CompetenceCentre", "Agency", "Body"}
# the organs that decide for a town or an authority ("Kaupunginhallitus päätti ... hankkeen"), not units that run work
_DECIDING_ORGAN = re.compile(r"(?i)(?:hallitus|valtuusto|lautakunta|jaosto|johtokunta|styrelse|fullmäktige|nämnd)$")
SUBJECT_CASES = {"nimento", None}
AGENT_PARTICIPLE = ("ma", "mä", "mat", "mät", "man", "män", "massa", "mässä", "maa", "mää")
# other or several projects ("muita hankkeita", "useiden projektien"), or a whole the project is part of ("osa")
_PLURAL_PROJECT = re.compile(r"(?i)(?:hankkei|projektei|projekter|projektien|projekten)")
_OTHER_OR_PART = {"muita", "muiden", "muihin", "muissa", "useita", "useiden", "useisiin", "useissa", "osa", "osana",
                  "andra", "flera", "del"}
_GENITIVE_ENDS = ("hankkeen", "projektin", "projektets")


def main_coordinator_facts(sents: Sequence[Sentence], per_sentence: Sequence[Sequence[Mention]],
                           facts: Sequence[Fact], morph: Morphology,
                           reading: DocumentReading | None = None) -> list[Fact]:
    """The one runner of the document's main project, when no rule named a coordinator for it."""
    project = reading.project if reading is not None else main_project(per_sentence)
    if project is None or any(f.predicate == "coordinates" and f.object == project for f in facts):
        return []
    runners: dict[str, Sentence] = {}
    for s, ms in zip(sents, per_sentence, strict=False):
        if len(s.text) > MAX_CHARS:
            continue
        named = [m for m in ms if m.iri and not m.generic]
        if any(m.type == "Project" and m.iri != project for m in named):
            continue
        words = [t for t in s.tokens if t.is_word]
        if not words or any(t.text.lower() in NEGATIONS for t in words):
            continue
        free = [t for t in words if not any(m.start <= t.start < m.end for m in named)]
        bases = [morph.bases(t.text) | {t.text.lower()} for t in free]
        if not any(m.iri == project for m in named) and not any(cues_match(PROJECT_WORDS, b) for b in bases):
            continue
        if any(cues_match(NOT_RUNNING, b) or cues_match(SUB_PARTS, b) for b in bases):
            continue
        if any(t.text.lower() in _OTHER_OR_PART or _PLURAL_PROJECT.search(t.text) for t in free):
            continue
        cues = [t for t, b in zip(free, bases, strict=True) if cues_match(RUN_CUES, b) and not _with(t, words)]
        if not cues or _only_qualifying(project, named, free, bases, words, cues, morph):
            continue
        # a name inside another ("Tampereen kaupungin" in a project's name) is part of that name
        for m in outermost(named):
            if m.type in RUNNERS and not (m.type == "Body" and _DECIDING_ORGAN.search(m.label)) \
                    and (m.case in SUBJECT_CASES or _agent_before(m, cues)):
                runners.setdefault(m.iri, s)
        if len(runners) > 1:
            return []
    if len(runners) != 1:
        return []
    ((iri, s),) = runners.items()
    if (iri, project) in related_pairs(facts):
        return []
    return [Fact(iri, "coordinates", project, Evidence(s.text, s.start, s.end), RULE, CONFIDENCE)]


def _agent_before(m: Mention, cues: list[Token]) -> bool:
    """"X:n hallinnoima hanke": a genitive right before the participle of running is its agent."""
    return m.case == "omanto" and any(0 <= t.start - m.end <= 2 and t.text.lower().endswith(AGENT_PARTICIPLE)
                                      for t in cues)


def _with(cue: Token, words: list[Token]) -> bool:
    """"yhteistyössä aluekoordinaattorin kanssa": a runner worked with is not the one running; nor in Swedish
    ("Projektet genomförs i nära samverkan med X", "... i samarbete med Y"), where the one worked with is named after
    "med" a few words after the verb."""
    after = [t for t in words if t.start > cue.start]
    if after[:1] and after[0].text.lower() == "kanssa":
        return True
    near = [t.text.lower() for t in after[:4]]
    return any(w in {"samverkan", "samarbete"} and "med" in near[k + 1:] for k, w in enumerate(near))


def _only_qualifying(project: str, named: list[Mention], free: list[Token], bases: list[set[str]],
                     words: list[Token], cues: list[Token], morph: Morphology) -> bool:
    """Every mention of the project is a genitive qualifying the next noun ("X-hankkeen asiakkaille"), so the
    sentence's verb of running has another object."""
    refs = [(m.end, m.case == "omanto") for m in named if m.iri == project]
    refs += [(t.end, t.text.lower().endswith(_GENITIVE_ENDS))
             for t, b in zip(free, bases, strict=True) if cues_match(PROJECT_WORDS, b)]
    cue_starts = {t.start for t in cues}
    for end, genitive in refs:
        after = [t for t in words if t.start >= end][:1]
        if not genitive or not after or after[0].start in cue_starts or not _qualified_noun(after[0], morph):
            return False
    return bool(refs)


# a noun in an adverbial case of time or place ("vuonna", "alueella", "aikana"), not one a genitive qualifies
_ADVERBIAL_CASES = {"olento", "ulkoolento", "sisaolento", "sisaeronto", "ulkoeronto", "tulento"}


def _qualified_noun(t: Token, morph: Morphology) -> bool:
    """A lower-case word read only as a noun, in a case that is no adverbial of time or place ("asiakkaille")."""
    readings = morph.analyse(t.text)
    return t.text[:1].islower() and bool(readings) and all(
        a.cls == "nimisana" and a.case not in _ADVERBIAL_CASES for a in readings)

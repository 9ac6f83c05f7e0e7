"""A partner's task in an undertaking: the partner takes part in it (participatesIn), it does not run it.

A project page names who runs the project ("X hallinnoi hanketta", "Hankkeesta vastaa X": coordinates, read in
role_verbs.py) and then what each partner does in it, with the undertaking as the qualifier of the task:

- "vastata" + a task in the elative: "Y vastaa hankkeen viestinnästä", "Y vastaa hankkeessa arvioinnista";
- a genitive partner + "tehtävänä"/"roolina" + the undertaking in the inessive: "Y:n tehtävänä hankkeessa on
  arviointi", or its genitive before the task: "Y:n tehtävänä on hankkeen arviointi";
- "toteuttaa" with the undertaking qualifying the object: "Y toteuttaa hankkeen koulutukset".

The task is a part of the work, so the partner participatesIn the undertaking (FACTS.md: coordinates is for the one
that runs it). Tasks that are the running itself ("toteutuksesta", "koordinoinnista": CARRYING_OUT) stay with the
coordinates rules, and money ("kustannuksista", "omarahoitusosuudesta") is a share, not a task.
"""

from __future__ import annotations

from welfare_kg.extract.model import Fact
from welfare_kg.extract.relations import PARTNERS, Clause, in_parentheses, rule
from welfare_kg.extract.role_verbs import (
    ANAPHORS,
    CARRYING_OUT,
    VERB_TEXT_CUES,
    clause_subjects,
    closest_to,
    object_target,
    same_clause,
    verb_at,
)
from welfare_kg.extract.text import Token

CONFIDENCE = 0.6
_NOUNS = {"nimisana", "nimisana_laatusana"}
_MONEY = ("kustannu", "kulu", "rahoit", "osuu", "maksu", "palkka", "palkkaus", "budjetti")
# the running itself in other words than CARRYING_OUT: "vastaa hankkeen johdosta / kokonaisuudesta" is coordination
_RUNNING = {"johto", "vetovastuu", "kokonaisvastuu", "päävastuu", "kokonaisuus", "vetäjyys", "hallinnointi"}
_TASK_WORDS = {"tehtävänä", "tehtävä", "tehtävät", "tehtävinä", "roolina", "rooli"}
# word classes a task noun may be read as, and the base forms that are the running, not a part of the work
_TASK_CLASSES = _NOUNS | {"laatusana"}
_RUNNING_ALL = CARRYING_OUT | _RUNNING


def _next_word(c: Clause, end: int) -> Token | None:
    return next((t for t in c.sent.tokens if t.start >= end), None)


def _task_noun(c: Clause, t: Token | None, cases: set[str]) -> bool:
    """A common noun in one of `cases` that names a part of the work, not its running or its money."""
    if t is None or not t.is_word:
        return False
    readings = [a for a in c.morph.analyse(t.text) if a.cls in _TASK_CLASSES and a.case in cases]
    return bool(readings) and not any(a.base.lower() in _RUNNING_ALL or any(m in a.base.lower() for m in _MONEY)
                                      for a in readings)


def _undertaking_in(c: Clause, cases: set[str]) -> list[tuple[str, int]]:
    """(IRI, end offset) of the undertakings the sentence names in `cases`, a word standing for the one in focus
    ("hankkeen", "hankkeessa") included."""
    out = [(u.iri, u.end) for u in c.und if u.iri and u.case in cases and u.iri not in c.ctx.funds]
    focus = c.ctx.main_project or c.ctx.doc_project or c.ctx.focus
    if focus and focus not in c.ctx.funds:
        for t, lem in c.word_lemmas:
            if lem in ANAPHORS and any(a.case in cases for a in c.morph.analyse(t.text)) \
                    and not any(u.start <= t.start < u.end for u in c.und):
                out.append((focus, t.end))
    return out


def _qualified_task(c: Clause, task_cases: set[str]) -> str | None:
    """The undertaking in the genitive right before a task noun: "hankkeen viestinnästä", "hankkeen koulutukset"."""
    return next((iri for iri, end in _undertaking_in(c, {"omanto"})
                 if _task_noun(c, _next_word(c, end), task_cases)), None)


@rule("participatesIn:task-responsible", "participatesIn",
      "'Y vastaa hankkeen viestinnästä', 'Y vastaa hankkeessa arvioinnista'",
      needs="free_orgs", text_cues=VERB_TEXT_CUES["vastata"])
def _task_responsible(c: Clause) -> list[Fact]:
    """"vastata" + a task of the undertaking in the elative: the subject does that part of the work."""
    found = verb_at(c, {"vastata"})
    if found is None or object_target(c, {"sisaeronto"}) is not None:
        return []  # "vastaa hankkeesta": the undertaking itself, coordinates (role_verbs.py)
    verb, _n = found
    target = _qualified_task(c, {"sisaeronto"})
    if target is None and any(_task_noun(c, t, {"sisaeronto"}) for t, _lem in c.word_lemmas if t.start > verb.end):
        target = next((iri for iri, _end in _undertaking_in(c, {"sisaolento"})), None)
    if target is None or any(lem in _RUNNING_ALL
                             and any(a.case == "sisaeronto" for a in c.morph.analyse(t.text))
                             for t, lem in c.word_lemmas):
        return []
    subj = closest_to([m for m in clause_subjects(c, PARTNERS) if m.iri != target and same_clause(c, m, verb)],
                       verb.start)
    return [Fact(subj[0].iri or "", "participatesIn", target, c.ev, "participatesIn:task-responsible",
                 CONFIDENCE)] if subj and subj[0].iri else []


@rule("participatesIn:task-noun", "participatesIn",
      "'Y:n tehtävänä hankkeessa on arviointi', 'Y:n roolina on hankkeen arviointi'", needs="free_orgs")
def _task_noun_owner(c: Clause) -> list[Fact]:
    """A partner in the genitive right before "tehtävänä"/"roolina": its task in the undertaking."""
    out = []
    for m in c.free_orgs:
        if m.type not in PARTNERS or not m.iri or m.case not in {"omanto", None} or in_parentheses(c.sent, m):
            continue
        nxt = _next_word(c, m.end)
        if nxt is None or nxt.text.lower() not in _TASK_WORDS:
            continue
        target = next((iri for iri, _end in _undertaking_in(c, {"sisaolento"})), None) \
            or _qualified_task(c, {"nimento", "osanto", "omanto"})
        if target and target != m.iri:
            out.append(Fact(m.iri, "participatesIn", target, c.ev, "participatesIn:task-noun", CONFIDENCE))
    return out


@rule("participatesIn:task-implement", "participatesIn", "'Y toteuttaa hankkeen koulutukset'", needs="free_orgs")
def _task_implement(c: Clause) -> list[Fact]:
    """"toteuttaa" whose object is a task of the undertaking: each subject carries out that part."""
    found = verb_at(c, {"toteuttaa"})
    if found is None:
        return []
    verb, _n = found
    target = _qualified_task(c, {"nimento", "osanto", "omanto"})
    if target is None:
        return []
    subj = [m for m in clause_subjects(c, PARTNERS) if m.iri and m.iri != target and same_clause(c, m, verb)]
    return [Fact(m.iri or "", "participatesIn", target, c.ev, "participatesIn:task-implement", CONFIDENCE)
            for m in dict((m.iri, m) for m in subj).values()]

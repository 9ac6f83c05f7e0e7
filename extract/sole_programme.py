"""The one programme a one-project document names: the project is partOf it.

A project page, card or report is about one project (document_roles.main_project) and names the programme it runs
under once or twice, in any wording: "Hanke toteutti Manner-Suomen maaseudun kehittämisohjelmaa", "är en del av
EU:s The Northern Periphery Programme", a programme row in a form, a breadcrumb or heading above the project. The
sentence rules read a handful of such wordings; the document's structure (one project, one programme) says the same
whatever the wording. Where the document names two or more programmes (a background national programme beside the
funding one, a strategy the project cites), nothing is said: which one is the whole is a matter of wording.

A programme that funds something in the document, or that the text never calls a programme ("Euroopan
sosiaalirahaston", "Leader"), or never so in a sentence with the project, a word for one or for money
(background), or as nothing but the owner of another thing (its aims, its event: "edistää maakuntaohjelman
tavoitteita"), is a fund, a method or a citation and no whole; nor is one the project is already related to.
The fact carries its own rule name and a confidence below 0.5: it is read from the document's structure, not
stated.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from welfare_kg.extract.document_roles import main_project
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.sentence_hits import found
from welfare_kg.extract.text import Sentence

RULE = "partOf:sole-programme"
CONFIDENCE = 0.4
# a programme the text calls one: a bare fund or method ("Euroopan sosiaalirahaston", "Leader", "LAPE") is named
# as who pays or how, not as the whole the project belongs to
PROGRAMME_WORD = re.compile(r"(?i)ohjelm|program")
# the word for a programme after a known name, outside its mention: "Interreg Europe –ohjelmassa", "X-programmet"
_WORD_AFTER = re.compile(r"\s?[-–]\s?\w*(?:ohjelm|program)", re.IGNORECASE)


def worded_programme(m: Mention, s: Sentence) -> bool:
    """The text calls the programme one: the word in its name, or right after a name the reference data knows
    without it ("Interreg Europe –ohjelmassa")."""
    return PROGRAMME_WORD.search(m.surface) is not None or _WORD_AFTER.match(s.text, m.end - s.start) is not None
# a bare Finnish "ohjelma" after a genitive, in or into it, is an event's or a house's schedule ("kesäjuhlien
# ohjelmassa", "iltapäivän ohjelmaan kuuluu"); a named programme is a compound ("Lähiöohjelmassa") or is named
# in another case somewhere ("Kestävän kasvun ohjelma")
_SCHEDULE = re.compile(r"(?i)\sohjelm")
_INSIDE = {"sisaolento", "sisatulento"}
# the programme named in a sentence with the project, a word for one or for its money ("Hanke toteutti ...",
# "Hankkeen rahoitus: ...", "statsunderstöd från X-programmet", a breadcrumb line ending in the project): a
# programme only ever named apart from these is background
_PROJECT_WORD = re.compile(r"(?i)(?<![\w-])(?:hank|projekt)\w*|rahoit|avustu|(?<![\w-])tu(?:ki|ke|en)|understöd|"
                           r"finansi|(?<![\w-])stöd")
# a programme's genitive before another noun names that noun's owner: its aims ("edistää maakuntaohjelman
# tavoitteita"), its event ("osana maakuntaohjelman seminaaria"); before a word for its projects, its money or its
# frame it names the whole ("ohjelman hanke", "ohjelman rahoituksella", "ohjelman puitteissa", "ohjelman kautta")
_OWNED = re.compile(r"\s+(?!(?:osa|ala)?hank|projekt|rahoit|var(?:oi|at)|kautta|tu(?:ki|ke|en)|toimintalinj|"
                    r"toimenpi|osana|puitteissa|alaisuudessa|piirissä|haku|hau)[a-zåäö]", re.IGNORECASE)


def sole_programme_facts(sents: Sequence[Sentence], per_sentence: Sequence[Sequence[Mention]],
                         facts: Sequence[Fact], kind: str = "") -> list[Fact]:
    """partOf from the main project to the only programme the document names, if that one funds nothing."""
    project = main_project(per_sentence)
    if project is None:
        return []
    first: dict[str, Sentence] = {}
    called: set[str] = set()  # named in a sentence with the project as a programme, not as an owner or schedule
    worded: set[str] = set()  # ever named with a word for a programme: a fund named only as one is no rival whole
    worded_in = found(_PROJECT_WORD, sents)  # searched ahead beside recognition: sentence_hits.py
    for i, (s, ms) in enumerate(zip(sents, per_sentence, strict=False)):
        by_project = worded_in(i) or any(m.iri == project for m in ms)
        for m in ms:
            if m.type == "Programme" and m.iri and not m.generic and m.iri != project:
                first.setdefault(m.iri, s)
                called_one = worded_programme(m, s)
                if called_one:
                    worded.add(m.iri)
                owned = m.case == "omanto" and _OWNED.match(s.text, m.end - s.start)
                schedule = m.case in _INSIDE and _SCHEDULE.search(m.surface) is not None
                if by_project and called_one and not owned and not schedule:
                    called.add(m.iri)
    # a fund beside the programme ("Rahoittaja: ELY-keskus/Euroopan maaseudun kehittämisen maatalousrahasto" under
    # "Hanke rahoitetaan Manner-Suomen maaseudun kehittämisohjelmasta") is where the money comes from, not a second
    # whole: only the programmes the text ever calls one are counted
    wholes = {iri: s for iri, s in first.items() if iri in worded}
    if len(wholes) != 1 or not called & wholes.keys():
        return []
    if len(wholes) < len(first) and kind == "minutes":
        return []  # beside a fund, not in minutes: their items name programmes apart from the projects of others
    programme, s = next(iter(wholes.items()))
    if any(f.subject == programme and f.predicate == "funds" for f in facts):
        return []
    if any(f.subject == project and f.predicate == "partOf" for f in facts):
        return []
    if any({f.subject, f.object} == {project, programme} for f in facts):
        return []
    return [Fact(project, "partOf", programme, Evidence(s.text, s.start, s.end), RULE, CONFIDENCE)]

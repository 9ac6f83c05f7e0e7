"""Work spread all over a place: "eri puolilla Lappia", "ympäri Pohjois-Savoa", "runtom i Österbotten", "koko
Pohjois-Savossa", "i hela Österbotten".

These adverbials say that the activity covers the whole place, whatever the verb ("X ry järjestää
kerhoja eri puolilla Kainuuta", "Hanke tavoittaa nuoria ympäri Satakuntaa", "föreningen stöder byar
runtom i Österbotten"); they are never a seat or a meeting place. The places right after the cue (a
coordinated run) are a coversArea of the actor named in the nominative before the cue in the same
clause, else of the undertaking the sentence is about.
Registered in the relation rule registry (relations.py).
"""

from __future__ import annotations

import re

from welfare_kg.extract.area_phrases import free_places
from welfare_kg.extract.lists import JOINER
from welfare_kg.extract.model import Fact
from welfare_kg.extract.prefilter import guarded
from welfare_kg.extract.relations import Clause, rule

RULE = "coversArea:all-around"
CONFIDENCE = 0.55
_ACTORS = {"Association", "Company", "CompetenceCentre", "JointAuthority", "Project", "Agency", "WellbeingCounty"}
_CUE = guarded(re.compile(r"\b(?:eri\s+puolilla|eri\s+puolille|eri\s+osissa|ympäri|runtom\s+i|runt\s+om\s+i|"
                          r"på\s+olika\s+(?:håll|orter|platser)\s+i|i\s+olika\s+delar\s+av)\s+(?:koko\s+|hela\s+)?$",
                          re.IGNORECASE))
# "koko" / "i hela" before a place in a case of being there: the whole place ("palvelee koko Pohjois-Savossa", "verkar
# i hela Österbotten"); "koko Pohjois-Savon väestö" (a genitive before a noun) is a phrase about its people, no area
_WHOLE = guarded(re.compile(r"(?:(?<![\w-])koko|\bi\s+hela)\s+$", re.IGNORECASE))
_BEING_THERE = {"sisaolento", "ulkoolento"}
# the undertaking itself the clause's subject, unnamed: "Hanke toimii koko Kainuussa", "Projektet verkar i hela X"
_PROJECT_WORD = re.compile(r"(?i)(?<![\w-])(?:hanke|hankkeen|projekti|projektin|projektet)(?![\w-])")
# the clause the actor must stand in: nothing of another clause between it and the cue
_CLAUSE_BREAK = re.compile(r"[.;:!?]|,\s+(?:ja|mutta|sillä|koska|kun|jo(?:ka|ssa|sta|lla|ita|iden|tka|nka)|"
                           r"och|men|där|som)\b", re.IGNORECASE)


@rule(RULE, "coversArea", "'X ry järjestää kerhoja eri puolilla Kainuuta', 'stöder byar runtom i Österbotten'",
      needs="named")
def _all_around(c: Clause) -> list[Fact]:
    base, text = c.sent.start, c.sent.text
    places = sorted(free_places(c), key=lambda p: p.start)
    out: list[Fact] = []
    k = 0
    while k < len(places):
        first = places[k]
        cue = _CUE.search(text, 0, first.start - base)
        if cue is None and (first.case in _BEING_THERE or text[:first.start - base].endswith(("hela ", "Hela "))):
            cue = _WHOLE.search(text, 0, first.start - base)
        if cue is None:
            k += 1
            continue
        run = [first]
        while k + 1 < len(places) and JOINER.fullmatch(text, run[-1].end - base, places[k + 1].start - base):
            k += 1
            run.append(places[k])
        k += 1
        starts = [b.end() for b in _CLAUSE_BREAK.finditer(text, 0, cue.start())]
        clause_start = base + (starts[-1] if starts else 0)
        actors = [m for m in c.named if m.type in _ACTORS and m.iri and id(m) not in c.inside
                  and clause_start <= m.start and m.end <= base + cue.start() and m.case in {"nimento", None}]
        whole = _WHOLE.fullmatch(cue.group()) is not None
        if not actors and whole and not _PROJECT_WORD.search(text, clause_start - base, cue.start()):
            continue  # "Koko Kuopiossa on paljon muistisairaita": a need stated of the place, no actor working there
        actor = actors[-1].iri if actors else c.target
        if not actor or actor in c.ctx.funds:
            continue
        out += [Fact(actor, "coversArea", p.iri or "", c.ev, RULE, CONFIDENCE) for p in run if p.iri != actor]
    return out

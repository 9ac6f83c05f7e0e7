"""A sentence that opens with a region where the actors it names do their work.

News about several organisations of one region sets the region first and then lists who does what there:
"Pohjois-Savossa hanketta toteuttavat X ry ja Y-säätiö", "Kainuussa ja Koillismaalla työtä jatkavat A, B
ja C". The opening locative is the frame of the whole main clause, so each organisation named as its
subject works in that area. Only regions and sub-regions (and wellbeing counties) frame that way: an
opening town is as often where something happened ("Kuopiossa X ry järjesti seminaarin").

- the sentence opens with a run of such places in the inessive or adessive;
- the actors are those named in the nominative in the main clause, which ends at a clause of its own
  (", joka", ", kun", ", mutta" ...), a semicolon or a colon.

Each place is a coversArea of each actor. Registered in the relation rule registry (relations.py).
"""

from __future__ import annotations

import re

from welfare_kg.extract.area_phrases import free_places
from welfare_kg.extract.lists import JOINER
from welfare_kg.extract.model import Fact
from welfare_kg.extract.relations import Clause, rule

RULE = "coversArea:opening-place"
CONFIDENCE = 0.55
_FRAMES = {"Region", "CooperationArea", "WellbeingCounty"}
_ACTORS = {"Association", "Company", "CompetenceCentre", "JointAuthority", "Project"}
_LOCATIVE = {"sisaolento", "ulkoolento"}
_OPENING = re.compile(r"[\s\"'„”“«»–-]*")
# where the main clause ends: a clause of its own after a comma, a semicolon or a colon
_CLAUSE_END = re.compile(r";|:|,\s+(?:mutta|sillä|koska|kun|jos|vaikka|jotta|missä|mikä|mitkä|"
                         r"jo(?:ka|ssa|sta|lla|lta|hon|nka|tka|iden|issa|ista|illa|ita|ille|ihin|ta|ssa))\b")


@rule(RULE, "coversArea", "'Pohjois-Savossa hanketta toteuttavat X ry ja Y-säätiö'", needs="named")
def _opening_place(c: Clause) -> list[Fact]:
    base, text = c.sent.start, c.sent.text
    places = sorted((p for p in free_places(c)), key=lambda p: p.start)
    if not places or places[0].type not in _FRAMES or places[0].case not in _LOCATIVE \
            or _OPENING.fullmatch(text, 0, places[0].start - base) is None:
        return []
    run = [places[0]]
    for p in places[1:]:
        if p.type in _FRAMES and p.case in _LOCATIVE and JOINER.fullmatch(text, run[-1].end - base,
                                                                          p.start - base):
            run.append(p)
        else:
            break
    end = _CLAUSE_END.search(text, run[-1].end - base)
    stop = base + (end.start() if end else len(text))
    actors = [m for m in c.named if m.type in _ACTORS and m.iri and id(m) not in c.inside
              and m.start >= run[-1].end and m.end <= stop and m.case in {"nimento", None}]
    out: list[Fact] = []
    for a in dict.fromkeys(m.iri for m in actors):
        out += [Fact(a or "", "coversArea", p.iri or "", c.ev, RULE, CONFIDENCE) for p in run if p.iri and p.iri != a]
    return out

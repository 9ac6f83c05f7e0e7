"""A named undertaking or organisation said to cover places: "Projektet X omfattar kommunerna A, B och C", "X-hanke
kattaa A:n, B:n ja C:n kunnat", "Föreningen X täcker hela Österbotten".

area_phrases.py reads a covering verb right after a bare "projektet"/"hanke" or after an area word
("projektområdet omfattar"); Swedish puts the project's name between the word and the verb ("Projektet Hälsa i
vardagen omfattar ..."), and pages name the project or association alone before it. Here the subject is the name
itself: an undertaking or area actor in the nominative right before the verb (only spaces between), the places the
first coordinated run after it, behind at most a kind noun ("kommunerna", "kunnat", "landskapen") or "koko"/"hela".
An area organisation made of its places ("Hyvinvointialue kattaa A:n ja B:n", "X omfattar kommunerna") is
area_phrases' made-of-places rule, so wellbeing counties, joint authorities and places are no subjects here.
Registered in the relation rule registry (relations.py).
"""

from __future__ import annotations

import re

from welfare_kg.extract.area_phrases import free_places, place_chains
from welfare_kg.extract.model import Fact
from welfare_kg.extract.prefilter import guarded
from welfare_kg.extract.relations import Clause, rule
from welfare_kg.extract.rule_cues import text_needs

RULE = "coversArea:named-covers"
CONFIDENCE = 0.6
_SUBJECTS = {"Project", "Programme", "Agreement", "Association", "Company", "CompetenceCentre"}
_VERB = guarded(re.compile(r"\s+(?:omfattar|omfattade|täcker|täckte|kattaa|kattoi|kattavat|käsittää|käsitti)\s+"
                           r"(?:(?:kommunerna|kommunen|landskapen|landskapet|regionerna|regionen|kunnat|kunnan|"
                           r"kaupungit|maakunnat|maakunnan|koko|hela)\s+)?", re.IGNORECASE))


@rule(RULE, "coversArea", "'Projektet X omfattar kommunerna A, B och C', 'X-hanke kattaa A:n, B:n ja C:n kunnat'",
      needs="named",
      text_cues=text_needs(_VERB))
def _named_covers(c: Clause) -> list[Fact]:
    base, text = c.sent.start, c.sent.text
    if _VERB.search(text) is None:
        return []
    places = free_places(c)
    if not places:
        return []
    out: list[Fact] = []
    for s in c.named:
        if s.type not in _SUBJECTS or not s.iri or s.case not in {"nimento", None} or id(s) in c.inside \
                or s.iri in c.ctx.funds:
            continue
        verb = _VERB.match(text, s.end - base)
        if verb is None:
            continue
        chain = next((ch for ch in place_chains(text, base, places) if ch[0].start - base == verb.end()), None)
        if chain is None:
            continue
        out += [Fact(s.iri, "coversArea", p.iri or "", c.ev, RULE, CONFIDENCE) for p in chain if p.iri != s.iri]
    return out

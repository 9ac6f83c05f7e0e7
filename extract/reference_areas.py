"""An organisation and one of the places of its known area named in one sentence.

The reference data (data/leader_groups.csv, joint_authorities.csv, ...) records which municipalities a
Leader group, a joint authority or a sub-region covers. Texts about such an organisation name the towns
of its area in every wording ("Keskipiste-Leader jakaa tukea Haapaveden ja Pyhännän hankkeille",
"Aktion Österbotten finansierar projekt i Karleby"), and no wording rule can follow them all. When a
sentence names the organisation and a place that the reference data already puts in its area, the text
places the organisation there: coversArea, at a confidence below the wording rules' (a place of the
area can also be named for another reason, a meeting or a person's town).
Registered in the relation rule registry (relations.py).
"""

from __future__ import annotations

from functools import lru_cache

from welfare_kg.extract.model import Fact, Mention
from welfare_kg.extract.relations import Clause, rule

RULE = "coversArea:reference-area"
CONFIDENCE = 0.5
_PLACES = {"Region", "CooperationArea", "Municipality", "WellbeingCounty"}
# Leader groups: joint authorities, councils and state agencies are named with their towns as owners, members or
# seats far more often than as their area (on dev 24 of 29 such pairs were no coversArea of the gold)
_ACTORS = {"Association"}


@lru_cache(maxsize=1)
def reference_areas() -> dict[str, frozenset[str]]:
    """Organisation IRI -> the IRIs of the places the reference data says it covers."""
    from rdflib import URIRef

    from welfare_kg.data import load_reference
    from welfare_kg.ontology.namespace import PREFIXES

    covers = URIRef(PREFIXES["wkg"] + "coversArea")
    out: dict[str, set[str]] = {}
    for s, _, o in load_reference().triples((None, covers, None)):
        out.setdefault(str(s), set()).add(str(o))
    return {k: frozenset(v) for k, v in out.items()}


# the cases of where one comes from: "4H-yritys Reisjärveltä", "Mikko X Haapavedeltä", "Anna Y från Karleby"
_FROM_CASES = {"ulkoeronto", "sisaeronto"}


def _origin(c: Clause, m: Mention) -> bool:
    """A place in the ablative or elative right after a name or a noun, or after Swedish "från": the town someone or
    something comes from ("Vuoden yrittäjä Viljami X:n 4H-yritys Reisjärveltä"), not the organisation's area. After a
    verb the case says where the action reaches ("tukea haettiin Haapavedeltä"): left alone."""
    before = c.sent.text[:max(0, m.start - c.sent.start)].split()
    if not before:
        return False
    prev = before[-1].strip(",.:;()")
    if prev.lower() == "från":
        return True
    if m.case not in _FROM_CASES or not prev or not prev[:1].isalnum():
        return False
    readings = c.morph.analyse(prev)
    return not (readings and all(r.cls == "teonsana" for r in readings))


@rule(RULE, "coversArea", "an organisation and a town of its known area in one sentence", needs="named")
def _reference_area(c: Clause) -> list[Fact]:
    known = reference_areas()
    actors = [m for m in c.named if m.iri in known and m.type in _ACTORS and id(m) not in c.inside]
    if not actors:
        return []
    places = [m for m in c.named if m.type in _PLACES and m.iri and id(m) not in c.inside and not _origin(c, m)]
    out: list[Fact] = []
    seen: set[tuple[str, str]] = set()
    for a in actors:
        for p in places:
            pair = (a.iri or "", p.iri or "")
            if p.iri in known[a.iri or ""] and pair not in seen:
                seen.add(pair)
                out.append(Fact(pair[0], "coversArea", pair[1], c.ev, RULE, CONFIDENCE))
    return out

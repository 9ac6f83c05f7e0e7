"""A local branch named after its national association is part of that association (issue 12).

Finnish movements name their districts and local branches by the movement, the place and a unit word: "Mannerheimin
Lastensuojeluliiton Järvi-Suomen piiri", "MLL:n Janakkalan osasto", "SPR Nousiaisten osasto", "Eläkkeensaajien
Keskusliiton Helsingin piiri ry", "MLL Laitilan paikallisyhdistys ry". The name itself states the tie: the unit
word (osasto, piiri, paikallisyhdistys, aluejärjestö ...) after a place's genitive makes the whole a part of the
organisation named before the place, written in the genitive, as an acronym ("MLL:n", "SPR") or, in lists run
together, in its base form ("Mannerheimin lastensuojeluliitto Kainuun osasto"). branch_associations.py reads such
names as one Association; no rule stated the tie, and news of donations and grants name these branches more than
any other local association.

The branch must be an Association recognised as one name, and the movement another Association of the same
document (the reference data's acronyms count: "SPR" is Suomen Punainen Risti's). Nothing is minted: a movement
that is no entity of its own gives no fact. Structure, not a list of movements: any association's branches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from welfare_kg.extract.model import Entity, Evidence, Fact, Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.names import identity_key

RULE = "partOf:branch-of-association"
CONFIDENCE = 0.6
# the unit words of a movement's district or local branch (base form: an entity's label)
_UNITS = r"(?:paikallis|ala|piiri|alue|kunta|kylä)?(?:osasto|yhdistys|järjestö)|piiri|jaosto|kerho"
# owner, one space, the place's genitive (one word, hyphens allowed), the unit word, a registration suffix
_BRANCH = re.compile(
    r"^(?P<owner>\S.*?)[ \t\n]+(?P<place>[A-ZÅÄÖ][\w]*(?:-[A-ZÅÄÖ][\w]*)*n)[ \t\n]+(?P<unit>" + _UNITS + r")"
    r"(?:[ \t\n]+(?:ry|r\.y\.|rf|r\.f\.))?$")
_SUFFIX = re.compile(r"(?:[ \t]+(?:ry|r\.y\.|rf|r\.f\.|sr|rs))+\.?$", re.IGNORECASE)
_GENITIVE_MARK = re.compile(r"(?:[ \t]+(?:ry|r\.y\.|rf|r\.f\.|sr))?:n$")
_ACRONYM = re.compile(r"^[A-ZÅÄÖ][A-ZÅÄÖ0-9-]{1,7}$")


def _owner_keys(name: str, morph: Morphology) -> set[str]:
    """The forms an owner written before the place may match: its acronym as written, its identity key (a
    genitive and its base form share one)."""
    bare = _GENITIVE_MARK.sub("", name).strip()
    bare = _SUFFIX.sub("", bare).strip()
    if not bare:
        return set()
    if _ACRONYM.match(bare):
        return {bare}
    key = identity_key(bare, morph)
    return {key} if key else set()


def _entity_keys(e: Entity, morph: Morphology) -> set[str]:
    keys: set[str] = set()
    for label in e.labels | {e.label}:
        bare = _SUFFIX.sub("", label).strip()
        if _ACRONYM.match(bare):
            keys.add(bare)
            continue
        # a label with its acronym after the name ("Eläkkeensaajien Keskusliitto EKL ry")
        words = [w for w in bare.split() if not _ACRONYM.match(w)]
        key = identity_key(" ".join(words), morph) if words else ""
        if key:
            keys.add(key)
    return keys


def branch_parent_facts(entities: dict[str, Entity], mentions: Sequence[Mention], facts: Iterable[Fact],
                        morph: Morphology) -> list[Fact]:
    """partOf from each branch Association to the Association its name opens with (see the module's doc)."""
    associations = {iri: e for iri, e in entities.items() if e.type == "Association"}
    if len(associations) < 2:
        return []
    branches: list[tuple[str, set[str]]] = []
    for iri, e in associations.items():
        for label in sorted(e.labels | {e.label}):
            m = _BRANCH.match(label)
            if m:
                keys = _owner_keys(m.group("owner"), morph)
                if keys:
                    branches.append((iri, keys))
                    break
    if not branches:
        return []
    owner_keys = {iri: _entity_keys(e, morph) for iri, e in associations.items()}
    done = {(f.subject, f.object) for f in facts if f.predicate == "partOf"}
    first = {}
    for m in mentions:
        if m.iri and m.iri not in first:
            first[m.iri] = m
    out: list[Fact] = []
    for iri, keys in branches:
        owners = [o for o, ks in owner_keys.items() if o != iri and ks & keys]
        if len(owners) != 1 or (iri, owners[0]) in done:
            continue
        at = first.get(iri)
        ev = Evidence(at.surface, at.start, at.end) if at else Evidence(associations[iri].label, 0, 0)
        out.append(Fact(iri, "partOf", owners[0], ev, RULE, CONFIDENCE))
        done.add((iri, owners[0]))
    return out

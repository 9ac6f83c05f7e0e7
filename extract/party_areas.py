"""The parties of an agreement that together form a named area: each party town is part of it.

An agreement on a joint employment area, a cooperation area or a sub-region lists its parties under a heading of
their own (lists.py reads them: participatesIn:party-section) and says in its text that they form the area, with the
parties and the area both by a word standing for them: "Sopijakunnat muodostavat yhteisen työllisyysalueen.
Työllisyysalueesta käytetään virallista nimitystä X", "Kunnat muodostavat yhteistoiminta-alueen", "Avtalskommunerna
bildar ett gemensamt ...". The sentence's subject is a word for the parties (kunnat, sopijakunnat, osapuolet,
sopijapuolet, jäsenkunnat, kommunerna, parterna) and its verb "muodostaa"/"bilda"; the kind word after the verb
("työllisyysalueen") is the last word of the one cooperation area the document names by a name of that kind
("Eteläisen Keski-Suomen työllisyysalue"). Each party town is then part of that area. No such sentence, no area of
that kind, or two of them: no fact. It reads the agreement's structure (its party section) and one clause of
general grammar, not a wording of one document; its confidence is below the strict graph's 0.5.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from welfare_kg.extract.model import Evidence, Fact, Mention

RULE = "partOf:parties-form-area"
CONFIDENCE = 0.45
_FORM = re.compile(r"(?i)\b(?:sopija|jäsen|osakas|avtals|medlems)?(?:kunnat|kaupungit|osapuolet|sopijapuolet|"
                   r"kommunerna|kommuner|parterna|parter)[ \t]+(?:\w+[ \t]+)?(?:muodostavat|muodostaa|bildar|utgör)"
                   r"(?P<words>(?:[ \t]+[\w-]+){1,4})")
_PARTY_RULE = "participatesIn:party-section"


def party_area_facts(mentions: Sequence[Mention], text: str, facts: Sequence[Fact]) -> list[Fact]:
    """partOf facts from each party town to the area the parties are said to form (see the module docstring)."""
    parties = list(dict.fromkeys(f.subject for f in facts if f.rule == _PARTY_RULE))
    if not parties:
        return []
    towns = {m.iri for m in mentions if m.type == "Municipality" and m.iri}
    parties = [p for p in parties if p in towns]
    if len(parties) < 2:
        return []
    areas = {m.iri: m for m in mentions if m.type == "CooperationArea" and m.iri and not m.generic}
    done = {(f.subject, f.object) for f in facts if f.predicate == "partOf"}
    for said in _FORM.finditer(text):
        words = said.group("words").lower().split()
        found = {iri for iri, m in areas.items() if any(_same_kind(m.label.split()[-1].lower(), w) for w in words)}
        if len(found) != 1:
            continue
        area = found.pop()
        a, b = said.start(), said.end()
        ev = Evidence(text[a:b], a, b)
        return [Fact(town, "partOf", area, ev, RULE, CONFIDENCE) for town in parties if (town, area) not in done]
    return []


def _same_kind(head: str, word: str) -> bool:
    """Whether the inflected kind word after the verb ("työllisyysalueen") is the area name's last word
    ("työllisyysalue"): the same stem with a case ending, Finnish vowel-stem changes allowed (alue -> alueen,
    seutukunta -> seutukunnan)."""
    if len(head) < 5:
        return False
    stem = head[:-2]
    return word.startswith(stem) and len(word) - len(head) <= 4

"""Sub-regions that share one plural head: "Salon ja Loimaan seutukuntien", "A:n, B:n ja C:n seutukunnissa".

Finnish writes the head word once for coordinated names, so only the last conjunct reads as a sub-region
("Loimaan seutukuntien"); the genitives before it stood alone, and a town's genitive was read as the town
("Salon" as Salo), or a double name of a sub-region ("Nivala-Haapajärven") as nothing. gazetteer.py's
`_coordinated` fills in such conjuncts for reference names; the town-area sub-regions that the recogniser
builds itself ("Xlän seutukunta", entities.py) never reached it.

A plural sub-region head ("seutukuntien", "seutukunnissa", ...) in the last conjunct's mention makes each
capitalised genitive joined to it by commas and one "ja"/"sekä"/"tai" the sub-region "X seutukunta", when
X is a municipality read there or "X seutukunta" is a reference name. The sub-region replaces the
town's mention: the text speaks of the area around the town.
"""

from __future__ import annotations

import re
from functools import lru_cache

from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.model import Mention
from welfare_kg.extract.names import fold
from welfare_kg.extract.resolve import mint

RULE = "elided-subregion"
_PLURAL_HEAD = re.compile(r"\bseutukun(?:tien|nat|nissa|tiin|nille|nilla|nilta|nista|tia)$", re.IGNORECASE)
# one conjunct before the last: a capitalised genitive and what joins it to the next
_CONJUNCT = re.compile(r"(?P<name>\b[A-ZÅÄÖ][A-Za-zÅÄÖåäö]*(?:-[A-ZÅÄÖ][A-Za-zÅÄÖåäö]*)*n)"
                       r"(?P<sep>[ \t]+(?:ja|sekä|tai)[ \t]+|[ \t]*,[ \t]*)$")


@lru_cache(maxsize=1)
def _reference_subregions() -> frozenset[str]:
    """Folded labels of the reference sub-regions ("nivala-haapajarven seutukunta")."""
    from welfare_kg.extract.gazetteer import reference_gazetteer

    return frozenset(fold(label) for e in reference_gazetteer().entities.values()
                     if e.type == "CooperationArea" for label in e.labels)


def _conjuncts(text: str, at: int) -> list[tuple[int, int, str]]:
    """The genitive conjuncts before offset `at`, nearest first: (start, end, name)."""
    out: list[tuple[int, int, str]] = []
    window_start = max(0, at - 200)
    prefix = text[window_start:at]
    first = True
    while True:
        m = _CONJUNCT.search(prefix)
        if m is None:
            break
        comma = "," in m.group("sep")
        if first == comma:  # the nearest joiner is the conjunction, the ones before it commas
            break
        out.append((window_start + m.start("name"), window_start + m.end("name"), m.group("name")))
        prefix = prefix[:m.start("name")]
        first = False
    return out


def elided_subregion_mentions(text: str, per_sentence: list[list[Mention]],
                              starts: list[int]) -> list[list[Mention]]:
    """per_sentence with the elided sub-region conjuncts read, in place of the towns read there."""
    added: list[Mention] = []
    drop: set[int] = set()
    known = _reference_subregions()
    for ms in per_sentence:
        for m in ms:
            if m.type != "CooperationArea" or _PLURAL_HEAD.search(m.surface) is None:
                continue
            for s, e, name in _conjuncts(text, m.start):
                here = [x for x in ms if x.start < e and s < x.end]
                label = f"{name} seutukunta"
                town = [x for x in here if x.type == "Municipality" and x.start == s and x.end == e]
                if (here and not town) or not (town or fold(label) in known):
                    break  # something else is named there, or no sub-region of that name
                drop.update(id(x) for x in town)
                added.append(Mention(start=s, end=e, surface=name, label=label, type="CooperationArea",
                                     iri=mint("CooperationArea", fold(label)), case="omanto", rule=RULE,
                                     key=fold(label)))
    return insert_mentions(per_sentence, starts, added, drop) if added else per_sentence

"""A Swedish-speaking parish named by its own word and "församling": "Kimitonejdens församling", "Selånger
församling", "Matteus församling".

The recogniser reads a parish by a known town's name before "församling" ("Närpes församling", left to it); a
parish named by a region of the town ("Kimitonejdens"), a village or a saint, or one in Sweden, was read as that
area or not at all, and the parish, a party to the agreement or project, was lost. The shape is enough:
"församling" in lower case after one or two capitalised words inside a sentence names a parish (the word opening a
sentence is capitalised anyway, and "Vår församling" speaks of the writer's own). A place read inside the name gives
way to the parish.
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.model import Mention
from welfare_kg.extract.names import fold
from welfare_kg.extract.resolve import mint
from welfare_kg.extract.spans import SpanIndex
from welfare_kg.extract.text import opens_phrase

RULE = "swedish-parish"
_WORD = r"[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?"
_PARISH = re.compile(rf"(?<![\w-])(?P<name>{_WORD}(?:[ \t]+{_WORD})?)[ \t]+(?P<kind>församling(?:s|en|ens)?)(?![\w-])")
# capitalised words that open a phrase, not a parish's name
_NOT_NAMES = frozenset({"Vår", "Vårt", "Er", "Din", "Min", "Denna", "Den", "Varje", "Hela", "Samma", "Svenska",
                        "Finska", "Evangelisk-lutherska", "Lutherska", "Katolska", "Ortodoxa", "Nya", "Gamla"})
_PLACES = frozenset({"Municipality", "Region", "CooperationArea"})


def swedish_parish_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int]) -> list[list[Mention]]:
    """per_sentence with each "<Name> församling" inside a sentence read as a parish."""
    if "församling" not in text:
        return per_sentence
    have: SpanIndex[Mention] | None = None
    added: list[Mention] = []
    drop: set[int] = set()
    for m in _PARISH.finditer(text):
        words = m.group("name").split()
        start = m.start("name")
        if words[0] in _NOT_NAMES:
            if len(words) == 1 or words[1] in _NOT_NAMES:
                continue
            words = words[1:]
            start = text.index(words[0], start + 1)
        if opens_phrase(text, start):
            continue
        if have is None:
            have = SpanIndex([x for ms in per_sentence for x in ms])
        inside = have.overlapping(start, m.end())
        if any(x.type in {"Parish", "Municipality"} for x in inside) or any(
                x.type not in _PLACES or x.start < start or x.end > m.end() for x in inside):
            continue  # read already as a parish, or a longer name read across it
        label = f"{' '.join(words)} församling"
        added.append(Mention(start=start, end=m.end(), surface=text[start:m.end()], label=label, type="Parish",
                             case="nimento", rule=RULE, iri=mint("Parish", fold(label)), key=fold(label) or None))
        drop.update(id(x) for x in inside)
    return insert_mentions(per_sentence, starts, added, drop) if added else per_sentence

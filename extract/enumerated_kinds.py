"""An organisation written as one item of a list of kinds: "alueen kunnat ja hyvinvointialue", "järjestöjen, kuntien
ja hyvinvointialueen yhteistyö".

A bare kind word ("hyvinvointialue", "kaupunki") the recogniser resolves to the page's organisation of that kind is,
beside plural kinds joined by "ja", "sekä" or a comma, one of the parties a sentence enumerates: the organisations of
a steering group, the partners of a project. A person quoted in that sentence ("..., kertoo kehittämispäällikkö X")
works for one of them or for none, and the sentence does not say which; the prose post rule took the enumerated
county. Only a bare kind word, written in lower case, is read so: a proper name beside a plural ("Tampereen kaupungin
ja järjestöjen") is named, and other rules weigh it.
"""

from __future__ import annotations

import re

from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology

# the joining word between list items, and the item's word before or after it
_ITEM_BEFORE = re.compile(r"(?P<word>[a-zåäö]{3,})[ \t]*(?:,|[ \t]ja|[ \t]sekä|[ \t]och)[ \t]+$")
_ITEM_AFTER = re.compile(r"[ \t]*(?:,|ja\b|sekä\b|och\b)[ \t]*(?P<word>[a-zåäö]{3,})")
REACH = 40  # characters before the mention the list's previous item is read in


def _plural_noun(word: str, morph: Morphology) -> bool:
    readings = morph.analyse(word)
    return bool(readings) and all(r.number == "plural" and r.cls in {"nimisana", "nimisana_laatusana"}
                                  for r in readings)


def enumerated_kind(x: Mention, text: str, morph: Morphology) -> bool:
    """Whether `x` is a bare kind word listed beside a plural kind ("kunnat ja hyvinvointialue")."""
    return enumerated_at(x.start, x.end, text, morph)


def enumerated_at(start: int, end: int, text: str, morph: Morphology) -> bool:
    """Whether the lower-case word(s) at text[start:end] stand in a list beside a plural kind noun."""
    if not text[start:start + 1].islower():
        return False
    before = _ITEM_BEFORE.search(text, max(0, start - REACH), start)
    if before is not None and before.end() == start and _plural_noun(before["word"], morph):
        return True
    after = _ITEM_AFTER.match(text, end)
    return after is not None and _plural_noun(after["word"], morph)

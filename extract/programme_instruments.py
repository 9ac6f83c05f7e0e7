"""A known programme named by its word glued to the word for its money or its work: "Leader-tukea",
"AIKO-rahoitusta", "Leader-toiminnan".

The gazetteer reads the programme's own word at the front of such a compound (gazetteer._FUNDED_BY_PROGRAMME) and
the mention keeps the reference label; but the text's name for the programme is the compound itself in its base
form ("Leader-tuki", "AIKO-rahoitus", "Leader-toiminta"), and a name the text uses is one of the entity's names.
"""

from __future__ import annotations

from collections.abc import Sequence

from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.text import Token

# the second part of a compound that names the programme itself: its grant, funding or activity (not "-hanke",
# a project it funds, nor "-rahoitteinen", which describes something else by its funding)
INSTRUMENT_HEADS = ("tuki", "rahoitus", "avustus", "raha", "toiminta")


def programme_compound_name(span: Sequence[Token], name: str, typ: str, morph: Morphology) -> str | None:
    """The base form of a one-word compound "<programme word>-<instrument>" the gazetteer read as the programme by
    its first part ("Leader-tukea" -> "Leader-tuki"), with the first part as written; None for anything else."""
    if typ != "Programme" or len(span) != 1 or span[0].text.count("-") != 1:
        return None
    first, rest = span[0].text.split("-")
    if first.lower() != name.lower() or not rest:
        return None
    for a in morph.analyse(span[0].text):
        head = a.base.split("-", 1)[-1].lower()
        if a.cls == "nimisana" and a.number != "plural" and head in INSTRUMENT_HEADS:
            return f"{first}-{head}"
    return None

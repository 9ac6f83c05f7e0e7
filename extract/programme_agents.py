"""A programme named after a word of funding pays the project the sentence speaks of; it is not what the sentence
speaks of (issue 12).

"Projektet har en budget på tre miljoner kronor och är finansierad av Northern Periphery Programme inom EU, Luleå
kommun och ...", "Hanketta rahoittavat Interreg Aurora -ohjelma ja Lapin liitto": the sentence opens on a word for
its project ("Projektet", "Hanketta") and names the programme as an agent of the funding ("finansierad av",
"rahoittaa"). Taken as the sentence's undertaking, the programme stood in the project's place, and the towns and
agencies listed beside it were read as funding the programme. A programme becomes such a name as soon as the
reference data lists it (data/programmes.csv), so the more programmes are known, the more often this happens: the
project word keeps its own referent, the project the text is about.
"""

from __future__ import annotations

import re

from welfare_kg.extract.model import Mention
from welfare_kg.extract.text import Sentence

# the words a sentence about a project opens on: "Hanke", "Hanketta", "Projektet", "Projektets"
_PROJECT_LEMMAS = frozenset({"hanke", "projekti", "projekt", "projektet", "projektets"})
# a word of funding whose agent follows it, and at most three words (a fund's or the EU's genitive, "The") between
_AGENT_BEFORE = re.compile(
    r"(?i)\b(?:finansier(?:as|ad|at|ade|ades|ats)(?:\s+\w+)?\s+av|rahoitt(?:aa|avat|i|ivat)|"
    r"rahoittaj(?:ana|ina)\s+(?:on|ovat|toimii|toimivat))\s+(?:\S+\s+){0,3}$")


def programme_after_funding_word(sent: Sentence, m: Mention, lemmas: list[str]) -> bool:
    """Whether programme mention `m` stands as the agent after a word of funding in a sentence that opens on a word
    for its project."""
    if m.type != "Programme" or not lemmas or lemmas[0] not in _PROJECT_LEMMAS:
        return False
    k = m.start - sent.start
    return _AGENT_BEFORE.search(sent.text, max(0, k - 80), k) is not None

"""Project titles that open with an exclamation or a question: "Esteet nurin! Kansalaisopistojen yhteistyöhanke",
"Mitä kuuluu? Ikäihmisten osallisuushanke" as a heading line of a project page or a list of projects.

The project's own name is the slogan; what follows it describes the kind of project. The sentence splitter ends a
sentence at the "!" or "?", so the recogniser reads only the descriptive compound after it ("Kansalaisopistojen
yhteistyöhanke"), a name shared by many projects, and the project's identity is lost. A heading line (nothing after
the project's name on the line) whose slogan of two to six words ends in "!" or "?" right before a project read there
is one title: the whole line is the name, and it replaces the shorter reading.
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.names import identity_key
from welfare_kg.extract.spans import SpanIndex

RULE = "exclaimed-title"
# a slogan opening a line: a capital, two to six words, no sentence end inside, then "!" or "?" and a space
_SLOGAN = re.compile(r"(?m)^[ \t]*(?P<slogan>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:[ \t]+[\wåäöÅÄÖ-]+){1,5}[!?])[ \t]+(?=[A-ZÅÄÖ])")
_HEADING_MAX = 120  # characters: a longer line is running text, not a title


def exclaimed_title_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                             morph: Morphology) -> list[list[Mention]]:
    """per_sentence with each exclaimed heading read whole as the project it names."""
    if "!" not in text and "?" not in text:
        return per_sentence
    projects = SpanIndex([m for ms in per_sentence for m in ms if m.type == "Project"])
    added: list[Mention] = []
    drop: set[int] = set()
    for h in _SLOGAN.finditer(text):
        line_end = text.find("\n", h.end())
        line_end = len(text) if line_end < 0 else line_end
        if line_end - h.start("slogan") > _HEADING_MAX:
            continue
        after = [m for m in projects.starting_in(h.end(), h.end() + 1)
                 if m.start == h.end() and not text[m.end:line_end].strip() and m.surface == m.label]
        if len(after) != 1:
            continue  # no project read right after the slogan up to the line's end, or an inflected one
        name = h.group("slogan") + " " + after[0].label
        key = identity_key(name, morph)
        if not key:
            continue
        start = h.start("slogan")
        added.append(Mention(start=start, end=after[0].end, surface=text[start:after[0].end], label=name,
                             type="Project", rule=RULE, key=key))
        drop.add(id(after[0]))
    return insert_mentions(per_sentence, starts, added, drop) if added else per_sentence

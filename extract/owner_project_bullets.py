"""Bulleted lists of funded projects written owner first, then the project's name and its years:

    • Esimerkin eläkeläiset ry, Käsillä tehden - osallisuutta ikäihmisille 2031–2034.
    • Testilän muistiyhdistys ry, toimintakyvyn edistäminen liikunnan avulla, Liikkeellä 2031–2033.

A funder's news lists the receivers of a programme so: the association (its legal form ends the first cell), then
what it does, the project's own name last before its years (after a description, the name is the last capitalised
phrase: after its comma or in brackets). No recogniser knows such a name ("Liikkeellä"), so the project and who runs
it were lost.

- `owner_bullet_mentions`: the name before the years a Project mention (rule "owner-bullet-title"), the Project
  mentions inside it dropped; a description in lower case ("jatkohanke 2031–2034") names nothing.
- `owner_bullet_facts`: the association of the row coordinates the project ("coordinates:owner-bullet").

Only lists: at least MIN_ROWS such rows, each a bulleted line of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.model import Fact, Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.names import identity_key
from welfare_kg.extract.row_projects import owner_coordinates, title_project
from welfare_kg.extract.spans import SpanIndex

MENTION_RULE = "owner-bullet-title"
RULE = "coordinates:owner-bullet"
CONFIDENCE = 0.6
MIN_ROWS = 2
MAX_WORDS = 12
_ROW = re.compile(r"(?m)^[ \t]*[•*–-][ \t]*(?P<owner>[A-ZÅÄÖ][^,\n]{1,80}?[ \t](?:ry|r\.y\.|rf|r\.f\.|sr))[ \t]*,"
                  r"[ \t]*(?P<rest>[^\n]{3,300}?)[ \t]+(?:19|20)\d\d[ \t]*[–-][ \t]*(?:19|20)\d\d\)?\.?[ \t]*$")
# the name is the last capitalised phrase of the row before its years: after its last comma or bracket
_LAST = re.compile(r"(?:^|,[ \t]*|\([ \t]*)(?P<name>[A-ZÅÄÖ][^,()]*)$")
ORGANISATIONS = {"Association", "Company", "Parish", "Body"}


@lru_cache(maxsize=2)  # asked by the mention step and the fact step of the same document
def _rows(text: str) -> list[tuple[re.Match[str], int, int]]:
    """The rows with the span of the project's name in each."""
    if "•" not in text and "\n-" not in text and "\n*" not in text and "\n–" not in text:
        return []
    out = []
    for row in _ROW.finditer(text):
        last = _LAST.search(row.group("rest"))
        if last is None or not 1 <= len(last.group("name").split()) <= MAX_WORDS:
            continue
        a = row.start("rest") + last.start("name")
        b = a + len(last.group("name").rstrip())
        out.append((row, a, b))
    return out if len(out) >= MIN_ROWS else []


OWNER_RULE = "owner-bullet-owner"


def _owner_mention(text: str, names: SpanIndex, oa: int, ob: int, morph: Morphology) -> Mention | None:
    """An Association mention over a row's owner cell when no organisation is read over all of it and no person or
    place starts it; None otherwise."""
    inside = names.overlapping(oa, ob)
    if any(m.type in ORGANISATIONS and m.start <= oa + 1 and m.end >= ob - 1 for m in inside):
        return None
    if any(m.start <= oa + 1 and m.type not in ORGANISATIONS | {"Project"} and m.end >= ob - 1 for m in inside):
        return None  # a municipality or a person read over the whole cell
    name = " ".join(text[oa:ob].split())
    return Mention(start=oa, end=ob, surface=text[oa:ob], label=name, type="Association", rule=OWNER_RULE,
                   case="nimento", key=identity_key(name, morph) or None)


def owner_bullet_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                          morph: Morphology) -> list[list[Mention]]:
    """per_sentence with each row's project name as a Project mention."""
    rows = _rows(text)
    if not rows:
        return per_sentence
    names = SpanIndex([m for ms in per_sentence for m in ms])
    added: list[Mention] = []
    drop: set[int] = set()
    for row, a, b in rows:
        owner = _owner_mention(text, names, row.start("owner"), row.end("owner"), morph)
        if owner is not None:
            # "• Itä-Helsingin lähimmäistyö Hely ry, ...": the cell up to its legal form is the association's whole
            # name, where the recogniser read only its end ("Hely ry") or nothing
            drop.update(id(m) for m in names.overlapping(owner.start, owner.end)
                        if m.type in ORGANISATIONS | {"Project"} and owner.start <= m.start and m.end <= owner.end)
            added.append(owner)
        if any(m.start <= a and b <= m.end and m.type != "Project" for m in names.overlapping(a, b)):
            continue  # a place or an organisation read over the whole phrase
        mention, inner = title_project(text, names, a, b, morph, MENTION_RULE)
        if mention is not None:
            drop.update(id(m) for m in inner)
            added.append(mention)
    return insert_mentions(per_sentence, starts, added, drop) if added else per_sentence


def owner_bullet_facts(per_sentence: Sequence[Sequence[Mention]], facts: Sequence[Fact], text: str) -> list[Fact]:
    """The association opening each row coordinates the project the row names (unless a fact already says so)."""
    rows = _rows(text)
    if not rows:
        return []
    return owner_coordinates(per_sentence, facts, ((row, a, b, row.start("owner"), row.end("owner"))
                                                   for row, a, b in rows), ORGANISATIONS, RULE, CONFIDENCE)

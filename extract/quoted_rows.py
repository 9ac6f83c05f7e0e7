"""Grant lists whose rows give a quoted title, then who runs it, then the sum:

    ”Matskolan”, som drivs av Exempelby 4H. 2.708 euro.
    ”Boken om vårjakt”, Sunds jaktvårdsförening. 7.625 euro.
    "Kylätalo kuntoon", Esimerkin kyläyhdistys ry, 5 000 euroa

A funder's news often lists what it granted so: the quotes mark the title of the funded project (a free phrase
that no recogniser knows, and one that may look like an organisation's name: "Toppa Torps byalag"), the name after
the comma is the one that runs it, the sum ends the row. The layout says who is what, whatever the words.

- `quoted_row_mentions`: each quoted title a Project mention (rule "quoted-row-title"), the Project mentions inside it
  dropped ("Projekt Höja" is the name, not "Höja"); an owner no recogniser read whole becomes an Association mention
  (rule "quoted-row-owner"): a short capitalised name, no place or organisation read over all of it.
- `quoted_row_facts`: the owner coordinates the project ("coordinates:quoted-row").

Only lists: at least MIN_ROWS such rows in the document, each on a line of its own.
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

TITLE_RULE = "quoted-row-title"
OWNER_RULE = "quoted-row-owner"
RULE = "coordinates:quoted-row"
CONFIDENCE = 0.6
MIN_ROWS = 2
MAX_OWNER_WORDS = 6
_ROW = re.compile(
    r"(?m)^[ \t]*(?:[•*-][ \t]*)?[\"”“„«](?P<title>[^\"”“„«»\n]{2,120})[\"”“»][ \t]*,[ \t]*"
    r"(?:(?:som[ \t]+drivs[ \t]+av|jota[ \t]+(?:hallinnoi|toteuttaa|vetää)|hakijana)[ \t]+)?"
    r"(?P<owner>[A-ZÅÄÖ0-9][^\n.,:;]{1,100}?)[ \t]*[.,][ \t]*"
    r"(?P<sum>\d{1,3}(?:[ \u00a0.]\d{3})*(?:,\d{1,2})?[ \t\u00a0]*(?:€|euroa?|eur|kr|kronor))")
ORGANISATIONS = {"Association", "Company", "Municipality", "JointAuthority", "Parish", "Agency", "Body",
                 "CompetenceCentre", "WellbeingCounty"}


@lru_cache(maxsize=2)  # asked by the mention step and the fact step of the same document
def _rows(text: str) -> list[re.Match[str]]:
    if "”" not in text and '"' not in text and "“" not in text:
        return []
    rows = list(_ROW.finditer(text))
    return rows if len(rows) >= MIN_ROWS else []


def quoted_row_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                        morph: Morphology) -> list[list[Mention]]:
    """per_sentence with each row's quoted title as a Project and an unread owner as an Association."""
    rows = _rows(text)
    if not rows:
        return per_sentence
    names = SpanIndex([m for ms in per_sentence for m in ms])
    added: list[Mention] = []
    drop: set[int] = set()
    for row in rows:
        mention, inner = title_project(text, names, row.start("title"), row.end("title"), morph, TITLE_RULE)
        if mention is not None:
            drop.update(id(m) for m in inner)
            added.append(mention)
        oa, ob = row.start("owner"), row.end("owner")
        owner = " ".join(text[oa:ob].split())
        over = names.overlapping(oa, ob)
        if len(owner.split()) > MAX_OWNER_WORDS or any(m.start <= oa and ob <= m.end for m in over):
            continue  # read whole already (or too long to be one name)
        drop.update(id(m) for m in over if oa <= m.start and m.end <= ob and m.type in ORGANISATIONS)
        added.append(Mention(start=oa, end=ob, surface=text[oa:ob], label=owner, type="Association",
                             rule=OWNER_RULE, key=identity_key(owner, morph) or None))
    return insert_mentions(per_sentence, starts, added, drop) if added else per_sentence


def quoted_row_facts(per_sentence: Sequence[Sequence[Mention]], facts: Sequence[Fact], text: str) -> list[Fact]:
    """The owner of each row coordinates the project its quoted title names (unless a fact already says so)."""
    rows = _rows(text)
    if not rows:
        return []
    return owner_coordinates(per_sentence, facts, ((row, row.start("title"), row.end("title"), row.start("owner"),
                                                    row.end("owner")) for row in rows), ORGANISATIONS, RULE, CONFIDENCE)

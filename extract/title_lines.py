"""Rows of "<title> <Name>" (or "<Name>, <title>") one person a line under an organisation's heading: the heading
is the employer.

A contact list or a group's members print a block per organisation, its name on a line of its own and then a row
per person, the title first ("Esimerkin Yhdistys ry:" / "toiminnanjohtaja Anna Kivi" / "järjestösihteeri Pekka
Puu"). The prose rules take a lower-case title right after the name before, or one followed by another title after
the name, as the sign of a flattened name-then-title list ("Mattila Pertti puheenjohtaja Honkala Irma
varapuheenjohtaja") and read no title at all, so every row after a block's first was lost; and a sentence running
over several blocks gave a row the next block's organisation. The lines say which layout it is: the title opens
the person's line, the name closes it, the block has another row of that shape, and the line over the block's rows
is an organisation's name alone. Rows of "Name, title" under such a heading are read alike: the prose rules took
the organisation of the sentence, which a list without full stops runs on into the next block.
"""

from __future__ import annotations

import re

from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.posts import ORG_TYPES, office_title
from welfare_kg.extract.spans import SpanIndex

_BULLET = "-•*–·▪"
# a whole row: a bullet, one or two lower-case title words, two or three capitalised name words
_ROW = re.compile(rf"[ \t]*(?:[{_BULLET}][ \t]*)?(?P<title>[a-zåäö][\w.-]*(?:[ \t]+[a-zåäö][\w.-]*)?)"
                  r"[ \t]+[A-ZÅÄÖ][\w-]*(?:[ \t]+[A-ZÅÄÖ][\w-]*){1,2}[ \t]*")
# the same row with the name first: "Anna Kivi, toiminnanjohtaja"
_NAME_ROW = re.compile(rf"[ \t]*(?:[{_BULLET}][ \t]*)?[A-ZÅÄÖ][\w-]*(?:[ \t]+[A-ZÅÄÖ][\w-]*){{1,2}}[ \t]*,[ \t]*"
                       r"(?P<title>[a-zåäö][\w.-]*(?:[ \t]+[a-zåäö][\w.-]*){0,2})[ \t]*\.?[ \t]*")
# how many rows up a block's heading may stand
REACH = 30
# the longest line a row or a heading is
LONGEST = 200
_OWNERS = ORG_TYPES | {"CompetenceCentre", "Parish", "Foundation"}


def _line(text: str, at: int) -> tuple[int, int] | None:
    """The bounds of the line holding `at`, or None for a line longer than a row or heading can be: a page run
    into one line must not be searched to its ends for each person (a 20 MB page has 10^5 of them)."""
    start = text.rfind("\n", max(0, at - LONGEST), at) + 1
    end = text.find("\n", at, at + LONGEST)
    if (start == 0 and at > LONGEST) or (end < 0 and len(text) > at + LONGEST):
        return None
    return start, end if end >= 0 else len(text)


def _lines_up(text: str, start: int) -> list[tuple[int, int]]:
    """The non-blank lines above the one starting at `start`, nearest first, at most REACH; a long line ends them
    (and, being no heading, the block)."""
    out: list[tuple[int, int]] = []
    for _ in range(4 * REACH):
        if start <= 0 or len(out) >= REACH:
            break
        line = _line(text, start - 1)
        if line is None:
            out.append((start - 1, start - 1))  # no row, no heading
            break
        if text[line[0]:line[1]].strip():
            out.append(line)
        start = line[0]
    return out


def _row_below(text: str, end: int, shape: re.Pattern[str]) -> bool:
    """The next non-blank line after `end` is a row of `shape`."""
    for _ in range(4 * REACH):
        if end >= len(text):
            break
        line = _line(text, end + 1)
        if line is None:
            return False
        if text[line[0]:line[1]].strip():
            return shape.fullmatch(text, *line) is not None
        end = line[1]
    return False


def _own_row(person: Mention, text: str, start: int, end: int) -> tuple[re.Match[str], re.Pattern[str]] | None:
    """The person's line as a row of either shape, the name where that shape writes it."""
    row = _ROW.fullmatch(text, start, end)
    if row is not None and row.end("title") <= person.start and not text[person.end:end].strip():
        return row, _ROW
    row = _NAME_ROW.fullmatch(text, start, end)
    if row is not None and not text[start:person.start].strip(" \t" + _BULLET) and person.end < row.start("title"):
        return row, _NAME_ROW
    return None


def heading_row_post(person: Mention, mentions: SpanIndex[Mention], text: str,
                     morph: Morphology) -> tuple[str, str] | None:
    """(post, organisation IRI) of a person on a "<title> <Name>" or "<Name>, <title>" row under an organisation's
    heading line, every row between of the same shape, else None. `mentions`: the document's mentions by position."""
    line = _line(text, person.start)
    if line is None:
        return None
    start, end = line
    own = _own_row(person, text, start, end)
    if own is None:
        return None
    row, shape = own
    words = row["title"].split()
    post = office_title(words[-1], morph)
    if post is None:
        return None
    rows = 1
    for a, b in _lines_up(text, start):
        if shape.fullmatch(text, a, b) is not None:
            rows += 1
            continue
        line = text[a:b].strip().rstrip(":").rstrip()
        lead = len(text[a:b]) - len(text[a:b].lstrip())
        heads = [x for x in mentions.starting_in(a + lead, a + lead + 1) if x.iri and x.type in _OWNERS
                 and x.end - x.start == len(line)]
        if not heads:
            return None
        if rows == 1 and not _row_below(text, end, shape):  # the block's first row: another must follow it
            return None
        return " ".join([*words[:-1], post]).lower(), heads[0].iri
    return None

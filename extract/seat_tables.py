"""Who sits in a joint body for each town: the rows of a "Kunta | Varsinainen jäsen | Varajäsen" table.

A wellbeing county's or joint authority's page gives the composition of its councils (vanhusneuvosto,
vammaisneuvosto, a joint board) as a table under the body's heading: one row a town, the town's member and the
member's deputy ("Laihia  Heikki Mäkinen  Vuokko Rintala"; extract/member_tables.py reads the same table's towns as
the organisation's members). Each row's first person holds the seat of the seat column ("jäsen", "varsinainen
jäsen", "ledamot"), the second the deputy's ("varajäsen", "ersättare"), in the body named last before the header
(its heading, within BODY_REACH characters). No body there, no seat: a table under a page's title only is read for
its towns alone. The layout says it, not a word in the rows, so the rule has a confidence of its own.
"""

from __future__ import annotations

import re

from welfare_kg.extract.member_tables import seat_headers
from welfare_kg.extract.model import Evidence, Fact, Mention

RULE = "holdsPost:seat-table"
CONFIDENCE = 0.6
BODY_REACH = 200  # characters back from the header to the body's heading
MAX_ROWS = 60

_SEAT = re.compile(r"(?i)\b(varsinainen\s+jäsen|ordinarie\s+ledamot|jäsen|ledamot|edustaja)\b")
_DEPUTY = re.compile(r"(?i)\b(henkilökohtainen\s+varajäsen|personlig\s+ersättare|varajäsen|ersättare|varaedustaja)\b")


def seat_table_facts(text: str, mentions: list[Mention]) -> list[Fact]:
    """holdsPost facts of the members and deputies of each town-seat table of the text, in the body it is under."""
    ms = sorted((m for m in mentions if m.iri), key=lambda m: (m.start, -m.end))
    out: list[Fact] = []
    for header in seat_headers(text):
        head = header.group(0)
        seat, deputy = _SEAT.search(head), _DEPUTY.search(head)
        body = _body_before(ms, header.start())
        if body is None or seat is None or deputy is None:
            continue
        posts = (seat.group(1).lower(), deputy.group(1).lower())
        rows = _rows(text, header.end(), ms)
        if len(rows) < 2:
            continue
        for (a, b), people in rows:
            ev = Evidence(text[a:b], a, b)
            out += [Fact(p.iri, "holdsPost", body.iri, ev, RULE, CONFIDENCE, post=post)
                    for p, post in zip(people[:2], posts, strict=False) if p.iri]
    return out


def _body_before(ms: list[Mention], pos: int) -> Mention | None:
    """The body named last before pos, when it ends within BODY_REACH characters of it."""
    for m in reversed([m for m in ms if m.end <= pos]):
        if pos - m.end > BODY_REACH:
            return None
        if m.type == "Body":
            return m
    return None


def _rows(text: str, pos: int, ms: list[Mention]) -> list[tuple[tuple[int, int], list[Mention]]]:
    """Each row line after pos: its span and the people on it in order; the rows end at a blank line or at a line
    with no person."""
    rows: list[tuple[tuple[int, int], list[Mention]]] = []
    start = pos
    while len(rows) < MAX_ROWS and start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if not text[start:end].strip():
            if rows:
                break
            start = end + 1
            continue
        people = [m for m in ms if start <= m.start and m.end <= end and m.type == "Person"]
        if not people:
            break
        rows.append(((start, end), people))
        start = end + 1
    return rows

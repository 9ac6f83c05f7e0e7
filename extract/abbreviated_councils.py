"""The town's council or board that an attendance row names only by its abbreviation ("kvalt pj").

A board's minutes list the council's chairs, who have the right to attend, as "Kurkinen Yrjö 17:00-18:38 kvalt pj",
"Heikkinen Hilkka kvalt I vpj", and often never write the council's name anywhere else. The seat is still a seat in
that town's council (the annotation makes it a required post), and the council is a body of the town like its
board: every Finnish municipality has one (kuntalaki 410/2015 14 §). So when an attendance row opens its role with
a council's or board's abbreviation (data/body_abbreviations.csv) and the document names no body of that kind, the
abbreviation itself becomes the body's mention, labelled with the kind's full name ("kunnanvaltuusto"); the body
resolver then owns it by the town as any other "Kunnanvaltuusto" (extract/document.py), and the row readers
(extract/attendance_layouts.py, extract/posts.py) post the person in it. A kind the document names is left to
the readers as before; so are minutes that name no council or board of a town at all (a joint body's, a regional
council's: their rows name chairs of several towns' councils); rows with the role before the name, and rows of no
recognised person, mint nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from welfare_kg.extract.attendance_layouts import BODY_ABBREVIATIONS, LEAD, QUALIFIED, names_body_of_kind
from welfare_kg.extract.model import Mention

RULE = "body-abbreviated-council"
# a kind's full name by the town's kind: a city's council is its "kaupunginvaltuusto", a Swedish town's "stads-"
_FULL = {"valtuusto": ("kunnanvaltuusto", "kaupunginvaltuusto"), "hallitus": ("kunnanhallitus", "kaupunginhallitus"),
         "fullmäktige": ("kommunfullmäktige", "stadsfullmäktige"), "styrelse": ("kommunstyrelse", "stadsstyrelse")}
# abbreviations that say the town's kind themselves: "kaupvalt", "kaupunginh"; "sfge", "stfge", "sst"; "kfge", "kst"
# ("kvalt", "kv" are written for a city's council too)
_CITY_ABBREVIATION = re.compile(r"^(?:kaup|sfge|stfge|sfm|sst|stst)")
_TOWN_ABBREVIATION = re.compile(r"^(?:kfge|kfm|kst|kunnanh)")
# a city's own words in its bodies' names or its letterhead: "Kaupunginhallitus", "OULUN KAUPUNKI", "stadsstyrelsen"
_CITY_WORDS = re.compile(r"(?i)\b(?:kaupungin\w*|kaupunki|stad|stads\w*)\b")


def _city(abbr: str, text_head: str, bodies: Sequence[Mention]) -> bool:
    """Whether the town is a city (kaupunki, stad): the abbreviation tells, else the names of the document's
    bodies ("Kaupunginhallitus"), else its head ("RAUMAN KAUPUNKI")."""
    low = abbr.lower()
    if _CITY_ABBREVIATION.match(low):
        return True
    if _TOWN_ABBREVIATION.match(low):
        return False
    if any(b.label.lower().startswith(("kaupungin", "stads")) for b in bodies):
        return True
    return _CITY_WORDS.search(text_head) is not None


def abbreviated_council_mentions(listed: Sequence[object], mentions: Sequence[Mention], text: str) -> list[Mention]:
    """A Body mention for each kind of council or board that attendance rows name only by abbreviation, at the
    first such row; [] when the document names a body of that kind, or no recognised person's row opens with one.

    `listed` are the block reader's rows (extract/people.py Listed), `mentions` the document's mentions before
    their IRIs are minted."""
    bodies = [m for m in mentions if m.type == "Body"]
    # the town's own organs are in play only when the minutes name its council or board: a joint body's or a
    # regional council's minutes list chairs of several towns' councils, none of them one town's
    town_kinds = {k for k in _FULL if any(names_body_of_kind(b.label, k) for b in bodies)}
    if not town_kinds:
        return []
    people = {m.start for m in mentions if m.type == "Person"}
    out: list[Mention] = []
    minted: set[str] = set()
    for p in listed:
        if getattr(p, "roles_before", False) or getattr(p, "start", -1) not in people:
            continue
        role = getattr(p, "role", "") or ""
        lead = LEAD.match(role)  # "17:00-18:38 kvalt pj": the attendance times before the role
        at = lead.end() if lead is not None else len(role) - len(role.lstrip())
        found = QUALIFIED.match(role, at)
        if found is None:
            continue
        abbr = found.group("abbr")
        kind = BODY_ABBREVIATIONS[abbr.lower()]
        if kind in minted or kind in town_kinds or kind not in _FULL:  # a region's organ is no town's to mint
            continue
        minted.add(kind)
        label = _FULL[kind][_city(abbr, text[:2000], bodies)]
        # the row's role text is trimmed: find the abbreviation itself near where the role puts it
        start = text.find(abbr, max(0, getattr(p, "role_start", 0) + found.start("abbr") - 3))
        if start < 0:
            continue
        out.append(Mention(start, start + len(abbr), abbr, label, "Body", rule=RULE))
    return out

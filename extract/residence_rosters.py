"""Rosters of elected people or candidates, one row each: "Matti X (kesk.), yrittäjä, Kemi".

Lists of a council's or a board's members, of candidates and of the people a news item names as elected write each
person's occupation and home town after the name. The town closing such a row is where the person lives, not an
employer: "sairaanhoitaja, Tornio" says what she does and where she lives, not that Tornio employs her. The post rules
read the same shape in a working group's list ("Liisa X, sosiaalijohtaja, Kemi") as an office in the town, so the
roster is told by what only a roster writes: a party's abbreviation after a name, or an occupation that no
organisation gives (self-employed, retired, student, farmer, homemaker). Three rows of the shape with one such mark
make the whole list a roster, and the posts it gave the towns that close its rows are dropped; a seat in the body the
list is of ("valittiin aluevaltuustoon") is no town's and stays.
"""

from __future__ import annotations

import re

from welfare_kg.extract.recognition_words import PARTIES
from welfare_kg.records import Fact, Mention

# one row: a name of two to four capitalised words, a party in brackets, the occupation, the town ending the line
_ROW = re.compile(r"^[ \t]*(?:[-•*–][ \t]*)?(?P<name>[A-ZÅÄÖ][\w'-]+(?:[ \t]+[A-ZÅÄÖ][\w'-]+){1,3})"
                  r"(?:[ \t]*\((?P<party>[^()\n]{1,12})\))?[ \t]*,[ \t]*(?P<title>[a-zåäö][\w .-]{1,50}?)"
                  r"[ \t]*,[ \t]*(?P<town>[A-ZÅÄÖ][\w-]+)[ \t]*[.;]?[ \t]*$", re.MULTILINE)
# occupations and statuses no organisation's post is: a roster's, never a staff list's
_PRIVATE_OCCUPATIONS = re.compile(r"(?:yrittäjä|eläkeläinen|opiskelija|maanviljelijä|viljelijä|kotiäiti|koti-isä|"
                                  r"työtön|pensionär|företagare|studerande|lantbrukare|jordbrukare|hemmafru)$")
_MIN_ROWS = 3  # a roster lists several people; one row is as often a contact line


def _roster_rows(text: str) -> list[re.Match[str]]:
    """The rows of a roster in `text`, or none: three rows of the shape, one of them marked as a roster's."""
    rows = list(_ROW.finditer(text))
    if len(rows) < _MIN_ROWS:
        return []
    marked = any((r["party"] or "").strip(" .").lower() in PARTIES
                 or _PRIVATE_OCCUPATIONS.search(r["title"].strip().lower()) for r in rows)
    return rows if marked else []


def residence_posts_dropped(text: str, facts: list[Fact], mentions: list[Mention]) -> list[Fact]:
    """`facts` without the posts a roster's rows gave the home towns that close them."""
    rows = _roster_rows(text)
    if not rows:
        return facts
    homes: set[tuple[str, str]] = set()
    for r in rows:
        people = [m.iri for m in mentions if m.type == "Person" and m.iri
                  and r.start("name") <= m.start and m.end <= r.end("name")]
        towns = [m.iri for m in mentions if m.type == "Municipality" and m.iri
                 and r.start("town") <= m.start and m.end <= r.end("town")]
        homes.update((p, t) for p in people for t in towns)
    if not homes:
        return facts
    return [f for f in facts if not (f.predicate == "holdsPost" and (f.subject, f.object) in homes)]

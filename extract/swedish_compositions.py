"""Who sits in a group whose composition a Swedish text gives: "har utsett följande personer till X:" and rows.

Finland-Swedish decisions and pages name a steering or working group's members after a verb of appointing and
"till" with the group, or after "Medlemmarna i X:", a colon and one member a row: "Stadsdirektören har utsett
följande personer till styrgruppen för ...:" / "• Anna Ek, bildningsdirektör (ordförande)". extract/
body_compositions.py reads the Finnish illative ("ohjausryhmään kuuluvat"); council_rosters.py reads a council's
own page. Each row's first person holds a seat in the group: the bracketed seat after the row's title
("(ordförande)", "(teknisk sekreterare)") or the one written after a comma ("ordförande för gruppen"), else
"medlem". The group is the body named right before the colon.
"""

from __future__ import annotations

import re

from welfare_kg.extract.body_compositions import rows_end
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.spans import SpanIndex

RULE = "holdsPost:swedish-composition"
CONFIDENCE = 0.6
# the words before the group: a verb of appointing and "till", or "medlemmarna/ledamöterna i"
_CUE_BEFORE = re.compile(r"(?i)(?:\b(?:utse|utser|utsett|utsetts|utsåg|utses|tillsatt|tillsatts|välja|väljer|valt|"
                         r"valts|valde|väljs|"
                         r"nominerat|nominerats|utnämnt|utnämnts)\b[^.!?\n]{0,60}\btill|"
                         r"\b(?:medlemmarna|ledamöterna|medlemmar|ledamöter)\s+i)\s+$")
_COLON = re.compile(r"[ \t]*:[ \t]*\n")
# a seat in brackets or after a comma: "(ordförande)", "(vice ordförande)", ", sekreterare för gruppen"
_SEAT = re.compile(r"(?i)(?:\(|,[ \t]*)(?P<seat>(?:vice[ \t]*)?ordförande|(?:teknisk[ \t]+)?sekreterare)\b")
_SEATS = {"ordförande": "ordförande", "viceordförande": "vice ordförande", "vice ordförande": "vice ordförande",
          "sekreterare": "sekreterare", "teknisk sekreterare": "teknisk sekreterare"}
CUE_REACH = 90  # characters of the cue before the group


def swedish_composition_facts(mentions: list[Mention], text: str, facts: list[Fact]) -> list[Fact]:
    """holdsPost in the group for the first person of each row its composition list gives (see the module's doc)."""
    bodies = [m for m in mentions if m.type == "Body" and m.iri and not m.generic]
    people = SpanIndex(sorted((m for m in mentions if m.type == "Person" and m.iri), key=lambda m: m.start))
    if not bodies:
        return []
    have = {(f.subject, f.object) for f in facts if f.predicate == "holdsPost"}
    out: list[Fact] = []
    for body in bodies:
        colon = _COLON.match(text, body.end)
        if colon is None or not _CUE_BEFORE.search(text, max(0, body.start - CUE_REACH), body.start):
            continue
        end = rows_end(text, colon.end())
        for row in re.finditer(r"[^\n]+", text[colon.end():end]):
            a, b = colon.end() + row.start(), colon.end() + row.end()
            in_row = people.starting_in(a, b)
            if not in_row:
                continue
            person = in_row[0]
            seat = _SEAT.search(text, person.end, b)
            post = _SEATS.get(" ".join(seat.group("seat").lower().split()), "medlem") if seat else "medlem"
            if (person.iri, body.iri) in have:
                continue
            have.add((person.iri, body.iri))  # type: ignore[arg-type]
            out.append(Fact(person.iri, "holdsPost", body.iri, Evidence(text[a:b], a, b), RULE,  # type: ignore[arg-type]
                            CONFIDENCE, post=post))
    return out

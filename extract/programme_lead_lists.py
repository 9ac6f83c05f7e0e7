"""The projects of a bulleted list whose lead-in names one programme are part of that programme.

Issue 12 (partOf, both ends found, named apart): a funder's or a programme's page introduces the projects chosen
for a programme with one lead-in paragraph ending in a colon, then lists them a line each:

    Keskusliiton koordinoimaan Esimerkki-avustusohjelmaan valittiin yksitoista uutta toimijaa. Toimijat ja
    hankkeet ovat seuraavat:

    • Esimerkin eläkeläiset ry, Käsillä tehden - osallisuutta ikäihmisille 2031–2034.
    • Testilän muistiyhdistys ry, Liikkeellä 2031–2033.

No sentence names a project with the programme, so no sentence rule relates them; the layout does: the lead-in's
programme is the whole of every project the list below it names (`partOf:programme-lead-list`).

The lead-in is the paragraph right above the list's first bullet and ends with a colon; it names exactly one
programme (two leave the whole a guess). The list runs over the bulleted lines right below it; a line without a
bullet or a blank line after a bullet line ends it. A list a row rule has already placed in the programme (one of
its projects partOf it) is that rule's: it reads each row whole and leaves out a row cut short.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from welfare_kg.extract.model import Evidence, Fact, Mention

RULE = "partOf:programme-lead-list"
CONFIDENCE = 0.55
# the rules that read such a list row by row ("• Project - Organisation" under "Rahoitettavat ESR-hankkeet:")
ROW_RULES = {"partOf:funded-row-heading"}
_BULLET = re.compile(r"[ \t]*[•▪·*–-][ \t]")
# the lead-in: the paragraph (no blank line in it) ending with a colon, then a blank line or not, then a bullet
_LEAD = re.compile(r"(?:^|\n[ \t]*\n)(?P<lead>[^\n](?:[^\n]|\n(?![ \t]*\n))*?:)[ \t]*\n(?:[ \t]*\n)?"
                   r"(?=[ \t]*[•▪·*–-][ \t])")
# a name ending in an association's or a company's legal form is no project, whatever a list rule typed it
_LEGAL_FORM = re.compile(r"[ \t](?:ry|r\.y\.|rf|r\.f\.|oy|oyj|ab|sr)\.?$", re.IGNORECASE)


def _list_end(text: str, pos: int) -> int:
    """The end of the run of bulleted lines starting at pos."""
    while pos < len(text) and _BULLET.match(text, pos):
        nl = text.find("\n", pos)
        pos = len(text) if nl < 0 else nl + 1
    return pos


def programme_lead_list_facts(per_sentence: Sequence[Sequence[Mention]], facts: Sequence[Fact],
                              text: str) -> list[Fact]:
    """partOf from each project of a bulleted list to the one programme its lead-in names."""
    if "•" not in text and "\n-" not in text and "\n*" not in text and "\n–" not in text:
        return []
    mentions = [m for ms in per_sentence for m in ms if m.iri]
    programmes = [m for m in mentions if m.type == "Programme"]
    if not programmes:
        return []
    placed = {(f.subject, f.object) for f in facts if f.predicate == "partOf"}
    by_rows = {(f.subject, f.object) for f in facts if f.rule in ROW_RULES}
    out: list[Fact] = []
    for lead in _LEAD.finditer(text):
        a, b = lead.start("lead"), lead.end("lead")
        named = {m.iri for m in programmes if a <= m.start and m.end <= b}
        if len(named) != 1:
            continue
        whole = next(iter(named))
        end = _list_end(text, lead.end())
        projects = [m for m in mentions if m.type == "Project" and lead.end() <= m.start and m.end <= end
                    and not _LEGAL_FORM.search(m.surface)]
        if any((p.iri, whole) in by_rows for p in projects):
            continue  # a row rule read this list already (extract/lists.py's funded rows): its reading stands
        for p in projects:
            if p.iri == whole or (p.iri, whole) in placed:
                continue
            placed.add((p.iri, whole))  # type: ignore[arg-type]
            out.append(Fact(p.iri, "partOf", whole, Evidence(text[a:b], a, b), RULE, CONFIDENCE))  # type: ignore[arg-type]
    return out

"""What a body decides in a page that lists the matters of its meeting.

News pages and bulletins of a body's meeting ("Pohteen aluehallitus kokoontui 3.11.", "Kainuun maakuntahallituksen
kokoustiedote", "Styrelsens möte") list the items the meeting handled under a lead-in that names the body and its
handling ("Aluehallitus käsitteli kokouksessaan muun muassa seuraavia asioita:", "Kokouksessa päätettiin:",
"Styrelsen behandlade bland annat följande ärenden:"): each listed line is the title of an item of that meeting,
as in a pöytäkirja's list of handled matters (document.py, decides:contents-title), so a project or agreement a line
names by its own name is one the body decided. The structure is the lead-in (a line ending in a colon, a body or a
passive of handling) and the list below it (bulleted or numbered lines, or bullets run into one line); the lead-in's
verb says the list is the meeting's business rather than, say, its guests or a project's partners. A lead-in of
noting or hearing ("merkitsi tiedoksi seuraavat", "kuuli seuraavia esityksiä") lists nothing decided.
"""

from __future__ import annotations

import re

from welfare_kg.extract.item_decisions import decidable
from welfare_kg.extract.model import Evidence, Fact, Mention

RULE = "decides:meeting-list"
CONFIDENCE = 0.55
# a verb of handling or deciding in the lead-in: "käsitteli", "käsiteltiin", "päätti", "päätettiin", "hyväksyi",
# "hyväksyttiin", "behandlade", "behandlades", "beslöt", "beslutade", "godkände"; the matters "under handling"
# ("käsittelyssä olivat mm. seuraavat asiat:", "käsiteltävänä oli") are the meeting's business as well
_HANDLING = re.compile(r"(?i)\b(?:käsitteli|käsiteltiin|käsittelemiä|käsittelyssä|käsiteltävänä|päätti|päätettiin|"
                       r"hyväksyi|hyväksyttiin|behandlade|behandlades|beslöt|beslutade|godkände|godkändes)\b")
# a lead-in of noting, hearing or presenting lists what the meeting was told, not what it decided
_NOTING = re.compile(r"(?i)\b(?:tiedoksi|tiedokseen|kuuli|kuultiin|esiteltiin|esitteli|katsaus|kännedom|"
                     r"informerades|presenterades)\w*")
_BULLET = re.compile(r"\s*(?:[•·▪◦●*–—-]|\d{1,2}[.)])\s+")
_RUN_BULLETS = re.compile(r"\s[•·▪◦●]\s")
MAX_LEAD = 220  # a lead-in is one short line, not a paragraph that happens to end in a colon
# the colon that ends a lead-in: one before a letter is a case ending after an abbreviation or a legal form
# ("valita ... tuottajaksi Oy Hoiva Ab:n", "myönsi X ry:lle", "KH:n"), a word's own, so a listed line that names a
# company in the genitive is no lead-in of the lines after it
_LEAD_COLON = re.compile(r":(?!\w)")


def meeting_list_facts(kind: str, text: str, mentions: list[Mention]) -> list[Fact]:
    """The body of each meeting lead-in decides each project or agreement named in the list below it."""
    if kind == "minutes":  # a pöytäkirja's own items and contents lists are read by document.py
        return []
    bodies = sorted((m for m in mentions if m.type == "Body" and m.iri and m.case in {"nimento", None}),
                    key=lambda m: m.start)
    named = sorted((m for m in mentions if decidable(m)), key=lambda m: m.start)
    if not bodies or not named:
        return []
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    facts: list[Fact] = []
    seen: set[tuple[str, str]] = set()
    for k, (a, z) in enumerate(lines):
        line = text[a:z]
        colons = [c.start() for c in _LEAD_COLON.finditer(line)]
        colon = colons[-1] if colons else -1
        if colon < 0 or colon > MAX_LEAD:
            continue
        lead = line[:colon]
        if not _HANDLING.search(lead) or _NOTING.search(lead):
            continue
        body = _lead_body(bodies, a, a + colon)
        if body is None:
            continue
        for s, e in _list_segments(text, lines, k, a + colon + 1):
            for m in named:
                if s <= m.start < e and (body.iri, m.iri) not in seen:
                    seen.add((body.iri, m.iri))  # type: ignore[arg-type]
                    facts.append(Fact(body.iri, "decides", m.iri,  # type: ignore[arg-type]
                                      Evidence(text[s:e].strip()[:300], s, e), RULE, CONFIDENCE))
    return facts


def _lead_body(bodies: list[Mention], a: int, z: int) -> Mention | None:
    """The body the lead-in names ("Aluehallitus käsitteli"), else, for a passive lead-in ("Kokouksessa
    käsiteltiin:"), the one body the page names before it (its heading's "Pohteen aluehallitus kokoontui")."""
    inside = [m for m in bodies if a <= m.start < z]
    if inside:
        return inside[0]
    before = {m.iri for m in bodies if m.start < a}
    if len(before) == 1:
        return next(m for m in bodies if m.start < a)
    return None


def _list_segments(text: str, lines: list[tuple[int, int]], k: int, after: int) -> list[tuple[int, int]]:
    """The listed lines under lead-in line `k` (bulleted or numbered, to the first line that is neither), or the
    bullets run on after the colon on the lead-in's own line."""
    z = lines[k][1]
    rest = text[after:z]
    if _RUN_BULLETS.search(" " + rest):
        cuts = [after + m.start() for m in re.finditer(r"[•·▪◦●]", rest)] + [z]
        return [(cuts[i], cuts[i + 1]) for i in range(len(cuts) - 1)]
    out = []
    for s, e in lines[k + 1:]:
        if not text[s:e].strip():
            continue
        if not _BULLET.match(text[s:e]):
            break
        out.append((s, e))
    return out

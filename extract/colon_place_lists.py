"""Places listed one a line under a lead-in that ends in a colon: coversArea (coversArea:colon-place-list).

A project page or plan says where a project works in a sentence of its own and then lists the places below it,
bulleted or bare, one a line: "Hanke toteutetaan seuraavien kuntien alueella:" / "• Kuopio" / "• Siilinjärvi", or
"Projektet genomförs i följande kommuner:" / "- Närpes" / "- Kaskö". The sentence rules read the lead-in and the list
as separate sentences, so the cue of working there and the places never meet; the inline form ("... kunnissa: A, B ja
C") is read by area_cues.py. Here the layout is read: a line ending in a colon whose last sentence carries a word of
area (kunnissa, alueella, toiminta-alue, kommunerna, området ...) and no word of taking part, membership or an event,
then the lines right below it that each hold nothing but places (a bullet, commas and conjunctions allowed). A line
that says more than the place ("Kuopio, kaupungintalo 12.5.") ends the list, so a list of venues or a contact block
gives nothing.

The subject is the project or organisation the lead-in names, else the document's main project
(document_roles.main_project) with a lower confidence. Each fact carries this rule's name.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from welfare_kg.extract.document_roles import main_project
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.text import Sentence

RULE = "coversArea:colon-place-list"
CONFIDENCE_NAMED = 0.6  # the lead-in names the project
CONFIDENCE_TOPIC = 0.5  # the lead-in says "hanke": the document's main project
PLACES = {"Municipality", "Region", "CooperationArea"}
SUBJECTS = {"Project", "Association", "Company", "CompetenceCentre", "WellbeingCounty"}
# a word of area in the lead-in: where the subject works or what it covers
_AREA_CUE = re.compile(
    r"(?:kunnissa|kunnassa|kuntien\s+alueella|kuntien\s+alueilla|alueella|alueilla|alueena|alueeseen|alueet|"
    # "Yhdistyksen toiminta-alueen kunnat:", "Alueen kunnat ovat:"
    r"toiminta-alue\w*|alueen\s+kunnat|kohdealue|hankealue|toteutusalue|toteuttamisalue|kohdekunnat|kohdekuntina|"
    r"paikkakunnilla|"
    r"paikkakunnissa|seutukunnissa|maakunnissa|maakunnat|seuduilla|kattaa|käsittää|"
    r"kommuner(?:na)?|kommunerna|området|områden(?:a)?|verksamhetsområde|regionerna|landskapen|orterna|omfattar)\b",
    re.IGNORECASE)
# taking part, membership, partners, an event, a seat: the list names participants, members or venues, not an area
_NOT_AREA = re.compile(
    r"(?:osallistu|mukana|kumppan|jäsen|yhteistyö|omista|deltag|medverk|partner|samarbet|medlem|ägar|"
    r"tilaisuu|seminaar|koulutu|tapahtum|tapaami|kokous|kokoukse|messu|näyttely|kiertue|retki|konsert|infoja|infot|"
    r"pidetään|pidettiin|kokoontu|evenemang|träff|kurs|möte|mässa|"
    r"toimipist|toimisto|kontor|sijait|ligger|yhteyshenkil|lisätie|kontakt|vastasi|svarade|"
    # a decision sent to or heard from towns: addressees, not an area
    r"lähet|tiedoksi|jakelu|ilmoite|lausun|otte|skickas|kännedom|remiss|utlåtande|"
    # towns only compared with, or where people live: not where the subject works
    r"vertailu|verrat|jämför|\basuvat\b|\basuu\b|kotikunt|hemkommun|\bbor\b|"
    # a negated lead ("kuntien alueella, joissa hanke ei toimi:", "områden där projektet inte verkar:"), other
    # towns ("muiden kuntien"): the places listed are where the project does NOT work
    r"\bei\b|\beivät\b|\binte\b|\bej\b|\bmuiden\b|\bmuut\b|\bövriga\b|\bandra\b)", re.IGNORECASE)
_BULLET = re.compile(r"\s*(?:[-•*–·▪●]|\d{1,2}[.)])\s+")
_FILLER = re.compile(r"(?:\s|,|;|\.|\bja\b|\bsekä\b|\boch\b|\bsamt\b|\([^()\n]{0,40}\))*", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-ZÅÄÖ])")
MAX_LEAD = 300  # the lead-in's last sentence: a paragraph ending in a colon is read from its last full stop
MAX_LINES = 40
MAX_PARAGRAPH = 600  # how far above the lead-in its paragraph's opening subject may stand
# the lead-in speaks of a project: the document's main project, not the paragraph's opening organisation
_PROJECT_WORD = re.compile(r"(?:hanke|hankkee|projekt)", re.IGNORECASE)
MAX_LINE = 80


def _line_places(text: str, start: int, end: int, places: list[Mention], starts: list[int]) -> list[Mention] | None:
    """The places of a line that holds nothing else (a bullet, commas, conjunctions, a short aside in parentheses),
    or None."""
    m = _BULLET.match(text, start, end)
    pos = m.end() if m else start
    i = bisect_left(starts, pos)
    found: list[Mention] = []
    while True:
        gap = _FILLER.match(text, pos, end)
        pos = gap.end() if gap else pos
        if pos >= end:
            break
        if i < len(places) and places[i].start == pos and places[i].end <= end:
            found.append(places[i])
            pos = places[i].end
            i += 1
            while i < len(places) and places[i].start < pos:  # a place nested in the one just read
                i += 1
            continue
        return None
    return found or None


def _paragraph_subject(text: str, lines: Sequence[tuple[int, int]], k: int, lead_start: int,
                       subject_ms: Sequence[Mention], subject_starts: Sequence[int]) -> str | None:
    """The organisation the lead-in's paragraph opens with, when the lead-in itself names none: "SOCCA on osa
    ... verkostoa. Toiminta-alue on pääkaupunkiseutu eli:", "Det finns 79 platser i X välfärdsområdes fullmäktige.
    Kandidaterna kommer från kommunerna:". The paragraph is the lead-in's line and the lines right above it up to
    a blank line (at most MAX_PARAGRAPH characters back): its first subject is what the paragraph speaks of."""
    start = lines[k][0]
    i = k - 1
    while i >= 0 and text[lines[i][0]:lines[i][1]].strip() and lead_start - lines[i][0] <= MAX_PARAGRAPH:
        start = lines[i][0]
        i -= 1
    lo, hi = bisect_left(subject_starts, start), bisect_left(subject_starts, lead_start)
    return next((m.iri for m in subject_ms[lo:hi] if m.end <= lead_start), None)


def colon_place_list_facts(text: str, sents: Sequence[Sentence], per_sentence: Sequence[Sequence[Mention]],
                           facts: Sequence[Fact]) -> list[Fact]:
    """coversArea from the lead-in's subject (or the main project) to the places listed one a line below it."""
    if ":\n" not in text and ":\r\n" not in text:
        return []
    mentions = sorted((m for ms in per_sentence for m in ms if m.iri), key=lambda m: (m.start, -m.end))
    places = [m for m in mentions if m.type in PLACES]
    starts = [m.start for m in places]
    subject_ms = [m for m in mentions if m.type in SUBJECTS and not m.generic]
    subject_starts = [m.start for m in subject_ms]
    lines: list[tuple[int, int]] = []
    pos = 0
    for part in text.split("\n"):
        lines.append((pos, pos + len(part)))
        pos += len(part) + 1
    related = {(f.subject, f.object) for f in facts if f.predicate == "coversArea"}  # a runner town still covers
    topic: list[str | None] = []  # computed once, when first needed
    out: list[Fact] = []
    k = 0
    while k < len(lines):
        a, b = lines[k]
        line = text[a:b].rstrip()
        if not line.endswith(":") or len(line) < 8:
            k += 1
            continue
        cut = [x.end() for x in _SENTENCE_END.finditer(line)]
        lead_start = a + (cut[-1] if cut else 0)
        lead_start = max(lead_start, a + len(line) - MAX_LEAD)
        lead = text[lead_start:a + len(line)]
        if not _AREA_CUE.search(lead) or _NOT_AREA.search(lead):
            k += 1
            continue
        j, listed, blank = k + 1, [], 0
        while j < len(lines) and j - k <= MAX_LINES:
            la, lb = lines[j]
            if not text[la:lb].strip():
                if listed or blank:
                    break
                blank += 1
                j += 1
                continue
            got = _line_places(text, la, lb, places, starts) if lb - la <= MAX_LINE else None
            if got is None:
                break
            listed += got
            j += 1
        if not listed:
            k += 1
            continue
        lo, hi = bisect_left(subject_starts, lead_start), bisect_left(subject_starts, a + len(line))
        named = [m for m in subject_ms[lo:hi] if m.end <= a + len(line)]
        if named:
            subject, confidence = named[0].iri, CONFIDENCE_NAMED
        elif not _PROJECT_WORD.search(lead) and (opener := _paragraph_subject(
                text, lines, k, lead_start, subject_ms, subject_starts)) is not None:
            subject, confidence = opener, CONFIDENCE_TOPIC
        else:
            if not topic:
                topic.append(main_project(per_sentence))
            subject, confidence = topic[0], CONFIDENCE_TOPIC
        if subject:
            end = lines[j - 1][1] if j > k + 1 else a + len(line)
            ev = Evidence(text[lead_start:end], lead_start, end)
            seen: set[str] = set()
            for p in listed:
                if p.iri and p.iri != subject and p.iri not in seen and (subject, p.iri) not in related:
                    seen.add(p.iri)
                    out.append(Fact(subject, "coversArea", p.iri, ev, RULE, confidence))
        k = max(j, k + 1)
    return out

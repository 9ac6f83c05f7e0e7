"""Minutes layouts without § headings: PDF transcripts that run a page into one line.

Transcripts of minutes (docplayer and the like) lose the § signs, the line breaks and
usually the dates: a page reads "1 KITEEN KAUPUNKI Pöytäkirja 4/ Perusturvalautakunta Aika
klo 12:00 ... Käsitellyt asiat Otsikko Sivu 29 Kokouksen laillisuus ja päätösvaltaisuus 3
30 Pöytäkirjantarkastajien valitseminen 4 ...". What survives is the letterhead (body after
"Pöytäkirja N/") and the list of items, numbered, with page numbers between the titles.
This module reads those two; minutes.py uses them when it finds no § heading.
"""

from __future__ import annotations

import re
from itertools import pairwise

from welfare_kg.records import MinutesItem

# the list of items: its heading, or the conventional first item ("22 Kokouksen laillisuus ...")
_TOC_HEAD = re.compile(
    r"(?i)\b(?:käsitellyt\s+asiat|käsiteltävät\s+asiat|ärendets\s+nr\s+ärende|ärenden|"
    r"behandlade\s+ärenden)\b[\s:]*(?:(?:otsikko|sivu|pykälä|liite|asia|nro|pöytäkirjan|:t)\b[\s:]*)*")
_FIRST_ITEM = re.compile(r"(?i)(?<![\d/.])\b\d{1,3}\s+(?=kokouksen\s+(?:laillisuus|avaus)|laglighet\s+och)")
# what ends the list: the page's end, the attendance or signature block, the minutes' own text
_TOC_END = re.compile(
    r"\n\s*\n|(?i:\b(?:osallistujat|läsnä|allekirjoitukset|pöytäkirjan\s+tarkastus|kokoustiedot|kokousaika|"
    r"oikaisuvaatimusohjeet|valitusosoitus|sammanträdestid|www\.)\b)")
# a section or page number between titles: not part of a date, a range or a fraction ("2-3/", "1.1.")
_NUMBER = re.compile(r"(?<![\w./-])\d{1,3}(?![\w./:-]|\s*[-–]\s*\d)")
# a title starts with a capital after a word in lower case: "... hyväksyminen Jäsenen nimeäminen ...";
# not after a capitalised word, which may open a name ("Sopimus Varsinais-Suomen ...")
_TITLE_START = re.compile(r"(?<![\w-])[a-zåäö][\w-]*[a-zåäö)]\s+(?=[A-ZÅÄÖ][a-zåäö])")


def toc_items(text: str) -> list[MinutesItem]:
    """Items of a one-line list of items, each spanning its title (so its subjects are read there)."""
    head = _TOC_HEAD.search(text) or _FIRST_ITEM.search(text)
    while head is not None and head.re is _TOC_HEAD and not _NUMBER.match(text, head.end()) \
            and not _FIRST_ITEM.match(text, head.end()):
        # "Käsitellyt asiat Pöytäkirjan tarkastus ..." on a title page heads no list: try the next one
        later = _TOC_HEAD.search(text, head.end())
        if later is None:
            head = _FIRST_ITEM.search(text, head.end())
            break
        head = later
    if head is None:
        return []
    start = head.start() if head.re is _FIRST_ITEM else head.end()
    stop = _TOC_END.search(text, start + 1, start + 4000)
    end = stop.start() if stop else min(len(text), start + 4000)
    cuts = sorted({start, end, *(m.start() for m in _NUMBER.finditer(text, start, end)),
                   *(m.end() for m in _NUMBER.finditer(text, start, end)),
                   *(m.end() for m in _TITLE_START.finditer(text, start, end))})
    items: list[MinutesItem] = []
    number: str | None = None
    for a, b in pairwise(cuts):
        piece = text[a:b]
        if _NUMBER.fullmatch(piece.strip()):
            number = piece.strip()
            continue
        title = " ".join(piece.split()).strip(" .,;:/-")
        if len(title) < 4 or not re.search(r"[A-Za-zÅÄÖåäö]{3}", title):
            continue
        lead = len(piece) - len(piece.lstrip())
        if items and title[:1].islower() and number is not None:
            # "... aamu- ja 152 iltapäivätoimintaa varten": a title wrapped round its page number
            prev = items[-1]
            prev.title, prev.end, prev.section = f"{prev.title} {title}", b, prev.section
            number = None
            continue
        items.append(MinutesItem(start=a + lead, end=b, title=title, section=number))
        number = None
    return items if len(items) >= 2 else []


# the body in a transcript's letterhead: "Pöytäkirja 4/ Perusturvalautakunta Aika", "KOKOUSKUTSU 3/2014 Kunnanhallitus"
_LETTERHEAD = re.compile(
    r"(?i)\b(?:pöytäkirja|kokouspöytäkirja|kokouskutsu|esityslista|protokoll)\s*(?:nro\s*)?\d{0,3}/\d{0,4}\s+"
    r"(?P<body>\S+(?:\s+\S+)?)")


def letterhead_body(text: str, body_words: str) -> str | None:
    """The body a transcript's letterhead names, if it is a body word (see minutes.BODY_WORDS)."""
    for m in _LETTERHEAD.finditer(text[:3000]):
        hit = re.match(rf"(?i)(?:{body_words})\b", m.group("body"))
        if hit:
            return hit.group(0)
    return None

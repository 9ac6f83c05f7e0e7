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
    r"behandlade\s+ärenden|sisällysluettelo|asialista|innehållsförteckning|föredragningslista)\b[\s:.]*"
    r"(?:(?:(?:otsikko|sivu|pykälä|liite|asia|nro|pöytäkirjan|:t|paragraf|sida|ärende|rubrik)\b|§(?!\s*\d))[\s:.]*)*")
FIRST_ITEM_REACH = 20000  # characters within which a list of items opens (a long document's own items come later)
_FIRST_ITEM = re.compile(r"(?i)(?:§\s*)?(?<![\d/.])\b\d{1,3}\s+(?=kokouksen\s+(?:laillisuus|avaus)|laglighet\s+och|"
                         r"(?:konstatera(?:nde\s+av)?\s+)?(?:sammanträdets|mötets)\s+(?:laglighet|öppnande))")
# what ends the list: the page's end, the attendance or signature block, the minutes' own text
_TOC_END = re.compile(
    r"\n\s*\n|(?i:\b(?:osallistujat|läsnä|allekirjoitukset|pöytäkirjan\s+tarkastus|kokoustiedot|kokousaika|"
    r"oikaisuvaatimusohjeet|valitusosoitus|sammanträdestid|www\.)\b)")
# a section or page number between titles: not part of a date, a range or a fraction ("2-3/", "1.1.")
_NUMBER = re.compile(r"(?<![\w./-])\d{1,3}(?![\w./:-]|\s*[-–]\s*\d)")
# "H 12 Otsikko H 13 Otsikko", "Kh 5 ... Kh 6 ...": the body's letter or abbreviation before each section
# number; read as such only when one prefix opens three or more numbers of the run (see _prefixed_number)
_PREFIXED = re.compile(r"(?<![\w./-])(?P<pre>[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,5})\s+(?P<n>\d{1,3})\s+(?=[A-ZÅÄÖ\"”])")
# page, attachment and clock labels number pages and times, never items
_NOT_PREFIXES = {"sivu", "sivut", "s", "liite", "liitteet", "klo", "kello", "page", "sida", "bilaga", "nro", "no"}
# "§ 12 Otsikko § 13 Otsikko": section signs run into one line, the numbers follow the sign
_SIGN_NUMBER = re.compile(r"§\s*(?P<n>\d{1,3})(?![\d.:/])")
# three such items in a row open a list even without a heading
_SIGN_RUN = re.compile(r"(?:§[ \t]*\d{1,3}[ \t]+[A-ZÅÄÖ][^§\n]{2,200}){2}§[ \t]*\d{1,3}[ \t]+[A-ZÅÄÖ]")
# a title starts with a capital after a word in lower case: "... hyväksyminen Jäsenen nimeäminen ...";
# not after a capitalised word, which may open a name ("Sopimus Varsinais-Suomen ...")
# A title never ends with a conjunction or a Swedish preposition: "Forssan ja | Riihimäen", "Lån till |
# Stadionstiftelsen" join the name or object that follows
_TITLE_START = re.compile(r"(?<![\w-])(?!(?:ja|sekä|tai|eli|ynnä|och|samt|eller|till|för|av|om|med|på|i|från|"
                          r"mellan)\s)[a-zåäö][\w-]*[a-zåäö)]\s+(?=[A-ZÅÄÖ][a-zåäö])")


# an item titled by an action noun ("myöntäminen", "nimeäminen") may name its goal after it in the
# allative or illative ("... projektille", "... työryhmään", "... kyselyyn")
_ACTION_END = re.compile(r"(?:minen|mista)$")
_ACTION_WORD = re.compile(r"(?i)\w(?:minen|misen|minnen)\b")
_GOAL_END = re.compile(r"(?:lle|(?:aa|ää|ee|ii|oo|uu|yy|öö)n|h[aeiouyäö]n|seen|siin)$")


def _numbers(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Spans of section and page numbers in a list of items, with the number each gives.

    "§ 12" always numbers an item. A letter or abbreviation before the numbers ("H 12 ... H 13 ...")
    is part of the number only where the same prefix opens three or more increasing numbers: a
    capitalised word before one number ("Sivu 3", "Asiat 12") is ordinary text.
    """
    spans = [(m.start(), m.end(), m.group("n")) for m in _SIGN_NUMBER.finditer(text, start, end)]
    by_prefix: dict[str, list[re.Match[str]]] = {}
    for m in _PREFIXED.finditer(text, start, end):
        if m.group("pre").lower() not in _NOT_PREFIXES:
            by_prefix.setdefault(m.group("pre"), []).append(m)
    runs = [ms for ms in by_prefix.values()
            if len(ms) >= 3 and all(int(x.group("n")) < int(y.group("n")) for x, y in pairwise(ms))]
    if runs:
        best = max(runs, key=len)
        spans += [(m.start(), m.start("n") + len(m.group("n")), m.group("n")) for m in best]
    taken = sorted(spans)
    for m in _NUMBER.finditer(text, start, end):
        if not any(a <= m.start() < b for a, b, _n in taken):
            spans.append((m.start(), m.end(), m.group(0)))
    return sorted(spans)


def _list_start(text: str, head: re.Match[str]) -> int | None:
    """Where the items of a list begin after its heading, or None when no number follows the heading."""
    if head.re is _FIRST_ITEM or head.re is _SIGN_RUN:
        return head.start()
    at = head.end()
    if _NUMBER.match(text, at) or _FIRST_ITEM.match(text, at) or _SIGN_NUMBER.match(text, at) \
            or _PREFIXED.match(text, at):
        return at
    return None


def _read_list(text: str, start: int) -> list[MinutesItem]:
    stop = _TOC_END.search(text, start + 1, start + 4000)
    end = stop.start() if stop else min(len(text), start + 4000)
    numbers = _numbers(text, start, end)
    number_at = {a: (b, n) for a, b, n in numbers}
    cuts = sorted({start, end, *(a for a, _b, _n in numbers), *(b for _a, b, _n in numbers),
                   *(m.end() for m in _TITLE_START.finditer(text, start, end))})
    items: list[MinutesItem] = []
    number: str | None = None
    for a, b in pairwise(cuts):
        piece = text[a:b]
        lead = len(piece) - len(piece.lstrip())
        if number_at.get(a, (None, None))[0] == b:
            number = number_at[a][1]
            continue
        title = " ".join(piece.split()).strip(" .,;:/-")
        if len(title) < 4 or not re.search(r"[A-Za-zÅÄÖåäö]{3}", title):
            continue
        if items and title[:1].islower() and number is not None:
            # "... aamu- ja 152 iltapäivätoimintaa varten": a title wrapped round its page number
            prev = items[-1]
            prev.title, prev.end = f"{prev.title} {title}", b
            number = None
            continue
        if items and number is None and _ACTION_END.search(items[-1].title) and _GOAL_END.search(title) \
                and not _ACTION_WORD.search(title):
            # "Rahan myöntäminen | Kylän kehittämisprojektille": the capitalised genitive that opened a
            # new title was the goal of the action noun before it, so both are one title
            prev = items[-1]
            prev.title, prev.end = f"{prev.title} {title}", b
            continue
        listed = [int(i.section) for i in items if i.section]
        if number is not None and int(number) in listed:
            break  # a number listed again: the list is over and the items themselves follow
        if number is not None and listed and int(number) < max(listed):
            number = None  # numbers of a list rise: a lower one numbers a page, not the item
        items.append(MinutesItem(start=a + lead, end=b, title=title, section=number))
        number = None
    return items if len(items) >= 2 else []


def toc_items(text: str) -> list[MinutesItem]:
    """Items of a one-line list of items, each spanning its title (so its subjects are read there).

    A transcript may carry several lists ("Käsitellyt asiat" on a title page with nothing after
    it, the download banner repeating the first title): the longest list read is the meeting's.
    """
    heads = [*_TOC_HEAD.finditer(text)]
    # every opening item, not only the first: a copy's title line quotes the list's start before the transcript
    heads += [*_FIRST_ITEM.finditer(text, 0, FIRST_ITEM_REACH)]
    heads += [m for m in (_SIGN_RUN.search(text),) if m is not None]
    best: list[MinutesItem] = []
    for head in heads:
        start = _list_start(text, head)
        if start is None:
            continue
        items = _read_list(text, start)
        if len(items) > len(best):
            best = items
    return best


# the body in a transcript's letterhead: "Pöytäkirja 4/ Perusturvalautakunta Aika", "KOKOUSKUTSU 3/2014 Kunnanhallitus",
# "Pöytäkirja 1/2014 1/73 Valtuusto" (the page and the page count between), "PÖYTÄKIRJA 173 Kunnanhallitus" (the
# slash lost in the copy)
_LETTERHEAD = re.compile(
    r"(?i)\b(?:pöytäkirja|kokouspöytäkirja|kokouskutsu|esityslista|protokoll)\s*(?:nro\s*)?(?:\d{0,3}/\d{0,4}|\d{1,4})\s+"
    r"(?:\d{1,3}\s*/\s*\d{1,3}\s+|\d{1,3}\s*\(\d{1,3}\)\s+)?(?P<body>\S+(?:\s+\S+){0,2})")


def letterhead_body(text: str, body_words: str) -> str | None:
    """The body a transcript's letterhead names, if it is a body word (see minutes.BODY_WORDS)."""
    for m in _LETTERHEAD.finditer(text[:3000]):
        hit = re.match(rf"(?i)(?:{body_words})\b", m.group("body"))
        if hit:
            return hit.group(0)
    return None

"""Reading the layout of municipal minutes (pöytäkirja, protokoll) into items.

Minutes are semi-structured: a body and date, then one or more sections (§) each
with a title, record number, preparer/presenter and parts such as the proposal and
the decision. Only layout is read here; names and facts are left to extraction.
"""

from __future__ import annotations

import re
from datetime import date

from welfare_kg.loaders.record import MinutesItem

BODY_WORDS = (
    r"(?:[A-ZÅÄÖa-zåäö-]*lautakunta|[A-ZÅÄÖa-zåäö-]*jaosto|kunnanhallitus|kaupunginhallitus|"
    r"kunnanvaltuusto|kaupunginvaltuusto|valtuusto|yhtymähallitus|yhtymävaltuusto|aluehallitus|"
    r"aluevaltuusto|[A-ZÅÄÖa-zåäö-]*nämnd|kommunstyrelse[n]?|stadsstyrelse[n]?|fullmäktige|KH|KV|KHALL)"
)
DATE = r"(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})"
_BODY_DATE = re.compile(rf"^\s*(?P<body>{BODY_WORDS})\b[ ,:]*(?:kokous|sammanträde)?\s*(?P<date>{DATE})",
                        re.IGNORECASE | re.MULTILINE)
_SECTION = re.compile(r"(?m)^(?P<pre>[^\n§]{0,80}?)§\s*(?P<num>\d{1,4})(?![\d:]|\s*:n)(?P<post>[^\n]*)$")
RECORD_NUMBER = re.compile(
    r"(?P<rn>\b[A-ZÅÄÖ][A-Za-zåäö]{1,12}(?:Dno|DNO|dno|Dnro)[-/ ]?\d{4}[-/]\d{1,6}\b"
    r"|\b(?:Dnro|Dno|DNRO|Diarienr|Dnr)\.?:?\s*[\w/.-]*\d[\w/.-]*"
    r"|\b\d{1,6}/\d{1,3}(?:\.\d{1,3}){1,4}/\d{4}\b)"
)
PART_HEADINGS: dict[str, str] = {
    "perustelut": "reasoning", "asian kuvaus": "reasoning", "selostus": "reasoning", "asia": "reasoning",
    "motivering": "reasoning", "beredning": "reasoning", "ärendebeskrivning": "reasoning",
    "ehdotus": "proposal", "päätösehdotus": "proposal", "esitys": "proposal", "pohjaehdotus": "proposal",
    "förslag": "proposal", "beslutsförslag": "proposal",
    "päätös": "decision", "beslut": "decision",
    "muutoksenhaku": "appeal", "muutoksenhakuohje": "appeal", "ändringssökande": "appeal",
    "lisätiedot": "contact", "lisätietoja": "contact", "lisätietoja asiasta antaa": "contact",
    "tiedoksi": "notice", "mer information": "contact", "tilläggsuppgifter": "contact",
}
_PART = re.compile(
    r"(?im)^[ \t]*(?P<h>" + "|".join(sorted((re.escape(h) for h in PART_HEADINGS), key=len, reverse=True))
    + r")\b[ \t]*(?::|\t|$|(?=\s*\())"
)
_ROLE = re.compile(r"(?im)^[ \t]*(?P<role>valmistelija|esittelijä|beredare|föredragande)\b[ \t:]*(?P<rest>[^\n]*)")
OUTCOMES: list[tuple[str, str]] = [
    (r"hyväksyttiin\s+yksimielisesti|godkändes\s+enhälligt", "approved-unanimously"),
    (r"muutettuna|ändrad", "approved-amended"),
    (r"palautettiin|återremitterades|återremiss", "returned"),
    (r"pöydälle|bordlades", "tabled"),
    (r"hylättiin|förkastades|avslogs", "rejected"),
    (r"hyväksyttiin|hyväksyi|godkändes|godkände", "approved"),
]


def iso_date(text: str) -> str | None:
    m = re.search(DATE, text)
    if not m:
        return None
    try:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
    except ValueError:
        return None


def decision_outcome(text: str) -> str | None:
    """The outcome of a decision part, most specific phrase first."""
    low = text.lower()
    for pattern, outcome in OUTCOMES:
        if re.search(pattern, low):
            return outcome
    return None


def looks_like_minutes(text: str) -> bool:
    head = text[:4000]
    signals = [
        bool(_SECTION.search(head)),
        bool(re.search(r"(?i)pöytäkirja|esityslista|protokoll|föredragningslista", head)),
        bool(_PART.search(text)),
        bool(_BODY_DATE.search(head)),
    ]
    return sum(signals) >= 2


def _person_after(role_rest: str, following: str) -> str | None:
    """Name (and post) given after a role label, on the same line or the next one."""
    rest = role_rest.strip(" \t:•-")
    if rest:
        return rest
    for line in following.splitlines():
        line = line.strip(" \t•-*")
        if line:
            return line
    return None


def parse_items(text: str) -> list[MinutesItem]:
    """Split minutes into items at their § headings; a file without one is one item."""
    heads = [m for m in _SECTION.finditer(text) if len(m.group(0)) < 250]
    bounds: list[tuple[int, re.Match[str] | None]] = []
    prev_end = 0
    for m in heads:
        start = m.start()
        if m.group("pre").strip():  # "Hyvinvointilautakunta 13.08.2020 § 92": title sits above
            above = text[prev_end:m.start()].rstrip().splitlines()
            taken = 0
            while above and taken < 3 and len(above[-1]) < 200:
                line = above.pop()
                if line.strip():
                    taken += 1
                start -= len(line) + 1
            start = max(prev_end, start)
        bounds.append((start, m))
        prev_end = m.end()
    if not bounds:
        bounds = [(0, None)]
    else:
        bounds[0] = (0, bounds[0][1])
    items: list[MinutesItem] = []
    for i, (start, m) in enumerate(bounds):
        end = bounds[i + 1][0] if i + 1 < len(bounds) else len(text)
        items.append(_parse_item(text, start, end, m))
    return items


def _parse_item(text: str, start: int, end: int, head: re.Match[str] | None) -> MinutesItem:
    chunk = text[start:end]
    item = MinutesItem(start=start, end=end)
    if head is not None:
        item.section = head.group("num")
        post = head.group("post").strip(" -–:\t")
        pre = head.group("pre").strip()
        if post and not pre:
            item.title = post
        bd = _BODY_DATE.search(pre + " " + text[head.start():head.end()]) if pre else None
        if bd:
            item.body, item.date = bd.group("body"), iso_date(bd.group("date"))
    if not item.title:
        for line in chunk.splitlines():
            s = line.strip()
            if s and not RECORD_NUMBER.fullmatch(s) and not _SECTION.match(line) and not _BODY_DATE.match(s):
                item.title = s
                break
    rn = RECORD_NUMBER.search(chunk)
    if rn:
        item.record_number = rn.group("rn").strip()
    if item.body is None:
        bd = _BODY_DATE.search(text[:start + 400] if start == 0 else chunk)
        if bd:
            item.body, item.date = bd.group("body"), iso_date(bd.group("date"))
    for role in _ROLE.finditer(chunk):
        who = _person_after(role.group("rest"), chunk[role.end():role.end() + 200])
        if role.group("role").lower() in {"valmistelija", "beredare"}:
            item.preparer = item.preparer or who
        else:
            item.presenter = item.presenter or who
    parts = list(_PART.finditer(chunk))
    for j, p in enumerate(parts):
        kind = PART_HEADINGS[p.group("h").lower()]
        p_end = parts[j + 1].start() if j + 1 < len(parts) else len(chunk)
        if kind not in item.parts:
            item.parts[kind] = (start + p.end(), start + p_end)
        if kind == "proposal" and item.presenter is None:
            role = re.match(r"\s*\((?P<who>[^)]{2,60})\)", chunk[p.end():])
            if role:
                item.presenter = role.group("who")
    if "decision" in item.parts:
        s, e = item.parts["decision"]
        item.outcome = decision_outcome(text[s:e])
    return item

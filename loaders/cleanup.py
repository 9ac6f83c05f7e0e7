"""Rules that strip site navigation and footers from pages saved as plain text.

trafilatura does this for HTML; pages that reach us already flattened to text keep
their menu lines ("Siirry sisältöön", breadcrumbs) and must be cleaned by rule.
"""

from __future__ import annotations

import re

_MENU_WORDS = re.compile(
    r"\b(siirry|navigointi\w*|navigation|valikko|hae sivustolta|omat työkalut|kirjaudu|"
    r"skip to|hoppa till|meny|etusivu|pääsivu|evästee\w*|saavutettavuus\w*|"
    r"tietosuoja\w*|cookie\w*|jaa sivu|share)\b",
    re.IGNORECASE,
)
_SECTION_LABELS = {"ajankohtaista", "uutiset", "uutinen", "tiedotteet", "tiedote", "blogi", "nyheter", "aktuellt",
                   "pressmeddelanden", "news", "artikkelit"}
_FOOTER = re.compile(r"^(tietoa\s+\S+|©.*|copyright.*|seuraa meitä.*|följ oss.*)$", re.IGNORECASE)


def strip_page_cruft(text: str) -> str:
    """Drop menu lines before the first paragraph, breadcrumbs, and footer lines.

    A line counts as navigation when it is short, has no sentence punctuation and
    uses menu vocabulary, or when it merely ends with the title that follows it
    (a breadcrumb trail).
    """
    lines = text.splitlines()
    out: list[str] = []
    body_started = False
    for i, raw in enumerate(lines):
        line = raw.strip()
        nxt = next((x.strip() for x in lines[i + 1:] if x.strip()), "")
        if not line:
            out.append("")
            continue
        short = len(line.split()) <= 12 and not re.search(r"[.!?:]\s*$", line)
        if not body_started:
            if _MENU_WORDS.search(line) and (short or "|" in line):
                continue
            if line.lower().rstrip(":") in _SECTION_LABELS:  # "Ajankohtaista" above the headline
                continue
            if nxt and line != nxt and line.endswith(nxt) and short:
                continue  # breadcrumb ending in the page title
            if len(line.split()) > 12:
                body_started = True
        if _FOOTER.match(line) and short:
            continue
        out.append(raw.rstrip())
    cleaned = "\n".join(out)
    return re.sub(r"\n{3,}", "\n\n", cleaned).strip()


_MONTHS_FI = ["tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys", "loka", "marras",
              "joulu"]
_MONTHS_SV = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
              "november", "december"]
_NUMERIC_DATE = r"(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>\d{4})"
_WORD_DATE = (r"(?P<wd>\d{1,2})\.?\s+(?P<wm>(?:" + "|".join(_MONTHS_FI) + r")kuuta|"
              + "|".join(_MONTHS_SV) + r")\s+(?P<wy>\d{4})")
_PUBLISHED = re.compile(
    r"(?i)\b(?:julkaistu|julkaisupäivä|julkaisu|päivitetty|muokattu|publicerad|publicerat|uppdaterad|"
    r"published|updated|posted)\b[\s:,]*(?:\w+\s+)?(?:" + _NUMERIC_DATE + "|" + _WORD_DATE + ")")
_DATE_LINE = re.compile(
    r"^\s*(?:\w{2,3}\s+)?(?:" + _NUMERIC_DATE + "|" + _WORD_DATE + r")(?:\s+(?:klo\s+)?[\d.:]+)?\s*$",
    re.IGNORECASE)


def _iso(d: str, m: str, y: str) -> str | None:
    from datetime import date

    try:
        return date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


def _match_date(m: re.Match[str]) -> str | None:
    if m.group("d"):
        return _iso(m.group("d"), m.group("m"), m.group("y"))
    month = m.group("wm").lower()
    idx = next(i for i, name in enumerate(_MONTHS_FI + _MONTHS_SV) if month.startswith(name)) % 12
    return _iso(m.group("wd"), str(idx + 1), m.group("wy"))


def published_date(text: str) -> str | None:
    """Publication date of a page: a labelled one ("Julkaistu 12.3.2021", "Publicerad 3 maj 2021")
    anywhere, else a line near the top holding nothing but a date (a news list's dateline).

    Other dates in the body are event or deadline dates, so they are not taken.
    """
    m = _PUBLISHED.search(text)
    if m:
        return _match_date(m)
    for line in text.splitlines()[:12]:
        d = _DATE_LINE.match(line)
        if d:
            return _match_date(d)
    return None


_PUBLISHER_LINE = re.compile(
    r"(?im)^\s*(?:julkaisija|sivuston ylläpitäjä|ylläpitäjä|utgivare|publisher)\s*:?\s*(?P<name>[^\n]{2,80}?)\s*$")
_COPYRIGHT = re.compile(
    r"(?im)^\s*(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?P<name>[^\n|]{2,80}?)\s*$")
_SITE = re.compile(r"(?im)^\s*(?:tietoa|om)\s+(?P<name>[\w.-]+\.(?:fi|ax|se|net|org|com))(?::(?:stä|sta|n))?\s*$")


def page_publisher(text: str) -> str | None:
    """Who publishes a page saved as text, when the page says so: a "Julkaisija:" line or a
    © footer. Read before the footer is stripped."""
    for pattern in (_PUBLISHER_LINE, _COPYRIGHT):
        m = pattern.search(text)
        if m:
            name = m.group("name").strip(" .,-")
            if name:
                return name
    return None


def site_name(text: str) -> str | None:
    """The site a page was saved from, from an "about this site" footer ("Tietoa virtu.fi:stä").

    A shared platform hosts many organisations, so this is the last resort for a publisher.
    """
    m = _SITE.search(text)
    return m.group("name") if m else None

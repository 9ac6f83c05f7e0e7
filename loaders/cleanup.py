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
            if nxt and line != nxt and line.endswith(nxt) and short:
                continue  # breadcrumb ending in the page title
            if len(line.split()) > 12:
                body_started = True
        if _FOOTER.match(line) and short:
            continue
        out.append(raw.rstrip())
    cleaned = "\n".join(out)
    return re.sub(r"\n{3,}", "\n\n", cleaned).strip()

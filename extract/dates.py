"""Periods in Finnish text: "2020–2022", "1.11.2020 - 31.12.2022", "30.6.2021 asti", "vuosille 2022–2023"."""

from __future__ import annotations

import re
from datetime import date

from welfare_kg.extract.prefilter import guarded

_D = r"(\d{1,2})\.(\d{1,2})\.(\d{4})"
_RANGE_DATES = re.compile(rf"{_D}\s*[-–—]\s*{_D}")
_UNTIL = guarded(re.compile(rf"{_D}\s*(?:asti|saakka|mennessä|till)\b|(?:until|till|asti)\s*{_D}"))
_RANGE_YEARS = re.compile(r"(?<![\d.])((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})(?![\d.])")
_YEAR = re.compile(r"\b(?:vuonna|vuodelle|vuoden|år)\s+((?:19|20)\d{2})\b")
_DIGIT = re.compile(r"\d")  # the \d of the patterns above: any Unicode digit


def _iso(d: str, m: str, y: str) -> str | None:
    try:
        return date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


def find_period(text: str) -> tuple[str | None, str | None]:
    """(start, end) as ISO dates; years widen to 1 January and 31 December."""
    if _DIGIT.search(text) is None:
        return None, None  # every pattern below needs a digit; asked of every sentence, most of which have none
    m = _RANGE_DATES.search(text)
    if m:
        return _iso(*m.group(1, 2, 3)), _iso(*m.group(4, 5, 6))
    m = _RANGE_YEARS.search(text)
    if m and int(m.group(1)) <= int(m.group(2)):
        return f"{m.group(1)}-01-01", f"{m.group(2)}-12-31"
    m = _UNTIL.search(text)
    if m:
        g = [x for x in m.groups() if x]
        return None, _iso(*g[:3])
    m = _YEAR.search(text)
    if m:
        return f"{m.group(1)}-01-01", f"{m.group(1)}-12-31"
    return None, None

"""Another edition of a known programme of a period.

The reference data names several national and EU programmes with their period ("Lähiöohjelma 2020–2022",
"Manner-Suomen maaseudun kehittämisohjelma 2014–2020") and lists the undated name as an alias. A text that writes
the undated name with another period right after it ("Lähiöohjelma 2008-2011", "maaseudun kehittämisohjelmasta
2007–2013") names an earlier or later edition: a programme of its own, which must not take the reference
edition's identity (its participants and projects belong to the edition the text names)."""

from __future__ import annotations

import re

from welfare_kg.extract.text import Token

_YEAR = re.compile(r"^(?:19|20)\d\d$")
_YEARS_IN = re.compile(r"(?:19|20)\d\d")
_DASHES = {"-", "–", "—"}


def other_edition(tokens: list[Token], end: int, entity_type: str, label: str, name: str) -> tuple[int, str] | None:
    """(the token index past the period, the period as written with an en dash) when the known programme
    matched up to `end` by its undated `name` is followed by a period outside its reference `label`'s years;
    a year inside the reference period ("Lähiöohjelma 2021") is the same programme, so None."""
    if entity_type != "Programme" or end >= len(tokens) or not _YEAR.match(tokens[end].text):
        return None
    if _YEARS_IN.search(name):
        return None  # the name matched already holds its years
    years = [int(y) for y in _YEARS_IN.findall(label)]
    if not years or min(years) <= int(tokens[end].text) <= max(years):
        return None
    first = tokens[end].text
    if end + 2 < len(tokens) and tokens[end + 1].text in _DASHES and _YEAR.match(tokens[end + 2].text) \
            and int(tokens[end + 2].text) > int(first):
        return end + 3, f"{first}–{tokens[end + 2].text}"
    return end + 1, first

"""Another edition of a known programme of a period.

The reference data names several national and EU programmes with their period ("Lähiöohjelma 2020–2022",
"Manner-Suomen maaseudun kehittämisohjelma 2014–2020") and lists the undated name as an alias. A text that writes
the undated name with another period right after it ("Lähiöohjelma 2008-2011", "maaseudun kehittämisohjelmasta
2007–2013") names an earlier or later edition: a programme of its own, which must not take the reference
edition's identity (its participants and projects belong to the edition the text names)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from welfare_kg.extract.text import Token, tokenize

_YEAR = re.compile(r"^(?:19|20)\d\d$")
_YEARS_IN = re.compile(r"(?:19|20)\d\d")
_DASHES = {"-", "–", "—"}


def other_edition(tokens: list[Token], end: int, entity_type: str, label: str, name: str) -> tuple[int, str] | None:
    """(the token index past the period, the period as written with an en dash) when the known programme
    matched up to `end` by its undated `name` is followed by a period ("2008-2011") that starts outside its
    reference `label`'s years; a year inside the reference period ("Lähiöohjelma 2021") is the same programme,
    and a lone year names no edition, so None."""
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
    # a lone year after the name is as often the date of a call or a decision ("ohjelmasta 2021 myönnetty") or a
    # year of an extended period as an edition: only a period written out names another edition
    return None


# a period written after a word: where a document may name an edition ("Lähiöohjelma 2008-2011")
_PERIOD_AFTER_WORD = re.compile(r"\w[ \t]+(?:19|20)\d\d[ \t]*[-–—][ \t]*(?:19|20)\d\d")


def document_editions(text: str, match: Callable[[list[Token]], Iterable]) -> dict[str, str]:
    """{reference IRI: edition label} for each known programme the document names with another period and never
    with its own: the document's undated mentions of that name ("hyväksyttiin Lähiöohjelmaan", "Lähiöohjelman
    johtoryhmä") then mean the edition it named. `match`: the gazetteer's matches of a token list. Only the few
    words before each written period are read."""
    found: dict[str, str] = {}
    own: set[str] = set()
    for hit in _PERIOD_AFTER_WORD.finditer(text):
        a = max(0, text.rfind("\n", max(0, hit.start() - 120), hit.start()) + 1, hit.start() - 120)
        toks = tokenize(text[a:hit.end()])
        for m in match(toks):
            ent = m.entity
            if ent.type != "Programme":
                continue
            if _YEARS_IN.search(m.name):
                own.add(ent.iri)  # "Lähiöohjelma 2020-2022": the reference's own period named
                continue
            if m.end >= len(toks) or not _YEAR.match(toks[m.end].text):
                continue
            edition = other_edition(toks, m.end, ent.type, ent.label, m.name)
            years = [int(y) for y in _YEARS_IN.findall(ent.label)]
            if edition is not None:
                found.setdefault(ent.iri, f"{m.name} {edition[1]}")
            elif years and min(years) <= int(toks[m.end].text) <= max(years):
                own.add(ent.iri)  # the reference's own period: undated mentions stay ambiguous
    return {iri: label for iri, label in found.items() if iri not in own}

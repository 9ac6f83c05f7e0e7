"""Rows of a grant table that name a unit and, in brackets, the organisation it belongs to.

A ministry's or a foundation's table of grants lists one receiver a row with its sum, and a receiver that is a unit
of a larger organisation carries its host in brackets: "Koordinaatti – nuorten tieto- ja neuvontatyön
kehittämiskeskus (Oulun kaupunki) 500 000", "Nuorisotutkimusverkosto (Nuorisotutkimusseura ry) 1 100 000". The
recogniser reads the host (a town, a university, a registered association) and at most a piece of the unit, so the
row's sum went to the host, or to nothing, and the unit was never named. The row's layout says what each part is:

- `grant_row_host_mentions`: the words before the bracket are the unit's name (a new Body mention unless the
  recogniser read it whole; its parts around a spaced dash are alternative names), and a bracket that ends in a
  registered form ("... Helsingfors rf") is the host's whole name even where the recogniser read pieces of it;
- `grant_row_host_facts`: the unit is partOf its host (partOf:grant-row-host), and where no rule gave the row's sum
  to the unit or its host, the one granter of the document's opening (header_granter.granter_of_opening) funds the
  unit with it (funds:grant-row-unit).

Rows are those of listed_receivers.sum_row_fields: runs of lines that end in a euro sum, or in bare sums under a
currency heading or above a total that adds them up (bare_sums.py). It is a reading of layout, so its facts carry
their own rule names and a confidence below the strict graph's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from welfare_kg.extract.bare_sums import bare_sum_rows
from welfare_kg.extract.header_granter import granter_of_opening
from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.listed_receivers import sum_row_fields
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.money import find_amounts
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.names import identity_key
from welfare_kg.extract.spans import SpanIndex
from welfare_kg.extract.text import Sentence

UNIT_RULE = "grant-row-unit"
HOST_RULE = "grant-row-host"
PART_OF = "partOf:grant-row-host"
FUNDS = "funds:grant-row-unit"
PART_CONFIDENCE = 0.6
FUNDS_CONFIDENCE = 0.45
UNIT_MAX_WORDS = 9
HOST_MAX_WORDS = 7
# "Unit name (Host name)" filling the row's whole name field
_BRACKETED = re.compile(r"(?P<unit>[A-ZÅÄÖ][^()\n]*?)[ \t]*\((?P<host>[A-ZÅÄÖ][^()\n]*)\)[ \t]*")
_REGISTERED = re.compile(r"\s(?:ry|rf|r\.y\.|r\.f\.|sr)$")
_HOST_TYPES = {"Municipality", "JointAuthority", "WellbeingCounty", "Company", "Association", "Parish", "Agency",
               "Ministry", "CompetenceCentre", "Body"}


def _split(text: str, a: int, b: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(unit span, host span) of a row's name field written "Unit (Host)", or None."""
    m = _BRACKETED.fullmatch(text, a, b)
    if m is None:
        return None
    unit, host = m.group("unit"), m.group("host").strip()
    if not (2 <= len(unit.split()) <= UNIT_MAX_WORDS or (len(unit.split()) == 1 and len(unit) >= 4)) \
            or len(host.split()) > HOST_MAX_WORDS or re.search(r"\d", unit + host):
        return None
    return (m.start("unit"), m.start("unit") + len(unit)), (m.start("host"), m.start("host") + len(host))


def _rows(text: str) -> list[tuple[tuple[int, int], tuple[int, int], tuple[int, int]]]:
    """(field, unit span, host span) for each bracketed row."""
    return [((a, b), *split) for a, b in sum_row_fields(text) if (split := _split(text, a, b)) is not None]


def grant_row_host_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                            morph: Morphology) -> list[list[Mention]]:
    """A Body mention for each bracketed row's unit the recogniser did not read whole, and the host's whole name
    where a registered form closes it."""
    if "(" not in text:
        return per_sentence
    rows = _rows(text)
    if not rows:
        return per_sentence
    have = SpanIndex([m for ms in per_sentence for m in ms])
    added: list[Mention] = []
    for _field, (ua, ub), (ha, hb) in rows:
        unit = text[ua:ub]
        if not any(m.start == ua and m.end >= ub for m in have.overlapping(ua, ub)):
            parts = tuple(p.strip() for p in re.split(r"[ \t]+[–—-][ \t]+", unit) if p.strip() != unit
                          and len(p.strip()) >= 3)
            added.append(Mention(start=ua, end=ub, surface=unit, label=unit, type="Body", rule=UNIT_RULE,
                                 parts=parts, key=identity_key(parts[0] if parts else unit, morph) or None))
        host = text[ha:hb]
        if _REGISTERED.search(host) and not any(m.start == ha and m.end >= hb for m in have.overlapping(ha, hb)):
            added.append(Mention(start=ha, end=hb, surface=host, label=host, type="Association", rule=HOST_RULE,
                                 key=identity_key(host, morph) or None))
    if not added:
        return per_sentence
    inside = {id(m) for x in added for m in have.overlapping(x.start, x.end)
              if x.start <= m.start and m.end <= x.end and (m.start, m.end) != (x.start, x.end)}
    return insert_mentions(per_sentence, starts, added, inside)


def grant_row_host_facts(sents: Sequence[Sentence], per_sentence: Sequence[Sequence[Mention]],
                         facts: list[Fact], text: str) -> list[Fact]:
    """The unit of each bracketed row partOf its host; the opening's granter funds the unit with the row's sum
    where no rule gave that sum to the unit or the host."""
    if "(" not in text:
        return []
    rows = _rows(text)
    if not rows:
        return []
    index = SpanIndex([m for ms in per_sentence for m in ms if m.iri])
    bare = bare_sum_rows(text)
    funded = {f.object for f in facts if f.predicate == "funds"}
    parts = {(f.subject, f.object) for f in facts if f.predicate == "partOf"}
    granter: str | None = None
    looked = False
    out: list[Fact] = []
    for (a, b), (ua, ub), (ha, hb) in rows:
        unit = next((m for m in index.overlapping(ua, ub) if m.start == ua and m.end >= ub), None)
        host = next((m for m in index.overlapping(ha, hb) if m.start == ha and m.type in _HOST_TYPES), None)
        if unit is None or host is None or unit.iri == host.iri:
            continue
        line_start = text.rfind("\n", 0, a) + 1
        line_end = text.find("\n", b)
        line_end = len(text) if line_end < 0 else line_end
        ev = Evidence(text[line_start:line_end], line_start, line_end)
        if (unit.iri, host.iri) not in parts:
            out.append(Fact(unit.iri, "partOf", host.iri, ev, PART_OF, PART_CONFIDENCE))
        if unit.iri in funded or host.iri in funded:
            continue
        if not looked:
            granter, looked = granter_of_opening(sents, per_sentence, text), True
        if granter is None or granter in {unit.iri, host.iri}:
            continue
        sums = bare[line_start][1] if line_start in bare else [x for x in find_amounts(text[b:line_end], b)
                                                               if not x.share]
        fact = Fact(granter, "funds", unit.iri, ev, FUNDS, FUNDS_CONFIDENCE)
        if len(sums) == 1:
            fact.amount = sums[0].value
        out.append(fact)
    return out

"""The abbreviations minutes write a town's bodies with, as one table: data/body_abbreviations.csv.

Minutes head their extracts with them ("Khall 12.6.2023 § 127", "Kst § 104"), attendance rows qualify a seat
with them ("kv:n pj", "valt. II varapj.", "kfge:s I vice ordförande") and roles name a council's or board's seat
with them ("kh jäsen"). Three readers used to keep three tables of them that drifted apart; one table says for
every abbreviation which body it stands for and which readers take it.

Columns: `abbreviation` in lower case; `spellings`, the exact ways a heading writes it (a header reader compares
case, since "KV" and "Kv" are abbreviations where "kv" in running text may be a word); `body`, the body's name a
heading abbreviation stands for; `kind`, the word the name of a council or board of that kind contains
(valtuusto, hallitus, fullmäktige, styrelse; a region's or joint authority's maakuntavaltuusto, yhtymähallitus ...);
`seat` = `yes`: read before a meeting role ("kv pj"); `attendance`
= `yes`: read in attendance rows; `example` for the reader.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib.resources import files
from typing import NamedTuple

TABLE = "body_abbreviations.csv"
# a town's council and board, and the councils and boards of a region's and a joint authority's own (read in
# attendance rows only: "Mh:n I varapuheenjohtaja", "yv:n pj" name an organ of the organisation whose minutes list them)
TOWN_KINDS = {"valtuusto", "hallitus", "fullmäktige", "styrelse"}
REGIONAL_KINDS = {"maakuntavaltuusto", "maakuntahallitus", "yhtymävaltuusto", "yhtymähallitus", "aluevaltuusto",
                  "aluehallitus"}
KINDS = TOWN_KINDS | REGIONAL_KINDS
# the kinds that are a town's council; the others are its board
COUNCIL_KINDS = {"valtuusto", "fullmäktige"}


class BodyAbbreviation(NamedTuple):
    abbreviation: str
    spellings: tuple[str, ...]
    body: str
    kind: str
    seat: bool
    attendance: bool


@lru_cache(maxsize=1)
def body_abbreviations() -> tuple[BodyAbbreviation, ...]:
    """The rows of the table in file order; an unknown kind, or a row read by a seat or attendance reader
    without a kind, is an error (those readers need to know which body the abbreviation names)."""
    text = files("welfare_kg.data").joinpath(TABLE).read_text(encoding="utf-8")
    rows = []
    for row in csv.DictReader(text.splitlines()):
        kind = row["kind"]
        seat, attendance = row["seat"] == "yes", row["attendance"] == "yes"
        if kind and kind not in KINDS:
            raise ValueError(f"{TABLE}: unknown kind {kind!r} for {row['abbreviation']!r}")
        if (seat or attendance) and not kind:
            raise ValueError(f"{TABLE}: {row['abbreviation']!r} is read for seats without a kind")
        if bool(row["spellings"]) != bool(row["body"]):
            raise ValueError(f"{TABLE}: {row['abbreviation']!r} needs both spellings and body, or neither")
        rows.append(BodyAbbreviation(row["abbreviation"], tuple(row["spellings"].split()), row["body"], kind,
                                     seat, attendance))
    return tuple(rows)


def header_acronyms() -> dict[str, str]:
    """Each exact spelling a heading abbreviates a body with -> the body's name ("Khall" -> "kunnanhallitus")."""
    return {s: r.body for r in body_abbreviations() for s in r.spellings}


def attendance_kinds() -> dict[str, str]:
    """Lower-case abbreviation of an attendance row -> the kind of body ("kvalt" -> "valtuusto")."""
    return {r.abbreviation: r.kind for r in body_abbreviations() if r.attendance}


def seat_kinds() -> dict[str, str]:
    """Lower-case abbreviation written before a meeting role -> the kind of body ("kv" -> "valtuusto")."""
    return {r.abbreviation: r.kind for r in body_abbreviations() if r.seat}

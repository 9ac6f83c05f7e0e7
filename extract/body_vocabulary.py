"""The head words of bodies (toimielimet) as one table: data/body_heads.csv.

A body is recognised by its head word, alone or in a compound with any determinant before it
("hyvinvointilautakunta", "sosiaali- ja terveyslautakunta", "intressebevakningssektion"). The heads are
the organs of the Local Government Act (kuntalaki 410/2015) and the Act on Wellbeing Services Counties
(laki hyvinvointialueesta 611/2021), in Finnish and Swedish, and the groups that run projects
(ohjausryhmä, styrgrupp). Rules written from particular pages did not carry over to new documents;
the vocabulary of the acts did, so it is kept as data with its source rather than spread over patterns.

Columns: `head`; `determinant`, what may stand before it in the same word (`none`; `any`; `any-dash`, letters
and dashes; `letter-dash`, at least one letter then letters and dashes; `min1`/`min3`/`min4`, at least so many
letters; `opt4`, nothing or at least four letters); `not_after`, determinants that make the word something
else ("itsehallitus", "valtioneuvosto"); `unit`, a body only when its owner's genitive names it
("Posken johtoryhmä"); `named_by`, the genitives before it are its name (`genitive`: a chain opening with a
capital, "Pohjois-Karjalan hyvinvoinnin kumppanuusryhmä"; `lower-genitive`: lower-case ones too, "yksilöasioiden
jaosto"); `bare` = `kind`: written without such a name and in lower case it is a kind of body, not one
("ohjausryhmä" in a funder's terms); `board` = `board`: an organisation's board or group, also the one a post after
it is held in ("johtokunnan puheenjohtaja"); `language`, `kind` and `source` for the reader.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib.resources import files
from typing import NamedTuple

TABLE = "body_heads.csv"

_DETERMINANTS = {"none": "", "any": "[a-zåäö]*", "any-dash": "[a-zåäö-]*", "letter-dash": "[a-zåäö][a-zåäö-]*",
                 "min1": "[a-zåäö]+", "min3": "[a-zåäö]{3,}", "min4": "[a-zåäö]{4,}", "opt4": "(?:[a-zåäö]{4,})?"}


class BodyHead(NamedTuple):
    head: str
    determinant: str
    not_after: tuple[str, ...]
    unit: bool
    language: str
    named_by: str = ""
    bare_is_kind: bool = False
    board: bool = False


@lru_cache(maxsize=1)
def body_heads() -> tuple[BodyHead, ...]:
    """The rows of data/body_heads.csv, in file order (an unknown determinant kind is an error)."""
    text = files("welfare_kg.data").joinpath(TABLE).read_text(encoding="utf-8")
    rows = []
    for row in csv.DictReader(text.splitlines()):
        if row["determinant"] not in _DETERMINANTS:
            raise ValueError(f"{TABLE}: unknown determinant {row['determinant']!r} for {row['head']!r}")
        if row["named_by"] not in {"", "genitive", "lower-genitive"}:
            raise ValueError(f"{TABLE}: unknown named_by {row['named_by']!r} for {row['head']!r}")
        rows.append(BodyHead(row["head"], row["determinant"], tuple(x for x in row["not_after"].split("|") if x),
                             row["unit"] == "unit", row["language"], row["named_by"], row["bare"] == "kind",
                             row["board"] == "board"))
    return tuple(rows)


def body_pattern() -> re.Pattern[str]:
    """A lower-case word that is a body's name or head: one alternative per row of the table."""
    alts = []
    for h in body_heads():
        ban = f"(?!{'|'.join(h.not_after)})" if h.not_after else ""
        alts.append(f"{ban}{_DETERMINANTS[h.determinant]}{re.escape(h.head)}")
    return re.compile(f"^(?:{'|'.join(alts)})$")


def unit_heads() -> tuple[str, ...]:
    """Heads of bodies that exist only as some organisation's: a body only when its owner names it."""
    return tuple(dict.fromkeys(h.head for h in body_heads() if h.unit))


def compound_organs() -> tuple[str, ...]:
    """Of the unit heads, those a compound names without an owner ("diakoniajohtokunta": a row of its own that is no
    unit and takes a determinant); the bare head stays a unit ("johtokunta" is some organisation's)."""
    units = set(unit_heads())
    return tuple(dict.fromkeys(h.head for h in body_heads()
                               if h.head in units and not h.unit and h.determinant != "none"))


def bare_named_heads() -> frozenset[str]:
    """Heads named by the genitives before them only when written alone: a row with no determinant and `named_by`
    for a head whose compounds another row reads as bodies of their own ("kielellisten palvelujen toimikunta" is
    named by its genitives; "kaksikielisyystoimikunta" names itself)."""
    compounded = {h.head for h in body_heads() if h.determinant != "none" and not h.named_by}
    return frozenset(h.head for h in body_heads() if h.determinant == "none" and h.named_by and h.head in compounded)


def named_by_genitives() -> tuple[str, ...]:
    """Heads whose name is the genitives before them ("Perusturvan jaosto", "maakunnan yhteistyöryhmä"), in
    compounds too; the heads of bare_named_heads are left out (only the bare word is so named)."""
    bare = bare_named_heads()
    return tuple(dict.fromkeys(h.head for h in body_heads() if h.named_by and h.head not in bare))


def named_in_lower_case() -> frozenset[str]:
    """Of those, the heads that lower-case genitives name too ("yksilöasioiden jaosto")."""
    return frozenset(h.head for h in body_heads() if h.named_by == "lower-genitive")


def bare_is_kind() -> tuple[str, ...]:
    """Of those, the heads that written bare and in lower case are a kind of body ("ohjausryhmä"); the heads of
    bare_named_heads are left out (their compounds are bodies), the recogniser tests the bare word itself."""
    bare = bare_named_heads()
    return tuple(dict.fromkeys(h.head for h in body_heads() if h.named_by and h.bare_is_kind and h.head not in bare))


def board_units() -> frozenset[str]:
    """Boards and groups of an organisation ("johtokunta", "johtoryhmä"): a post after one is held in it."""
    return frozenset(h.head for h in body_heads() if h.board)

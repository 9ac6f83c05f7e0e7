"""Finnish first names as reference data (data/first_names.csv, DVV's first-name statistics).

Voikko's given-name tags miss names it reads as common nouns ("Tina" = tin) and many newer or Swedish names
("Malin", read as Mali's genitive). Which words are first names in Finland is a fact about Finland, so the
recogniser consults DVV's statistics where it decides that a capitalised word is a given name; the callers keep
their own context (a surname after it, a title before it) so that "Onni", "Satu" or "Ilta" opening a sentence
stays a common word.
"""

from __future__ import annotations

import csv
import io
from functools import lru_cache
from importlib.resources import files

TABLE = "first_names.csv"


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """The first names of the table as written ("Tina", "Malin", "Veli-Matti"): a set, so a lookup is O(1)."""
    return frozenset(first_name_counts())


@lru_cache(maxsize=1)
def first_name_counts() -> dict[str, int]:
    """The table's first names with the number of their bearers, both sexes together (the table gives "Kim" or
    "Noa" a row for each)."""
    text = files("welfare_kg.data").joinpath(TABLE).read_text(encoding="utf-8")
    counts: dict[str, int] = {}
    for row in csv.DictReader(io.StringIO(text)):
        if row["name"]:
            counts[row["name"]] = counts.get(row["name"], 0) + int(row["count"])
    return counts


# bearers of a word as a first name per bearer of it as a surname, at least, for the word to be read as a given
# name where Voikko knows it only as a surname ("Kaija" 11 436 to 353, "Torsti" 565 to 122; "Jordan" 78 to 180
# stays a surname, "Erkko" 282 to 152 undecided)
GIVEN_OVER_SURNAME = 4


def mostly_given(word: str, surname_count: int) -> bool:
    """Whether DVV's statistics count `word` as a first name at least GIVEN_OVER_SURNAME times as often as the
    surname statistics (`surname_count` bearers) count it as a surname."""
    return first_name_counts().get(word, 0) >= GIVEN_OVER_SURNAME * max(surname_count, 1)


def listed_first_name(word: str) -> bool:
    """Whether DVV's statistics hold `word`, written with its capital ("tina" the metal is no name)."""
    return word[:1].isupper() and not word.isupper() and word in first_names()

"""Seat words (roles held in a meeting or a group) and the post each gives, as one table: data/seat_words.csv.

The same words were mapped to posts in four places (people lists, label lines of minutes,
bracketed marks in compositions, seats in minutes' prose), and the copies drifted: one
knew "siht", another "vice ordförande". One table keeps word and post together; each
reader takes the words of its own use, because a word can be safe in one layout and
not in another ("jäsen" is a column in people lists, but "Jäsen: X" at a line's start
heads a list of members, not the meeting's seat of one person).

Columns: `word` (lower case; a space stands for any run of blanks), `post` (the post the
block readers write, in Finnish), `uses` (space-separated: `role` a meeting role in people
lists, rows and columns, extract/people.py `MEETING_ROLES`; `label` a role label at the start of
a line in the head of minutes, extract/attendance_layouts.py; `mark` a seat bracketed after a
name in a group's composition, extract/body_compositions.py; `prose` a bare seat word before a
name acting in the minutes' prose, extract/seat_prose.py), `language`.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib.resources import files

TABLE = "seat_words.csv"
USES = frozenset({"role", "label", "mark", "prose"})


def parse_table(text: str) -> tuple[tuple[str, str, frozenset[str]], ...]:
    """(word, post, uses) rows in file order; an unknown use or a word given two posts is an error."""
    rows: list[tuple[str, str, frozenset[str]]] = []
    posts: dict[str, str] = {}
    for row in csv.DictReader(text.splitlines()):
        word, post, uses = row["word"].strip().lower(), row["post"].strip(), frozenset(row["uses"].split())
        if not uses or uses - USES:
            raise ValueError(f"{TABLE}: unknown use {' '.join(sorted(uses - USES)) or '(none)'!r} for {word!r}")
        if posts.setdefault(word, post) != post:
            raise ValueError(f"{TABLE}: {word!r} gives two posts ({posts[word]!r}, {post!r})")
        rows.append((word, post, uses))
    return tuple(rows)


@lru_cache(maxsize=1)
def _table() -> tuple[tuple[str, str, frozenset[str]], ...]:
    return parse_table(files("welfare_kg.data").joinpath(TABLE).read_text(encoding="utf-8"))


def seat_words(use: str) -> dict[str, str]:
    """Word -> post for one use, in the table's order (a fresh dict: callers may keep it as a constant)."""
    if use not in USES:
        raise ValueError(f"unknown seat-word use {use!r} (one of {', '.join(sorted(USES))})")
    return {word: post for word, post, uses in _table() if use in uses}


def alternation(words: dict[str, str], *, blanks: str = r"[ \t]+", first_either_case: bool = False) -> str:
    """A regex alternation of `words` (a space matching `blanks`), longest first so that no word stops a longer one.

    `first_either_case`: the first letter in either case, the rest as written ("[Pp]uheenjohtaja"), for prose
    where a seat word may open a sentence but a capital inside the word is no seat word.
    """
    def one(word: str) -> str:
        first = f"[{word[0].upper()}{word[0]}]" if first_either_case and word[:1].isalpha() else re.escape(word[:1])
        return first + re.escape(word[1:]).replace(r"\ ", blanks)

    return "|".join(one(w) for w in sorted(words, key=len, reverse=True))

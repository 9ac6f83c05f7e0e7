"""Officials of the organisation whose minutes these are, named with their title: "järjestötyön ja osallisuuden
asiantuntija Nanna Kostiainen", "erityisasiantuntijat Malin Heikkinen ja Minna Mattila", and the preparer's row
"Valmistelu ja lisätiedot: Nanna Kostiainen, järjestötyön asiantuntija, etunimi.sukunimi@...".

A wellbeing county's or a town's minutes name the officials who prepared an item, answered questions or present it
by a title of office written right before the name (or right after it, between commas, in the preparer's row), with
no organisation named: an official of the minutes' own organisation needs none. The organisation is the one
wellbeing county the opening names, in minutes that are no town's (a town's minutes post their officials through
their attendance rows and offices, and their run-together rows put a title between two names: measured, reading
them here gave 11 wrong posts on dev). A title right after another person's name is that person's ("Martti Merra,
puheenjohtaja Ulf Johansson"), not the next one's. Each person so
titled holds the post there. A plural title before a pair ("erityisasiantuntijat A ja B") titles both. A title owned
by another organisation's genitive ("Hyte ry:n järjestöasiantuntija X", "Kelan johtaja X") is that organisation's,
and left to the other post rules; so is anyone another rule already posted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from welfare_kg.extract.entities import is_post
from welfare_kg.extract.layout import OPENING_CHARS
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.spans import SpanIndex

RULE = "holdsPost:minutes-official"
CONFIDENCE = 0.5
_WORD_BEFORE = re.compile(r"(?P<word>[a-zåäö][\wåäö-]+)[ \t]+$")
_PAIR_BEFORE = re.compile(r"[ \t]+(?:ja|sekä)[ \t]+$")
_TITLE_AFTER = re.compile(r",[ \t]*(?P<title>[a-zåäö][a-zåäö -]{2,70}?)[ \t]*(?:,|\n|$)")
_ORG_TYPES = {"Municipality", "WellbeingCounty", "JointAuthority", "Association", "Company", "Agency", "Ministry",
              "CompetenceCentre", "Parish", "Body", "University"}
ORG_REACH = 60  # characters before a title in which another organisation's genitive would own it


def minutes_official_facts(mentions: Sequence[Mention], text: str, facts: Sequence[Fact], kind: str,
                           municipality: str | None, morph: Morphology) -> list[Fact]:
    """holdsPost facts of the minutes' own titled officials (see the module docstring)."""
    if kind != "minutes":
        return []
    owner = None if municipality else _opening_county(mentions)
    if owner is None:
        return []  # a town's minutes post their officials by other rules (their attendance rows, their offices)
    people = sorted((m for m in mentions if m.type == "Person" and m.iri), key=lambda m: m.start)
    orgs = SpanIndex(sorted((m for m in mentions if m.iri and m.type in _ORG_TYPES), key=lambda m: m.start))
    posted = {f.subject for f in facts if f.predicate == "holdsPost"}
    out: list[Fact] = []
    last: tuple[Mention, str, bool] | None = None  # the previous titled person, its post and whether plural
    for p in people:
        if p.iri in posted:
            last = None
            continue
        found = _title_before(p, text, morph, last)
        if found is None:
            found = _title_after(p, text, morph)
        if found is None:
            last = None
            continue
        post, plural, at = found
        last = (p, post, plural)
        if any(q.end <= at and at - q.end <= 2 for q in people):
            continue  # "Martti Merra, puheenjohtaja Ulf Johansson": a run-together row, the title is the one before
        if _owned_elsewhere(orgs, text, at, owner):
            continue
        posted.add(p.iri)  # type: ignore[arg-type]
        line_start = text.rfind("\n", 0, at) + 1
        ev = Evidence(text[max(at, line_start):p.end], max(at, line_start), p.end)
        out.append(Fact(p.iri, "holdsPost", owner, ev, RULE, CONFIDENCE, post=post))  # type: ignore[arg-type]
    return out


def _opening_county(mentions: Sequence[Mention]) -> str | None:
    iris = {m.iri for m in mentions if m.type == "WellbeingCounty" and m.iri and m.start < OPENING_CHARS}
    return iris.pop() if len(iris) == 1 else None


def _title_before(p: Mention, text: str, morph: Morphology,
                  last: tuple[Mention, str, bool] | None) -> tuple[str, bool, int] | None:
    """The title right before the name (its base form, whether plural, where it starts); after "ja"/"sekä" that
    follows a person titled by a plural title, that title."""
    window = text[max(p.start - 40, 0):p.start]
    if "\n" in window:
        window = window[window.rfind("\n") + 1:]
    pair = _PAIR_BEFORE.search(window)
    if pair and last is not None and last[2] and 0 <= p.start - len(window) + pair.start() - last[0].end <= 1:
        return last[1], True, last[0].start
    w = _WORD_BEFORE.search(window)
    if w is None:
        return None
    word = w.group("word")
    post = is_post(word, morph)
    if post is None:
        return None
    return post, word.lower() != post and word.lower().endswith("t"), p.start - len(window) + w.start()


def _title_after(p: Mention, text: str, morph: Morphology) -> tuple[str, bool, int] | None:
    """"Name, title," in a preparer's or contact row: the title's last word is a post."""
    m = _TITLE_AFTER.match(text, p.end)
    if m is None:
        return None
    words = m.group("title").split()
    post = is_post(words[-1], morph) if words else None
    return (post, False, p.start) if post else None


def _owned_elsewhere(orgs: SpanIndex[Mention], text: str, at: int, owner: str) -> bool:
    """Another organisation's genitive shortly before the title, on its line ("Hyte ry:n järjestöasiantuntija")."""
    line_start = text.rfind("\n", 0, at) + 1
    for o in orgs.overlapping(max(at - ORG_REACH, line_start), at):
        if o.iri != owner and o.case == "omanto" and o.end <= at:
            return True
    return False

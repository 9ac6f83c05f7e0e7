"""Numbered parts of a structural-fund programme: "Toimintalinja 2", "toimenpidekokonaisuuteen 3.4",
"erityistavoite 5.1", "insatsområde 3".

An EU structural-fund programme is split into priority axes (toimintalinja, insatsområde, programområde), measures
(toimenpidekokonaisuus) and specific objectives (erityistavoite), each known by its number. A project report or card
says which part funds it ("Hanke kuuluu X-ohjelmaan, toimintalinjaan 3 ja toimenpidekokonaisuuteen 3.4"; a form's
row "Toimintalinja 2 Toimenpidekokonaisuus 2"). The word and its number name a part of the programme (a WorkPackage)
whatever the programme; the compound-name rule read the number as no part of the name, or ran the name on into the
form's next label ("Toimenpidekokonaisuus 2 Projektin suunnitelman mukainen kestoaika").

- `axis_mentions`: the kind word and its number as one WorkPackage mention, labelled in the base form ("toimintalinja
  3"), named within the document only (every programme has its "toimintalinja 2"), where a sentence says a project
  belongs to it: a verb of belonging ("kuuluu", "sijoittuu", "ingår", "tillhör") shortly before, the part in the
  case it governs (the illative "toimintalinjaan 3"; Swedish "inom insatsområde 3"). A form's row ("Toimintalinja 2
  Toimenpidekokonaisuus 2") or a programme's list of its axes is left alone: the annotation names those parts on
  some forms and not on others, and the measure (dev, sets 1-7) lost more than it gained. A WorkPackage mention that
  starts at the word and runs on past the number into a capitalised word is cut to the word and number (a title
  after a colon or dash is kept: "Toimintalinja 1: Innovatiivinen Suomi").
- `axis_facts`: the project named just before a part (within NEAR characters: a form's "Projektin nimi" row, the
  sentence's subject), else the document's own project, is partOf each part named; not in minutes, and only where
  the document names at most MAX_AXES parts (a programme's page lists all its axes and is about none).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.page_project import page_project
from welfare_kg.extract.spans import SpanIndex

RULE = "programme-axis"
FACT_RULE = "partOf:programme-axis"
CONFIDENCE = 0.6
MAX_AXES = 3
NEAR = 400  # characters before a part in which the project it is a part for is named
_BASES = {"toimintalinj": "toimintalinja", "toimenpidekokonaisuu": "toimenpidekokonaisuus",
          "erityistavoit": "erityistavoite", "insatsområde": "insatsområde", "programområde": "programområde"}
_AXIS = re.compile(r"\b(?P<word>(?i:toimintalinj|toimenpidekokonaisuu|erityistavoit|insatsområde|programområde))"
                   r"(?P<ending>[a-zåäöA-ZÅÄÖ]{0,6})[ \t]+(?P<num>\d{1,2}(?:\.\d{1,2})?)(?![\d,]|\.\d)")
_RUN_ON = re.compile(r"[ \t]+[A-ZÅÄÖ]")
# the verb that says a project belongs to a part ("Hanke kuuluu X-ohjelmaan, toimintalinjaan 3"; "Projektet ingår i",
# "tillhör"), within BELONGS_REACH characters before the part, which then stands in the illative (Finnish) or after
# "inom"/"i"/"till" (Swedish)
_BELONGS = re.compile(r"(?i)\b(?:kuulu\w*|sijoittu\w*|tillhör\w*|ingå\w*)\b")
_ILLATIVE = {"aan", "teen", "än"}
_SV_BEFORE = re.compile(r"(?i)\b(?:inom|i|till)[ \t]+$")
BELONGS_REACH = 250


def _belongs(text: str, a: re.Match[str]) -> bool:
    """Whether a sentence says the project belongs to the part: a verb of belonging before it, the part in the
    case that verb governs. A form's row or a programme's list of its axes says nothing of one project."""
    if _BELONGS.search(text, max(0, a.start() - BELONGS_REACH), a.start()) is None:
        return False
    word = a.group("word").lower()
    if word in {"insatsområde", "programområde"}:
        return a.group("ending") in {"", "t"} and _SV_BEFORE.search(text, max(0, a.start() - 8), a.start()) is not None
    return a.group("ending").lower() in _ILLATIVE


def axis_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int]) -> list[list[Mention]]:
    """per_sentence with each numbered programme part as a WorkPackage mention (see the module's docstring)."""
    if not any(w in text.lower() for w in ("toimintalinj", "toimenpidekokonaisuu", "erityistavoit", "insatsområde",
                                           "programområde")):
        return per_sentence
    have = SpanIndex([m for ms in per_sentence for m in ms])
    added: list[Mention] = []
    drop: set[int] = set()
    for a in _AXIS.finditer(text):
        if not _belongs(text, a):
            continue
        start, end = a.start(), a.end()
        near = have.overlapping(start, end)
        if any(m.start == start and m.end == end and m.type == "WorkPackage" for m in near):
            continue
        longer = [m for m in near if m.type == "WorkPackage" and m.start == start and m.end > end]
        if longer and not _RUN_ON.match(text, end):
            continue  # "Toimintalinja 1: Innovatiivinen Suomi": the title after a colon is the part's own
        drop.update(id(m) for m in near if (start <= m.start and m.end <= end) or m in longer)
        label = f"{_BASES[a.group('word').lower()]} {a.group('num')}"
        added.append(Mention(start=start, end=end, surface=text[start:end], label=label, type="WorkPackage",
                             rule=RULE, key=None))
    return insert_mentions(per_sentence, starts, added, drop) if added else per_sentence


def axis_facts(mentions: Sequence[Mention], facts: Sequence[Fact], kind: str) -> list[Fact]:
    """The document's project partOf each programme part it names (a report or card about one project)."""
    if kind == "minutes":
        return []
    axes = [m for m in mentions if m.rule == RULE and m.iri]
    if not axes or len({m.iri for m in axes}) > MAX_AXES:
        return []
    main = page_project(mentions).strict  # a tie: no project of the page's own (page_project.py)
    projects = sorted((m for m in mentions if m.type == "Project" and m.iri and not m.generic),
                      key=lambda m: m.start)
    have = {(f.subject, f.object) for f in facts if f.predicate == "partOf"}
    out: list[Fact] = []
    for m in axes:
        # the project the form or sentence names just before the part ("Projektin nimi X ... Toimintalinja 2"),
        # else the one the document is about
        before = [p for p in projects if m.start - NEAR <= p.end <= m.start]
        project = before[-1].iri if before else main
        if project is None:
            continue
        if (project, m.iri) in have:
            continue
        have.add((project, m.iri))  # type: ignore[arg-type]
        out.append(Fact(project, "partOf", m.iri, Evidence(m.surface, m.start, m.end), FACT_RULE,  # type: ignore[arg-type]
                        CONFIDENCE))
    return out

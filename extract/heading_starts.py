"""A project's name that the body repeats from the page's heading, read by the recogniser from its last words only.

A project page's heading is often the project's long descriptive name, and the body repeats it before the head word:
heading "Kyläyhteisöjen toiminnan käynnistäminen Savossa", body "... kehittämisrahaa Kyläyhteisöjen toiminnan
käynnistäminen Savossa -nimisen hankkeen toteuttamiseen". The recogniser (extract/running_names.py, which trims
"niminen") keeps only the last words before the head, "Savossa". extract/topic_projects.py extends a name cut short
at its end to the heading's end ("Skogen mellan" -> "Skogen mellan oss"); here a name cut at its start runs back to
the heading's start, where the text right before it is the rest of the heading: the heading bounds the name the body
repeats. Measured: dev +2 right / -2 wrong (the town read as the project), writing and held-back totals unchanged.

A project's plan or report transcribed from a PDF opens with its title, the project's name and the document word
("Vesistöt Yhdessä Kuntoon - VEYKU Hankesuunnitelma"); running_names.py reads such a name only as a genitive phrase
or in capitals. `plan_heading_mentions` takes the name before the document word and marks it wherever the text repeats
it whole (rule "plan-heading"). Measured: dev +1 right / +1 wrong (a partner field now has a project to attach to),
writing and held-back totals unchanged.
"""

from __future__ import annotations

import re
from dataclasses import replace

from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology, verbless
from welfare_kg.extract.names import identity_key
from welfare_kg.extract.spans import SpanIndex
from welfare_kg.extract.topic_projects import HEAD_REACH, MAX_HEADING_WORDS, SKIP_LINKS, _name_like

# a kind or report word in the part the name would gain: "Slutrapport av projektet BOSS" names BOSS and its report,
# and the recogniser's name after the head is whole
_KIND_WORD = re.compile(r"(?i)hank|projekt|program|ohjelm|rapport|raportti|suunnitelm|hakemu|ansökan")


def _heading(text: str, morph: Morphology) -> str | None:
    """The page's first line when it reads as a name: two to MAX_HEADING_WORDS words, no verb."""
    first = next((line for line in re.finditer(r"[^\n]*\S[^\n]*", text[:HEAD_REACH])
                  if line.group(0).strip().lower() not in SKIP_LINKS), None)
    if first is None:
        return None
    heading = first.group(0).strip()
    if not 2 <= len(heading.split()) <= MAX_HEADING_WORDS or not _name_like(heading, morph,
                                                                          max_words=MAX_HEADING_WORDS):
        return None
    return heading if verbless(heading, morph) else None


def heading_start_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                           morph: Morphology) -> list[list[Mention]]:
    """Project mentions that end where a repetition of the heading ends, run back to the repetition's start; the
    mentions inside the longer name go (a town read in "... Savossa" is part of the name there)."""
    heading = _heading(text, morph)
    if heading is None:
        return per_sentence
    low = heading.lower()
    out = per_sentence
    head_end = text.find(heading) + len(heading)
    for k, ms in enumerate(per_sentence):
        for m in ms:
            start = m.end - len(heading)
            if m.type != "Project" or m.generic or m.start <= start or start < max(head_end, starts[k]) \
                    or text[start:m.end].lower() != low or (start > 0 and re.match(r"[\w-]", text[start - 1])) \
                    or _KIND_WORD.search(text, start, m.start):
                continue
            name = text[start:m.end]
            longer = replace(m, start=start, surface=name, label=name, key=identity_key(name, morph) or m.key,
                             parts=())
            if out is per_sentence:
                out = [list(x) for x in per_sentence]
            out[k] = [longer if x is m else x for x in out[k]
                      if x is m or not (start <= x.start and x.end <= m.end)]
    return out


# a project's plan or report named by the page's first line: "<Name> Hankesuunnitelma", "<Name> – Slutrapport"
# (a period may close the title before the document word: "Nuorten X edistäminen yhteistyönä. Hankesuunnitelma")
_PLAN_HEADING = re.compile(r"(?P<name>\S.*?)\.?[ \t]+(?:[-–][ \t]+)?(?:[Hh]ankesuunnitelma|[Pp]rojektisuunnitelma|"
                           r"[Hh]ankehakemus|[Pp]rojektplan|[Ll]oppuraportti|[Vv]äliraportti|[Ss]lutrapport)[ \t]*$")
PLAN_NAME_WORDS = 12
SHORT_PLAN_NAME = 4  # characters: a shorter "name" is a word of the form


# the small words a title in title case leaves in lower case: "Vesistöt ja Ympäristö Yhdessä Kuntoon"
_TITLE_SMALL_WORDS = {"ja", "sekä", "tai", "ja/tai", "och", "i", "på", "för", "av", "med", "-", "–"}


def _title_case(name: str) -> bool:
    """A title of three words or more written in title case, every word but the small ones capitalised: a name,
    whatever its words would say in running text ("Järjestöt ja Ympäristö Keskiössä Toimii Yhdessä")."""
    words = name.split()
    return len(words) >= 3 and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _TITLE_SMALL_WORDS
                                   for w in words)


def plan_heading_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                          morph: Morphology) -> list[list[Mention]]:
    """The project whose plan or report the document is, named before the document word on its first line
    ("Vesistöt Yhdessä Kuntoon - VEYKU Hankesuunnitelma"), at the heading and wherever the text repeats the name
    whole (a transcript repeats its title); nothing where a mention already covers the repetition."""
    first = next((line for line in re.finditer(r"[^\n]*\S[^\n]*", text[:HEAD_REACH])
                  if line.group(0).strip().lower() not in SKIP_LINKS), None)
    plan = _PLAN_HEADING.fullmatch(first.group(0).strip()) if first is not None else None
    if plan is None:
        return per_sentence
    name = plan.group("name").strip(" \t\"”")
    if not _name_like(name, morph, max_words=PLAN_NAME_WORDS) or not (verbless(name, morph) or _title_case(name)) \
            or _KIND_WORD.search(name) or len(name) < SHORT_PLAN_NAME:
        return per_sentence
    key = identity_key(name, morph)
    if not key:
        return per_sentence
    taken = SpanIndex([m for ms in per_sentence for m in ms])
    added: list[Mention] = []
    for hit in re.finditer(re.escape(name), text):
        a, b = hit.span()
        if re.match(r"[\w-]", text[b:b + 1]) or (a and re.match(r"[\w-]", text[a - 1])):
            continue
        if any(m.start < a or m.end > b for m in taken.overlapping(a, b)):
            continue  # a longer mention over the repetition: it is read as something else there
        added.append(Mention(start=a, end=b, surface=name, label=name, type="Project", rule="plan-heading",
                             key=key))
    if not added:
        return per_sentence
    drop = {id(m) for x in added for m in taken.overlapping(x.start, x.end)}  # inside the name: no overhang above
    return insert_mentions(per_sentence, starts, added, drop)


# a line that names a project by its kind and a colon: "Pilottihanke: Tasa-arvoinen terveys Vaasassa", "Pilotprojekt:
# Jämlik hälsa i Vasa", "Projekt: X" (a web page's sub-heading; a form's "Hankkeen nimi:" is read in extract/fields.py)
_KIND_LABEL_LINE = re.compile(
    r"(?m)^[ \t]*(?:(?:[Pp]ilotti|[Kk]ehittämis|[Tt]utkimus|[Oo]sa)?[Hh]anke|[Pp]rojekti|"
    r"(?:[Pp]ilot|[Dd]el|[Uu]tvecklings)?[Pp]rojekt)[ \t]*:[ \t]+(?P<name>[A-ZÅÄÖ][^\n:]{2,100}?)[ \t]*$")
KIND_LABEL_NAME_WORDS = 10
_PLACES = {"Municipality", "Region", "CooperationArea", "WellbeingCounty"}


def kind_label_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                        morph: Morphology) -> list[list[Mention]]:
    """The project a line names after its kind and a colon ("Pilotprojekt: Jämlik hälsa i Vasa"): the rest of the line,
    a short verbless name that no undertaking mention covers already; a place read inside it stays, as the project's
    area (document.py coversArea:area-in-name), the other names inside it are words of the name."""
    if ":" not in text:
        return per_sentence
    taken = SpanIndex([m for ms in per_sentence for m in ms])
    added: list[Mention] = []
    drop: set[int] = set()
    for hit in _KIND_LABEL_LINE.finditer(text):
        a, b = hit.span("name")
        name = hit.group("name")
        if not _name_like(name, morph, max_words=KIND_LABEL_NAME_WORDS) or not verbless(name, morph) \
                or _KIND_WORD.search(name):
            continue
        inside = taken.overlapping(a, b)
        if any(m.start < a or m.end > b or m.type in {"Project", "Programme", "Agreement"} for m in inside):
            continue  # something read across the name, or an undertaking already named there
        key = identity_key(name, morph)
        if not key:
            continue
        added.append(Mention(start=a, end=b, surface=name, label=name, type="Project", rule="kind-label", key=key))
        drop.update(id(m) for m in inside if m.type not in _PLACES)
    return insert_mentions(per_sentence, starts, added, drop) if added else per_sentence

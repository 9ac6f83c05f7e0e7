"""A one-word project name written again after a region's genitive: "Etelä-Pohjanmaan Muistiluotsi".

A project named by one coined word ("Muistiluotsi", read where the text writes "Muistiluotsi-hanke") is often
written elsewhere with its region before it and no kind word: "Raha-automaattiyhdistyksen rahoittama Etelä-Pohjanmaan
Muistiluotsi aloitti toimintansa", "Muistiluotsin toiminnat Etelä-Pohjanmaalla". name_echoes.py echoes only names of
two or more words, since a lone capitalised word is too often a place or a common word elsewhere; after a region's
genitive the word is the region's thing of that name, and where the document has read a project of exactly that
name, it is that project. The region stays its own mention (genitive_area_projects.py reads the area from the pair),
and the sentence's rules see the project (a funder's participle before it, a verb after it).

The recogniser reads "<place's genitive> <Capitalised>" before a verb as an organisation of that place ("Kainuun
Kotiluotsi aloitti toimintansa"); where the capitalised word is the project's one-word name, the reading is the
project instead (the place is then only its qualifier, no mention of its own).

Only the name in the nominative or the genitive of its own word (the base form the morphology gives back equal to
the name), capitalised as read, with nothing but a blank after the region, and no mention already over the word.
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.spans import SpanIndex

_AREAS = {"Region", "CooperationArea"}
_WORD = re.compile(r"[ \t]+(?P<word>[A-ZÅÄÖ][a-zåäö]{4,})(?![\w-])")
MIN_NAME = 6  # letters: a shorter coined name is as often a word of the language
PLACE_NAMED = "place-named-organisation"  # the recogniser's reading of "<place's genitive> <Capitalised>" + a verb


def area_project_echo_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                               morph: Morphology) -> list[list[Mention]]:
    """per_sentence with the one-word projects written after a region's genitive."""
    flat = [m for ms in per_sentence for m in ms]
    names = {m.label: m for m in flat if m.type == "Project" and not m.generic and m.label.isalpha()
             and len(m.label) >= MIN_NAME and m.label[:1].isupper() and m.label[1:].islower()}
    if not names:
        return per_sentence
    index = SpanIndex(flat)
    added: list[Mention] = []
    drop: set[int] = set()
    for m in flat:  # "Kainuun Kotiluotsi aloitti": a place and a capital before a verb, read as a company of the place
        words = m.surface.split()
        if m.rule == PLACE_NAMED and len(words) == 2 and words[1] in names:
            project = names[words[1]]
            drop.add(id(m))
            added.append(Mention(start=m.end - len(words[1]), end=m.end, surface=words[1], label=project.label,
                                 type="Project", rule="area-project-echo", case=m.case, key=project.key))
    for area in flat:
        if area.type not in _AREAS or area.case != "omanto":
            continue
        hit = _WORD.match(text, area.end)
        if hit is None or index.overlapping(hit.start("word"), hit.end("word")):
            continue
        word = hit.group("word")
        project = names.get(word) or next(
            (p for name, p in names.items() if word.startswith(name[:-1]) and any(
                a.base.lower() == name.lower() and a.case in {"nimento", "omanto"} for a in morph.analyse(word))),
            None)
        if project is None:
            continue
        a, b = hit.start("word"), hit.end("word")
        case = "nimento" if word == project.label else "omanto"
        added.append(Mention(start=a, end=b, surface=word, label=project.label, type="Project",
                             rule="area-project-echo", case=case, key=project.key))
    return insert_mentions(per_sentence, starts, added, drop) if added else per_sentence

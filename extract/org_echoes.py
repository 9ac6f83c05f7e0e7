"""An organisation's name written again as the document first read it.

A name is often read once by a rule that needs its context ("Anna Esimerkki (Kylien Voima)" in brackets
after a person, a registered form with "ry") and later written bare in running text, where the recogniser
has no cue ("Turun seudulla toimiva Kylien Voima, ..."). That later occurrence is the same organisation:
the relation rules of its sentence should see it. name_echoes.py does this for projects.

Only names of two or more words echo, written exactly as first read (the nominative, capitals and all),
where nothing else was read: a one-word name is too often a place or a common word elsewhere.
"""

from __future__ import annotations

import re
from dataclasses import replace

from welfare_kg.extract.layout import insert_untouched
from welfare_kg.extract.model import Mention

_ORGS = {"Association", "Company", "Foundation", "CompetenceCentre"}


def org_echo_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int]) -> list[list[Mention]]:
    """per_sentence with the later bare occurrences of multi-word organisation names read once."""
    first: dict[str, Mention] = {}
    for ms in per_sentence:
        for m in ms:
            words = m.surface.split()
            if m.type in _ORGS and len(words) >= 2 and m.case in {"nimento", None} \
                    and words[0][:1].isupper() and words[-1][:1].isupper():
                first.setdefault(m.surface, m)
    found: list[Mention] = []
    for surface, m in first.items():
        for hit in re.finditer(r"(?<![\w-])" + re.escape(surface) + r"(?![\w:-])", text):
            if hit.start() != m.start:
                found.append(replace(m, start=hit.start(), end=hit.end(), case="nimento", rule="org-echo"))
    return insert_untouched(per_sentence, starts, found) if found else per_sentence

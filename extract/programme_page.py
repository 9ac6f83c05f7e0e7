"""The projects a page about one programme reports: partOf the programme (issue 12).

A programme's news page or bulletin opens with the programme ("Päijäthämäläiset menestyksekkäitä X-ohjelmassa",
"Fyra projekt beviljades stöd vid X-programmets möte") and then tells of the projects it chose, each in a sentence
of its own that names no programme ("Lahden ammattikorkeakoulu koordinoi A-hanketta"). The sentence rules relate a
project to a programme only in a sentence naming both; sole_programme.py reads the converse page (one project, one
programme). Here the page's structure says it: exactly one programme the text calls one
(sole_programme.worded_programme, so a fund named as who pays is no rival), named in the opening
(layout.OPENING_CHARS: the heading, the lead) and in a sentence about money granted, and no project the page is
mostly about (document_roles.main_project: then it is a project page). Each project the page names that no rule
put in a whole, and that is not already related to the programme, is partOf it. Minutes are left out: their
items name programmes apart from the projects of others.

The facts carry their own rule name and a confidence below 0.5: they are read from the page's layout, not stated.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from welfare_kg.extract.document_roles import main_project
from welfare_kg.extract.layout import OPENING_CHARS
from welfare_kg.extract.model import Evidence, Fact, Mention, related_pairs
from welfare_kg.extract.page_project import is_sub_project
from welfare_kg.extract.sole_programme import worded_programme
from welfare_kg.extract.text import Sentence

RULE = "partOf:programme-page"
CONFIDENCE = 0.4
MIN_PROJECTS = 2  # one project beside the programme is a project page's (sole_programme.py)
# money granted, or chosen for it, in the sentence that names the programme
_GRANTED = re.compile(r"(?i)rahoitu|rahoitta|myönn|myönt|avustu|bevilja|stöd|finansi|valittiin|valdes|funding|grant")


def programme_page_facts(sents: Sequence[Sentence], per_sentence: Sequence[Sequence[Mention]],
                         facts: Sequence[Fact], kind: str = "") -> list[Fact]:
    """partOf from each project of a one-programme page to the programme."""
    if kind == "minutes" or main_project(per_sentence) is not None:
        return []
    worded: dict[str, Sentence] = {}  # programmes the text calls one, with the first sentence naming each
    opening: set[str] = set()
    granted: set[str] = set()
    projects: dict[str, Mention] = {}
    for s, ms in zip(sents, per_sentence, strict=False):
        for m in ms:
            if not m.iri or m.generic:
                continue
            if m.type == "Programme" and worded_programme(m, s):
                worded.setdefault(m.iri, s)
                if m.start < OPENING_CHARS:
                    opening.add(m.iri)
                if _GRANTED.search(s.text):
                    granted.add(m.iri)
            elif m.type == "Project" and not is_sub_project(m):
                projects.setdefault(m.iri, m)
    if len(worded) != 1 or len(projects) < MIN_PROJECTS:
        return []
    programme, s = next(iter(worded.items()))
    if programme not in opening or programme not in granted:
        return []
    placed = {f.subject for f in facts if f.predicate == "partOf"}
    related = related_pairs(facts)
    ev = Evidence(s.text, s.start, s.end)
    return [Fact(iri, "partOf", programme, ev, RULE, CONFIDENCE) for iri in projects
            if iri != programme and iri not in placed and (iri, programme) not in related]

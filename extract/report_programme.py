"""The programme a project report's heading names: partOf.

An EU project's report form opens with its kind in capitals, the programme glued to it ("ESR-PROJEKTIN
LOPPURAPORTTI", "EAKR-hankkeen väliraportti"): the whole document is the report of one project, and the heading says
under which programme it ran. The project is the document's main project (document_roles.main_project); with none,
nothing is said. Only the opening (layout.OPENING_CHARS) is read: further on such words name other reports.

The fact carries its own rule name and a confidence below 0.5: it is read from the form's heading, not stated.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from welfare_kg.extract.document_roles import main_project
from welfare_kg.extract.layout import OPENING_CHARS
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.text import Sentence

RULE = "partOf:report-heading"
CONFIDENCE = 0.45
# from the programme's acronym on (the recogniser reads "ESR-PROJEKTIN" whole as the fund's mention)
_REPORT_HEAD = re.compile(r"[\wÅÄÖåäö]+\s*-\s*(?:projektin|hankkeen)\s+(?:loppu|väli|vuosi)?raportti\b", re.IGNORECASE)


def report_programme_facts(sents: Sequence[Sentence], per_sentence: Sequence[Sequence[Mention]],
                           facts: Sequence[Fact]) -> list[Fact]:
    """partOf from the main project to the one programme the opening's report heading names."""
    found: dict[str, Sentence] = {}
    for s, ms in zip(sents, per_sentence, strict=False):
        if s.start >= OPENING_CHARS:
            break
        for m in ms:
            if m.type == "Programme" and m.iri and _REPORT_HEAD.match(s.text, m.start - s.start):
                found.setdefault(m.iri, s)
    if len(found) != 1:
        return []
    project = main_project(per_sentence)
    if project is None:
        return []
    programme, s = next(iter(found.items()))
    said = {(f.subject, f.object) for f in facts if f.predicate in {"partOf", "funds"}}
    if (project, programme) in said or (programme, project) in said:
        return []
    return [Fact(project, "partOf", programme, Evidence(s.text, s.start, s.end), RULE, CONFIDENCE)]

"""The publisher of a project's report runs the project: coordinates (issue 12).

Reports, final reports and working papers about one project are published in the series of the organisation that
ran it: "Kuntoutussäätiön työselosteita 30/2005", "Tampereen ammattikorkeakoulun julkaisuja. Sarja B",
"Omaishoitajat ja Läheiset -Liitto ry:n julkaisuja", "Julkaisija: Kuntoutussäätiö". A report's opening pages (the
cover, the colophon) name the publisher this way and the text may never say in a sentence who ran the project, so no
sentence rule reads it. Here, when the document has one main project (document_roles.main_project) that no rule gave
a coordinator, and its opening names exactly one publisher (an organisation's name right before a series word, or
the first organisation after "Julkaisija:" on its line), that publisher coordinates the project. A publisher that
funds the project (a ministry's series on a project it paid for) is no runner of it; a funding read only from the
two names' co-occurrence (cooccurrence.py) does not count. The confidence is low, as
main_coordinator.py's: the tie is read from the layout, not stated of the project.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from welfare_kg.extract.document_roles import main_project
from welfare_kg.extract.model import Evidence, Fact, Mention

RULE = "coordinates:report-publisher"
CONFIDENCE = 0.3
OPENING = 3000  # the cover and colophon pages of a report's text
_RUNNERS = {"Municipality", "JointAuthority", "WellbeingCounty", "Company", "Association", "Parish",
            "CompetenceCentre", "Agency", "Body"}
# a publication series word right after the publisher's name (its genitive ending may stand apart: "ry:n")
_SERIES = re.compile(r"(?i)[ \t]*(?::n|:in)?[ \t]*(?:julkaisuja|julkaisusarja[a-zåäö]*|julkaisu(?:[ \t]+(?:no\.?|nro|"
                     r"n:o))?[ \t]*\d|työselosteita|työpapereita|raportteja|selvityksiä|tutkimuksia|"
                     r"raporttisarja[a-zåäö]*|skriftserie|rapportserie)\b")
_PUBLISHER_LABEL = re.compile(r"(?i)\b(?:julkaisija|utgivare)\b[ \t]*:?[ \t]*")


def report_publisher_facts(per_sentence: Sequence[Sequence[Mention]], mentions: Sequence[Mention], text: str,
                           facts: Sequence[Fact]) -> list[Fact]:
    """The facts with coordinates from a report's one publisher to the document's main project (see the module's
    doc) added; a funding of the project by the publisher read only from co-occurrence goes (the runner's name
    beside a funding word)."""
    added = _publisher(per_sentence, mentions, text, facts)
    if not added:
        return list(facts)
    ran = {(f.subject, f.object) for f in added}
    return [f for f in facts if not (f.predicate == "funds" and f.rule == "funds:co-occurrence"
                                     and (f.subject, f.object) in ran)] + added


def _publisher(per_sentence: Sequence[Sequence[Mention]], mentions: Sequence[Mention], text: str,
               facts: Sequence[Fact]) -> list[Fact]:
    head = text[:OPENING].lower()
    if "julkais" not in head and "työselost" not in head and "raportteja" not in head and "selvityksiä" not in head \
            and "utgivare" not in head and "skriftserie" not in head and "työpaper" not in head:
        return []
    project = main_project(per_sentence)
    if project is None or any(f.predicate == "coordinates" and f.object == project for f in facts):
        return []
    orgs = sorted((m for m in mentions if m.iri and m.type in _RUNNERS and m.start < OPENING), key=lambda m: m.start)
    found: dict[str, Mention] = {}
    for m in orgs:
        if _SERIES.match(text, m.end):
            found.setdefault(m.iri or "", m)
    for label in _PUBLISHER_LABEL.finditer(text, 0, OPENING):
        after = next((m for m in orgs if m.start >= label.end() and "\n" not in text[label.end():m.start]
                      and m.start - label.end() <= 80), None)
        if after is not None:
            found.setdefault(after.iri or "", after)
    if len(found) != 1:
        return []
    iri, at = next(iter(found.items()))
    if iri == project or any(f.predicate == "funds" and f.subject == iri and f.object == project
                             and f.rule != "funds:co-occurrence" for f in facts):
        return []
    return [Fact(iri, "coordinates", project, Evidence(at.surface, at.start, at.end), RULE, CONFIDENCE)]

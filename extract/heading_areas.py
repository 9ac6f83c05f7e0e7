"""The one area a document's opening names: the main project's (coversArea:heading-area).

A project page or report about one project says where it works in its heading or first lines ("Digitalt
familjecenter ... familjerna i Åboland", "Hyvällä mielellä Pohjois-Savo", "länspilot i Västmanland") and then speaks
of "the project" without naming the area again. The opening (layout.OPENING_CHARS) is the document's frame, as for
header_granter and header_members.

So, for the document's one main project (document_roles.main_project) that no rule gave an area and that the
opening names (a page about it, not news of several projects): when the opening names exactly one region,
wellbeing county or cooperation area on its own (not inside another name), the project coversArea it; not when
the area qualifies another noun ("Kainuun kuntien strategia") or a verb of reaching points to it (area_phrases.py's
to read), as in document_roles. Towns are
left alone: a town in the opening is as often the project's runner as its area.

A report's cover line may instead run the project's name straight on into its areas and nothing else ("X-hanke
Oulun seutukunta Raahen seutukunta"): then every area of that run is the project's, however many.

The fact carries its own rule name and a confidence below 0.5: it is read from the document's frame, not stated.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from welfare_kg.extract.document_roles import AREAS, _area_of_something_else, main_project
from welfare_kg.extract.layout import OPENING_CHARS
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.text import Sentence

RULE = "coversArea:heading-area"
CONFIDENCE = 0.3


def heading_area_facts(sents: Sequence[Sentence], per_sentence: Sequence[Sequence[Mention]],
                       facts: Sequence[Fact], morph: Morphology) -> list[Fact]:
    """coversArea from the main project to the one area the opening names, when it has none yet."""
    project = main_project(per_sentence)
    if project is None or any(f.subject == project and f.predicate == "coversArea" for f in facts):
        return []
    if titled := _title_line_areas(sents, per_sentence, project):
        return titled
    first = sents[0].start if sents else 0
    found: dict[str, Sentence] = {}
    other: set[str] = set()
    named = False  # the opening names the project too: a page about it, not news of several
    for s, ms in zip(sents, per_sentence, strict=False):
        if s.start - first >= OPENING_CHARS:
            break
        for m in ms:
            named = named or (m.iri == project and m.start - first < OPENING_CHARS)
            if m.type in AREAS and m.iri and m.start - first < OPENING_CHARS \
                    and not any(x is not m and x.start <= m.start and m.end <= x.end for x in ms):
                # an area qualifying another noun ("Kainuun kuntien strategia") or one a verb of reaching points to
                # is still an area the opening names: two are one too many
                found.setdefault(m.iri, s)
                if _area_of_something_else(s, m, morph):
                    other.add(m.iri)
    if len(found) != 1 or not named:
        return []
    ((area, s),) = found.items()
    if area in other:
        return []
    return [Fact(project, "coversArea", area, Evidence(s.text, s.start, s.end), RULE, CONFIDENCE)]


# between the areas a cover's title line runs after the project's name: spaces, commas, dashes, "ja", "och", "&"
_AREA_GAP = re.compile(r"[ \t,/&–-]*(?:(?:ja|sekä|och)[ \t]+)?")


def _title_line_areas(sents: Sequence[Sentence], per_sentence: Sequence[Sequence[Mention]],
                      project: str) -> list[Fact]:
    """A report's cover line that runs the project's name on into its areas and nothing else: "X-hanke Oulun
    seutukunta Raahen seutukunta Ylivieskan seutukunta". Every area of the run is the project's, however many."""
    for s, ms in zip(sents, per_sentence, strict=False):
        if s.start - (sents[0].start if sents else 0) >= OPENING_CHARS:
            break
        title = next((m for m in ms if m.iri == project), None)
        if title is None:
            continue
        line_end = s.text.find("\n", title.end - s.start)
        line_end = s.end if line_end < 0 else s.start + line_end
        run: list[Mention] = []
        pos = title.end
        for m in sorted((m for m in ms if title.end <= m.start < line_end), key=lambda m: m.start):
            gap = _AREA_GAP.fullmatch(s.text, pos - s.start, m.start - s.start)
            if m.type not in AREAS or not m.iri or gap is None:
                break
            run.append(m)
            pos = m.end
        if run and not s.text[pos - s.start:line_end - s.start].strip(" \t.,"):
            return [Fact(project, "coversArea", m.iri, Evidence(s.text, s.start, s.end), RULE, CONFIDENCE)
                    for m in run]
        return []  # the first line naming the project is its title line: only that one is read
    return []

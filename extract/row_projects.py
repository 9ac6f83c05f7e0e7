"""What the row-shaped lists of projects share: a title span that becomes a Project, an owner span that runs it.

Grant and project lists written one row per project (`extract/quoted_rows.py`: `"Title", Owner, 2 000 euroa`;
`extract/owner_project_bullets.py`: `• X ry, ..., Title 2014-2016`) differ in how a row is found, not in what a found
row says, so the reading of a row lives here once: the title becomes one Project mention that replaces the shorter
Project mentions read inside it, and the organisation read over the owner span coordinates that project.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence

from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.names import identity_key
from welfare_kg.extract.spans import SpanIndex


def title_project(text: str, names: SpanIndex, a: int, b: int, morph: Morphology,
                  rule: str) -> tuple[Mention | None, list[Mention]]:
    """The Project mention of a row's title text[a:b] and the Project mentions inside it that it replaces; no
    mention when a Project is already read exactly there (a row read twice must not add a second)."""
    inside = names.overlapping(a, b)
    if any(m.start == a and m.end == b and m.type == "Project" for m in inside):
        return None, []
    name = " ".join(text[a:b].split())
    return (Mention(start=a, end=b, surface=text[a:b], label=name, type="Project", rule=rule,
                    key=identity_key(name, morph) or None),
            [m for m in inside if m.type == "Project" and a <= m.start and m.end <= b])


def owner_coordinates(per_sentence: Sequence[Sequence[Mention]], facts: Sequence[Fact],
                      rows: Iterable[tuple[re.Match[str], int, int, int, int]], owner_types: Collection[str],
                      rule: str, confidence: float) -> list[Fact]:
    """For each (row, title start, title end, owner start, owner end): the organisation read over the owner span
    coordinates the Project that starts the title span, unless a fact already says so."""
    names = SpanIndex([m for ms in per_sentence for m in ms if m.iri])
    have = {(f.subject, f.object) for f in facts if f.predicate == "coordinates"}
    out: list[Fact] = []
    for row, a, b, oa, ob in rows:
        project = next((m for m in names.overlapping(a, b) if m.type == "Project" and m.start == a), None)
        owners = [m for m in names.overlapping(oa, ob) if m.type in owner_types and m.start <= oa + 1
                  and m.end >= ob - 1]
        if project is None or not owners or (owners[0].iri, project.iri) in have:
            continue
        have.add((owners[0].iri, project.iri))  # type: ignore[arg-type]
        out.append(Fact(owners[0].iri, "coordinates", project.iri,  # type: ignore[arg-type]
                        Evidence(row.group(0).strip(), row.start(), row.end()), rule, confidence))
    return out

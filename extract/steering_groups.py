"""A project's steering group named without the project: "Projektin ohjausryhmä", "Hankkeen ohjausryhmä", a bare
"Ohjausryhmä" in a project's final report, "Styrgruppen" on a project page.

FACTS.md puts a project's bodies in the project (`partOf`, as a sub-project or a work package is). The steering group
is the one body every funded project must have, and its report names it by the bare word or with "the project's" in
front: partOf:owner-in-name (body_name_owners.py) finds no organisation inside such a name, and the resolver gives it
to whatever organisation the page is about (the funder, the host), so it stayed unplaced. The project the document is
about (relations.document_project, its most often named project) is its owner. Only groups no earlier rule placed,
and only the words of a project's own groups: a bare "johtoryhmä" or "työryhmä" is as often a town's or a
university's, so those count only with "projektin"/"hankkeen" in front.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from welfare_kg.extract.model import Evidence, Fact, Mention, related_pairs
from welfare_kg.extract.relations import document_project

RULE = "partOf:project-steering-group"
CONFIDENCE = 0.6  # the owner is the document's project, not a name in the sentence
# "Ohjausryhmä", "Projektin ohjausryhmä", "Hankkeen projektiryhmä", "Styrgruppen", "Projektets styrgrupp"
_OWN_GROUP = re.compile(
    r"(?:(?:projektin|hankkeen)\s+)?(?:ohjausryhmä|hankeryhmä|koordinaatioryhmä)|(?:projektets\s+)?styrgrupp(?:en)?|"
    r"(?:projektin|hankkeen)\s+(?:projektiryhmä|työryhmä|johtoryhmä|seurantaryhmä|koordinaatioryhmä)",
    re.IGNORECASE)


def steering_group_facts(mentions: Sequence[Mention], facts: Sequence[Fact]) -> list[Fact]:
    """partOf from each unplaced steering group named without its project to the document's project."""
    project = document_project(list(mentions))
    if project is None:
        return []
    placed = {f.subject for f in facts if f.predicate == "partOf"}
    related = related_pairs(facts)
    out: list[Fact] = []
    for body in mentions:
        if body.type != "Body" or not body.iri or body.iri in placed or (body.iri, project) in related:
            continue
        if _OWN_GROUP.fullmatch(body.label.strip()) is None:
            continue
        placed.add(body.iri)
        out.append(Fact(body.iri, "partOf", project, Evidence(body.surface, body.start, body.end), RULE, CONFIDENCE))
    return out


def own_steering_group(mentions: Sequence[Mention]) -> str | None:
    """The one steering group the page names without its project ("Ohjausryhmä" heading a report's section): the
    group a title of "ohjausryhmän puheenjohtaja X" elsewhere on the page is held in (extract/contact_roles.py)."""
    groups = {m.iri for m in mentions if m.type == "Body" and m.iri and _OWN_GROUP.fullmatch(m.label.strip())}
    return groups.pop() if len(groups) == 1 else None

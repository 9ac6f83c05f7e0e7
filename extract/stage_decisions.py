"""The bodies that decided an item in its earlier handlings, as its decision history records them.

Minutes systems print an item's history under each body's dated § line ("Sosiaali- ja terveyslautakunta 3.2.2022
§ 12", then that meeting's proposal and decision; loaders/minutes.py reads them into `item.stages`). The meeting's
own body decides the item's subject (document.py, decides:minutes-item); a body of an earlier stage decided it too
where its stage approved the matter itself ("Lautakunta hyväksyy sopimuksen omalta osaltaan" / "Hyväksyttiin"),
but not where it only sent the matter on ("Kaupunginhallitus esittää valtuustolle, että valtuusto hyväksyy ...",
"Kommunstyrelsen föreslår att fullmäktige godkänner ..."): its approval is of a proposal, and the annotation
counts the proposing body's decides at most as optional. The stage's body is taken by its name on the stage line
only, never guessed from the text: a stage line that names no body the document knows states nothing.
"""

from __future__ import annotations

import re

from welfare_kg.extract.model import Evidence, Extraction, Fact
from welfare_kg.records import DocumentRecord, MinutesStage

RULE = "decides:history-stage"
CONFIDENCE = 0.6
APPROVING = {"approved", "approved-unanimously", "approved-amended"}
DECIDED_TYPES = {"Project", "Agreement"}
# a stage that proposes the matter rather than deciding it: "esittää kaupunginvaltuustolle", "esittää asian
# hyväksymistä", "päättää ehdottaa valtuustolle", "esitetään valtuuston hyväksyttäväksi", "föreslår att fullmäktige",
# "föreslås"; read in the stage's proposal and decision only (its reasoning tells of others' proposals)
_PROPOSING = re.compile(r"(?i)\b(?:esittää|esitti|esittänyt|esitetään|ehdottaa|ehdotti|ehdottanut|ehdotetaan|"
                        r"föreslår|föreslog|föreslås|föreslagit)\b")


def stage_decision_facts(record: DocumentRecord, out: Extraction) -> list[Fact]:
    """The body of each earlier stage that approved the item itself decides each project or agreement the item's
    title names (`out.item_subjects`)."""
    from welfare_kg.extract.entities import BODY_ACRONYMS

    bodies = [e for e in out.entities.values() if e.type == "Body"]
    text = record.text
    facts = []
    for idx, item in enumerate(record.items or []):
        subjects = [s for s in out.item_subjects.get(idx) or []
                    if s in out.entities and out.entities[s].type in DECIDED_TYPES]
        if not subjects or not item.stages:
            continue
        for stage in item.stages:
            if stage.outcome not in APPROVING or stage.decision is None or _proposes(text, stage):
                continue
            body = _named_body(stage.body, bodies, BODY_ACRONYMS)
            if body is None:
                continue
            a, z = stage.decision
            ev = Evidence(text[a:z].strip()[:400], a, z)
            facts.extend(Fact(body, "decides", s, ev, RULE, CONFIDENCE) for s in subjects if s != body)
    return facts


def _proposes(text: str, stage: MinutesStage) -> bool:
    """Whether the stage's text sends the matter on to another body rather than deciding it."""
    spans = [span for span in (stage.proposal, stage.decision) if span is not None]
    return any(_PROPOSING.search(text, a, z) for a, z in spans)


def _named_body(label: str | None, bodies: list, acronyms: dict[str, str]) -> str | None:
    """The IRI of the body the stage line names ("Kaupunginhallitus", "Khall"): as posts.item_body matches an
    item's body, by one of its labels or the end of its label."""
    if not label:
        return None
    low = (acronyms.get(label) or acronyms.get(label.upper()) or label).lower()
    for b in bodies:
        if low in {x.lower() for x in b.labels} or b.label.lower().endswith(" " + low):
            return str(b.iri)
    return None

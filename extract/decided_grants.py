"""A body that decides to fund or join a project decides it: "Kaupunginhallitus päätti myöntää rahoitusta X:lle".

The grant and participation rules read such a sentence as the body funding (or taking part in) the project, and stop
there; but the sentence says first that the body made a decision, and the decision is about the project
(FACTS.md: a body decides the project or agreement its decision is about). Here each funds or participatesIn fact
of a Body to a Project whose evidence writes a verb of deciding right before the verb of granting or joining
("päätti myöntää", "päättää osallistua", "beslutade att bevilja") gets its decides fact, when none states it yet.
Only the verb pair counts: a body that funds a project without a word of deciding ("X:n rahoittama") is no decision.
"""

from __future__ import annotations

import re

from welfare_kg.extract.model import Fact
from welfare_kg.records import Entity

RULE = "decides:decided-grant"
CONFIDENCE = 0.5
# a verb of deciding, then (perhaps after an adverb or "att") the verb of granting, funding, supporting or joining
_DECIDED = re.compile(r"(?i)\b(?:päätti|päättää|päättivät|on\s+päättänyt|oli\s+päättänyt|beslutade|beslöt|beslutar|"
                      r"har\s+beslutat)\s+(?:\w+\s+)?(?:att\s+)?(?:myöntää|myöntämään|rahoittaa|tukea|osallistua|"
                      r"lähteä|bevilja|finansiera|stödja|delta)\b")


def decided_grant_facts(facts: list[Fact], entities: dict[str, Entity]) -> list[Fact]:
    """decides facts for the Body -> Project funds/participatesIn facts whose evidence is a decision (see above)."""
    decided = {(f.subject, f.object) for f in facts if f.predicate == "decides"}
    out = []
    for f in facts:
        if f.predicate not in {"funds", "participatesIn"} or (f.subject, f.object) in decided:
            continue
        s, o = entities.get(f.subject), entities.get(f.object)
        if s is None or o is None or s.type != "Body" or o.type != "Project":
            continue
        if _DECIDED.search(f.evidence.text) is None:
            continue
        decided.add((f.subject, f.object))
        out.append(Fact(f.subject, "decides", f.object, f.evidence, RULE, CONFIDENCE))
    return out

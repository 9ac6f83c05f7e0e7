"""A funder named inside a relative clause funds the clause's antecedent, not what the sentence opened with (issue 12).

"X on jatkoa Y-hankkeelle, jota rahoittivat A ja B", "X är en fortsättning på projektet Y, som finansierades av A och
B": the sentence is about X (its first undertaking, the clause's target), but the relative pronoun right after Y
makes Y the subject or object of the verb of funding in the relative clause, so A and B fund Y. The funds rules
read a funder and take the sentence's target as what it funds; this step, run over the facts of one sentence,
moves such a fact to the antecedent when its funder stands only inside the relative clause and the sentence's
target stands before the antecedent. A funder named before the pronoun ("STM rahoittaa X-hanketta, jota hallinnoi
Y") keeps its object: the relative clause there speaks of someone else.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from welfare_kg.extract.model import Fact, Mention

# a comma and a relative pronoun (Finnish, any case of "joka"; Swedish "som", "vilket", "vars")
_RELATIVE = re.compile(r"(?i),[ \t]+(?:jo(?:ka|ta|nka|lle|lla|lta|ssa|sta|hon|ksi|ina|tka|ita|iden|ihin|illa|ille|"
                       r"issa|ista|ilta)|som|vilket|vilken|vars)\b")
# what may stand between the antecedent's name and the comma: a closing quote or bracket, a project word after it
_ANTECEDENT_TAIL = re.compile(r"(?i)^[ \t]*[”\"»’')]?[ \t]*(?:-?(?:hanke|hankkeelle|hankkeeseen|hanketta|hankkeen|"
                              r"projekti|projektille|projektiin|projektia|projektin|projektet|projekt))?[ \t]*$")


def relative_clause_objects(text: str, base: int, undertakings: Sequence[Mention], named: Sequence[Mention],
                            target: str | None, funds: set[str], facts: list[Fact]) -> list[Fact]:
    """The sentence's facts with each funds fact whose funder stands only in a relative clause moved from the
    sentence's target to that clause's antecedent (the undertaking right before the comma and pronoun)."""
    if target is None or not any(f.predicate == "funds" and f.object == target for f in facts):
        return facts
    clauses = [(m.start(), m.end()) for m in _RELATIVE.finditer(text)]
    if not clauses:
        return facts
    target_at = min((u.start for u in undertakings if u.iri == target), default=None)
    if target_at is None:
        return facts
    out: list[Fact] = []
    for f in facts:
        out.append(_moved(f, text, base, undertakings, named, target, target_at, funds, clauses) or f)
    return out


def _moved(f: Fact, text: str, base: int, undertakings: Sequence[Mention], named: Sequence[Mention], target: str,
           target_at: int, funds: set[str], clauses: list[tuple[int, int]]) -> Fact | None:
    if f.predicate != "funds" or f.object != target:
        return None
    at = [m.start - base for m in named if m.iri == f.subject]
    if not at:
        return None
    for comma, pronoun_end in reversed(clauses):
        if min(at) < pronoun_end:
            continue  # the funder is named before this clause (or in it and before it): not the clause's agent
        antecedent = next((u for u in undertakings if u.iri and u.iri != target and u.iri not in funds
                           and u.start > target_at and u.end - base <= comma
                           and _ANTECEDENT_TAIL.match(text[u.end - base:comma])), None)
        if antecedent is None or antecedent.iri == f.subject:
            return None
        return replace(f, object=antecedent.iri)
    return None

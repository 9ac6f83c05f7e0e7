"""A project's runner is not also read as a mere participant from prose.

"Hanketta hallinnoi X, ja sen osatoteuttajina toimivat A, B ja C", "Hankkeen toteuttaja X ... hanke teki
yhteistyötä ...": the prose rules that read taking part (a commitment verb, "yhdessä", a joint undertaking, a
decider's owner) also catch the runner named in the same sentence or document, so the runner comes out both as the
coordinator and as a participant; the annotation gives it only `coordinates` (eval/ANNOTATION.md). A partner list or
a partner field is different: a runner listed among the partners ("Hankkeessa mukana: A, B, C" and "Hankkeen
koordinointi: B") is annotated as both, so participation read from a list, a partner field or a role cell stays.
"""

from __future__ import annotations

from collections.abc import Sequence

from welfare_kg.extract.model import Fact

# participation read from layout that names partners as such: a list under a partner heading, a partner field, a
# role cell or label; these name the runner among its partners on purpose
LISTED_RULES = frozenset({"participatesIn:list", "participatesIn:field", "participatesIn:field-role",
                          "participatesIn:role-cell", "participatesIn:inline-label", "participatesIn:party-list",
                          "participatesIn:party-section", "participatesIn:counted-list", "participatesIn:closing-list",
                          "participatesIn:role-noun-list", "participatesIn:collective-parentheses"})


def _base_rule(rule: str) -> str:
    """"participatesIn:field-topic" -> "participatesIn:field": a topic card's facts keep their field's rule."""
    return rule[:-len("-topic")] if rule.endswith("-topic") else rule


def runner_participation_dropped(facts: Sequence[Fact]) -> list[Fact]:
    """The facts without a prose-read `participatesIn` of an organisation that `coordinates` the same thing."""
    runs = {(f.subject, f.object) for f in facts if f.predicate == "coordinates"}
    if not runs:
        return list(facts)
    return [f for f in facts if not (f.predicate == "participatesIn" and (f.subject, f.object) in runs
                                     and _base_rule(f.rule) not in LISTED_RULES)]

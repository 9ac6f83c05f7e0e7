"""A party's role given in parentheses after its name: "Kuopion kaupunki (isäntäkunta)".

Agreements and project pages list their parties and mark the one that runs the joint
service or the project with a role word in parentheses. The host municipality (isäntäkunta),
applicant (hakija), administrator (hallinnoija), main implementer (päätoteuttaja), lead partner (also
cut short in a table cell, "Lead Part"), lead beneficiary, coordinator, Swedish huvudsökande, or the
responsible party (vastuutaho) is the one that coordinates the undertaking; the other parties are
found by the list rules. Registered in the relation rule registry (relations.py).
"""

from __future__ import annotations

import re

from welfare_kg.extract.model import Fact
from welfare_kg.extract.relations import Clause, rule

# the role noun may stand bare before the parentheses that gloss it: "Yrkeshögskolan Novia projektägare (lead partner)"
_ROLE = re.compile(r"\s*(?:(?:projektägare|huvudman|hallinnoija|päätoteuttaja)\s*)?"
                   r"\(\s*(?:isäntäkunta|isäntäkaupunki|hakija|hallinnoija|päätoteuttaja|vastuutaho|"
                   r"koordinaattori|hankehallinnoija|päähakija|huvudman|projektägare|huvudsökande|koordinator|"
                   r"lead\s*part(?:ner)?|lead\s+beneficiary|coordinator|pääpartneri)\s*\)", re.IGNORECASE)


@rule("coordinates:parenthesised-role", "coordinates", "'Kuopion kaupunki (isäntäkunta)', 'X ry (hakija)'",
      needs="free_orgs")
def _parenthesised_role(c: Clause) -> list[Fact]:
    target = c.ctx.main_project or c.target or c.ctx.focus
    if not target or target in c.ctx.funds:
        return []
    base = c.sent.start
    return [Fact(m.iri, "coordinates", target, c.ev, "coordinates:parenthesised-role", 0.7) for m in c.free_orgs
            if m.iri and m.iri != target and _ROLE.match(c.sent.text, m.end - base)][:1]

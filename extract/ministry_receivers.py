"""A ministry receives no grant: a funds fact whose object is a ministry is dropped (parliament's and government's
appropriations aside).

Grant texts name a ministry as a giver or as the home of the giver: "STEA on sosiaali- ja terveysministeriön
yhteydessä toimiva valtionapuviranomainen", "ELY-keskus myöntää rahoitusta työ- och elinkeinoministeriön
valtuuttamana". A sentence rule that reads a grant word beside two state names takes the second for what is funded,
and the agency under the ministry became its funder. A ministry is funded by the state budget, which the parliament
(and the government dividing it) decides; the texts of regional welfare collaboration give money to a ministry in no
other way. None of the development corpus's annotated funds facts has a ministry as what is funded.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from welfare_kg.extract.model import Entity, Fact

# who does put money into a ministry: the parliament's and the government's appropriation
_BUDGET_MAKERS = re.compile(r"(?i)eduskunta|valtioneuvosto|riksdag|regering|statsråd")


def ministry_receivers_dropped(facts: list[Fact], entities: Mapping[str, Entity]) -> list[Fact]:
    """The facts without funds to a ministry from anyone but the parliament or the government."""
    def wrong(f: Fact) -> bool:
        if f.predicate != "funds":
            return False
        subject, obj = entities.get(f.subject), entities.get(f.object)
        return obj is not None and obj.type == "Ministry" and not (
            subject is not None and _BUDGET_MAKERS.search(subject.label or ""))
    return [f for f in facts if not wrong(f)]

"""A funds fact's sum that its own sentence states as a total over many receivers or purposes is left off.

Many funds rules read a sentence's sum for the one receiver they find ("Stiftelsen X delade ut totalt 2 miljoner
kronor till 35 föreningar, bland annat till Föreningen Y", "Säätiö jakoi 95 000 euroa 40 hakijalle, muun muassa
Z ry:lle"), and not every rule asks money.not_granted_sum of it. Such a sum is the giver's whole giving (which
FACTS.md has no fact for), never the one receiver's grant: a wrong sum is worse than none. This last pass asks
money.total_over_many of the sum where the fact's evidence states it; the fact itself (who funds whom) stays. A
programme is the one receiver such a total is right for: the sum over its many projects is what funds it ("jaetaan
28 sosiaalialan kehittämishankkeelle yhteensä 6 miljoonaa euroa" for the national development programme).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from welfare_kg.extract.model import Entity, Fact
from welfare_kg.extract.money import find_amounts, total_over_many


def total_sums_dropped(facts: Sequence[Fact], entities: Mapping[str, Entity]) -> None:
    """Clear the sum of each funds fact whose evidence states that sum only as a total over many (not where the
    receiver is a programme, whose projects the many are)."""
    for f in facts:
        if f.predicate != "funds" or f.amount is None or f.evidence is None:
            continue
        receiver = entities.get(f.object)
        if receiver is not None and receiver.type == "Programme":
            continue
        text = f.evidence.text
        places = [a for a in find_amounts(text) if a.value == f.amount]
        if places and all(total_over_many(text, a.start, a.end) for a in places):
            f.amount = None
            f.amount_qualifier = None

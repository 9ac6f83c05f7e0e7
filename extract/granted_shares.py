"""A share that is the grant itself: a funder's contribution stated with the same sum as its grant is dropped.

"Hankkeen kokonaisbudjetti on 200 000 euroa, josta Kainuun liiton myöntämän EAKR-rahoituksen osuus on 160 000
euroa": the share rule (contributes:share-amount) reads "X:n ... osuus on N euroa" as X's own contribution, the
grant rules read the same sum as X's grant. A party contributes its own money to an undertaking it takes part
in; an agency, a ministry, a regional council or a programme that grants the sum is its funder, not a partner
paying its share, so where such a one both funds and contributes to the same undertaking with the same sum, the
contribution is the grant read twice. A town's or a county's "kuntaosuus" is both at once and stays.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from welfare_kg.extract.model import Entity, Fact

# the partners whose own share a grant rule may read as a grant too ("kuntarahoitusosuus"): both readings stay
_SHARING = {"Municipality", "WellbeingCounty"}


def granted_shares_dropped(facts: Sequence[Fact], entities: Mapping[str, Entity]) -> list[Fact]:
    """The facts without each contributes fact of a funder whose subject, object and sum are a funds fact's."""
    grants = {(f.subject, f.object, f.amount) for f in facts if f.predicate == "funds" and f.amount is not None}
    if not grants:
        return list(facts)

    def granted(f: Fact) -> bool:
        kind = entities[f.subject].type if f.subject in entities else None
        return f.predicate == "contributes" and f.amount is not None and kind not in _SHARING \
            and (f.subject, f.object, f.amount) in grants

    return [f for f in facts if not granted(f)]


def own_parent_grants_dropped(facts: Sequence[Fact]) -> list[Fact]:
    """The facts without a grant from a body to the organisation it is part of: a town's board or a regional
    council's maakuntahallitus decides its own organisation's money, it does not fund it ("Lapin liitto /
    Maakuntahallitus" heading an item that grants to others: the heading's council is no applicant)."""
    parents = {(f.subject, f.object) for f in facts if f.predicate == "partOf"}
    if not parents:
        return list(facts)
    return [f for f in facts if not (f.predicate == "funds" and (f.subject, f.object) in parents)]

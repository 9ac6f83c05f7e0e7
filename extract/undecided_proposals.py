"""What an item's proposal commits to is no fact where the meeting did not take the proposal up.

A minutes item proposes ("Päätösehdotus: Kunnanhallitus päättää osallistua X-hankkeeseen 3 000 eurolla") and then
decides; where the decision rejects the proposal ("Ehdotus hylättiin äänin 5-4", "Kunnanhallitus päätti, ettei kunta
osallistu hankkeeseen"), returns it for preparation or tables it, the town neither joins, pays for nor grants what the
proposal names. The sentence rules read the proposal's words as they stand (participatesIn:commit-verb, the funds
rules), so on such items they stated a participation or a grant the decision refused.

Dropped: participatesIn, contributes and funds facts whose evidence lies in the proposal part of an item whose outcome
(loaders/minutes.py item_outcome) is rejected, returned or tabled. Kept: what the preparation tells of others ("Naapuri-
kunta on päättänyt osallistua"), the decides facts (the body did decide on the project, if only to refuse it), and
items with no outcome read.
"""

from __future__ import annotations

from bisect import bisect_right

from welfare_kg.extract.model import Fact
from welfare_kg.records import DocumentRecord

# outcomes in which the proposal was not taken up
NOT_TAKEN_UP = {"rejected", "returned", "tabled"}
# what a proposal commits the town to: joining, paying its share, granting
COMMITMENTS = {"participatesIn", "contributes", "funds"}


def undecided_proposal_facts(record: DocumentRecord, facts: list[Fact]) -> list[Fact]:
    """The facts without the commitments read from the proposal of an item the meeting did not take up."""
    items = sorted((it for it in record.items or [] if it.outcome in NOT_TAKEN_UP and "proposal" in it.parts),
                   key=lambda it: it.start)
    if not items:
        return facts
    starts = [it.start for it in items]
    out = []
    for f in facts:
        if f.predicate in COMMITMENTS and f.evidence is not None:
            # the evidence sentence may open with the part's heading ("Päätösehdotus: Kunnanhallitus päättää ...")
            k = bisect_right(starts, f.evidence.start) - 1
            if k >= 0:
                a, z = items[k].parts["proposal"]
                if f.evidence.start < z and f.evidence.end > a and f.evidence.start >= items[k].start:
                    continue
        out.append(f)
    return out

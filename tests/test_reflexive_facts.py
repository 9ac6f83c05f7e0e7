"""No fact relates a thing to itself: a grant sentence whose giver and receiver resolve to the same foundation
("X:n säätiö myönsi X:n säätiölle") once stated the foundation funded itself."""

from __future__ import annotations

from welfare_kg.extract.document import _dedupe
from welfare_kg.records import Evidence, Fact


def test_a_fact_from_a_thing_to_itself_is_dropped_and_others_kept() -> None:
    ev = Evidence("Säätiö myönsi avustuksen.", 0, 25)
    facts = [Fact("foundation/x", "funds", "foundation/x", ev, "funds:grant-verb", 0.8),
             Fact("foundation/x", "funds", "association/y", ev, "funds:grant-verb", 0.8)]
    assert [(f.subject, f.object) for f in _dedupe(facts)] == [("foundation/x", "association/y")]

"""A relation rule that declares what it needs (`rule(..., needs=...)`) is skipped on sentences that lack it.

The skip is exact only if the rule, called there, would return no fact and leave the context as it was: the corpus
test of tests/test_rule_cues.py calls every rule skipped for its need or its cue all the same on every such sentence
of the development corpus and the examples and checks both (one pass over the corpus for the two); these tests check
the declarations and that the plan of rules keeps the registration order.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from welfare_kg.extract import relations
from welfare_kg.extract.relations import NEEDS, RULES, Clause, Fact


def test_needs_are_clause_lists_and_some_rules_declare_them() -> None:
    declared = [r for r in RULES if r.needs is not None]
    assert declared
    assert all(r.needs in NEEDS for r in declared)
    assert all(n in Clause.__dataclass_fields__ for n in NEEDS)


def test_the_plan_keeps_registration_order() -> None:
    class Fake:
        """A clause holding every rule's cue (tests/test_rule_cues.py checks the cues)."""

        def __init__(self, lists: list[int]) -> None:
            self.named, self.free_orgs, self.und, self.euros = lists, lists, lists, lists
            self.lemmas = [cue for r in RULES for cue in r.cues]
            self.sent = type("S", (), {"text": " ".join(cue for r in RULES for cue in r.text_cues)})()
            self.ctx = relations.Context()

    assert relations._applying(Fake([])) == [r.apply for r in RULES if r.needs is None]  # type: ignore[arg-type]
    assert relations._applying(Fake([1])) == [r.apply for r in RULES]  # type: ignore[arg-type]


def test_a_sentence_without_sums_skips_the_rules_about_sums(monkeypatch: pytest.MonkeyPatch) -> None:
    """Invented sentences: grants with their sums and text around them without any. The rules declaring "euros" are
    not called on the sentences without a sum, and the facts are those of calling every rule on every sentence."""
    from tests.helpers import extract

    text = ("Esimerkkilän kaupunginhallitus myönsi Esimerkkilän Kyläyhdistys ry:lle 3 000 euroa ja "
            "Esimerkkilän Urheiluseura ry:lle 2 500 euroa.\n\n"
            "Yhdistykset järjestävät kylätapahtumia koko kesän. Kaupunki tiedottaa asiasta myöhemmin.\n\n"
            "Esimerkkilän Kyläyhdistys ry:n osuus on 400 euroa.")
    about_sums = {r.apply for r in RULES if r.needs == "euros"}
    assert about_sums
    planned = relations._applying
    seen: list[tuple[bool, bool]] = []  # (the sentence has a sum, a rule about sums is in its plan)

    def watched(c: Clause) -> list[Callable[[Clause], list[Fact]]]:
        plan = planned(c)
        seen.append((bool(c.euros), any(f in about_sums for f in plan)))
        return plan

    monkeypatch.setattr(relations, "_applying", watched)
    skipping = [(f.subject, f.predicate, f.object, f.amount) for f in extract(text).facts]
    assert (False, False) in seen and (True, True) in seen and (False, True) not in seen
    monkeypatch.setattr(relations, "_applying", lambda c: [r.apply for r in RULES])
    assert [(f.subject, f.predicate, f.object, f.amount) for f in extract(text).facts] == skipping

"""The granter in focus (extract/granter_focus.py): how long a named granter lasts, what renews it, and that the
rules' uses keep apart; once on the tracker itself, once through a rule that reads it."""

from __future__ import annotations

import copy
import pickle

from tests.helpers import fact_rows
from welfare_kg.extract import granter_focus
from welfare_kg.extract.gazetteer import Gazetteer
from welfare_kg.extract.granter_focus import FOCUS_GRANTER, PASSIVE_GRANTS, GranterFocus, Held
from welfare_kg.extract.relations import Context


def test_a_granter_is_read_by_the_span_plus_one_sentences_after_its_naming() -> None:
    focus, ctx = GranterFocus("test", span=2), Context()
    focus.name(ctx, "ministry/stm")
    ages = [h.age if (h := focus.step(ctx)) else None for _ in range(5)]
    assert ages == [0, 1, 2, None, None]


def test_a_span_of_zero_lasts_the_next_sentence_only() -> None:
    focus, ctx = GranterFocus("test", span=0), Context()
    focus.name(ctx, "ministry/stm")
    assert focus.step(ctx) == Held("ministry/stm", 0) and focus.step(ctx) is None


def test_naming_again_renews_the_span_and_keeps_what_it_is_given() -> None:
    focus, ctx = GranterFocus("test", span=1), Context()
    focus.name(ctx, "municipality/091", council=True)
    focus.step(ctx)
    focus.name(ctx, "municipality/091", council=True)  # a grant read from it keeps the list going
    assert focus.step(ctx) == Held("municipality/091", 0, True)
    assert focus.step(ctx) == Held("municipality/091", 1, True) and focus.step(ctx) is None


def test_reading_without_ageing_leaves_the_focus_as_it_was() -> None:
    ctx = Context()
    PASSIVE_GRANTS.name(ctx, "ministry/okm")
    for _ in range(3):
        assert PASSIVE_GRANTS.held(ctx) == Held("ministry/okm", 0)


def test_each_use_keeps_its_own_focus() -> None:
    uses = [v for v in vars(granter_focus).values() if isinstance(v, GranterFocus)]
    assert len({u.attr for u in uses}) == len(uses) >= 4
    ctx = Context()
    FOCUS_GRANTER.name(ctx, "association/ray")
    assert all(u.held(ctx) is None for u in uses if u is not FOCUS_GRANTER)


def test_the_kept_focus_is_a_value_that_survives_a_context_snapshot() -> None:
    """extract/sentence_pool.py pickles contexts and compares them with ==; a copy must not share the focus."""
    ctx = Context()
    FOCUS_GRANTER.name(ctx, "association/ray")
    snap = pickle.loads(pickle.dumps(vars(ctx)))
    assert snap == vars(ctx)
    other = copy.copy(ctx)
    FOCUS_GRANTER.step(other)
    assert FOCUS_GRANTER.held(ctx) == Held("association/ray", 0) and FOCUS_GRANTER.held(other).age == 1


def _passive_grant_after(gaz: Gazetteer, between: int) -> set[str]:
    text = ("Opetus- ja kulttuuriministeriö on myöntänyt valtionavustusta nuorisotyöhön. "
            + "Asiasta keskusteltiin kokouksessa. " * between
            + "Rovaniemen kaupungille myönnettiin 70 000 euron avustus.")
    return {s for s, p, _o, _a, r in fact_rows(gaz, text) if r == "funds:passive-allative-grant"}


def test_a_passive_grant_goes_to_the_granter_named_within_the_span_and_no_further(gaz: Gazetteer) -> None:
    assert _passive_grant_after(gaz, PASSIVE_GRANTS.span) == {"ministry/okm"}
    assert _passive_grant_after(gaz, PASSIVE_GRANTS.span + 1) == set()

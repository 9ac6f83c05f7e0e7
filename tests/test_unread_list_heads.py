"""A Swedish funders' list after a funding phrase whose first name nobody recognised: extract/unread_list_heads.py.
The givers' names the recogniser cannot know are invented."""

from __future__ import annotations

import pytest

from tests.helpers import extract, needs_voikko

RULE = "funds:unread-list-head"
PAGE = ("Kulturella mötesplatser\n\nProjektet Kulturella mötesplatser kartlägger kulturlivet på landsbygden.\n\n"
        "Finansiering\n\n{funding}\n\nKontakter\n\nMirja Mattsson\n")


def _by_rule(text: str) -> set[str]:
    """The labels of the funders this module's rule states."""
    ex = extract(text, "news")
    label = {iri: e.label for iri, e in ex.entities.items()}
    return {label[f.subject] for f in ex.facts if f.predicate == "funds" and f.rule == RULE and f.subject in label}


@needs_voikko
@pytest.mark.parametrize("funding", [
    "Projektet finansieras med stöd från Kotemodet, Region Örebro län samt Tierps kommun.",
    "Projektet har fått stöd från Kotemodet, Region Örebro län och Tierps kommun.",
    "Projektet är finansierat av Kotemodet, Region Örebro län och Tierps kommun.",
])
def test_the_list_after_an_unknown_head_funds_the_project(funding: str) -> None:
    assert {"Region Örebro län", "Tierps kommun"} <= _by_rule(PAGE.format(funding=funding))


@needs_voikko
def test_names_not_joined_to_the_head_are_no_list() -> None:
    # prose after the head: the towns named later take part, they are not said to pay
    found = _by_rule(PAGE.format(funding="Projektet finansieras av Kotemodet under tre år, och i arbetet deltar "
                                         "Region Örebro län och Tierps kommun."))
    assert not found


@needs_voikko
def test_money_sought_from_a_list_gives_nothing() -> None:
    found = _by_rule(PAGE.format(funding="Projektet söker finansiering från Kotemodet, Region Örebro län samt "
                                         "Tierps kommun."))
    assert not found

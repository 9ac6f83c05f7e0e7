"""Societies named by two capitalised names joined by dashes and their kind ("Suomi–Kanada-seura", "Suomi-Unkari
-seura"): one Association named whole (extract/branch_associations.py pair_society_mentions)."""

from __future__ import annotations

from decimal import Decimal

from tests.helpers import entity_labels, labelled_grants


def test_a_dash_joined_pair_and_a_glued_kind_is_one_society() -> None:
    labels = entity_labels("Kokouksessa puhui Suomi–Kanada-seuran edustaja.", "Association")
    assert labels == {"Suomi–Kanada-seura"}


def test_a_spaced_dash_kind_names_the_society_too() -> None:
    labels = entity_labels("Avustusta saa myös Suomi-Unkari -seura.", "Association")
    assert "Suomi-Unkari -seura" in labels
    assert "Unkari" not in labels


def test_the_society_in_the_allative_receives_the_grant() -> None:
    found = labelled_grants("Opetus- ja kulttuuriministeriö myönsi Suomi–Kanada-seuralle 40 000 euroa.")
    assert ("opetus- ja kulttuuriministeriö", "Suomi–Kanada-seura", Decimal("40000")) in {
        (g.lower(), r, a) for g, r, a in found}


def test_a_place_pair_before_a_common_noun_is_no_society() -> None:
    # "Kemi-Tornio -alue" is an area: no kind of association follows the pair
    assert entity_labels("Hanke toimii Kemi-Tornio -alueella.", "Association") == set()

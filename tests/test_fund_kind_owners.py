"""A fund's kind of project in the genitive ("ESR-hankkeen kehitysohjelma") names no programme: our own sentences."""

from __future__ import annotations

from tests.helpers import entity_labels


def test_a_fund_kind_genitive_names_no_programme() -> None:
    labels = entity_labels("Kotiseutu ESR-hankkeen kehitysohjelma Hyväntuulinen alkoi syksyllä.", "Programme")
    assert not any("kehitysohjelma" in label.lower() for label in labels)


def test_a_named_genitive_still_names_the_programme() -> None:
    labels = entity_labels("Kaupunki hyväksyi Arjen Tuen kehitysohjelman syksyllä.", "Programme")
    assert any("kehitysohjelma" in label.lower() for label in labels)

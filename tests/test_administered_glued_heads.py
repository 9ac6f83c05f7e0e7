"""A name right after "hallinnoima"/"koordinoima" is a project even without a head word ("yhdistyksen hallinnoima
Muistiluotsi"); with a head glued on by a hyphen ("koordinoimaan Kotiapu-hankkeeseen") the head's own rules read it,
so the project is named in its base form, not in the case the participle put it in. The texts are invented."""

from __future__ import annotations

import pytest
from helpers import entity_labels, fact_pairs, needs_voikko


@needs_voikko
@pytest.mark.parametrize("sentence", [
    "Kunta osallistuu Kelan koordinoimaan Kotiapu-hankkeeseen.",
    "Kunta osallistuu yhdistyksen hallinnoimaan Kotiapu-hankkeeseen.",
    "Kunta osallistuu yhdistyksen hallinnoimaan Kotiapu -hankkeeseen.",
])
def test_a_glued_head_after_the_participle_gives_the_base_form(sentence: str) -> None:
    labels = entity_labels(f"Uutinen\n\n{sentence}\n", "Project")
    assert "Kotiapu" in labels and not any(label.endswith("hankkeeseen") for label in labels), labels


@needs_voikko
def test_the_coordinator_is_still_read() -> None:
    assert fact_pairs("Uutinen\n\nKunta osallistuu Kelan koordinoimaan Kotiapu-hankkeeseen.\n", "coordinates")


@needs_voikko
def test_a_name_without_a_head_stays_a_project() -> None:
    assert "Muistiluotsi" in entity_labels("Uutinen\n\nYhdistyksen hallinnoima Muistiluotsi toimii alueella.\n",
                                           "Project")

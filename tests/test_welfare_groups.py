"""A municipality's welfare group as a body (data/body_heads.csv hyvinvointiryhmä). All names are invented."""

from __future__ import annotations

from tests.helpers import entity_labels, needs_voikko

pytestmark = needs_voikko


def test_a_capitalised_welfare_group_is_a_body_of_the_city_and_the_bare_word_is_a_kind() -> None:
    text = ("Esimerkkilän kaupungissa hyvinvointityö on organisoitu Hyvinvointiryhmään. Hyvinvointiryhmän nimeää "
            "kaupunginjohtaja.\n\nKunnissa toimii usein hyvinvointiryhmä.\n")
    bodies = entity_labels(text, "Body")
    assert any(b.endswith("Hyvinvointiryhmä") or b.endswith("hyvinvointiryhmä") for b in bodies), bodies

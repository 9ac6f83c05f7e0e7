"""An acronym with a locative case ending glued on ("KAKEssa", "THL:ssä") before a registered association's name is
the phrase's place or actor, never the name's first word: "mukana Pikku ARKEssa Pohjois-Savon Martat ry:n
edustajana" names "Pohjois-Savon Martat ry". Invented project and association."""

from __future__ import annotations

from helpers import entity_labels


def test_an_inflected_acronym_does_not_open_the_association_name() -> None:
    labels = entity_labels("Liisa Korhonen on mukana Pikku ARKEssa Pohjois-Savon Martat ry:n edustajana.",
                           "Association")
    assert "Pohjois-Savon Martat ry" in labels
    assert not any("ARKEssa" in x for x in labels)


def test_an_acronym_in_the_nominative_still_belongs_to_the_name() -> None:
    labels = entity_labels("Hankkeessa on mukana VIP-verkosto ja MIELI Pohjois-Savo ry.", "Association")
    assert any(x.startswith("MIELI") for x in labels), labels

"""A project named inside an agreement's title: the agreement's words open the title, the project's name follows."""

from __future__ import annotations

import pytest
from helpers import entity_labels


@pytest.mark.parametrize("text", [
    "Sopimus yhteistyöstä Kestävän liikkumisen kehittäminen -hankkeessa\n\n1. Sopimuksen osapuolet\n",
    "Yhteistyösopimus Kestävän liikkumisen kehittäminen -hankkeen toteuttamisesta.\n",
    "Kumppanuussopimus Kestävän liikkumisen kehittäminen -projektista.\n",
])
def test_the_agreement_words_are_no_part_of_the_project_name(text: str) -> None:
    labels = entity_labels(text, "Project", kind="agreement")
    assert labels and all(label.startswith("Kestävän liikkumisen kehittäminen") for label in labels)


def test_a_project_whose_own_name_ends_in_the_word_keeps_it() -> None:
    assert entity_labels("Reilu sopimus -hanke alkoi keväällä.", "Project") == {"Reilu sopimus"}

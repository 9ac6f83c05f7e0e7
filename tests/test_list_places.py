"""A place alone on a bullet line is the place, although Voikko also reads it as a common noun (text written here)."""

from __future__ import annotations

import pytest

from welfare_kg.extract.entities import Recogniser
from welfare_kg.extract.gazetteer import reference_gazetteer
from welfare_kg.extract.morphology import get_morphology
from welfare_kg.extract.text import sentences


def labels(text: str) -> list[str]:
    rec = Recogniser(reference_gazetteer(), get_morphology())
    return [m.label for s in sentences(text) for m in rec.sentence_mentions(s, text, title=False)
            if m.type == "Municipality"]


@pytest.mark.parametrize("line", ["- Kiuruvesi\n", "• Kiuruvesi\n", "– Kiuruvesi (2 000 euroa)\n"])
def test_bullet_line_of_one_place(line: str) -> None:
    assert labels("Jäsenkunnat:\n" + line) == ["Kiuruvesi"]


def test_a_bullet_sentence_keeps_the_sentence_start_caution() -> None:
    assert labels("Toimet:\n- Pelto kynnetään keväällä\n") == []

"""Places alone on bullet lines and names at line ends (text written here)."""

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


def test_a_head_word_opening_the_next_line_takes_no_name_from_the_line_above() -> None:
    rec = Recogniser(reference_gazetteer(), get_morphology())
    text = ("Hankkeessa ovat mukana Kemi, Keminmaa, Tornio, Simo, Tervola, Ylitornio, Pello ja Kolari\n"
            "Hanke kestää kaksi vuotta.\n")
    projects = [m.label for s in sentences(text) for m in rec.sentence_mentions(s, text, title=False)
                if m.type == "Project"]
    assert projects == []
    text = "Kunta osallistuu Hyvinvoinnin edistämisen\nkehittämishankkeeseen vuosina 2020-2022.\n"
    projects = [m.label for s in sentences(text) for m in rec.sentence_mentions(s, text, title=False)
                if m.type == "Project"]
    assert projects == ["Hyvinvoinnin edistämisen kehittämishanke"]  # a lower-case head goes on the name above

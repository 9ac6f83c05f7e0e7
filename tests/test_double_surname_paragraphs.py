"""A double surname closed by the paragraphs a protocol's row attended (twenty-eighth session, fresh pages).

The rows are written for these tests: invented officials of an invented Swedish protocol whose participant rows
write the paragraphs after the name ("Elin Strand Nilsson 172, kvalitetsstrateg"); the double surname was cut to
its first half because only a comma, a bracket or the line's end closed a name.
"""

from __future__ import annotations

from helpers import MORPH, needs_voikko

from welfare_kg.extract.model import Mention
from welfare_kg.extract.person_extents import double_surnames


def _grown(text: str, name: str) -> list[str]:
    start = text.index(name)
    m = Mention(start=start, end=start + len(name), surface=name, label=name, type="Person", rule="person",
                case=None, key=None)
    return [x.label for ms in double_surnames(text, [[m]], MORPH) for x in ms if x.type == "Person"]


@needs_voikko
def test_paragraph_numbers_close_a_double_surname() -> None:
    text = "Tjänstemän ekonom Per Holm, chef för utveckling Elin Strand Nilsson 172, kvalitetsstrateg Anna Berg"
    assert _grown(text, "Elin Strand") == ["Elin Strand Nilsson"]


@needs_voikko
def test_a_number_after_a_place_keeps_the_name_two_words() -> None:
    text = "Närvarande Anna Holm Närpes 12, ordförande"
    assert _grown(text, "Anna Holm") == ["Anna Holm"]

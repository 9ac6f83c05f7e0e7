"""An agreement named in an item title with the year it is for ("Sopimus X:n järjestämisestä vuonna 2025") is named
without the year's word left dangling when its number is dropped (extract/item_titles.py).

Written for these tests: short invented minutes of a real municipality's board.
"""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document

MINUTES = """Pelkosenniemen kunta
Kunnanhallitus
PÖYTÄKIRJA 5/2024

§ 34 {title}

Ehdotus:
Kunnanhallitus hyväksyy sopimuksen.

Päätös:
Ehdotus hyväksyttiin.
"""


def _agreements(title: str) -> list[str]:
    ex = extract_document(record(MINUTES.format(title=title), kind="minutes"))
    return [e.label for e in ex.entities.values() if e.type == "Agreement"]


def test_the_years_word_goes_with_its_number() -> None:
    assert _agreements("Sopimus sosiaalipäivystyksen järjestämisestä vuonna 2025") == [
        "Sopimus sosiaalipäivystyksen järjestämisestä"]


def test_a_word_of_the_subject_before_no_number_stays() -> None:
    assert _agreements("Sopimus kotihoidon järjestämisestä vuonna") == ["Sopimus kotihoidon järjestämisestä vuonna"]

"""A record number printed on an item title's line is the item's record number, not a word of its title
(loaders/minutes._without_record_number): the title rules then read the agreement or project it names.

Written for these tests: minutes of an invented town.
"""

from __future__ import annotations

import pytest

from tests.helpers import record
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.minutes import parse_items

HEAD = "Koivulan kunta\nKunnanhallitus\nPÖYTÄKIRJA 4/2023\n"


@pytest.mark.parametrize("line", ["123/02.08.00/2021 Kumppanuussopimus Koivulan yhteisöt ry:n kanssa",
                                  "Kumppanuussopimus Koivulan yhteisöt ry:n kanssa   Dnro 45/2021"])
def test_the_title_without_its_record_number(line: str) -> None:
    items = parse_items(f"{HEAD}\n§ 40 {line}\n\nPäätös:\nHyväksyttiin.\n")
    assert items[-1].title == "Kumppanuussopimus Koivulan yhteisöt ry:n kanssa"
    assert items[-1].record_number


def test_the_agreement_a_numbered_title_names_is_decided() -> None:
    text = f"{HEAD}\n§ 40\n123/02.08.00/2021 Kumppanuussopimus\n\nPäätös:\nHyväksyttiin.\n"
    ex = extract_document(record(text, kind="minutes"))
    decided = {ex.entities[f.object].label.lower() for f in ex.facts if f.predicate == "decides"}
    assert "kumppanuussopimus" in decided


def test_a_title_that_is_only_a_number_stays() -> None:
    assert parse_items(f"{HEAD}\n§ 40 Dnro 45/2021\n\nPäätös:\nHyväksyttiin.\n")[-1].title != ""

"""Standing meetings of office-holders named by their holders (extract/assembly_bodies.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from welfare_kg.extract.gazetteer import reference_gazetteer


def _body_labels(text: str) -> set[str]:
    sys.path.insert(0, str(Path(__file__).parent))
    from helpers import record

    from welfare_kg.extract.document import extract_document

    ex = extract_document(record(text, kind="news"), gazetteer=reference_gazetteer())
    return {x for e in ex.entities.values() if e.type == "Body" for x in e.labels}


@pytest.mark.parametrize(("text", "label"), [
    ("Hankkeen hakemisesta päätettiin Kainuun kunnanjohtajien kokouksessa keväällä.", "Kainuun kunnanjohtajien kokous"),
    ("Pohjois-Savon sosiaalijohtajien kokous puolsi esitystä.", "Pohjois-Savon sosiaalijohtajien kokous"),
])
def test_meeting_of_office_holders_is_a_body(text: str, label: str) -> None:
    assert label in _body_labels(text)


@pytest.mark.parametrize("text", [
    "Kunnanjohtajien kokouksessa keskusteltiin asiasta.",  # no owner: any meeting of managers
    "Hallituksen kokous pidettiin eilen. Vuoden ensimmäinen kokous alkoi.",
])
def test_other_meetings_are_no_bodies(text: str) -> None:
    assert not any("kokous" in x.lower() for x in _body_labels(text))

"""Money asked of an organisation is not given by it: funds:source-ablative reads no grant from a sentence whose
verb requests ("X:ltä on pyydetty kuntarahoitusta", "anoo X:ltä avustusta"). Sentences invented; the town is a real
one of the reference data."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def _funders(text: str) -> set[str]:
    ex = extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))
    return {ex.entities[f.subject].label for f in ex.facts if f.predicate == "funds"}


@pytest.mark.parametrize("text", [
    "Hankasalmen kunnalta on pyydetty kuntarahoitusta Kylät kuntoon -hankkeelle.",
    "Yhdistys anoo Hankasalmen kunnalta avustusta Kylät kuntoon -hankkeelle.",
    "Kylät kuntoon -hankkeelle pyydetään rahoitusta Hankasalmen kunnalta.",
])
def test_a_town_asked_for_money_funds_nothing(text: str) -> None:
    assert "Hankasalmi" not in _funders(text)

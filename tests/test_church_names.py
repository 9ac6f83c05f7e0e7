"""Dioceses and parishes named by a town, an adjective or a Swedish head. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import record
from welfare_kg.extract.document import extract_document


def typed(text: str) -> set[tuple[str, str]]:
    ex = extract_document(record(text))
    return {(e.type, e.label) for e in ex.entities.values()}


@pytest.mark.parametrize(("text", "label"), [
    ("Leirin järjestää Kuopion hiippakunta yhdessä seurakuntien kanssa.", "Kuopion hiippakunta"),
    ("Rahoitus saatiin Mikkelin hiippakunnalta keväällä.", "Mikkelin hiippakunta"),
    ("Kerhoja pitää myös Joensuun ortodoksinen seurakunta.", "Joensuun ortodoksinen seurakunta"),
    ("Hanketta tukee Turun ruotsalaisen seurakunnan diakoniatyö.", "Turun ruotsalainen seurakunta"),
    ("Projektet drivs av Borgå svenska församling i samarbete med staden.", "Borgå svenska församling"),
    ("Kursen ordnas av Borgå stift.", "Borgå stift"),
    # a parish union, Finnish "seurakuntayhtymä"; its definite form takes the base form
    ("Verksamheten drivs vid Esbo kyrkliga samfällighet.", "Esbo kyrkliga samfällighet"),
    ("Projektet stöds av Vasa kyrkliga samfälligheten.", "Vasa kyrkliga samfällighet"),
])
def test_church_unit_is_one_parish(text: str, label: str) -> None:
    got = typed(text)
    # a diocese the reference data lists keeps its reference label ("Borgå stift" is Porvoon hiippakunta); the name
    # the text writes is one of its labels
    parishes = [e for e in extract_document(record(text)).entities.values() if e.type == "Parish"]
    assert any(label == e.label or label in e.labels for e in parishes)
    assert not {t for t in got if t[0] == "Municipality"}  # the town in its name is no actor of its own


def test_unknown_word_before_the_head_is_no_parish() -> None:
    # "Hannu Virtasen hiippakunta": a person's genitive, no town
    assert not {t for t in typed("Piispa Hannu Virtasen hiippakunta kasvoi.") if t[0] == "Parish"}

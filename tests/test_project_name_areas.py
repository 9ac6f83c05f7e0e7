"""The one place a document's main project carries in its name (and the document names alone) is covered by it."""

from __future__ import annotations

from helpers import ID, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer
from welfare_kg.extract.project_name_areas import RULE


def _covers(text: str) -> set[tuple[str, str]]:
    out = extract_document(record(text), gazetteer=reference_gazetteer())
    return {(f.subject.removeprefix(ID), f.object.removeprefix(ID)) for f in out.facts if f.rule == RULE}


def test_place_in_the_main_project_name() -> None:
    text = ("Perinnetietoa Paimiosta -hanke\n\nPerinnetietoa Paimiosta -hanke keräsi valokuvia ja haastatteluja. "
            "Aineistoa kerättiin Paimion asukkailta kylätalolla.\n\nPerinnetietoa Paimiosta -hanke päättyi "
            "keväällä, ja aineisto julkaistiin verkossa kaikkien luettavaksi.\n")
    assert any(o == "municipality/577" for _, o in _covers(text))


def test_a_town_in_the_genitive_owns_the_project() -> None:
    text = ("Paimion kaupungin perinnehanke\n\nPaimion kaupungin perinnehanke keräsi valokuvia ja haastatteluja. "
            "Aineistoa kerättiin Paimion asukkailta kylätalolla.\n\nPaimion kaupungin perinnehanke päättyi "
            "keväällä, ja aineisto julkaistiin verkossa kaikkien luettavaksi.\n")
    assert not _covers(text)

"""Swedish registered names in sentence case (extract/swedish_registered_names.py)."""

from __future__ import annotations

from helpers import record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer


def _names(text: str) -> dict[str, str]:
    out = extract_document(record(text, kind="news"), gazetteer=reference_gazetteer())
    return {e.label: e.type for e in out.entities.values()}


def test_a_towns_association_in_lower_case_words() -> None:
    names = _names("Understöd fick Pedersöre svenska pensionärsförening rf och Kronoby ungdomsförening rf.")
    assert names.get("Pedersöre svenska pensionärsförening rf") == "Association"
    assert names.get("Kronoby ungdomsförening rf") == "Association"


def test_a_name_with_its_purpose_and_place_is_one_name() -> None:
    names = _names("Bidraget gick till Föreningen för hörselskadade i Borgå rf i år.")
    assert names.get("Föreningen för hörselskadade i Borgå rf") == "Association"
    assert not any(label.endswith("Borgå rf") and label != "Föreningen för hörselskadade i Borgå rf"
                   for label in names)


def test_a_sentences_verb_is_no_word_of_the_name() -> None:
    names = _names("I år får Pedersöre ungdomsförening rf stöd.")
    assert names.get("Pedersöre ungdomsförening rf") == "Association"
    assert not any(label.startswith("I år") for label in names)


def test_words_without_a_kind_make_no_name() -> None:
    names = _names("Mötet hölls i Kronoby med representanter rf.")
    assert not any(typ == "Association" for typ in names.values())

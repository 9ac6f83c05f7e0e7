"""Swedish registered names in sentence case (extract/swedish_registered_names.py)."""

from __future__ import annotations

from helpers import entity_types


def test_a_towns_association_in_lower_case_words() -> None:
    names = entity_types("Understöd fick Pedersöre svenska pensionärsförening rf och Kronoby ungdomsförening rf.")
    assert names.get("Pedersöre svenska pensionärsförening rf") == "Association"
    assert names.get("Kronoby ungdomsförening rf") == "Association"


def test_a_name_with_its_purpose_and_place_is_one_name() -> None:
    names = entity_types("Bidraget gick till Föreningen för hörselskadade i Borgå rf i år.")
    assert names.get("Föreningen för hörselskadade i Borgå rf") == "Association"
    assert not any(label.endswith("Borgå rf") and label != "Föreningen för hörselskadade i Borgå rf"
                   for label in names)


def test_a_sentences_verb_is_no_word_of_the_name() -> None:
    names = entity_types("I år får Pedersöre ungdomsförening rf stöd.")
    assert names.get("Pedersöre ungdomsförening rf") == "Association"
    assert not any(label.startswith("I år") for label in names)


def test_words_without_a_kind_make_no_name() -> None:
    names = entity_types("Mötet hölls i Kronoby med representanter rf.")
    assert not any(typ == "Association" for typ in names.values())

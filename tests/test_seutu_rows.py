"""A sub-region named "X:n seutu" as a member row's organisation, the next row run into the same line: the person
named after it opens that row, so "Porin seutu" ends before "Jere Penttilä" (seutu_names.py). A capitalised word
that is no first name, or a number, still makes the words part of a longer name."""

from __future__ import annotations

from tests.helpers import entity_labels


def test_a_seutu_before_the_next_rows_person_is_named() -> None:
    text = ("Paikalla: Aino Laine, yliarkkitehti, Kuntaliitto Henna Virtanen, vs. seutujohtaja, Salon seutu "
            "Jere Penttilä, suunnittelujohtaja, Joensuun kaupunki")
    assert "Seutukunta Salo" in entity_labels(text, "CooperationArea", kind="minutes")


def test_a_seutu_inside_a_longer_name_is_not() -> None:
    assert "Seutukunta Salo" not in entity_labels("Hanke Salon seutu Kasvuun alkoi keväällä.", "CooperationArea")
    assert "Seutukunta Salo" not in entity_labels("Ohjelma Salon seutu 2030 hyväksyttiin.", "CooperationArea")

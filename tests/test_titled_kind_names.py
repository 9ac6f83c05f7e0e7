"""Associations named in title case with their kind as a word of its own ("Suomen Nuorisoseurojen Liitto",
"Hämeen Kylätalojen Seuran"): read whole, not as the region their first word names. Texts written for these tests."""

from __future__ import annotations

from tests.helpers import entity_labels, fact_triples


def test_federation_in_title_case_is_one_association() -> None:
    text = "Hankkeen toteutti Suomen Kylätalojen Liitto yhdessä kuntien kanssa vuonna 2019."
    assert "Suomen Kylätalojen Liitto" in entity_labels(text, "Association")


def test_inflected_names_take_the_kind_in_its_base_form() -> None:
    text = ("Toiminta ulottui Hämeen Kylätalojen Seuran ja Pohjois-Karjalan Kylätalojen Seuran alueille, "
            "missä työ jatkuu.")
    labels = entity_labels(text, "Association")
    assert {"Hämeen Kylätalojen Seura", "Pohjois-Karjalan Kylätalojen Seura"} <= labels
    assert "Pohjois-Karjala" not in entity_labels(text, "Region")


def test_a_soft_hyphen_break_is_closed_up() -> None:
    text = "Mukana oli myös Pohjois- Savon Kylätalojen Liitto, joka järjesti koulutuksen."
    assert "Pohjois-Savon Kylätalojen Liitto" in entity_labels(text, "Association")


def test_the_genitive_owner_runs_the_project() -> None:
    text = "Suomen Kylätalojen Liiton Taloista tulevaisuuteen -hanke käynnistyi keväällä."
    assert ("association/suomen-kylatalojen-liitto", "coordinates", "project/talo-tulevaisuus") in fact_triples(text)


def test_lower_case_kind_and_a_sentence_opener_are_no_name() -> None:
    assert not {label for label in entity_labels("Kylätalojen liitto kokoontui eilen.", "Association")
                if label.endswith("Liitto")}
    assert "Urheiluseurojen Seura" not in entity_labels("Urheiluseurojen Seura. Se on tuttu.", "Association")


def test_a_word_the_dictionary_lacks_counts_by_its_plural_genitive() -> None:
    text = "Hankkeen toteutti Suomen Vurpaseurojen Liitto yhdessä kuntien kanssa."
    assert "Suomen Vurpaseurojen Liitto" in entity_labels(text, "Association")

"""Known names that real pages spell by accident: acronyms and numerals in capitals, compass-point areas."""

from __future__ import annotations

from helpers import ID, record
from helpers import entity_types as _types

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer


def test_short_word_in_capitals_is_not_a_municipality() -> None:
    # "EURA" the funds system and "II" the second part are not the municipalities Eura and Ii
    labels = _types("Hakemus on tallennettu EURA 2021 -järjestelmään. Hankkeen osa II alkaa syksyllä.")
    assert "Eura" not in labels and "Ii" not in labels


def test_place_in_capitals_with_its_head_or_inflected_still_counts() -> None:
    labels = _types("AURAN KUNTA\nPöytäkirja 3/2024\nKokous pidettiin Aurassa.")
    assert labels.get("Aura") == "Municipality"
    labels = _types("Osallistujat: SALO KAUPUNKI ja muut kunnat.")
    assert labels.get("Salo") == "Municipality"


def test_compass_point_genitive_before_another_head_is_not_the_cooperation_area() -> None:
    text = ("Hakemus kuuluu ohjelman Itä-Suomen suuralueosioon. Avustuksia jaettiin Etelä-Suomen ja "
            "Länsi-Suomen lääneissä toimiville hankkeille.")
    out = extract_document(record(text), gazetteer=reference_gazetteer())
    assert not [e for e in out.entities.values() if e.type == "CooperationArea"]


def test_compass_point_area_named_as_an_area_still_counts() -> None:
    out = extract_document(record("Hanke toimii koko Itä-Suomen alueella vuoteen 2027."),
                           gazetteer=reference_gazetteer())
    assert ID + "cooperation-area/kys" in out.entities


def test_short_word_inside_a_capitals_heading_is_no_acronym() -> None:
    labels = _types("AVTAL OM GEMENSAM SERVICE\nAvtalet gäller från 2025.")
    assert "oikeusministeriö" not in labels


def test_an_acronym_in_running_text_still_counts() -> None:
    labels = _types("Hankkeen rahoittaa STM vuosina 2024–2025.")
    assert labels.get("sosiaali- ja terveysministeriö") == "Ministry"

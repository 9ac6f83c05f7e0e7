"""Place names in brackets after a wellbeing county kind word name counties, not regions (bracketed_kind_places)."""

from tests.helpers import entity_labels, typed_labels


def test_regions_in_brackets_after_counted_counties_are_counties() -> None:
    counties = entity_labels("Kokeilu toteutetaan kolmen hyvinvointialueen (Pohjois-Savo, Etelä-Karjala sekä "
                             "Kainuu) yhteistyönä.", "WellbeingCounty")
    assert counties == {"Pohjois-Savon hyvinvointialue", "Etelä-Karjalan hyvinvointialue", "Kainuun hyvinvointialue"}


def test_partitive_plural_and_uusimaa_counties() -> None:
    found = typed_labels("Mukana on kolme hyvinvointialuetta (Länsi-Uusimaa, Itä-Uusimaa ja Kanta-Häme).")
    assert ("WellbeingCounty", "Länsi-Uudenmaan hyvinvointialue") in found
    assert ("WellbeingCounty", "Kanta-Hämeen hyvinvointialue") in found
    assert not {label for typ, label in found if typ == "Region"}


def test_swedish_areas_in_brackets() -> None:
    counties = entity_labels("Projektet drivs av två välfärdsområden (Österbotten och Egentliga Finland).",
                             "WellbeingCounty")
    assert counties == {"Pohjanmaan hyvinvointialue", "Varsinais-Suomen hyvinvointialue"}


def test_towns_in_a_county_bracket_stay_towns() -> None:
    found = typed_labels("Kainuun hyvinvointialueen (Kajaani, Sotkamo ja Kuhmo) palvelut paranevat.")
    assert {("Municipality", "Kajaani"), ("Municipality", "Kuhmo"), ("WellbeingCounty", "Kainuun hyvinvointialue")} \
        <= found


def test_regions_in_brackets_after_another_word_stay_regions() -> None:
    found = entity_labels("Hanke toimii kolmessa maakunnassa (Satakunta, Pirkanmaa ja Kanta-Häme).", "Region")
    assert found == {"Satakunta", "Pirkanmaa", "Kanta-Häme"}


def test_regional_councils_and_hospital_districts_in_brackets() -> None:
    councils = entity_labels("Mukana ovat maakuntaliitot (Pirkanmaa ja Satakunta).", "JointAuthority")
    assert {"Pirkanmaan liitto", "Satakuntaliitto"} <= councils
    found = typed_labels("Sairaanhoitopiirit (Pirkanmaa ja Satakunta) sopivat yhteistyöstä.")
    assert not {label for typ, label in found if typ == "Region"}

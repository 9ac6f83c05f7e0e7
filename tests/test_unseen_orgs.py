"""Organisations of names no list holds, and who runs the projects a list names (issue 12): a town opening a list
of towns, a registered name that opens with a place in the nominative, and the runners that close a list row."""

from __future__ import annotations

from tests.helpers import entity_labels, fact_pairs

ID = "https://w3id.org/welfare-kg/id/"


def test_town_opening_a_list_after_a_colon_is_a_town() -> None:
    # "Kurikka" (a mallet) and "Ilmajoki" (air + river) are also read as common nouns: after a colon they count
    # as towns when a comma or "ja" joins them to another town
    text = "Verkostossa toimii neljä kuntaa: Kurikka, Ilmajoki, Jalasjärvi ja Lapua."
    assert {"Kurikka", "Ilmajoki", "Jalasjärvi", "Lapua"} <= entity_labels(text, "Municipality")
    text = "Toimintaan osallistuvat kunnat: Ilmajoki ja Kauhava."
    assert {"Ilmajoki", "Kauhava"} <= entity_labels(text, "Municipality")


def test_town_opening_a_list_needs_a_town_after_it() -> None:
    # an attendance row written surname first, then the first name: no town joins it
    assert "Kurikka" not in entity_labels("Läsnä: Kurikka, Matti puheenjohtaja", "Municipality", kind="minutes")
    # a common noun opening a sentence before a name that is no town
    assert "Kurikka" not in entity_labels("Kurikka, Vasara ja Taltta ovat työkaluja.", "Municipality")


def test_place_in_the_nominative_opens_a_registered_name() -> None:
    text = "Selvityksen tekee Kemi-Tornio alueen kehittämisyhdistys ry yhdessä kuntien kanssa."
    assert "Kemi-Tornio alueen kehittämisyhdistys ry" in entity_labels(text, "Association")
    # the genitive was read before, and stays as it was
    text = "Selvityksen tekee Oulun seudun kehittämisyhdistys ry yhdessä kuntien kanssa."
    assert "Oulun seudun kehittämisyhdistys ry" in entity_labels(text, "Association")


def test_place_without_the_area_word_stays_a_place() -> None:
    # "Kemi" is a town of the list, not a word of the association's name
    text = "Mukana ovat Kemi, Tornio sekä Lapin kehittämisyhdistys ry."
    assert "Kemi" in entity_labels(text, "Municipality")
    assert not any(label.startswith("Tornio") for label in entity_labels(text, "Association"))


LIST = """Rahoitusta saivat seuraavat hankkeet:

  • Kylätalojen energiaremontti – selvitys kylätalojen lämmityksen vaihtoehdoista, Ilmajoen kunta
  • Digitaidot haltuun (DIGI), Kurikan kaupunki ja Seinäjoen kaupunki
  • Nuorten kesätyöt, selvitys kesätyöpaikoista, 20 000 euroa
"""


def test_runners_after_the_row_description_run_its_project() -> None:
    pairs = {(s.removeprefix(ID), o.removeprefix(ID)) for s, o in fact_pairs(LIST, "coordinates")}
    runners = {s for s, _ in pairs}
    assert "municipality/145" in runners  # Ilmajoki after the dash's description
    assert {"municipality/301", "municipality/743"} <= runners  # both of "X ja Y" closing the row
    assert len({o for _, o in pairs}) == 2  # the third row names no runner


def test_row_closing_with_a_place_in_another_case_names_no_runner() -> None:
    text = """Rahoitusta saivat seuraavat hankkeet:

  • Kylätalojen energiaremontti – selvitys, joka tehdään Ilmajoella
  • Digitaidot haltuun, kurssi Kurikassa
"""
    assert not fact_pairs(text, "coordinates")


def test_swedish_association_named_after_its_kind_word() -> None:
    text = "Föreningen Stensjöbacken har fått stöd av kommunen för en ny badplats."
    assert "Föreningen Stensjöbacken" in entity_labels(text, "Association")


def test_award_in_the_essive_is_no_word_of_the_registered_name() -> None:
    text = "Kokouksessa palkittiin Vuoden Kylä-toimijana Rantakylän Nuorisoseura ry."
    labels = entity_labels(text, "Association")
    assert "Rantakylän Nuorisoseura ry" in labels
    assert not any("toimijana" in label for label in labels)
    # a hyphenated capitalised word of the name itself stays
    assert "Pro-Hanna ry" in entity_labels("Hanketta hallinnoi Pro-Hanna ry.", "Association")


def test_town_opening_a_sentence_as_the_subject_of_a_verb() -> None:
    # "lahti" (a bay), "kotka" (an eagle): the town's name in its base form opening a sentence before a finite verb
    assert "Lahti" in entity_labels("Lahti hakee valtionavustusta kotouttamisen kehittämiseen.", "Municipality")
    assert "Kotka" in entity_labels("Kotka on mukana hankkeessa.", "Municipality")


def test_town_opening_a_row_before_a_first_name_stays_a_surname() -> None:
    text = "Läsnä\nLahti Pekka puheenjohtaja\nKotka Liisa jäsen"
    assert not {"Lahti", "Kotka"} & entity_labels(text, "Municipality", kind="minutes")


def test_association_named_after_its_lower_case_kind() -> None:
    text = "Avustusta saavat Rantalan nuorisoseura Kipinä 4 000 euroa ja Mäkelän kyläyhdistys 1 000 euroa."
    labels = entity_labels(text, "Association")
    assert {"Rantalan nuorisoseura Kipinä", "Mäkelän kyläyhdistys"} <= labels


def test_person_after_a_lower_case_kind_is_no_word_of_its_name() -> None:
    text = "Hankkeessa on mukana Rantalan nuorisoseura Matti Virtanen."
    assert "Rantalan nuorisoseura" in entity_labels(text, "Association")
    assert "Matti Virtanen" in entity_labels(text, "Person")

"""Names listed after their kind in the plural (extract/kind_lists.py) and company forms in the genitive."""

from __future__ import annotations

from helpers import entity_types


def test_companies_and_associations_after_a_plural_kind() -> None:
    names = entity_types("Hankkeen muina rahoittajina olivat kehitysyhtiöt Kärkö ja Nousu Kasvu. Tukea saivat "
                         "yhdistykset Tähtiranta, Kylätalo Kaamos sekä Pirtti.")
    assert names.get("Kärkö") == "Company"
    assert names.get("Nousu Kasvu") == "Company"
    assert names.get("Kylätalo Kaamos") == "Association"
    assert names.get("Pirtti") == "Association"


def test_people_and_registered_names_in_such_a_list_keep_their_reading() -> None:
    names = entity_types("Mukana olivat yhdistykset Metsäpirtti ja Liisa. Avustuksen saivat yhdistykset "
                         "Kylien Voima ry ja Nuorten Tuki ry.")
    assert "Liisa" not in names
    assert names.get("Kylien Voima ry") == "Association"
    assert "Kylien Voima" not in names


def test_a_company_form_in_the_genitive_heading_an_item_is_no_company() -> None:
    names = entity_types("§ 12 OSAKEYHTIÖN PERUSTAMINEN\nKunnanhallitus päättää perustaa yhtiön.")
    assert not any(typ == "Company" for typ in names.values())


def test_a_plural_kind_as_subject_or_label_before_its_list() -> None:
    names = entity_types("Vesiosuuskunnat ostavat veden kunnalta. Osuuskunnat ovat: Virmutjoki, Puntala-Kuokkalampi, "
                         "Salosaaren Toivialantie ja Koholanmäki.")
    assert names.get("Virmutjoki") == "Company"
    assert names.get("Salosaaren Toivialantie") == "Company"
    assert names.get("Koholanmäki") == "Company"
    names = entity_types("Yhdistykset: Kärkölä, Nousula ja Pirttilä.")
    assert names.get("Nousula") == "Association"


def test_a_capitalised_kind_before_common_nouns_or_places_lists_no_names() -> None:
    names = entity_types("Yhdistykset: Hallitus, Toimisto ja Talous. Seurat ovat Helsingissä, Espoossa ja Vantaalla.\n"
                         "Järjestöt Kokous, Päätös ja Muistio")
    assert not {"Hallitus", "Toimisto", "Talous", "Kokous", "Päätös", "Muistio"} & set(names)


def test_a_known_member_vouches_for_the_other_names_of_a_capitalised_kind_list() -> None:
    # all dictionary words, but one of them a known Leader group: the others are groups too
    names = entity_types("Rahoitusta myöntävät ELY-keskus ja Leader-ryhmät Aisapari, Kehitystuuli ja Maaseutuvoima.")
    assert names.get("Kehitystuuli") == "Association"
    assert names.get("Maaseutuvoima") == "Association"
    # with no known member the capitalised common nouns stay no names
    names = entity_types("Rahoitusta myöntävät ELY-keskus ja Leader-ryhmät Kehitystuuli, Metsävoima ja Maaseutuvoima.")
    assert "Kehitystuuli" not in names and "Maaseutuvoima" not in names

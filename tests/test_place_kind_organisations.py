"""Organisations named by a place's genitive and a compound kind of organisation (extract/place_kind_organisations.py),
a reference association's regional branch (extract/branch_associations.py) and titles that run on to a spaced-dash
head (no company, no club).

All texts here are invented; they imitate layouts (a partner list, an attendance table run into one line, a grant
list), not particular documents, and use other places and kinds than the corpora do.
"""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document


def _orgs(text: str) -> dict[str, str]:
    ex = extract_document(record(text))
    return {e.label: e.type for e in ex.entities.values()}


def test_a_region_or_town_genitive_before_a_compound_kind_names_an_organisation() -> None:
    found = _orgs("Hankkeen toteuttavat Etelä-Savon kalatalouskeskus, Kuopion seudun koulutuskeskus ja Lapin vankila.")
    assert found.get("Etelä-Savon kalatalouskeskus") == "Association"
    assert "Kuopion seudun koulutuskeskus" in found
    assert found.get("Lapin vankila") in {"Agency", "Body"}  # a prison: the institutions rule types it a Body
    assert "Etelä-Savo" not in found  # the region is the organisation's, not a place the text speaks of


def test_a_citys_unit_and_an_inflected_head() -> None:
    found = _orgs("Mukana ovat Oulun kaupungin tietokeskus ja Kainuun tietotekniikkakeskuksen asiantuntija.")
    assert found.get("Oulun kaupungin tietokeskus") == "Body"
    assert "Kainuun tietotekniikkakeskus" in found


def test_one_lower_case_genitive_between_place_and_head() -> None:
    assert "Satakunnan tanssin aluekeskus" in _orgs("Avustusta saa Satakunnan tanssin aluekeskus.")


def test_venues_services_and_buildings_are_no_organisations() -> None:
    found = _orgs("Tilaisuus pidetään Vaasan kauppakeskuksessa. Porin terveyskeskus on auki. Tampereen "
                  "tapahtumakeskus täyttyi. Lahden kaupungin liikuntakeskus remontoidaan. Kotkan "
                  "kehittämiskeskuksen hallintorakennus, Satamatie 4.")
    assert not any(typ in {"Association", "Agency", "Body", "Company"} for typ in found.values()), found


def test_a_capitalised_word_before_the_place_that_no_rule_read_leaves_the_name_alone() -> None:
    # "Pro Agria X" style: the name opens earlier than the genitive, so the shape alone cannot say where
    assert "Pohjois-Savon maaseutukeskus" not in _orgs("Jäsen: Agro Nova Pohjois-Savon maaseutukeskus")


def test_a_reference_associations_regional_branch() -> None:
    found = _orgs("Jäseninä ovat MTK Etelä-Savo ja SPR Lappi. MTK Etelä-Savossa on uusi johtaja.")
    assert {"MTK Etelä-Savo", "SPR Lappi"} <= set(found)


def test_a_town_after_an_association_is_its_seat_not_a_branch() -> None:
    assert "Kirkkopalvelut Järvenpää" not in _orgs("Yhteystiedot: Kirkkopalvelut Järvenpää, puh. 09 123 456.")


def test_a_title_running_on_to_a_spaced_dash_head_is_no_company_nor_club() -> None:
    found = _orgs("Avustusta saivat Joensuun Kevät tulee taas -tapahtuma 2 000 euroa ja Kotkan Soittajat palaavat "
                  "-konsertti 1 000 euroa.")
    assert "Joensuun Kevät" not in found and "Kotkan Soittajat" not in found


def test_an_employer_repeated_in_an_attendance_run_without_any_known_organisation() -> None:
    found = _orgs("Närvarande: Eva Lind, Solbacka Jonas Berg, Solbacka Nina Holm, sekr.")
    assert found.get("Solbacka") == "Company"


def test_a_seat_or_post_in_the_slots_is_no_employer() -> None:
    found = _orgs("Styrgruppen: Eva Lind, LAG-ledamot Jonas Berg, LAG-ledamot Nina Holm, projektledare.")
    assert "LAG-ledamot" not in found


def test_a_sentence_opening_adverb_or_essive_is_no_word_of_a_registered_name() -> None:
    found = _orgs("Mukana Savon Kylät ry. Hakijana Pirkan Martat ry. Lisäksi Oulun Latu ry osallistui.")
    assert {"Savon Kylät ry", "Pirkan Martat ry", "Oulun Latu ry"} <= set(found), found
    assert not any(label.startswith(("Mukana", "Hakijana", "Lisäksi")) for label in found)


def test_folk_high_schools_and_municipal_schools_by_their_place() -> None:
    found = _orgs("Mukana ovat Ylivieskan opisto, Suomen Urheiluopisto ja Porin kansalaisopisto. Turun yliopisto myös.")
    assert found.get("Ylivieskan opisto") == "Association"
    assert "Suomen Urheiluopisto" in found
    assert found.get("Porin kansalaisopisto") == "Body"
    assert "Turun yliopisto" in found and found["Turun yliopisto"] == "Agency"  # reference data, not this rule


def test_a_capitalised_head_that_a_capitalised_word_follows_is_a_heading_not_a_name() -> None:
    assert "Vaasan Opisto" not in _orgs("Vaasan Opisto Projektin vastuuhenkilö")


def test_an_item_title_in_capitals() -> None:
    found = _orgs("12 § LAUSUNTO ETELÄ-SAVON KALATALOUSKESKUKSELLE\n13 § KAJAANIN SEUDUN KOULUTUSKESKUKSEN "
                  "TOIMINTA-AVUSTUS\n14 § SATAKUNNAN TANSSIN ALUEKESKUKSEN AVUSTAMINEN\n15 § PORIN TERVEYSKESKUKSEN "
                  "REMONTTI")
    assert {"Etelä-Savon kalatalouskeskus", "Kajaanin seudun koulutuskeskus", "Satakunnan tanssin aluekeskus"} <= set(
        found), found
    assert not any("terveyskeskus" in label.lower() for label in found)


def test_the_first_form_of_a_bilingual_company_opens_its_name() -> None:
    found = _orgs("Yhtiökokousasiat Tilitykset Oy Kallio Ab. 18 § SOPIMUS OY KOTIMETSÄ AB:N KANSSA")
    assert "Oy Kallio Ab" in found and "Tilitykset Oy" not in found, found
    assert not any(label.lower().startswith("sopimus") for label in found), found
    assert "KPMG Oy Ab" in _orgs("Tilintarkastajana toimii KPMG Oy Ab.")


def test_an_item_titles_head_noun_before_a_company_is_no_word_of_its_name() -> None:
    found = _orgs("Palkkahallinnon tehtävien siirto Kuntarekry Oy:lle. Avustus Seutukuntien Lämpö Oy:lle.")
    assert "Kuntarekry Oy" in found, found
    assert not any("siirto" in label for label in found), found


def test_a_common_word_opening_the_sentence_before_a_places_genitive_is_no_word_of_the_name() -> None:
    found = _orgs("Avustus Porin Martat ry:lle. Onnittelut Lapin Kylät ry:lle! Nuorisoseura Yritys ry sai tukea.")
    assert {"Porin Martat ry", "Lapin Kylät ry", "Nuorisoseura Yritys ry"} <= set(found), found


def test_a_town_whose_name_is_also_a_common_noun_opens_a_listed_organisation() -> None:
    # "Kotkan" is also the eagle's genitive: a line's first word, the place is read from the kind after it
    found = _orgs("Hankkeessa mukana\n\n • Lahden seudun kansalaisopisto\n • Kotkan opisto\n • Salon keskus")
    assert found.get("Lahden seudun kansalaisopisto") == "Body"
    assert "Kotkan opisto" in found
    assert "Salon keskus" not in found  # no first part: "keskus" names no kind alone

"""Sweden's regions and state agencies by name (extract/swedish_public_bodies.py)."""

from __future__ import annotations

from helpers import entity_types


def test_regions_and_agencies_in_a_funders_list() -> None:
    names = entity_types("Utställningen har fått stöd från Region Jämtland Härjedalen, Region Kalmar läns kulturenhet "
                         "och Tillväxtverket. Samarbetspartner är Mittuniversitetet.")
    assert names.get("Region Jämtland Härjedalen") == "Region"
    assert names.get("Region Kalmar län") == "Region"
    assert names.get("Tillväxtverket") == "Agency"
    assert names.get("Mittuniversitetet") == "Agency"


def test_a_genitive_keeps_the_base_name_and_a_town_inside_goes() -> None:
    names = entity_types("Enligt Region Örebro läns beslut och Försäkringskassans riktlinjer startar arbetet i höst.")
    assert names.get("Region Örebro län") == "Region"
    assert names.get("Försäkringskassan") == "Agency"
    assert not any(label.startswith("Örebro") for label in names)


def test_a_word_inside_another_word_is_no_name() -> None:
    names = entity_types("Projektet Kulturrådets-dagen och Skolverketsamarbete diskuterades i regionen.")
    assert "Kulturrådet" not in names and "Skolverket" not in names


def test_counties_and_provinces_by_their_bare_names() -> None:
    names = entity_types("Projektet genomförs i Hälsingland och Västmanlands län. Västerbotten deltar också.")
    assert names.get("Hälsingland") == "Region"
    assert names.get("Västmanlands län") == "Region"
    assert names.get("Västerbotten") == "Region"


def test_an_area_inside_a_longer_name_is_no_area() -> None:
    names = entity_types("Kommunförbundet Skåne och Hushållningssällskapet Norrbotten deltar i ”Barnens bästa gäller! "
                         "i Kronoberg”. I Halland startar arbetet i höst.")
    assert "Skåne" not in names and "Norrbotten" not in names and "Kronoberg" not in names
    assert names.get("Halland") == "Region"


def test_a_leader_group_in_swedish_text_is_an_association() -> None:
    names = entity_types("Projektet har beviljats stöd av Leader Polaris och finansieras av Landsbygdsfonden. "
                         "Mer finns på Leader Polaris hemsida och på Leader Hallands sidor för Leader Halland.")
    assert names.get("Leader Polaris") == "Association"
    assert names.get("Leader Halland") == "Association"
    assert "Leader Hallands" not in names


def test_an_organisations_word_before_an_area_names_its_regional_branch() -> None:
    names = entity_types("Projektet drivs av Hushållningssällskapet Norrbotten tillsammans med Studiefrämjandet "
                         "Uppsala län, ABF Gävleborg och Kommunförbundet Västernorrland. Integration Halland slutade.")
    for label in ("Hushållningssällskapet Norrbotten", "Studiefrämjandet Uppsala län", "ABF Gävleborg",
                  "Kommunförbundet Västernorrland"):
        assert names.get(label) == "Association", label
    assert "Integration Halland" not in names and "Halland" not in names


def test_a_leader_group_where_no_area_or_agency_is_named() -> None:
    names = entity_types("Marion Eckardt är verksamhetsledare för Leader Hahuand och projektet får stöd.")
    assert names.get("Leader Hahuand") == "Association"


def test_skr_is_the_swedish_association_in_swedish_text_only() -> None:
    assert entity_types("Socialstyrelsen är projektägare och arbetar tillsammans med SKR och "
                        "Skolverket.").get("SKR") == "Association"
    assert "SKR" not in entity_types("Hanke sai rahoitusta SKR:ltä ja se on käynnissä vuoteen 2025.")


def test_a_leader_groups_name_of_several_words() -> None:
    names = entity_types("Leader Josiion Österbotten som är verksamt i Kust-Österbotten fick stöd för projekten.")
    assert names.get("Leader Josiion Österbotten") == "Association"


def test_a_listed_name_in_title_case_is_the_same_body() -> None:
    from tests.helpers import extract

    text = ("Skärgårdsprojekt\n\nProjektet Gröna Öar startar i höst.\n"
            "I Gröna Öar samarbetar Yrkeshögskolan Novia med Södertörns Högskola i Stockholm.\n")
    labels = {e.label: e.type for e in extract(text).entities.values()}
    assert labels.get("Södertörns högskola") == "Agency"


def test_alands_university_of_applied_sciences_is_known() -> None:
    from tests.helpers import extract

    text = ("Skärgårdsprojekt\n\nProjektet Gröna Öar startar i höst.\n"
            "Högskolan på Åland är partner i projektet Gröna Öar.\n")
    types = {e.type for e in extract(text).entities.values() if "Åland" in " ".join(e.labels)}
    assert "Agency" in types


def test_a_leader_group_named_by_a_places_genitive_before_a_noun() -> None:
    names = entity_types("Tre projekt som leds av Leader Österbottens lokala aktionsgrupp får stöd i år.")
    assert names.get("Leader Österbotten") == "Association"
    assert "Leader Österbottens" not in names


def test_an_islands_organisation_takes_its_region_after_pa() -> None:
    names = entity_types("Bidraget går till Pensionärsförbundet på Åland. Idrottsförbundet på Gotland får också stöd.")
    assert names.get("Pensionärsförbundet på Åland") == "Association"
    assert names.get("Idrottsförbundet på Gotland") == "Association"
    assert "Pensionärsförbundet" not in names

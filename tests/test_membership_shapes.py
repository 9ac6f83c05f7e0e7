"""Membership and area shapes seen on fresh real pages (issue 12), each with a negative: invented sentences."""

from __future__ import annotations

from helpers import ID, entity_labels, worded_fact_pairs
from helpers import fact_pairs as _facts

YLASAVO = ID + "joint-authority/ylasavon-sote"
OULUN_LEADER, POMOVAST, RAVAKKA = (ID + "association/" + a for a in ("oulun-seudun-leader", "pomovast", "ravakka"))
VASAREGIONEN = ID + "cooperation-area/vaasan-seutukunta"
POHJOIS_SAVO_COUNTY = ID + "wellbeing-county/13"
REGION = {name: ID + "region/" + code for name, code in [
    ("Uusimaa", "01"), ("Satakunta", "04"), ("Pirkanmaa", "06"), ("Päijät-Häme", "07"), ("Keski-Suomi", "13")]}
M = {name: ID + "municipality/" + code for name, code in [
    ("Sonkajärvi", "762"), ("Iisalmi", "140"), ("Muhos", "494"), ("Kempele", "244"), ("Tervo", "844"),
    ("Vesanto", "921"), ("Keitele", "239"), ("Malax", "475"), ("Korsnäs", "280"), ("Vörå", "946"),
    ("Pertunmaa", "588"), ("Jämijärvi", "181"), ("Sysmä", "781"), ("Kangasala", "211"), ("Laukaa", "410"),
    ("Sastamala", "790"), ("Punkalaidun", "619"), ("Hangö", "078"), ("Ingå", "149"), ("Sjundeå", "755")]}


def test_a_short_name_in_parentheses_between_the_whole_and_its_members() -> None:
    part = _facts("Ylä-Savon SOTE kuntayhtymän (YSS) jäsenkunnat ovat Sonkajärvi ja Iisalmi.", "partOf")
    assert {(M["Sonkajärvi"], YLASAVO), (M["Iisalmi"], YLASAVO)} <= part


def test_members_in_a_relative_clause_after_an_association() -> None:
    covers = _facts("Kylien hankkeita rahoittaa Oulun Seudun Leader ry, johon kuuluvat Muhos ja Kempele.", "coversArea")
    assert {(OULUN_LEADER, M["Muhos"]), (OULUN_LEADER, M["Kempele"])} <= covers


def test_a_relative_clause_naming_the_towns_services_gives_nothing() -> None:
    covers = worded_fact_pairs("Kylien hankkeita rahoittaa Oulun Seudun Leader ry, johon kuuluvat Muhoksen ja "
                               "Kempeleen kyläyhdistykset.", "coversArea")
    assert not {(OULUN_LEADER, M["Muhos"]), (OULUN_LEADER, M["Kempele"])} & covers


def test_a_county_made_of_the_towns_listed_under_a_colon() -> None:
    covers = _facts("Pohjois-Savon hyvinvointialue muodostuu seuraavien kuntien palveluista:\n• Tervo\n• Vesanto\n"
                    "• Keitele\n\nLisää tietoa saa verkosta.", "coversArea")
    assert {(POHJOIS_SAVO_COUNTY, M[t]) for t in ("Tervo", "Vesanto", "Keitele")} <= covers


def test_swedish_towns_included_in_an_area_after_i() -> None:
    part = _facts("I Vasaregionens samarbetsområde ingår Malax, Korsnäs och Vörå.", "partOf")
    assert {(M[t], VASAREGIONEN) for t in ("Malax", "Korsnäs", "Vörå")} <= part


def test_towns_moving_into_a_region() -> None:
    text = ("Valtioneuvosto muutti maakuntajakoa. Pertunmaa siirtyy Etelä-Savosta osaksi Päijät-Hämeen maakuntaa. "
            "Satakunnassa Jämijärvi siirretään Satakunnan maakunnasta Pirkanmaahan, ja Sysmä puolestaan kuuluu "
            "uudessa maakuntajaossa Pirkanmaahan.")
    part = _facts(text, "partOf")
    assert {(M["Pertunmaa"], REGION["Päijät-Häme"]), (M["Jämijärvi"], REGION["Pirkanmaa"]),
            (M["Sysmä"], REGION["Pirkanmaa"])} <= part
    # the region a town leaves is not its whole any more
    assert (M["Jämijärvi"], REGION["Satakunta"]) not in part


def test_services_moving_into_a_region_give_no_member() -> None:
    part = _facts("Pertunmaan palvelut siirtyvät osaksi Päijät-Hämeen maakuntaa.", "partOf")
    assert not {(M["Pertunmaa"], REGION["Päijät-Häme"])} & part


def test_a_region_in_parentheses_after_a_town() -> None:
    part = _facts("Alueet liitetään Kangasalaan (211, Pirkanmaa) ja Laukaaseen (410, Keski-Suomi). "
                  "Sastamala ja Punkalaidun (Pirkanmaa) sopivat yhteistyöstä.", "partOf")
    assert {(M["Kangasala"], REGION["Pirkanmaa"]), (M["Laukaa"], REGION["Keski-Suomi"]),
            (M["Sastamala"], REGION["Pirkanmaa"]), (M["Punkalaidun"], REGION["Pirkanmaa"])} <= part


def test_an_area_field_under_an_association_heading() -> None:
    covers = _facts("Leader-grupper i Nyland\n\nPomoväst rf.\n\nOmråde: Hangö, Ingå (delvis) Sjundeå\n"
                    "Föreningen grundades för länge sedan.", "coversArea")
    assert {(POMOVAST, M[t]) for t in ("Hangö", "Ingå", "Sjundeå")} <= covers


def test_an_area_field_under_a_sentence_is_no_heading() -> None:
    covers = _facts("Pomoväst rf ordnar en kurs för byaföreningar.\nOmråde: Hangö, Ingå", "coversArea")
    assert not {(POMOVAST, M["Hangö"]), (POMOVAST, M["Ingå"])} & covers


def test_an_association_working_in_the_places_before_it() -> None:
    covers = _facts("Uudellamaalla ja Satakunnassa toimiva Ravakka ry avasi uuden haun.", "coversArea")
    assert {(RAVAKKA, REGION["Uusimaa"]), (RAVAKKA, REGION["Satakunta"])} <= covers


def test_a_kind_word_between_the_participle_and_the_name_still_covers() -> None:
    """ANNOTATION.md: "X:llä ... toimiva Z" -> Z coversArea X, with or without the kind word before the name."""
    covers = _facts("Satakunnassa toimiva yhdistys Ravakka ry avasi uuden haun.", "coversArea")
    assert (RAVAKKA, REGION["Satakunta"]) in covers
    covers = _facts("Satakunnassa toimiva yhdistys avasi haun. Ravakka ry kertoi asiasta.", "coversArea")
    assert (RAVAKKA, REGION["Satakunta"]) not in covers


def test_a_joint_authority_providing_the_towns_services() -> None:
    covers = _facts("Ylä-Savon SOTE kuntayhtymä on järjestänyt Sonkajärven ja Iisalmen perusterveydenhuollon "
                    "palvelut pitkään.", "coversArea")
    assert {(YLASAVO, M["Sonkajärvi"]), (YLASAVO, M["Iisalmi"])} <= covers


def test_services_of_other_owners_in_the_towns_give_no_area() -> None:
    covers = _facts("Ylä-Savon SOTE kuntayhtymä on järjestänyt Sonkajärven ja Iisalmen koulujen palvelut.",
                    "coversArea")
    assert not {(YLASAVO, M["Sonkajärvi"]), (YLASAVO, M["Iisalmi"])} & covers


def test_the_towns_of_an_associations_area() -> None:
    covers = _facts("Oulun Seudun Leaderin toiminta-alueen kunnat Muhos ja Kempele saivat rahaa.", "coversArea")
    assert {(OULUN_LEADER, M["Muhos"]), (OULUN_LEADER, M["Kempele"])} <= covers


def test_an_associations_towns_without_its_area_give_nothing() -> None:
    covers = worded_fact_pairs("Oulun Seudun Leaderin kunnat Muhos ja Kempele maksavat osuutensa.", "coversArea")
    assert not {(OULUN_LEADER, M["Muhos"]), (OULUN_LEADER, M["Kempele"])} & covers


def test_a_counted_membership_in_the_adessive_and_in_swedish() -> None:
    part = _facts("Ylä-Savon SOTE kuntayhtymällä on kaksi jäsenkuntaa: Sonkajärvi ja Iisalmi. "
                  "Samkommunen Kårkulla har tre medlemskommuner: Raseborg, Pargas och Kimitoön.", "partOf")
    assert {(M["Sonkajärvi"], YLASAVO), (M["Iisalmi"], YLASAVO)} <= part
    assert {(ID + "municipality/" + c, ID + "joint-authority/karkulla") for c in ("710", "445", "322")} <= part


def test_a_counted_list_of_other_things_gives_no_member() -> None:
    part = _facts("Ylä-Savon SOTE kuntayhtymällä on kaksi toimipistettä: Sonkajärvi ja Iisalmi.", "partOf")
    assert not {(M["Sonkajärvi"], YLASAVO), (M["Iisalmi"], YLASAVO)} & part


def test_towns_before_a_shared_plural_area_head_are_not_the_area() -> None:
    covers = _facts("Keskipiste-Leader jakaa tukea Raahen ja Haapaveden-Siikalatvan seutukuntien alueella.",
                    "coversArea")
    leader = ID + "association/keskipiste-leader"
    assert (leader, ID + "cooperation-area/haapaveden-siikalatvan-seutukunta") in covers
    assert (leader, ID + "municipality/678") not in covers  # Raahe names the elided "Raahen seutukunta"


def test_a_provider_of_services_to_towns_named_in_the_allative_or_illative() -> None:
    company = ID + "company/jarvilinna-terveys"  # invented: Kuusiolinna is reference data now
    covers = _facts("Järvilinna Terveys Oy tuottaa palveluja Kuortaneelle ja Soiniin vuodesta 2027 alkaen.",
                    "coversArea")
    assert {(company, ID + "municipality/300"), (company, ID + "municipality/759")} <= covers


def test_services_to_people_moving_to_a_town_give_no_area() -> None:
    covers = _facts("Järvilinna Terveys Oy tarjoaa palveluja Kuortaneelle muuttaville perheille.", "coversArea")
    text = "Järvilinna Terveys Oy tarjoaa palveluja Kuortaneelle muuttaville perheille."
    assert "Järvilinna Terveys Oy" in entity_labels(text, "Company")  # the provider is found, yet covers nothing
    assert not covers

"""Organisations named by head words and their own names, with adversarial texts (text written here)."""

from __future__ import annotations

from welfare_kg.extract.entities import Recogniser
from welfare_kg.extract.gazetteer import reference_gazetteer
from welfare_kg.extract.morphology import get_morphology
from welfare_kg.extract.text import sentences


def orgs(text: str) -> list[str]:
    rec = Recogniser(reference_gazetteer(), get_morphology())
    return [m.label for s in sentences(text) for m in rec.sentence_mentions(s, text, title=False)
            if m.type in {"Association", "Company", "JointAuthority"}]


def test_a_national_associations_local_association_named_by_town() -> None:
    assert "Eläkeliiton Savukosken yhdistys" in orgs("Avustus myönnettiin Eläkeliiton Savukosken yhdistykselle.\n")
    assert "Eläkeliiton Kuopion yhdistys" in orgs("Tukea saivat Eläkeliiton Kuopion yhdistys ja kyläseura.\n")


def test_a_town_after_a_national_association_without_a_head_is_no_local_association() -> None:
    found = orgs("Eläkeliiton Savukosken toiminta jatkuu. Yhdistyksen hallitus kokoontui.\n")
    assert not any("yhdistys" in x.lower() for x in found)


def test_swedish_definite_kind_before_its_name() -> None:
    assert orgs("Riksförbundet Våra Gårdar och medlemmarna har fått besked.\n") == ["Riksförbundet Våra Gårdar"]
    assert orgs("Vi gratulerar Lokalföreningen 127 Örnsköld i Örnsköldsvik.\n")[0] == "Lokalföreningen 127 Örnsköld"
    assert orgs("Studieförbundet Vuxenskolan ordnar kurser.\n") == ["Studieförbundet Vuxenskolan"]


def test_swedish_definite_kind_before_a_common_word_or_a_year_names_nothing() -> None:
    assert orgs("Föreningen har fått bidrag. Stiftelsen beviljade medel. Riksförbundet har 200 medlemmar.\n") == []
    assert orgs("Föreningen 2019 Verksamhetsberättelse.\n") == []


def test_a_capitalised_kind_then_its_own_name_inflected() -> None:
    assert "Naisasialiitto Unioni" in orgs("Suurimmat avustukset olivat Naisasialiitto Unionin 150 000 avustus.\n")
    assert "Kyläyhdistys Kotikylä" in orgs("Avustus myönnettiin Kyläyhdistys Kotikylälle.\n")


def test_no_inflected_name_after_an_opener_an_inflected_kind_a_place_or_a_time() -> None:
    found = orgs("Tiedotteen julkaisi Kotiseutuyhdistys Tiistaina. Esityksen järjestää Nuorisoseura Kesäteatterissa.\n"
                 "Yhdistyksen Hallituksen kokous pidettiin. Säätiön Tarkoitus on hyvä.\n"
                 "Tukea sai Kyläyhdistys Helsingin kautta.\n"
                 "Kotiseutuyhdistys Hankkeen kautta tuli rahaa.\n")
    assert not any(" " in x and not x.endswith("ry") for x in found), found


def test_a_places_foundation_named_for_whom_it_works() -> None:
    assert "Suomen lasten ja nuorten säätiö" in orgs("Avustuksen sai Suomen lasten ja nuorten säätiön hanke.\n")
    assert "Suomen vanhusten säätiö" in orgs("Tukea sai Suomen vanhusten säätiö.\n")


def test_no_foundation_from_a_plural_kind_a_singular_genitive_or_an_opener() -> None:
    found = orgs("Suomen kuntien säätiöt ovat monet. Lasten ja nuorten säätiö toimii.\n"
                 "Säätiön tarkoitus on hyvä. Helsingin kaupungin säätiö toimii.\n")
    assert not any("säätiö" in x for x in found), found


def undertakings(text: str) -> list[str]:
    rec = Recogniser(reference_gazetteer(), get_morphology())
    return [m.label for s in sentences(text) for m in rec.sentence_mentions(s, text, title=False)
            if m.type in {"Project", "Programme"}]


def test_a_legal_form_closes_its_name_before_a_field_label_glued_after_it() -> None:
    text = "Tiivistelmä Hankkeen hallinnoija ProAgria Oulu ry Hankkeen sopimusyhteistyökumppanit: Kylä ry.\n"
    assert undertakings(text) == []
    assert "ProAgria Oulu ry" in orgs(text)


def test_a_field_label_opening_a_row_is_no_word_of_the_registered_name_after_it() -> None:
    assert orgs("Hallinnoija Kylätoimikunta ry Hankkeen kesto 2 vuotta.\n") == ["Kylätoimikunta ry"]
    assert orgs("Hakija Kehitys Oy haki tukea.\n") == ["Kehitys Oy"]


def test_two_places_genitives_joined_before_a_registered_name_are_its_area() -> None:
    found = orgs("Rahoitusta esitetään Helsingin ja Uudenmaan Näkövammaiset ry:n hankkeelle.\n")
    assert found == ["Helsingin ja Uudenmaan Näkövammaiset ry"]


def test_a_town_in_the_nominative_joined_before_a_registered_name_stays_apart() -> None:
    assert orgs("Tukea saivat Helsingin kaupunki ja Uudenmaan Näkövammaiset ry.\n") == ["Uudenmaan Näkövammaiset ry"]
    assert orgs("Mukana ovat Oulu ja Kuopion Martat ry.\n") == ["Kuopion Martat ry"]


def test_a_swedish_name_adjective_opening_a_line_before_a_kind_compound_is_the_names() -> None:
    assert orgs("Svenska Postkodsstiftelsen, handläggare Robert Brodén\n") == ["Svenska Postkodsstiftelsen"]
    assert orgs("Stiftelsen beviljade medel.\nFöreningen Aktiva har möte.\n") == ["Föreningen Aktiva"]


def test_a_chamber_of_commerce_named_by_its_town_or_region() -> None:
    assert orgs("Mukana oli Keski-Suomen kauppakamari ja Oulun kauppakamari.\n") == [
        "Keski-Suomen kauppakamari", "Oulun kauppakamari"]
    assert "Riihimäen-Hyvinkään kauppakamari" in orgs(
        "Loppi Anne Wikström, Riihimäen-Hyvinkään kauppakamari Hannu Saarinen, Hämeen liitto Tarja Hartikainen.\n")


def test_a_chamber_of_commerce_without_a_place_names_none() -> None:
    assert orgs("Kauppakamari tiedotti. Kauppakamarin edustaja oli paikalla. Uusi kauppakamari perustettiin.\n") == []


def test_a_towns_junior_chamber_is_an_association_its_energy_company_a_company() -> None:
    rec = Recogniser(reference_gazetteer(), get_morphology())
    text = "Tukea saivat Kuusamon Nuorkauppakamari ja muut. Kokkolan Energia sai 50 000 euroa.\n"
    types = {m.label: m.type for s in sentences(text) for m in rec.sentence_mentions(s, text, title=False)}
    assert types.get("Kuusamon Nuorkauppakamari") == "Association"
    assert types.get("Kokkolan Energia") == "Company"


def test_a_swedish_compound_kind_over_a_title_on_the_next_line_names_nothing() -> None:
    assert orgs("Riksförbundet\nVerksamhetsberättelse 2019 har antagits.\n") == []


def test_a_swedish_organisations_regions_each_after_its_own_i() -> None:
    found = orgs("Vi gratulerar Ungdomens Nykterhetsförbund i Uppsala och i Jämtland till stödet.\n")
    assert found == ["Ungdomens Nykterhetsförbund i Uppsala", "Ungdomens Nykterhetsförbund i Jämtland"]


def test_no_second_region_from_a_longer_capitalised_name_after_i() -> None:
    found = orgs("Folkhälsans förbund i Uppsala och i Jämtland Stad har möte.\n")
    assert "Folkhälsans förbund i Jämtland" not in found


def test_a_village_association_named_for_two_villages_in_a_list() -> None:
    found = orgs("Tukea myönnettiin: Salmivaaran kyläseura, Naruska-Pulkkaviita kyläseura.\n")
    assert "Naruska-Pulkkaviita kyläseura" in found


def test_two_villages_outside_a_list_or_before_a_plural_kind_name_no_association() -> None:
    found = orgs("Hankkeessa toimii Naruska-Pulkkaviita kyläseura. Mukana: Naruska-Pulkkaviita kyläseurat.\n")
    assert not any("Naruska" in x for x in found), found

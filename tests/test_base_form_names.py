"""Names of organisations that stand in a text in their base form with no legal form of the usual kind, read by their
structure (extract/entities.py, extract/lists.py, extract/listed_receivers.py, extract/gazetteer.py): a co-operative's
"osk", an adjective inside a village association's name, a town's sports club named by an adjective, a Swedish
company named for its town with "i", the receiver of a grant row in prose, and items of a bulleted partner list.
The texts are invented for these tests."""

from __future__ import annotations

from helpers import entity_types, extract, needs_voikko


def _participants(text: str) -> set[str]:
    out = extract(text, "news")
    label = {i: e.label for i, e in out.entities.items()}
    return {label.get(f.subject, f.subject) for f in out.facts if f.predicate == "participatesIn"}


def test_osk_is_a_cooperatives_legal_form() -> None:
    names = entity_types("Jäseniä ovat Vekkula osk ja Tolmola osk. Hallitus osti Vekkula osk:n osuuksia.")
    assert names.get("Vekkula osk") == "Company"
    assert names.get("Tolmola osk") == "Company"


@needs_voikko
def test_an_adjective_between_the_town_and_the_kind_belongs_to_the_name() -> None:
    names = entity_types("Mukana ovat Pukkilan läntinen nuorisoseura ja Askolan kyläyhdistys. Avustus myönnettiin "
                         "Sysmän itäiselle kyläyhdistykselle.")
    assert names.get("Pukkilan läntinen nuorisoseura") == "Association"
    assert names.get("Sysmän itäinen kyläyhdistys") == "Association"  # the adjective in its base form too
    # a registered name keeps its words as written before its legal form
    assert "Sysmän iloiset eläkeläiset ry" in entity_types("Tukea sai Sysmän iloiset eläkeläiset ry.")


@needs_voikko
def test_a_towns_club_named_by_an_adjective() -> None:
    names = entity_types("Avustuksen saivat Salon Reipas ja Oulun Energia. Kotkan Vilpas hankkii uudet tuolit.")
    assert names.get("Salon Reipas") == "Association"
    assert names.get("Kotkan Vilpas") == "Association"  # a sentence's first word, the town a common noun too
    assert names.get("Oulun Energia") == "Company"  # a noun names a company as before


@needs_voikko
def test_a_heading_in_title_case_is_no_club() -> None:
    names = entity_types("Salon Uusi Kirjasto Avautuu\n\nKirjasto avautuu maanantaina.")
    assert not any(label.startswith("Salon") and typ == "Association" for label, typ in names.items())


def test_a_swedish_company_named_for_its_town() -> None:
    names = entity_types("Avtalet undertecknades av Fastighetsbolag i Kalvik AB och staden.")
    assert names.get("Fastighetsbolag i Kalvik AB") == "Company"
    assert "Kalvik AB" not in names


def test_a_grant_row_in_prose_ends_the_name_at_the_verb() -> None:
    text = ("Kylätoimikunta myönsi avustuksia.\n\nTolmolan Tanssijat sai 500 euroa.\n\n"
            "Vekkulan Veikot sai 1 200 euroa.")
    names = entity_types(text)
    assert "Tolmolan Tanssijat" in names and "Vekkulan Veikot" in names
    assert not any(label.endswith(" sai") for label in names)


@needs_voikko
def test_bulleted_partner_items_by_their_kind() -> None:
    text = ("Kylätalo kuntoon -hanke\n\nHankekumppanit:\n • Hämeenlinnan kaupunki\n • Tolmolan seudun 4H\n"
            " • Kulttuuriosuuskunta Vekkula\n • Tolmolan Vapaa-ajan Kalastajat\n\n"
            "Hanketta rahoittaa Hämeen ELY-keskus.")
    names = entity_types(text)
    assert names.get("Tolmolan seudun 4H") == "Association"
    assert names.get("Kulttuuriosuuskunta Vekkula") == "Company"
    assert names.get("Tolmolan Vapaa-ajan Kalastajat") == "Association"
    assert names.get("Hämeenlinnan kaupunki") is None  # the town is a Municipality, not a listed project
    assert {"Tolmolan seudun 4H", "Kulttuuriosuuskunta Vekkula"} <= _participants(text)


def test_a_heading_that_only_opens_with_a_project_word_lists_no_projects() -> None:
    names = entity_types("Hankekumppanit:\n • Tolmolan Kalastajat\n • Vekkulan Laulajat\n\n"
                         "Avustusohjelmat ovat:\n • Kotona hyvin\n • Arjen tuki")
    assert names.get("Tolmolan Kalastajat") != "Project"
    assert names.get("Vekkulan Laulajat") != "Project"
    assert names.get("Kotona hyvin") == "Programme"  # a heading ending in the kind still lists its names


def test_partner_cells_of_a_table_row() -> None:
    text = "Väylähanke\n\nHankekumppanit:\nKaskisten kaupunki (Lead Part) | Vekkula Hamn AB\n\nRahoittaja: EU"
    names = entity_types(text)
    assert names.get("Vekkula Hamn AB") == "Company"
    assert not any("|" in label for label in names)


def test_a_movements_word_glued_to_the_kind_after_a_places_genitive() -> None:
    names = entity_types("Tolmolan Lions-liitto keräsi rahaa. Klubi tilitti summan Tolmolan Lions-liitolle. Mukana "
                         "on myös Pohjois-Savon Vekkula-yhdistys.")
    assert names.get("Tolmolan Lions-liitto") == "Association"
    assert names.get("Pohjois-Savon Vekkula-yhdistys") == "Association"
    assert "Vekkula-yhdistys" not in names


def test_a_lower_case_kind_before_an_abbreviation_names_it() -> None:
    names = entity_types("Korkeakoulu tekee yhteistyötä Tolmolan kaupungin, opiskelijakunta VEKA:n ja yhdistys "
                         "TOLMO ry:n kanssa. Hän kuului yhdistys HUPSU:un.")
    assert names.get("VEKA") == "Association"
    assert "HUPSU" not in names  # after a verb the kind may be a word of the clause, not an apposition


def test_a_towns_volunteer_fire_brigade_by_its_abbreviation() -> None:
    names = entity_types("Säätiö jakoi avustuksia: 1 500 euroa Sysmän VPK:lle ja 800 euroa Porin NMKY:lle.")
    assert names.get("Sysmän VPK") == "Association"
    assert names.get("Porin NMKY") == "Association"
    assert "Pori" not in names  # the town's genitive is the association's, not a place the text speaks of
    assert entity_types("Yhteistyössä ovat Porin seudun 4H ja kaupunki.").get("Porin seudun 4H") == "Association"


def test_a_heading_closed_by_a_compound_project_head_after_a_spaced_dash() -> None:
    names = entity_types("Hanketyö\n\nTolmolan kylät ja ihmiset – julkaisuhanke\n\nKirja kokoaa kylien historiaa. "
                         "Rahoitus – kehittämishanke alkaa syksyllä.")
    assert any(label.startswith("Tolmolan kylät ja ihmiset") and typ == "Project" for label, typ in names.items())
    assert "Rahoitus" not in names  # a common word in running text before the dash names nothing

"""Project names in shapes real documents write them and the recogniser used to lose.

Sentences written for these tests; each rule has a case it must find and one it must leave alone.
"""

from __future__ import annotations

import pytest

from tests.helpers import needs_voikko_for, record
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.fields import read_fields

UNDERTAKINGS = {"Project", "Programme", "WorkPackage"}
needs_voikko = needs_voikko_for("verbs, nouns and the nominative are known from Voikko's lexicon")


def projects(text: str, kind: str = "news") -> dict[str, set[str]]:
    """Label -> all labels of each project the text names."""
    ex = extract_document(record(text, kind=kind))
    return {e.label: set(e.labels) for e in ex.entities.values() if e.type == "Project"}


def all_labels(text: str, kind: str = "news") -> set[str]:
    return {lab for labels in projects(text, kind).values() for lab in labels}


# -- a finite verb inside a name before " -hanke" ------------------------------------------------------------

@needs_voikko
@pytest.mark.parametrize(("text", "name"), [
    ("Yhdistyksen Kesä tulee kylään -hankkeelle myönnettiin avustus.", "Kesä tulee kylään"),
    ("Rahaa saivat Oulun Kulttuuri elää -hanke ja Kemin Vesi virtaa -hanke.", "Vesi virtaa"),
])
def test_a_verb_between_a_capital_and_the_dash_is_part_of_the_name(text: str, name: str) -> None:
    assert name in all_labels(text)


@needs_voikko
@pytest.mark.parametrize("text", [
    "Kunta osallistuu hyvinvointi -hankkeeseen.",  # the sentence's subject and verb: no name
    "Lisäksi Kunta osallistuu hyvinvointi -hankkeeseen.",
])
def test_a_sentence_subject_and_its_verb_are_no_name(text: str) -> None:
    assert not projects(text)


@needs_voikko
def test_a_place_genitive_before_a_capitalised_name_gives_the_name_without_it_too() -> None:
    labels = all_labels("Kaupunki sai rahoitusta, ja Tornion Aine tulee kylään -hanke sai 20 000 euroa.")
    assert {"Aine tulee kylään", "Tornion Aine tulee kylään"} <= labels


# -- a sentence-opening noun before a name glued to its head -----------------------------------------------

@needs_voikko
def test_an_opening_noun_before_a_glued_name_belongs_to_it() -> None:
    assert "Metsä Kutsuu" in projects("Metsä Kutsuu-hankkeella edistetään nuorten liikuntaa.")


@needs_voikko
@pytest.mark.parametrize("text", [
    "Uusi Apotti-hanke alkoi.",  # an adjective
    "Kunta Apotti-hankkeessa on mukana.",  # a kind of organisation
    "Yhdistys Apotti-hanke alkoi keväällä.",
    "Kesällä Apotti-hanke alkoi.",  # an adverbial case
])
def test_other_openers_stay_outside_the_glued_name(text: str) -> None:
    assert set(projects(text)) == {"Apotti"}


# -- two heads joined by "sekä" / "ja" ---------------------------------------------------------------------

@needs_voikko
def test_two_compound_heads_joined_by_a_conjunction_are_two_names() -> None:
    found = projects("Päähankkeet ovat Tulevaisuuden sote-keskushanke sekä Rakenneuudistushanke.")
    assert "Tulevaisuuden sote-keskushanke sekä Rakenneuudistushanke" not in found
    assert "Rakenneuudistushanke" in found  # the listed compound keeps its head


@needs_voikko
@pytest.mark.parametrize(("text", "name"), [
    ("Kunta osallistuu Lapin kunta- ja palvelurakennehankkeeseen.", "Lapin kunta- ja palvelurakennehanke"),
    ("Kunta osallistuu Lapin ja Kainuun hyvinvointihankkeeseen.", "Lapin ja Kainuun hyvinvointihanke"),
])
def test_elided_and_coordinated_modifiers_still_join(text: str, name: str) -> None:
    assert name in projects(text)


def test_a_listed_name_written_with_its_head_apart_loses_the_head() -> None:
    found = all_labels("Rahoitusta saivat seuraavat hankkeet: Vahva arki -hanke, Koti-hanke ja Arjen tuki.")
    assert "Vahva arki" in found
    assert "Vahva arki -hanke, Koti-hanke ja Arjen tuki" not in found


# -- all-capital minutes titles: a genitive no dictionary knows names the project ----------------------------

@needs_voikko
def test_an_unknown_genitive_in_a_capitals_title_names_the_project() -> None:
    text = "§ 12 KORVALAUDEN VESIALUEEN KUNNOSTUSHANKKEEN JATKOTOIMENPITEET\nKunnanhallitus päätti asiasta.\n"
    assert "Korvalauden vesialueen kunnostushanke" in projects(text, kind="minutes")


@needs_voikko
def test_a_common_genitive_in_a_capitals_title_names_none() -> None:
    text = "§ 12 YHTEISEN VESIALUEEN KUNNOSTUSHANKKEEN JATKOTOIMENPITEET\nKunnanhallitus päätti asiasta.\n"
    assert not any(label.lower().startswith("yhteisen") for label in projects(text, kind="minutes"))


# -- form fields run together on one line --------------------------------------------------------------------

def test_a_run_together_name_field_ends_at_the_next_label_even_an_unknown_one() -> None:
    text = ("Diaarinumero: 12/2005 Hakija: Lapin kunta Hankkeen nimi: Kylät kuntoon, yhdessä "
            "Toimenpidekokonaisuus: 2.2 Toteuttamisalue: Lappi\n")
    name = next(f for f in read_fields(text) if f.kind == "name")
    assert text[name.value_start:name.value_end] == "Kylät kuntoon, yhdessä"


def test_a_lower_case_colon_inside_a_value_does_not_end_it() -> None:
    text = "Diaarinumero: 12/2005 Hakija: Lapin kunta Hankkeen nimi: Kylät kuntoon vaihe 2: jatko\n"
    name = next(f for f in read_fields(text) if f.kind == "name")
    assert text[name.value_start:name.value_end] == "Kylät kuntoon vaihe 2: jatko"


# -- a generic adjective inside a genitive chain that a place opens -------------------------------------------

@needs_voikko
@pytest.mark.parametrize(("text", "name"), [
    ("Kunnat osallistuivat Pohjois-Savon alueen kuntien yhteiseen rakenneuudistushankkeeseen.",
     "Pohjois-Savon alueen kuntien yhteinen rakenneuudistushanke"),
    ("Lapin kuntien yhteinen kehittämishanke alkoi.", "Lapin kuntien yhteinen kehittämishanke"),
])
def test_a_shared_adjective_inside_a_place_chain_is_part_of_the_name(text: str, name: str) -> None:
    assert name in projects(text)


@needs_voikko
@pytest.mark.parametrize("text", [
    "Kunnat osallistuivat kuntien yhteiseen rakenneuudistushankkeeseen.",  # no place, no capital: a kind
    "Kuntien yhteinen kehittämishanke alkoi.",  # only the sentence's first capital
    "Kunnat osallistuivat Lapin yhteiseen hankkeeseen.",  # a bare head takes no such adjective
])
def test_a_shared_adjective_without_a_place_names_nothing(text: str) -> None:
    assert not projects(text)


@needs_voikko
@pytest.mark.parametrize("text", [
    "Ilopiiri-hanke on Kainuun kuntien yhteinen vanhustyön kehittämishanke.",  # describes the project named before
    "Hyvä Arki -hanke on Tampereen yliopiston sekä Kuopion kaupungin yhteinen tutkimushanke.",  # whose, no name
])
def test_a_shared_adjective_after_a_copula_or_a_list_names_nothing_new(text: str) -> None:
    found = projects(text)
    assert len(found) == 1 and not any("yhteinen" in label for labels in found.values() for label in labels)


@needs_voikko
def test_towns_of_the_area_a_project_name_opens_with_belong_to_it() -> None:
    text = ("Pohjois-Savon alueen kuntien yhteiseen rakenneuudistushankkeeseen osallistui alueen kaikki kunnat "
            "(Kuopio, Siilinjärvi ja Varkaus).")
    ex = extract_document(record(text))
    part_of = {(f.subject, f.object) for f in ex.facts if f.predicate == "partOf"}
    region = next(e.iri for e in ex.entities.values() if e.type == "Region")
    towns = {e.iri for e in ex.entities.values() if e.type == "Municipality"}
    assert len(towns) == 3 and {(t, region) for t in towns} <= part_of


# -- Swedish: a known name's s-genitive before a compound of program/projekt; sentence-case names ------------

@pytest.mark.parametrize(("text", "name", "typ"), [
    ("Beredningen av Österbottens landskapsprogram 2018-2021 fortsätter.", "Österbottens landskapsprogram 2018-2021",
     "Programme"),
    ("Samarbetsgruppen diskuterade Vasa stads välfärdsprogram i dag.", "Vasa stads välfärdsprogram", "Programme"),
    ("Kommunen deltar i Österbottens integrationsprojekt.", "Österbottens integrationsprojekt", "Project"),
])
def test_a_swedish_genitive_before_a_programme_compound_names_it(text: str, name: str, typ: str) -> None:
    ex = extract_document(record(text))
    assert (typ, name) in {(e.type, e.label) for e in ex.entities.values()}


@pytest.mark.parametrize("text", [
    "Kommunen deltar i Novias projekt.",  # a bare head: someone's project, no name
    "Kommunen deltar i Österbottens program.",
])
def test_a_swedish_genitive_before_a_bare_head_names_nothing(text: str) -> None:
    ex = extract_document(record(text))
    assert not {e for e in ex.entities.values() if e.type in UNDERTAKINGS}


@pytest.mark.parametrize(("text", "name"), [
    ("Kommunen deltar i projektet Trygg hemma i Vasa.", "Trygg hemma"),
    ("Kommunen deltar i projektet Kvarken arbetar för barn.", "Kvarken"),  # a verb ends the name
    ("Föreningen genomför projektet Ung Vind tillsammans med kommunen.", "Ung Vind"),
])
def test_a_swedish_name_after_projektet_in_sentence_case(text: str, name: str) -> None:
    assert set(projects(text)) == {name}


def test_a_programme_period_with_a_hyphen_matches_its_en_dash_label() -> None:
    ex = extract_document(record("Kommunen söker finansiering från Hållbar tillväxt och jobb 2014-2020."))
    assert any(e.type == "Programme" and e.iri.endswith("/kestavaa-kasvua-ja-tyota-2014-2020")
               for e in ex.entities.values())


# -- a name field standing alone on its line on a page that is no form -----------------------------------------

def test_a_stacked_name_field_names_the_project_of_a_page_of_prose() -> None:
    text = ("Perustiedot\n\nKokonaisuuden nimi\nKainuun palvelurakenteen uudistus\nLyhyt kuvaus\n\n"
            "Hankkeella tuetaan palvelujen kehittämistä. Työ jatkuu vuoteen 2023.\n")
    assert "Kainuun palvelurakenteen uudistus" in projects(text)


def test_a_stacked_name_field_holding_a_sentence_names_nothing() -> None:
    text = "Kokonaisuuden nimi\nNimi päätetään myöhemmin kokouksessa.\nLyhyt kuvaus\n\nHanke alkaa keväällä.\n"
    assert not any("päätetään" in label for label in projects(text))


# -- a minutes item titled by a project's name and its application ---------------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("Stadsstyrelsen\n\n§ 12 Hemma hela livet - ansökan om projektfinansiering\n\nStadsstyrelsen beslöt att ansöka "
     "om finansiering.\n\n§ 13 Budgetändring\n\nStadsstyrelsen godkände ändringen.\n", "Hemma hela livet"),
    ("Kunnanhallitus\n\n§ 12 Arjen polut, hankehakemus\n\nKunnanhallitus päätti hakea rahoitusta.\n\n"
     "§ 13 Talousarvion muutos\n\nKunnanhallitus hyväksyi muutoksen.\n", "Arjen polut"),
])
def test_an_item_title_naming_a_project_before_its_application(text: str, name: str) -> None:
    assert name in projects(text, kind="minutes")


def test_an_application_without_a_project_word_names_no_project() -> None:
    text = "Kunnanhallitus\n\n§ 12 Talousarvion muutos, rahoitushakemus\n\nKunnanhallitus päätti hakea rahoitusta.\n"
    assert not projects(text, kind="minutes")


# -- a compound of the head capitalised inside a sentence --------------------------------------------------------

@needs_voikko
@pytest.mark.parametrize(("text", "name"), [
    ("Kunta päätti osallistua Kuntakokeiluhankkeeseen vuonna 2015.", "Kuntakokeiluhanke"),
    ("Kunta on mukana Rakenneuudistushankkeessa.", "Rakenneuudistushanke"),
    # a slot of a person's row: "name, post, project, organisation"
    ("Maija Virtanen, suunnittelija, Kyläkoulukehityshanke, Esimerkin ammattiopisto.", "Kyläkoulukehityshanke"),
])
def test_a_capitalised_compound_inside_a_sentence_is_a_name(text: str, name: str) -> None:
    assert name in projects(text)


@needs_voikko
@pytest.mark.parametrize("text", [
    "Kunta päätti osallistua Kehittämishankkeeseen vuonna 2015.",  # a kind of project
    "Kunta on mukana Selvityshankkeessa.",
    "Kunta päätti osallistua kuntakokeiluhankkeeseen vuonna 2015.",  # lower case: a kind
    "Kuntakokeiluhanke alkoi vuonna 2015.",  # the sentence's first capital says nothing
    "Tavoitteet, Kehittämishanke, Tulokset",  # a kind of project after a comma all the same
    "Kunta on mukana EU-hankkeessa.",
])
def test_a_generic_or_sentence_initial_compound_is_no_name(text: str) -> None:
    assert not projects(text)


# -- listed projects: the project word's typo in the lead-in, a bracketed acronym closing a long name ----------

LIST = ("Uutinen\n\nRahoitusta myönnettiin seuraaville {word}:\n\n"
        "  • Kylien tulevaisuus -selvitys, Lapin kunta\n  • Esilämpö, Lämpö ry\n\nLisätietoja antaa toimisto.\n")


@pytest.mark.parametrize("word", ["hankkeille", "hakkeille"])
def test_a_list_under_the_project_word_or_its_typo(word: str) -> None:
    assert {"Kylien tulevaisuus -selvitys", "Esilämpö"} <= set(projects(LIST.format(word=word)))


def test_a_list_under_another_plural_names_no_projects() -> None:
    assert not projects(LIST.format(word="hakijoille"))


def test_a_bracketed_acronym_closes_a_listed_name_with_commas() -> None:
    text = ("Uutinen\n\nRahoitusta myönnettiin seuraaville hankkeille:\n\n"
            "  • Suunnitelma tunnelin jatkosuunnitteluun, arviointiin ja brändäämiseen (TUJAVA), Vantaan kaupunki\n"
            "  • Esilämpö, Lämpö ry\n\nLisätietoja antaa toimisto.\n")
    found = projects(text)
    name = "Suunnitelma tunnelin jatkosuunnitteluun, arviointiin ja brändäämiseen"
    assert name in found and "TUJAVA" in found[name]


def test_a_programme_read_inside_a_listed_name_goes() -> None:
    text = ("Uutinen\n\nRahoitusta myönnettiin seuraaville hankkeille:\n\n"
            "  • Selvitys TKI-toiminnan kehittämisohjelmasta oppilaitoksille, Oppilaitos Oy\n"
            "  • Esilämpö, Lämpö ry\n\nLisätietoja antaa toimisto.\n")
    ex = extract_document(record(text))
    assert not [e for e in ex.entities.values() if e.type == "Programme"]
    assert "Selvitys TKI-toiminnan kehittämisohjelmasta oppilaitoksille" in projects(text)


def test_the_organisation_closing_a_listed_row_after_a_comma_runs_its_project() -> None:
    text = ("Uutinen\n\nRahoitusta myönnettiin seuraaville hankkeille:\n\n"
            "  • Kylien tulevaisuus -selvitys, Rovaniemen kaupunki\n  • Esilämpö, Lämpö ry\n\n"
            "Lisätietoja antaa toimisto.\n")
    ex = extract_document(record(text))
    runs = {(ex.entities[f.subject].label, ex.entities[f.object].label) for f in ex.facts
            if f.predicate == "coordinates" and f.subject in ex.entities and f.object in ex.entities}
    assert ("Rovaniemi", "Kylien tulevaisuus -selvitys") in runs


def test_an_organisation_followed_by_more_words_on_the_row_runs_nothing() -> None:
    text = ("Uutinen\n\nRahoitusta myönnettiin seuraaville hankkeille:\n\n"
            "  • Kylien tulevaisuus -selvitys, Rovaniemen kaupungin alueella toteutettava\n  • Esilämpö, Lämpö ry\n\n"
            "Lisätietoja antaa toimisto.\n")
    ex = extract_document(record(text))
    assert not [f for f in ex.facts if f.predicate == "coordinates" and f.subject.endswith("/698")]


# -- a project named by the genitives before its plan ------------------------------------------------------------

@needs_voikko
def test_a_place_and_an_acronym_compound_before_a_plan_name_the_project() -> None:
    assert "Korvalan ASPA-palvelutalo" in projects("Kaupunginhallitus hyväksyi Korvalan ASPA-palvelutalon "
                                                   "hankesuunnitelman.")


@needs_voikko
@pytest.mark.parametrize(("title", "name"), [
    ("KORVALAN ASPA-PALVELUTALON HANKESUUNNITELMAN HYVÄKSYMINEN", "Korvalan ASPA-palvelutalo"),
    ("HULAUDEN RANNAN KUNNOSTUKSEN HANKESUUNNITELMA", "Hulauden rannan kunnostus"),
])
def test_genitives_before_a_plan_in_a_capitals_title_name_the_project(title: str, name: str) -> None:
    text = f"§ 30 {title}\nKaupunginhallitus hyväksyi suunnitelman.\n"
    assert {label.lower() for label in projects(text, kind="minutes")} >= {name.lower()}


@needs_voikko
@pytest.mark.parametrize("title", ["KOULUN HANKESUUNNITELMAN HYVÄKSYMINEN",
                                   "KORPILAHDEN KOULUN HANKESUUNNITELMAN HYVÄKSYMINEN"])  # a town's school building
def test_a_common_or_a_town_genitive_before_a_plan_in_capitals_names_nothing(title: str) -> None:
    assert not projects(f"§ 30 {title}\nKaupunginhallitus hyväksyi suunnitelman.\n", kind="minutes")


@pytest.mark.parametrize(("text", "name"), [
    ("Förbundet beviljade medel till ESF-projektet Steget vidare.", "Steget vidare"),
    ("I delprojektet Unga vuxna deltar tio personer.", "Unga vuxna"),
])
def test_a_swedish_name_after_a_compound_of_projektet(text: str, name: str) -> None:
    assert name in projects(text)


def test_a_glued_name_before_projektet_stays_the_name() -> None:
    assert set(projects("Kommunstyrelsen beslöt delta i Kvarken-projektet i höst.")) == {"Kvarken"}


# -- a sentence-case name whose last word is glued to the head (the space before the dash left out) -------------

@needs_voikko
@pytest.mark.parametrize(("text", "name"), [
    ("Kunta osallistuu Kotona kaikki hyvin-hankkeeseen.", "Kotona kaikki hyvin"),
    ("Lautakunta käsitteli Hyvä arki-hankkeen raporttia.", "Hyvä arki"),
])
def test_a_name_glued_to_its_head_by_its_last_word(text: str, name: str) -> None:
    assert name in projects(text)


@needs_voikko
@pytest.mark.parametrize("text", [
    "Kunta osallistuu hyvinvointi-hankkeeseen.",  # a compound spelt with a hyphen: a kind
    "Kunnan kaikki koulut osallistuvat liikunta-hankkeeseen.",  # a clause with its verb is no name
    "Kunta osallistuu kehittämis-hankkeeseen.",
])
def test_a_hyphenated_compound_without_a_name_names_nothing(text: str) -> None:
    assert not projects(text)


@pytest.mark.parametrize("text", ["Hanke on nimeltään Arjen turva.",
                                  "Uusi hanke on nimeltään Arjen turva, ja se alkaa keväällä."])
def test_a_project_said_to_be_called_a_name(text: str) -> None:
    assert "Arjen turva" in projects(text)


def test_a_lower_case_word_after_nimeltaan_is_no_name() -> None:
    assert not projects("Hanke on nimeltään hieno.")


@needs_voikko
def test_a_heading_word_in_capitals_before_a_name_is_no_part_of_it() -> None:
    got = projects("3 JOHDANTO Savon kylämatkailuhanke on kylien yhteinen hanke.")
    assert "Savon kylämatkailuhanke" in got and not any(name.startswith("JOHDANTO") for name in got), got


"""Project names read from where they stand, on invented texts shaped like unseen report transcripts and pages.

A name after its head word ("hankkeessa Vahva Kylä", "hankkeeseen TUKEVA"), a name field in a numbered section of a
report ("2. Hanke nimi: X hankkeen numero: 7003"), a listed project's years in brackets ("Kylät yhdessä
(2006-2007)": not part of its name), and what names nothing: a list row's instruction before "hankkeen", a person's
genitive before a project word, an agreement of "muun" or "tai" (any one of a kind). Names are not the corpus's."""

from __future__ import annotations

from helpers import record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.entities import Recogniser
from welfare_kg.extract.gazetteer import Gazetteer, reference_gazetteer
from welfare_kg.extract.morphology import get_morphology
from welfare_kg.extract.text import sentences

KINDS = ("Project", "Programme", "Agreement")


def _labels(gaz: Gazetteer, text: str) -> list[str]:
    rec = Recogniser(gaz, get_morphology())
    return [m.label for s in sentences(text) for m in rec.sentence_mentions(s, text, title=False) if m.type in KINDS]


def _entities(text: str, kind: str = "news") -> dict[str, set[str]]:
    """Label -> all labels of each project-like entity of the document."""
    out = extract_document(record(text, kind), gazetteer=reference_gazetteer())
    return {e.label: e.labels | {e.label} for e in out.entities.values() if e.type in KINDS}


def test_a_name_in_title_case_after_the_head_runs_on(gaz: Gazetteer) -> None:
    assert "Vahva Kylä" in _labels(gaz, "Hankkeessa Vahva Kylä kehitetään kylätaloja.")
    assert "Arjen Ankkuri" in _labels(gaz, "Projekti Arjen Ankkuri käynnistyi syksyllä.")
    # a sentence-case name stops where a capital opens something else
    assert "Hyvä arki" in _labels(gaz, "Hanke Hyvä arki Kainuussa alkoi.")


def test_a_coined_acronym_after_the_head_is_the_name(gaz: Gazetteer) -> None:
    assert "TUKEVA" in _labels(gaz, "Kunta osallistuu hankkeeseen TUKEVA yhdessä naapurikuntien kanssa.")
    assert "THL" not in _labels(gaz, "Kunta osallistuu hankkeeseen THL:n kanssa.")
    assert "ESR" not in _labels(gaz, "Kunta osallistuu hankkeeseen ESR rahoituksella.")
    # a nominative head after its own name: the acronym after it is another thing
    assert "SAVU" not in _labels(gaz, "Kustannukset jakautuvat Kaakon Tuuli hanke SAVU II kesken.")


def test_a_numbered_name_field_of_a_report_transcript() -> None:
    text = ("LOPPURAPORTTI\n\n3 3 1. Hankkeen toteuttaja Lopen kunta Yhdystie 5, Loppi 2. Hanke nimi: Vireät kylät "
            "hankkeen numero: 4711 DNro: 12/ ohjelma: Manner-Suomen maaseudun kehittämisohjelma.\n")
    assert any("Vireät kylät" in labels for labels in _entities(text).values())


def test_a_listed_projects_years_are_no_part_of_its_name() -> None:
    text = ("Kylähankkeet\n\nAiemmat kylien kehittämishankkeet:\n\n  • Kylät yhdessä (2006-2007)\n"
            "  • Kyläverkko (2008-4/2010)\n  • Rantakylän kyläsihteeri (2004-2005)\n\n"
            "Hankkeet saivat Leader-rahoitusta.\n")
    every = set().union(*_entities(text).values())
    assert {"Kylät yhdessä", "Kyläverkko", "Rantakylän kyläsihteeri"} <= every


def test_an_instruction_row_names_no_project(gaz: Gazetteer) -> None:
    text = "Raportin runko\n\n • Poimitaan hankesuunnitelmasta hankkeen tavoitteet\n • Kerrotaan tuloksista\n"
    assert not [x for x in _entities(text) if x.startswith("Poimitaan")]


def test_a_persons_genitive_says_whose_project(gaz: Gazetteer) -> None:
    assert not [x for x in _labels(gaz, "Hanke on osa pääministeri Juha Sipilän hallituksen kärkihanketta.")
                if "Sipilän" in x]
    assert "Arjen Tuki" in _labels(gaz, "Tutkija Anna Korhosen Arjen Tuki -hanke alkoi.")


def test_any_agreement_of_a_kind_is_no_name(gaz: Gazetteer) -> None:
    text = ("Avustusta ei myönnetä palveluihin, jotka ovat kaupungin, hyvinvointialueen tai muun julkisen "
            "hankintayksikön ostopalvelusopimuksen piirissä.")
    assert _labels(gaz, text) == []


def test_a_number_closes_a_swedish_name_after_its_head(gaz: Gazetteer) -> None:
    assert "Bygden 2030" in _labels(gaz, "Föreningen deltar i programmet Bygden 2030 och ordnar möten.")
    assert "Bygden" in _labels(gaz, "Föreningen fick för projektet Bygden 500 euro i stöd.")


def test_an_owners_genitives_before_a_dashed_name_leave_its_tail_as_a_name() -> None:
    text = "Järvikylien Tuki ry:n kumppani Hämeen Kylien Omalta kylältä Hämeessä -hanke on toiminut kolme vuotta.\n"
    assert any("Omalta kylältä Hämeessä" in labels for labels in _entities(text).values())


def test_a_place_genitive_before_a_bare_project_word_names_no_project(gaz: Gazetteer) -> None:
    assert _labels(gaz, "Kunta osallistuu Kainuun hankkeeseen ensi vuonna.") == []
    assert _labels(gaz, "Osallistuminen Suomen Kylätoimisto, Hämeen hankkeeseen ensi vuonna.") == []


def test_a_run_in_items_act_after_the_head_is_no_name(gaz: Gazetteer) -> None:
    text = ("Hämeen liiton osallistuminen Uusi Kylä -hankkeeseen Talousarvion käyttösuunnitelman hyväksyminen "
            "Maakuntakaavan tarkistus")
    assert not [x for x in _labels(gaz, text) if x.startswith("Talousarvion")]


def test_a_name_fields_bracketed_short_name_is_a_name_of_its_own() -> None:
    text = ("Euroopan sosiaalirahaston (ESR) rahoittaman hankkeen kuvaus\n\n1 Hanke\n\nHankekoodi: S99999\n\n"
            "Hankkeen nimi: Kylät uudessa työelämässä (Kyluto)\n\nToimintalinja: 4. Koulutus\n\n"
            "Hakijan virallinen nimi: Itä-Suomen yliopisto\n")
    assert any({"Kylät uudessa työelämässä", "Kyluto"} <= labels for labels in _entities(text).values())


def test_a_phase_numeral_after_a_camel_case_name_is_the_names_own(gaz: Gazetteer) -> None:
    labels = _labels(gaz, "Yhteistyötahoja ovat Maaseutuseura ry:n hallinnoima VesiVahti II sekä muut hankkeet.")
    assert "VesiVahti II" in labels and "VesiVahti" not in labels
    assert "VesiVahti III" in _labels(gaz, "Tulokset julkaistaan VesiVahti III:n sivuilla.")
    # "I" may be a word of its own, and a numeral on the next line is another line's
    assert "VesiVahti" in _labels(gaz, "Mukana oli VesiVahti I Vaasassa.")


def test_a_dash_spaced_on_both_sides_before_the_head(gaz: Gazetteer) -> None:
    assert "Kylät Kuntoon" in _labels(gaz, "Mukana on myös Kylät Kuntoon - hanke.")
    assert "Lukemalla Parempaan Arkeen" in _labels(
        gaz, "Mukana on ELY-keskuksen hallinnoima Lukemalla Parempaan Arkeen - hanke Hankkeen kohderyhmät: kunnat.")
    assert "TUKEVA" in _labels(gaz, "Mukana on TUKEVA – projekti.")
    # a common word alone, a head, a number or a known organisation before the spaced dash names nothing
    for text in ("Rahoitus - hanke päättyy.", "Hanke - projekti.", "Vuosina 2020 - 2022 hanke jatkui.",
                 "Kainuun liitto - hanke sai rahoitusta.", "Kunta - hanke päättyy."):
        assert not _labels(gaz, text), text


def test_a_postposition_phrase_before_a_name_is_no_part_of_it(gaz: Gazetteer) -> None:
    labels = _labels(gaz, "Esittelyn perusteella Kylät Kuntoon -hankkeen tiimiä täydennettiin.")
    assert "Kylät Kuntoon" in labels and not any(x.startswith("Esittelyn") for x in labels)
    assert "VesiVahti" in _labels(gaz, "Hanke-esittelyn perusteella VesiVahti – hankkeen tiimiä täydennettiin.")


def test_a_dashed_named_word_before_the_head(gaz: Gazetteer) -> None:
    # "-nimistä" is read by Voikko first as the plural elative of "nimi"; the dash says it is "niminen"
    assert "Kylät Kuntoon" in _entities("Yhdistys hallinnoi Kylät Kuntoon -nimistä hanketta vuoteen 2022.")


def test_a_name_after_a_funds_compound_head(gaz: Gazetteer) -> None:
    text = "Kaupunki on mukana Interreg-hankkeessa Cross Border Care, jota johtaa Lapin yliopisto."
    assert "Cross Border Care" in _entities(text)
    assert "Vahva Polku" in _entities("Kaupunki on mukana ESR-hankkeessa Vahva Polku, jota johtaa Lapin yliopisto.")
    # a project glued to its own name, then a capitalised word: that word is no name after the head
    assert not any(k.startswith("Lapin") for k in _entities("Kylät-hankkeessa Lapin yliopisto on mukana."))


def test_a_sentences_demonstrative_opens_no_name(gaz: Gazetteer) -> None:
    assert "Kylät Kuntoon" in _entities("Tässä Kylät Kuntoon -hankkeessa kehitetään palveluja.")
    assert not any(k.startswith(("Tällä", "Näin")) for k in _entities(
        "Tällä Yritetään yhdessä -kehittämishankkeella ammattikorkeakoulu vastaa tarpeeseen. Näin Vahva Polku "
        "-projekti etenee."))
    # a possessive pronoun may open a name ("Meidän Häme"), and a pronoun with no capital after it is the name's
    assert "Meidän Häme" in _entities("Meidän Häme -hanke alkoi.")
    assert "Kaikki mukaan" in _entities("Kaikki mukaan -hanke alkoi.")


def test_a_programme_word_after_a_genitive_head_is_no_name(gaz: Gazetteer) -> None:
    assert not _labels(gaz, "Hankkeen Interreg osuutta täydentää kunnan rahoitus.")
    assert "Arjen Aallot" in _entities("Hankkeen Arjen Aallot tavoitteena on tukea perheitä.")


def test_a_coined_names_own_exclamation_or_question_mark_before_the_dash(gaz: Gazetteer) -> None:
    # fresh EURA card shape: "Tämä huomio toimiikin TUKEE! -hankkeen lähtökohtana"
    assert "VAHVA!" in _entities("Tämä huomio toimii VAHVA! -hankkeen lähtökohtana.")
    assert "Yhdessä vai yksin?" in _entities("Kunta osallistuu Yhdessä vai yksin? -hankkeeseen.")
    # a sentence's own mark, then a dash opening the next words, names nothing
    assert not _entities("Hanke alkoi! - hanke jatkuu ensi vuonna.")


def test_a_swedish_act_before_a_dashed_name_is_no_part_of_it(gaz: Gazetteer) -> None:
    found = _entities("Finansiering av Trygg Vardag -projektet beviljades.")
    assert any(k.startswith("Trygg Vardag") for k in found) and not any(k.startswith("Finansiering") for k in found)


def test_an_inflected_place_alone_before_a_dashed_head_names_no_project() -> None:
    every = set().union(set(), *_entities("Joensuun kaupunki osallistuu Pohjois-Karjalan -hankkeeseen. Lapin "
                                          "liitto myönsi rahoitusta Lappiin -hankkeelle.").values())
    assert not {"Pohjois-Karjalan", "Lappiin"} & every, every


def test_a_short_name_ending_in_mukaan_before_its_dashed_subtitle() -> None:
    ents = _entities("Isät mukaan – osallisuutta Keski-Suomeen -hanke alkoi. Isät mukaan -hankkeessa ovat mukana "
                     "Jyväskylän kaupunki ja Äänekosken kaupunki.")
    assert "Keski-Suomeen" not in set().union(*ents.values())
    assert any({"Isät mukaan", "Isät mukaan – osallisuutta Keski-Suomeen"} <= labels for labels in ents.values())
    # a modifier that points at a thing named elsewhere opens no short name
    assert "Tämä uusi" not in set().union(set(), *_entities("Tämä uusi – kylien yhteinen -hanke alkoi.").values())


def test_a_named_title_ending_in_an_act_and_a_place() -> None:
    ents = _entities("Yhdistys on saanut kehittämisrahaa Asukaslähtöisen kylätoiminnan käynnistäminen Lahdessa "
                     "-nimisen hankkeen toteuttamiseen.")
    every = set().union(set(), *ents.values())
    assert "Asukaslähtöisen kylätoiminnan käynnistäminen Lahdessa" in every and "Lahdessa" not in every, every
    # the act on a project before a name of its own stays out of the name
    every = set().union(set(), *_entities("Kehittämisrahan myöntäminen Vahva Kylä -hankkeelle.").values())
    assert "Vahva Kylä" in every, every


def test_a_town_with_its_kind_word_before_a_name_is_no_word_of_it() -> None:
    text = ("Lahden kaupunki on mukana Kohti parempaa arkea 2.0 -hankkeessa ja Hollolan kunta Yhdessä eteenpäin "
            "-hankkeessa.")
    every = set().union(set(), *_entities(text).values())
    assert "Yhdessä eteenpäin" in every and "Hollolan kunta Yhdessä eteenpäin" not in every, every
    # the verb said once: each town joins the project after it
    out = extract_document(record(text), gazetteer=reference_gazetteer())
    joined = {(out.entities[f.subject].label, out.entities[f.object].label) for f in out.facts
              if f.predicate == "participatesIn"}
    assert ("Hollola", "Yhdessä eteenpäin") in joined and ("Hollola", "Kohti parempaa arkea 2.0") not in joined, joined
    assert ("Lahti", "Kohti parempaa arkea 2.0") in joined, joined


def test_a_flattened_reports_headings_name_no_project() -> None:
    text = ('Download "1. Hankkeen tausta, miksi hanke"\n\n2 Kylien Yhdistys ry Kyläsilta hanke 1. Hankkeen tausta, '
            "miksi hanke Mitä se on Hankkeen avulla yhdistys toteutti seminaarin. Miksi hanke Seminaarin "
            "tarkoituksena oli kylien kansainvälistyminen. Ohjausryhmä: - Anna Virtanen, Kirkonkylä Haapavesi "
            "Hankkeen vetäjänä toimi Eila Mäki.")
    every = set().union(set(), *_entities(text).values())
    assert not {"1. Hankkeen tausta, miksi hanke", "Mitä se", "Seminaarin", "Kirkonkylä Haapavesi Hanke"} & every, every
    # a coined name after a bare head stays, and a title-case name before a capitalised head with no place in it
    assert "Vahva Kylä" in set().union(set(), *_entities("Hanke Vahva Kylä alkoi keväällä.").values())


def test_a_name_field_stated_with_a_copula_ends_before_the_next_clause() -> None:
    text = ('1 Kylien Yhdistys ry\n\nDownload "1 Kylien Yhdistys ry"\n\nTranskriptio\n\n1 1 Kylien Yhdistys ry '
            "ESISELVITYSHANKKEEN LOPPURAPORTTI 1. Hankkeen toteuttaja Hankkeen toteuttaja oli Kylien Yhdistys ry. "
            "Hanke toteutettiin toimintaryhmän alaisuudessa. Hankkeen nimi ja hanketunnus Hankkeen nimi on "
            "Rantakylä-Mäkelä ja sen hanketunnus on 4711 (dnro 12/ ). 3. Yhteenveto hankkeesta")
    every = set().union(set(), *_entities(text).values())
    assert not any("hanketunnus" in x for x in every), every


def test_a_flattened_contents_list_before_a_capitalised_genitive_head_names_nothing() -> None:
    text = ("2 2 Sisältö Tiivistelmä Hankkeen määrittely Tausta ja tarpeellisuus Tavoitteet Tulokset Hankkeen "
            "organisointi Kohderyhmä Yhteistyötahot")
    every = set().union(set(), *_entities(text).values())
    assert not any("Tulokset" in x for x in every), every


def test_services_and_mixed_case_abbreviations_are_no_coined_names(gaz: Gazetteer) -> None:
    # a web page's notice and links name software; "SoTe" is the abbreviation "sote" in mixed case
    assert _labels(gaz, "Today most web pages contain JavaScript, a scripting language.") == []
    assert _labels(gaz, "Tallenne on katsottavissa YouTubessa syksyllä.") == []
    assert _labels(gaz, "Rahoitus: Muu rahoitus SoTe ja Oma rahoitus.") == []
    # a coined name with a capital inside still is one
    assert "VesiVahti" in _labels(gaz, "Mukana oli VesiVahti Vaasassa.")

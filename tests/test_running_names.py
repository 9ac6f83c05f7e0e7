"""Bare project names in running text (extract/running_names.py), on invented sentences: a name is read
only with a cue around it (a name statement, "Projektet X <verb>", a short name whose letters begin its
words, a project verb before a clause-ending name, a dash and a development-work word), never from a
capital alone."""

from __future__ import annotations

from tests.helpers import entity_labels
from tests.helpers import fact_rows as run
from tests.helpers import has_fact as has
from welfare_kg.extract.gazetteer import Gazetteer
from welfare_kg.extract.morphology import get_morphology
from welfare_kg.extract.running_names import _initials, _run, running_name_mentions


def _projects(gaz: Gazetteer, text: str, kind: str = "news") -> set[str]:
    return entity_labels(text, "Project", kind, gaz)


def test_name_statement_names_the_project(gaz: Gazetteer) -> None:
    text = "Kaupunki aloitti uuden kehittämistyön. Hankkeen nimi on Arjen pienet ilot, ja se kestää kaksi vuotta."
    assert "Arjen pienet ilot" in _projects(gaz, text)


def test_name_statement_keeps_a_place_inside_the_name(gaz: Gazetteer) -> None:
    found = _projects(gaz, "Hankkeen nimi on Liikkuva Tampere, ja sitä rahoittaa STM.")
    assert "Liikkuva Tampere" in found, found


def test_name_statement_with_a_colon_mid_document(gaz: Gazetteer) -> None:
    text = "Kokous\n\n12 §\nHankkeen nimi: Arjen pienet ilot\nHakija: Salon kaupunki\n"
    assert "Arjen pienet ilot" in _projects(gaz, text, kind="minutes")


def test_swedish_definite_head_runs_to_the_verb(gaz: Gazetteer) -> None:
    text = "Projektet Trygg vardag i byarna finansieras av social- och hälsovårdsministeriet."
    found = _projects(gaz, text)
    assert "Trygg vardag i byarna" in found and "Trygg vardag" not in found, found


def test_swedish_relative_clause_does_not_stretch_the_name(gaz: Gazetteer) -> None:
    found = _projects(gaz, "Föreningen är med i projektet HemmaBra som utvecklar nya modeller.")
    assert not any("som" in x for x in found), found


def test_short_name_whose_letters_begin_the_words(gaz: Gazetteer) -> None:
    text = "Kunnat toteuttavat yhdessä Arjen tukea kotiin (ATK), jota hankkeena koordinoi THL."
    assert "Arjen tukea kotiin" in _projects(gaz, text)


def test_short_name_that_does_not_fit_the_words_names_nothing(gaz: Gazetteer) -> None:
    text = "Kunnat toteuttavat yhdessä Arjen tukea kotiin (XYZ), jota hankkeena koordinoi THL."
    assert "Arjen tukea kotiin" not in _projects(gaz, text)


def test_initials_take_starts_of_words_in_order() -> None:
    assert _initials("kuja", ["kuivin", "jaloin", "aikuisuuteen"])
    assert _initials("atk", ["arjen", "tukea", "kotiin"])
    assert not _initials("tka", ["arjen", "tukea", "kotiin"])
    assert not _initials("a", ["arjen", "tukea"])  # one word's letter is no short name of a phrase


def test_project_verb_before_a_clause_ending_name(gaz: Gazetteer) -> None:
    text = "STM rahoittaa Perheiden arjen tuki, jonka tavoitteena on vahvistaa vanhemmuutta."
    assert "Perheiden arjen tuki" in _projects(gaz, text)
    assert has(run(gaz, text), "ministry/stm", "funds", "project/"), run(gaz, text)


def test_project_verb_needs_a_project_word_near(gaz: Gazetteer) -> None:
    # nothing in the sentence says it is a project: a capitalised object alone is no name
    assert not _projects(gaz, "Kaupunki toteuttaa Uuden koulun suunnittelun, kun valtuusto päättää.")


def test_dash_and_development_work_word(gaz: Gazetteer) -> None:
    found = _projects(gaz, "Tampereen kaupunki on mukana Ikäihmisten hyvä arki – kehittämistyössä.")
    assert "Ikäihmisten hyvä arki" in found, found


def test_name_stops_at_finite_verb_and_relative_pronoun() -> None:
    morph = get_morphology()
    text = "x Arjen pienet ilot alkoi keväällä"
    span = _run(text, 2, morph, stops={"jonka"})
    assert span is not None and text[span[0]:span[1]] == "Arjen pienet ilot"
    text = "x Arjen pienet ilot jonka tavoite"
    span = _run(text, 2, morph, stops={"jonka"})
    assert span is not None and text[span[0]:span[1]] == "Arjen pienet ilot"


def test_organisation_before_short_name_is_no_project(gaz: Gazetteer) -> None:
    text = "Hankkeessa ovat mukana myös Itä-Suomen sosiaalialan osaamiskeskus (ISO) ja kunnat."
    assert not any("osaamiskeskus" in x for x in _projects(gaz, text))


def test_spaced_head_after_a_name_in_a_local_case(gaz: Gazetteer) -> None:
    found = _projects(gaz, "Yhdistyksen Askeleita arkeen projekti toteutettiin vuosina 2018-2020.")
    assert "Askeleita arkeen" in {x.removesuffix(" projekti") for x in found}, found


def test_spaced_head_with_an_agreeing_or_adverb_word_is_no_name(gaz: Gazetteer) -> None:
    # "kuudelle hankkeelle": the numeral agrees with the head; "lisäksi" is an adverb
    assert not _projects(gaz, "Valtioneuvosto myönsi avustuksia kuudelle hankkeelle.")
    assert not _projects(gaz, "Tämän lisäksi hankkeessa tuetaan yhdistyksiä.")


def test_head_then_name_runs_to_the_comma_over_a_place(gaz: Gazetteer) -> None:
    text = "Kunta on mukana hankkeessa Liikkuva Tampere, jota rahoittaa STM."
    assert "Liikkuva Tampere" in _projects(gaz, text)
    assert has(run(gaz, text), "ministry/stm", "funds", "project/liikkuva-tampere"), run(gaz, text)


def test_head_then_name_is_not_cut_inside(gaz: Gazetteer) -> None:
    found = _projects(gaz, "Kunta on mukana hankkeessa Kotona kokonainen elämä, jota koordinoi THL.")
    assert "Kotona kokonainen elämä" in found and "Kotona kokonainen" not in found, found


def test_head_then_place_or_owner_is_no_name(gaz: Gazetteer) -> None:
    assert not _projects(gaz, "Kunta on mukana hankkeessa Kainuun alueella, jossa kehitetään palveluja.")
    assert not _projects(gaz, "Lue lisää hankkeesta THL:n sivuilta tai kysy yhteyshenkilöltä.")


def test_genitive_head_needs_a_name_that_ends_its_clause(gaz: Gazetteer) -> None:
    assert "Nuoret Duunissa" in _projects(gaz, "Kaupunki käynnisti projektin Nuoret Duunissa, jota rahoittaa ESR.")
    # "hankkeen X." without a comma or parenthesis after it is as often the project's own thing
    text = "Tiedot löytyvät hankkeen Kotisivuilta Verkossa."
    added = running_name_mentions(text, [[]], [0], get_morphology())
    assert added == [[]], added


def test_plan_of_a_named_undertaking_names_the_project(gaz: Gazetteer) -> None:
    found = _projects(gaz, "Lautakunta\n\n12 § Palvelutalon laajennuksen hankesuunnitelma\n\nLautakunta hyväksyi sen.",
                      kind="minutes")
    assert "Palvelutalon laajennus" in found, found


def test_name_in_capitals_before_its_plan(gaz: Gazetteer) -> None:
    found = _projects(gaz, "KOTIPESÄ Projektisuunnitelma vuosille 2020-2022\n\nKotipesä on uusi toimintamalli.")
    assert "KOTIPESÄ" in found, found


def test_owner_before_a_plan_is_no_project(gaz: Gazetteer) -> None:
    # one genitive word is the owner ("Hankkeen", "Kaupungin"), no name of an undertaking
    assert not _projects(gaz, "Kaupungin loppuraportti valmistui. Työryhmän loppuraportti hyväksyttiin.")


def test_quoted_phrase_ending_in_a_project_head(gaz: Gazetteer) -> None:
    text = 'Yhdistyksen anomus "nuorten kesätyöllistämishankkeen" tukemiseksi hyväksyttiin.'
    found = _projects(gaz, text)
    assert "nuorten kesätyöllistämishanke" in found, found
    # a quoted phrase without a head is not read here
    assert not _projects(gaz, 'Lautakunta antoi lausunnon "nuorten kesätyöstä" kaupungille.')


def test_name_before_a_spaced_dash_and_kokonaisuus(gaz: Gazetteer) -> None:
    assert "Kotiseutu" in _projects(gaz, "Hakemukset tukevat Kotiseutu -kokonaisuuden valmistelua.")
    # glued ("Sote-kokonaisuus") is a compound word, no name with a dash before its head
    assert not _projects(gaz, "Hakemukset tukevat sote-kokonaisuuden valmistelua.")


def test_spaced_head_name_runs_left_over_lower_case_words_to_its_capital(gaz: Gazetteer) -> None:
    text = "Uutiset\n\nKotien ja kylien turvallisuus maaseudulla hanke alkoi syksyllä."
    found = _projects(gaz, text)
    assert any(x.startswith("Kotien ja kylien turvallisuus maaseudulla") for x in found), found


def test_heading_word_in_capitals_is_not_part_of_the_name(gaz: Gazetteer) -> None:
    found = _projects(gaz, "LOPPURAPORTTI Askeleita arkeen projekti\n\nProjekti toteutettiin vuosina 2018-2020.")
    assert any(x.startswith("Askeleita arkeen") for x in found) and not any("LOPPURAPORTTI" in x for x in found), found


def test_project_verb_name_ended_by_an_adverbial(gaz: Gazetteer) -> None:
    text = "Kaupunki toteuttaa Osallisuus ja arki yhteistyössä järjestöjen kanssa, ja hanketta rahoittaa STM."
    assert "Osallisuus ja arki" in _projects(gaz, text)
    # places in the genitive after the verb are the partners, no name
    assert not _projects(gaz, "Kaupunki toteuttaa Tampereen ja Oulun kanssa yhteistyössä uutta hanketta.")


def test_added_spans_never_overlap_across_merges() -> None:
    from welfare_kg.extract.model import Mention
    from welfare_kg.extract.running_names import _Added

    added = _Added()
    for k in range(600):  # past the merge threshold: the sorted part and the pending part are both checked
        added += [Mention(start=10 * k, end=10 * k + 5, surface="x", label="x", type="Project")]
    assert len(added.mentions) == 600
    assert not added.free(3, 4) and not added.free(5992, 5993) and added.free(5, 10) and added.free(5995, 6010)
    added += [Mention(start=2, end=12, surface="x", label="x", type="Project")]
    assert len(added.mentions) == 600


def test_label_line_mid_document_names_the_project(gaz: Gazetteer) -> None:
    text = "Pöytäkirja\n\n14 § Avustushakemus\n\nHanke: Kylien kesä 2024\nHakija: Salon kaupunki\n"
    assert "Kylien kesä 2024" in _projects(gaz, text, kind="minutes")
    # a label word inside a line is no label line (the pass alone: the recogniser has its own readings)
    text = "Lautakunta totesi: Hanke: Kylien kesä 2024"
    assert running_name_mentions(text, [[]], [0], get_morphology()) == [[]]


def test_swedish_head_then_name_to_comma_or_relative_word(gaz: Gazetteer) -> None:
    assert "Bygdens kraft" in _projects(gaz, "Kommunen deltar i projektet Bygdens kraft, som pågår till 2025.")
    assert "Bygdens kraft" in _projects(gaz, "Kommunen deltar i projektet Bygdens kraft som pågår till 2025.")
    # no comma or relative word: the name's end is not known, the trailing phrase stays out
    found = _projects(gaz, "Kommunen deltar i projektet Bygdens kraft med stöd från staten.")
    assert not any("stöd" in x for x in found), found


def test_one_of_the_projects_is_x(gaz: Gazetteer) -> None:
    text = "STM rahoitti kahdeksaa hanketta. Yksi hankkeista on Metsä osana arkea, jota toteuttaa Lapin AMK."
    assert "Metsä osana arkea" in _projects(gaz, text)


def test_swedish_run_to_the_verb_without_an_earlier_reading(gaz: Gazetteer) -> None:
    found = _projects(gaz, "Projektet Hemma bra i byn har som målsättning att stöda äldre.")
    assert "Hemma bra i byn" in found, found


def test_swedish_head_then_name_to_a_time(gaz: Gazetteer) -> None:
    text = "Arbetet gjordes inom ramen för projektet Barnen och byn i fokus under åren 2017–2018."
    found = _projects(gaz, text)
    assert "Barnen och byn i fokus" in found and "Barnen" not in found, found


def test_dash_head_name_the_recogniser_left_out(gaz: Gazetteer) -> None:
    # "Kaksi meistä": a numeral and a pronoun, which another filter reads as "two projects"
    assert "Kaksi meistä" in _projects(gaz, "Kunta on mukana Kaksi meistä -hankkeessa vuoteen 2025.")
    assert not _projects(gaz, "Tämä uusi -hanke alkaa syksyllä.")


def test_head_then_name_stops_short_of_a_verb(gaz: Gazetteer) -> None:
    # a Swedish verb the Finnish morphology cannot read, and a Finnish word that may be a verb
    text = "Projektet Hemma Bra finansieras med stöd från Okänd fond, som förvaltas av staten."
    assert not any("finansieras" in x for x in _projects(gaz, text))
    assert "Yhteistyö alkaa" not in _projects(gaz, "Hanke Yhteistyö alkaa.")


def test_copular_definition_names_its_subject(gaz: Gazetteer) -> None:
    text = "Perheiden kesä kuntoon on Pirkanmaan kuntien yhteinen hanke, jonka tavoitteena on tukea perheitä."
    assert "Perheiden kesä kuntoon" in _projects(gaz, text)
    text = "Uutiset\n\nArjen ankkuri oli yhdistyksen hallinnoima kehittämishanke. Se päättyi keväällä."
    assert "Arjen ankkuri" in _projects(gaz, text)


def test_copular_definition_needs_a_named_subject_and_a_telling_predicate(gaz: Gazetteer) -> None:
    # a pronoun, an essive, one ordinary word or a predicate that says nothing of whose it is: no name
    assert not _projects(gaz, "Tämä on kuntien yhteinen hanke. Tavoitteena on STM:n rahoittama kehittämishanke.")
    assert not _projects(gaz, "Lopputulos on onnistunut kehittämishanke.")
    assert not _projects(gaz, "Kevään koulutus on hyvä hanke.")
    # an organisation or a person as the subject is no project
    assert not _projects(gaz, "Salon kaupunki on STM:n rahoittama kehittämishanke.")


def test_copular_definition_reads_the_name_after_a_heading_and_a_project_word(gaz: Gazetteer) -> None:
    text = "1. Yhteenveto hankkeesta Kylän muisti ja tarinat Salosta oli yhdistyksen hallinnoima hanke."
    found = _projects(gaz, text)
    assert "Kylän muisti ja tarinat Salosta" in found and "Kylän muisti" not in found, found
    text = "TIIVISTELMÄ Yhdessä eteenpäin Kylät ja kunnat on kahden maakunnan kehittämishanke, jonka kohteena on kylät."
    assert "Yhdessä eteenpäin Kylät ja kunnat" in _projects(gaz, text)


def test_relative_name_statement(gaz: Gazetteer) -> None:
    text = "Kaupunki sai rahoituksen hankkeelle, jonka nimi on ”Arjen uusi alku”. Hanke alkaa syksyllä."
    assert "Arjen uusi alku" in _projects(gaz, text)


def test_swedish_head_then_name_to_years_in_parentheses(gaz: Gazetteer) -> None:
    found = _projects(gaz, "Projektet Vi ses på torget (2019-2022) koordineras av en förening.")
    assert "Vi ses på torget" in found and "Vi" not in found, found


def test_number_closing_a_name_before_a_dash(gaz: Gazetteer) -> None:
    assert "Kylä 2030" in _projects(gaz, "Kunta on mukana Kylä 2030 -hankkeessa.")
    assert not _projects(gaz, "Kunta on mukana 100 -hankkeessa.")


def test_head_then_name_loses_a_trailing_conjunction_or_partner_phrase(gaz: Gazetteer) -> None:
    found = _projects(gaz, "Alueella käynnistyvät hankkeet Vahva arki ja Kotona kaikki hyvin.")
    assert "Vahva arki" in found and "Vahva arki ja" not in found, found
    found = _projects(gaz, "Hyvinvointialue on mukana myös hankkeessa Vahva arki yhdessä kuntien kanssa.")
    assert "Vahva arki" in found and not any("yhdessä" in x for x in found), found
    # "yhdessä" inside a name is kept when no "kanssa" follows
    found = _projects(gaz, "Kunta on mukana hankkeessa Kasvetaan yhdessä, jota rahoittaa STM.")
    assert "Kasvetaan yhdessä" in found, found


def test_head_then_name_loses_a_time_or_an_essive_that_starts_the_clause(gaz: Gazetteer) -> None:
    found = _projects(gaz, "STM rahoittaa hanketta Kylän kesä vuosina 2021–2023.")
    assert "Kylän kesä" in found and not any("vuosina" in x for x in found), found
    found = _projects(gaz, "Hankkeen Kylän kesä tavoitteena on tukea perheitä.")
    assert "Kylän kesä" in found and not any("tavoite" in x for x in found), found


def test_relative_copular_clause_names_the_run_before_it(gaz: Gazetteer) -> None:
    found = _projects(gaz, "Jyväskylässä käynnistyy Kylän kesä, joka on STM:n rahoittama hanke.")
    assert "Kylän kesä" in found, found
    # a person or an organisation before ", joka on" is no project, nor a predicate saying nothing of whose
    assert not _projects(gaz, "Asiasta kertoi Salon kaupunki, joka on STM:n rahoittama hanke.")
    assert not _projects(gaz, "Työtä tekee Kylän Kesä, joka on hyvä hanke.")


def test_the_word_named_between_a_name_and_its_head_is_not_the_name(gaz: Gazetteer) -> None:
    found = _projects(gaz, "Kunta on mukana Kylän kesä nimisessä hankkeessa.")
    assert "Kylän kesä" in found and not any("nimi" in x for x in found), found


def test_years_in_parentheses_after_a_name_where_projects_are_spoken_of(gaz: Gazetteer) -> None:
    text = "Alueella on käynnissä useita hankkeita. Keväällä alkoi Kylän kesä (2021–2023), jota rahoittaa STM."
    assert "Kylän kesä" in _projects(gaz, text)
    # a person's years, a programme or a study, a plural project word, or no project word near: no name
    assert not _projects(gaz, "Hankkeessa haastateltiin professori Matti Virtasta (1950–2020) ja muita.")
    assert not _projects(gaz, "Hankkeen taustalla on Kotihoidon kehittämisohjelma (2020–2022).")
    assert not _projects(gaz, "Alueella alkaa Monialaisen työn kehittämishankkeita (2020–2022) syksyllä.")
    assert not _projects(gaz, "Keväällä alkoi Kylän kesä (2021–2023). Sitä rahoittaa STM.")


def test_got_funding_then_a_name_with_a_relative_clause_about_a_thing(gaz: Gazetteer) -> None:
    text = "STM myönsi rahoitusta kymmenelle hankkeelle. Rahoitusta sai myös Kylän kesä, jossa tuetaan perheitä."
    assert "Kylän kesä" in _projects(gaz, text)
    # "joka" after the name: a grant to someone (an association), no project's name
    text = "STM myönsi rahoitusta kymmenelle hankkeelle. Avustusta sai myös Kylän Nuoret Kotkat, joka toimii Salossa."
    assert not _projects(gaz, text)


def test_a_long_name_holding_ja_before_a_spaced_head_is_read_to_its_line_start(gaz: Gazetteer) -> None:
    text = "Ajankohtaista\n\nKylän lasten tuki koulussa ja kotiin palattaessa -hanke käynnistyi syyskuussa."
    assert "Kylän lasten tuki koulussa ja kotiin palattaessa" in _projects(gaz, text)
    text = "Syksy alkoi hyvin. Kylän lasten tuki koulussa ja kotona -hankkeen tavoitteena on tukea perheitä."
    assert "Kylän lasten tuki koulussa ja kotona" in _projects(gaz, text)
    # a verb before "ja", or a name after a lower-case word, is no one long name
    assert not _projects(gaz, "Kunnat tukivat ja rahoittivat kotiin palattaessa -hanketta.")
    assert not any(x.startswith("Lisäksi") for x in _projects(gaz, "Lisäksi kunta ja kylä -hanke alkoi."))


def test_an_adverb_glued_to_the_project_head_is_the_name(gaz: Gazetteer) -> None:
    found = _projects(gaz, "Kaupunki jatkaa Eteenpäin-hankkeen työtä. Eteenpäin-hankkeesta tehdään selvitys.")
    assert "Eteenpäin" in found, found
    assert "Yhdessä" in _projects(gaz, "Kunnat ovat mukana Yhdessä-projektissa.")
    # a pronoun or a conjunction, or a kind word, glued to the head names none
    assert not _projects(gaz, "Kunnat ovat mukana Tämä-hankkeessa.")
    assert not _projects(gaz, "Kunnat hakevat Sote-hankkeelle rahoitusta.")


def test_a_name_before_a_spaced_project_whole_is_a_project(gaz: Gazetteer) -> None:
    assert "Kylän kesä" in _projects(gaz, "Kunta sai avustusta Kylän kesä -hankekokonaisuuteen vuosille 2022–2023.")


def test_an_owners_genitive_opening_the_sentence_is_no_part_of_the_name(gaz: Gazetteer) -> None:
    for owner in ("Kylän kaupungin", "Tukiyhdistyksen", "Kylän Nuorten tukiyhdistyksen", "Omaishoitajaliiton"):
        found = _projects(gaz, f"{owner} Vahva arki -hanke käynnistyi keväällä.")
        assert "Vahva arki" in found and not any(x.startswith(owner.split()[0]) for x in found), (owner, found)
    # a region's genitive stays in the name, a plain capitalised name keeps its words
    assert any(x.startswith("Vahva arki") for x in _projects(gaz, "Vahva arki -hanke käynnistyi keväällä."))


def test_a_dash_spaced_on_both_sides_before_an_inflected_project_head(gaz: Gazetteer) -> None:
    found = _projects(gaz, "Yhdistys haki rahoitusta Kylän kesä – hankkeelle, mutta sitä ei myönnetty.")
    assert "Kylän kesä" in found, found
    assert "Kylän kesä" in _projects(gaz, "Kylän kesä – hankkeemme on edennyt puoliväliin.")
    # a clause, a person or a plain nominative head after the dash names nothing
    for text in ("Tavoitteena on kehittää palveluja – hankkeen kesto on kaksi vuotta.",
                 "Anna Virtanen – hankkeen projektipäällikkö kertoo.",
                 "Kunnat ja järjestöt – hanke alkaa syksyllä."):
        assert not _projects(gaz, text), text


def test_a_verb_and_its_object_before_a_genitive_head_are_no_name(gaz: Gazetteer) -> None:
    assert not _projects(gaz, "Seuraa ryhmien toimintaa hankkeen kanavilla!")
    assert "Kisällistä osaajaksi projekti" in _projects(gaz, "Tule mukaan! Kisällistä osaajaksi projekti alkaa.")


def test_a_swedish_copular_definition_names_the_project(gaz: Gazetteer) -> None:
    found = _projects(gaz, "Trygga byar\n\nTrygga byar var ett EU-finansierat s.k. Leader-projekt med fokus på byarna.")
    assert "Trygga byar" in found, found
    assert "Barnens röst" in _projects(gaz, "Barnens röst är ett samarbetsprojekt mellan kommunerna.")
    # a pronoun, a partner "i projektet", a verb before the copula or one ordinary word: no name
    for text in ("Det var ett lyckat projekt.", "Kommunen är en aktiv partner i projektet.",
                 "Kommunen beviljade pengar och hemmet var ett projekt.", "Kommunen var ett projekt."):
        assert not _projects(gaz, text), text


def test_an_essive_before_the_copula_is_no_name(gaz: Gazetteer) -> None:
    found = _projects(gaz, "Opinnäytetyön aiheena oli Kylän kesä -projekti, joka toteutettiin yhdistyksen kanssa.")
    assert not any("aiheena" in x for x in found), found
    assert any(x.startswith("Kylän kesä") for x in found), found


def test_a_name_read_over_a_flattened_list_keeps_its_last_item(gaz: Gazetteer) -> None:
    found = _projects(gaz, "5.1 Avustukset o Perhekahvila o Kylän kesä -hanke o Vertaisryhmät")
    assert "Kylän kesä" in found and not any(" o " in x for x in found), found


def test_a_project_head_misspelt_by_one_letter(gaz: Gazetteer) -> None:
    assert "Kylän kesä" in _projects(gaz, "Kylän kesä -hankeessa tuetaan nuoria.")
    assert "Kylän kesä" in _projects(gaz, "Kunta kertoi Kylän kesä -hankkeesa lisää.")
    assert "Kesäkylä" in _projects(gaz, "Kesäkylä-hankeen tukea on järjestetty sadalle perheelle.")
    # a kind word, a pronoun or nothing glued to the misspelt head names no project
    for text in ("Kunta kertoi EU-hankeen tuloksista.", "Kunta kertoi Tämä-hankeen tuloksista.",
                 "Kunta kertoi hankeen tuloksista."):
        assert not _projects(gaz, text), text


def test_coordinated_glued_heads_are_each_their_own_or_none(gaz: Gazetteer) -> None:
    # kinds of project coordinated ("EU-hanke", "valtionavustushanke") never make one long project name
    for text in ("Kunnat ovat mukana EU-hankkeessa ja ESR-hankkeessa sekä Sote-hankkeessa.",
                 "Kunta hakee rahoitusta kehittämishankkeelle, valtionavustushankkeelle ja EU-hankkeelle."):
        assert not _projects(gaz, text), text
    found = _projects(gaz, "Kunnat ovat mukana Eteenpäin-hankkeessa ja Yhdessä-projektissa.")
    assert {"Eteenpäin", "Yhdessä"} <= found and not any(" ja " in x for x in found), found


def test_a_funding_channel_glued_to_the_head_names_no_project(gaz: Gazetteer) -> None:
    for text in ("Yhdistys haki rahoitusta Leader-hankkeelle.", "Kylätalo korjattiin Interreg-projektin avulla."):
        assert not _projects(gaz, text), text
    assert "Kylän kesä" in _projects(gaz, "Yhdistys haki rahoitusta Kylän kesä -hankkeelle.")


def test_a_name_in_apposition_after_a_genitive_head_ends_before_the_owned_noun(gaz: Gazetteer) -> None:
    assert "Kylän kesä" in _projects(gaz, "Tulokset esiteltiin kehittämishankkeen Kylän kesä päätösseminaarissa.")
    found = _projects(gaz, "Kunta osallistui STEA:n rahoittaman hankkeen Kylän kesä toimintaan.")
    assert "Kylän kesä" in found and not any("toimint" in x for x in found), found
    # a person or an organisation after the genitive head is no project
    assert not _projects(gaz, "Kuulimme hankkeen Anna Virtasen työstä.")
    assert not _projects(gaz, "Asia käsiteltiin hankkeen Kehittäjätiimin kokouksessa.")


def test_a_quoted_name_glued_to_the_head_by_a_hyphen(gaz: Gazetteer) -> None:
    assert "Kylän kesä" in _projects(gaz, 'Kunta osallistuu "Kylän kesä"-hankkeeseen ensi vuonna.')
    assert any(x.startswith("Kylän kesä") for x in _projects(gaz, "Kunta tukee ”Kylän kesä”-projektin työtä."))
    # a quoted lower-case word glued to the head is a kind, no name
    assert not _projects(gaz, 'Hän sanoi, että "hyvä"-hanke on kiva.')


def test_a_place_whose_name_ends_in_an_owner_word_stays_in_the_name(gaz: Gazetteer) -> None:
    # "Satakunta" ends in "kunta", "Uusikaupunki" in "kaupunki": places, not owners
    for place in ("Satakunnan", "Uudenkaupungin"):
        found = _projects(gaz, f"{place} Vahva arki -hanke käynnistyi keväällä.")
        assert f"{place} Vahva arki" in found and "Vahva arki" not in found, (place, found)


def test_a_swedish_name_ends_before_its_clauses_verb(gaz: Gazetteer) -> None:
    # present tenses of gå/stå compounds ("pågår", "består") are finite verbs too
    assert "Framtid i Norr" in _projects(gaz, "ESF-projektet Framtid i Norr pågår till 2022.")
    # a name statement in Swedish: Finnish morphology reads no Swedish verb, the Swedish one ends the name
    found = _projects(gaz, "Projektet heter Byarna Lever och pågår i två år.")
    assert "Byarna Lever" in found and not any("pågår" in x for x in found), found


def test_head_then_name_loses_an_essive_role_before_toimii(gaz: Gazetteer) -> None:
    """"Hankkeen X hallinnoijana toimii Y": the essive says Y's role, as "tavoitteena on" says the aim."""
    found = _projects(gaz, "Hankkeen Baltic Care Network hallinnoijana toimii Kuopion kaupunki.")
    assert "Baltic Care Network" in found and not any("hallinnoija" in x for x in found), found


def test_head_then_name_loses_an_essive_and_the_verb_read_into_it(gaz: Gazetteer) -> None:
    """"Hankkeen X kumppaneina toimivat A ja B": "toimivat" reads as an adjective too, so the name ran over the
    essive and the verb; it ends before the essive."""
    found = _projects(gaz, "Hankkeen Arjen tuki kumppaneina toimivat Kuopion kaupunki ja Siilinjärven kunta.")
    assert "Arjen tuki" in found and not any("kumppan" in x for x in found), found


def test_a_plural_role_noun_before_a_genitive_head_is_no_name(gaz: Gazetteer) -> None:
    # "hankkeen" owns the noun after it; the plural translative or essive before it says what someone acts as
    assert not _projects(gaz, "Tärkeimmiksi kumppaneiksi hankkeen tavoitteissa on valittu kaksi yhdistystä.")
    assert not _projects(gaz, "Ryhmän jäsenet toimivat ohjaajien tukihenkilöinä hankkeen työpajoissa.")
    # a singular one stays a coined name's last word
    assert "Kisällistä osaajaksi projekti" in _projects(gaz, "Tule mukaan! Kisällistä osaajaksi projekti alkaa.")

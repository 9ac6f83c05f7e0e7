"""Structural readings of grant documents added in the twelfth session: funding rows of project pages, and the
granter and receivers of grant lists and tables (extract/fields.py, extract/header_granter.py)."""

from __future__ import annotations

from decimal import Decimal

from tests.helpers import extract


def _funds(text: str, kind: str = "news") -> set[tuple[str, str, Decimal | None, str]]:
    """(funder label, receiver label, amount, rule) of every funds fact of a short text."""
    ex = extract(text, kind)
    label = {iri: e.label for iri, e in ex.entities.items()}
    return {(label[f.subject], label[f.object], f.amount, f.rule) for f in ex.facts if f.predicate == "funds"}


def test_funding_row_of_a_project_page_names_its_funders() -> None:
    text = ("Turvallinen arki\n\nTurvallinen arki on Lapin yliopiston hallinnoima tutkimushanke, joka selvittää "
            "ikääntyneiden turvallisuutta.\n\nFinansiering: Svenska kulturfonden, 40 000 euro\n")
    found = {(g, r, a) for g, r, a, rule in _funds(text) if rule == "funds:field"}
    assert ("Svenska kulturfonden", "Turvallinen arki", Decimal("40000")) in found


def test_funding_row_in_finnish_names_each_funder() -> None:
    text = ("Kylätalo elää -hanke\n\nHankkeen tavoitteena on kehittää kylätalon toimintaa.\n\n"
            "Projektiaika: 2016-2018\n\nRahoitus: Leader ja Svenska Kulturfonden.\n")
    funders = {g for g, _, _, rule in _funds(text) if rule == "funds:field"}
    assert "Svenska kulturfonden" in funders


def test_table_heading_inside_the_rows_sentence_picks_the_granted_column() -> None:
    text = ("Kulttuuri- ja vapaa-aikalautakunnan avustukset 2024\n\n"
            "Kulttuuri- ja vapaa-aikalautakunta on jakanut vuoden 2024 toiminta-avustukset.\n\n"
            "| Hakija | Haettu | Myönnetty |\n"
            "| Kangasalan Kuvataideyhdistys ry | 3 000 € | 1 800 € |\n"
            "| Kangasalan Mieslaulajat ry | 2 500 € | 2 000 € |\n")
    found = {(r, a) for _, r, a, rule in _funds(text) if rule == "funds:header-granter"}
    assert found == {("Kangasalan Kuvataideyhdistys ry", Decimal("1800")),
                     ("Kangasalan Mieslaulajat ry", Decimal("2000"))}


def test_wellbeing_county_in_the_opening_grants_the_listed_receivers() -> None:
    text = ("Keski-Suomen hyvinvointialue tukee järjestöjä\n\n"
            "Keski-Suomen hyvinvointialue on päättänyt järjestöavustuksista. Avustusta myönnettiin yhteensä 32 "
            "järjestölle.\n\nAvustuksen saajat:\n"
            "• Jyväskylän Seudun Omaishoitajat ry – 8 000 €\n"
            "• Keuruun Eläkkeensaajat ry – 2 000 €\n")
    found = {(g, r, a) for g, r, a, _ in _funds(text)}
    assert ("Keski-Suomen hyvinvointialue", "Jyväskylän Seudun Omaishoitajat ry", Decimal("8000")) in found
    assert ("Keski-Suomen hyvinvointialue", "Keuruun Eläkkeensaajat ry", Decimal("2000")) in found


def test_owner_inside_a_body_name_is_no_receiver() -> None:
    text = ("Mellersta Österbottens välfärdsområde\n\nVälfärdsområdet beviljar engångsunderstöd för verksamhet. "
            "Välfärdsområdet delar ut engångsunderstöd två gånger per år.\n\n"
            "Soites välfärdsområdesfullmäktige godkände ett anslag på sammanlagt 100 000 € för "
            "organisationsunderstöd.\n")
    assert not any(rule == "funds:header-granter" for _, _, _, rule in _funds(text))


def test_unknown_names_in_rows_ending_in_a_sum_are_receivers() -> None:
    text = ("Kaupunki jakoi kulttuuriavustukset\n\n"
            "Mikkelin kaupunki on myöntänyt vuoden 2024 kulttuuriavustukset. Avustuksia myönnettiin seuraavasti:\n\n"
            "Tanssikoulu Piruetti 1 500 €\nKuoro Ilona 700 €\nMikkelin Teatteriyhdistys ry 6 000 €\n"
            "Harmonikkaorkesteri Haitari 900 €\n")
    found = {(g, r, a) for g, r, a, _ in _funds(text)}
    assert ("Mikkeli", "Tanssikoulu Piruetti", Decimal("1500")) in found
    assert ("Mikkeli", "Harmonikkaorkesteri Haitari", Decimal("900")) in found


def test_budget_rows_and_people_in_rows_are_no_receivers() -> None:
    budget = ("Kylät kuntoon -hanke sai rahoitusta\n\n"
              "Pohjois-Savon liitto myönsi Kylät kuntoon -hankkeelle rahoitusta. Hankkeen budjetti on seuraava:\n\n"
              "Henkilöstökulut 120 000 €\nPalvelujen ostot 30 000 €\nMatkakulut 5 000 €\nYhteensä 155 000 €\n")
    assert {r for _, r, _, _ in _funds(budget)} == {"Kylät kuntoon"}
    people = ("Kulttuurirahasto jakoi apurahoja\n\n"
              "Suomen Kulttuurirahaston Pohjois-Savon rahasto on jakanut apurahoja. Apurahan saivat muun muassa:\n\n"
              "Aino Lehto 5 000 €\nMatti Virtanen 3 000 €\nKuopion Kamarikuoro ry 2 000 €\n")
    assert {r for _, r, _, _ in _funds(people)} == {"Kuopion Kamarikuoro ry"}


MINUTES = ("JUUAN KUNTA\nKunnanhallitus\nPöytäkirja 5/2024\n\n"
           "§ 56 Avustushakemus / Juuan Latu ry\n\n"
           "Juuan Latu ry hakee avustusta latujen kunnossapitoon 3 000 euroa.\n\n"
           "Ehdotus: Kunnanhallitus myöntää yhdistykselle 2 000 euron avustuksen latujen kunnossapitoon.\n\n"
           "Päätös: Ehdotus hyväksyttiin.\n\n"
           "§ 57 Juuan Yrittäjät ry:n avustushakemus\n\n"
           "Kunnanhallitus päättää myöntää avustusta 800 euroa joulunavaukseen.\n\n"
           "Päätös: Hyväksyttiin.\n\n"
           "§ 58 Eronpyyntö / Juuan Nuorisoseura ry:n edustaja\n\n"
           "Kunnanhallitus myöntää eron pyydetyllä tavalla.\n\n"
           "Päätös: Hyväksyttiin.\n\n"
           "§ 59 Avustushakemus / Vuokon Kyläseura ry\n\n"
           "Ehdotus: Kunnanhallitus myöntää hakijalle 1 200 euroa.\n\n"
           "Päätös: Hylättiin.\n")


def test_item_title_names_the_receiver_of_its_grant() -> None:
    facts = _funds(MINUTES, "minutes")
    found = {(r, a) for _, r, a, rule in facts if rule == "funds:item-applicant"}
    # "yhdistykselle" after the one association of the item is that association (kind_anaphors.py), which the
    # grant verb's own rule then reads
    assert ("Juuan Latu ry", Decimal("2000")) in {(r, a) for _, r, a, _ in facts}
    assert ("Juuan Yrittäjät ry", Decimal("800")) in found
    # a resignation granted is no money; a rejected item grants nothing
    assert not any(r.startswith(("Juuan Nuorisoseura", "Vuokon")) for _, r, _, _ in facts)


def test_unknown_receiver_in_the_allative_slot_of_a_grant_verb() -> None:
    text = ("JUUAN KUNTA\nKunnanhallitus\nPöytäkirja 5/2024\n\n§ 56 Avustushakemus\n\n"
            "Ehdotus\nKunnanhallitus myöntää Juuan Yrittäjille 1 500 euron avustuksen joulutapahtumaan.\n\n"
            "Päätös\nHyväksyttiin.\n")
    found = {(r, a) for _, r, a, _ in _funds(text, "minutes")}
    assert ("Juuan Yrittäjät", Decimal("1500")) in found


def test_allative_base_forms() -> None:
    from tests.helpers import MORPH
    from welfare_kg.extract.grant_slot_names import _allative_base

    if MORPH.name == "fallback":
        return
    assert _allative_base("Piruetille", MORPH) == "Piruetti"
    assert _allative_base("Yrittäjille", MORPH) == "Yrittäjät"
    assert _allative_base("Omaisille", MORPH) == "Omaiset"
    assert _allative_base("Keskukselle", MORPH) == "Keskus"
    assert _allative_base("Bandille", MORPH) is None  # the analyser's guess at an unknown word


def test_swedish_foundation_named_first_in_a_sentence_is_the_granter() -> None:
    text = ("Sparbanksstiftelsen i Ingå delade ut bidrag\n\n"
            "Sparbanksstiftelsen i Ingå har beviljat bidrag till lokala föreningar. "
            "Följande föreningar fick bidrag:\n\n"
            "Ingå Hembygdsförening rf 2 000 euro\nIngå Sportklubb rf 5 000 euro\n")
    found = {(g, r, a) for g, r, a, _ in _funds(text)}
    assert ("Sparbanksstiftelsen i Ingå", "Ingå Hembygdsförening rf", Decimal("2000")) in found
    assert not any(g == "Inkoo" for g, _, _ in found)


def test_town_opening_an_unread_name_is_no_receiver() -> None:
    text = ("Aktiastiftelsen i Borgå har delat ut donationer\n\n"
            "Aktiastiftelsen i Borgå har delat ut donationer till 25 föreningar. Borgå Folkakademi får 10 000 euro.\n")
    assert not any(r == "Porvoo" for _, r, _, _ in _funds(text))


def test_passive_list_opening_with_no_payer_gives_no_funderless_fact() -> None:
    text = ("Hyvinvointialueen järjestöavustukset jaettu\n\n"
            "Lapin hyvinvointialue on jakanut vuoden 2025 yleisavustukset. Avustuksia sai yhteensä 56 järjestöä.\n\n"
            "Suurimmat avustukset myönnettiin seuraavasti:\nLapin Muistiyhdistys ry 15 000 euroa\n"
            "Rovaniemen Seudun Omaishoitajat ry 12 000 euroa\n")
    ex = extract(text, "news")
    assert all(f.subject for f in ex.facts)
    label = {iri: e.label for iri, e in ex.entities.items()}
    found = {(label[f.subject], label[f.object], f.amount) for f in ex.facts if f.predicate == "funds"}
    assert ("Lapin hyvinvointialue", "Lapin Muistiyhdistys ry", Decimal("15000")) in found


def test_the_one_sum_of_a_funding_sentence_goes_on_its_fact() -> None:
    head = ("Kylät kuntoon -hanke\n\nKylät kuntoon -hanke kehittää kylien palveluja Kainuussa vuosina 2023–2025. "
            "Hanketta hallinnoi Kainuun Nuotta ry.\n\n")
    found = _funds(head + "Hanketta rahoittaa Opetushallitus 45 000 eurolla.\n")
    assert ("Opetushallitus", "Kylät kuntoon", Decimal("45000"), "funds:object-first+amount:sentence-sum") in found
    # a budget's sum is not the grant
    budget = _funds(head + "Hanketta rahoittaa Opetushallitus. Kokonaisbudjetti on 45 000 euroa.\n")
    assert all(a is None for _, _, a, _ in budget)


def test_inline_grant_list_after_a_colon() -> None:
    text = ("Kulttuurilautakunta jakoi avustukset\n\n"
            "Kuopion kaupungin kulttuurilautakunta on myöntänyt avustuksia seuraaville yhteisöille: Kuopion "
            "Kamarikuoro ry 5 000 euroa, Tanssikoulu Piruetti 3 000 euroa toimintaan ja Harmonikkaorkesteri "
            "Haitari 1 000 euroa.\n")
    found = {(r, a) for _, r, a, rule in _funds(text) if rule == "funds:inline-grant-list"}
    assert found == {("Kuopion Kamarikuoro ry", Decimal("5000")), ("Tanssikoulu Piruetti", Decimal("3000")),
                     ("Harmonikkaorkesteri Haitari", Decimal("1000"))}


def test_budget_after_a_colon_is_no_grant_list() -> None:
    text = ("Kylät kuntoon -hanke\n\nKylät kuntoon -hanke kehittää kylien palveluja Kainuussa.\n\n"
            "Rahoitus: Kainuun liitto 240 000 €, omarahoitus 60 000 €.\n")
    assert not any(rule == "funds:inline-grant-list" for _, _, _, rule in _funds(text))


def test_university_owning_a_granted_project_runs_it() -> None:
    text = ("Maakuntahallitus myönsi rahoitusta\n\nPohjois-Karjalan maakuntahallitus myönsi kokouksessaan "
            "rahoitusta. Itä-Suomen yliopiston Metsäbiotalous -hankkeelle myönnettiin 120 000 euroa.\n")
    assert not any(g == "Itä-Suomen yliopisto" for g, _, _, _ in _funds(text))


def test_applicants_owning_the_granted_projects_are_no_other_givers() -> None:
    text = ("Pohjois-Karjalan maakuntahallitus myönsi rahoitusta\n\n"
            "Pohjois-Karjalan maakuntahallitus myönsi kokouksessaan maakunnan kehittämisrahaa kolmelle hankkeelle. "
            "Karelia-ammattikorkeakoulun Vihreä Karjala -hankkeelle myönnettiin 80 000 euroa, Joensuun kaupungin "
            "Kaupunkikeskusta 2030 -hankkeelle 65 000 euroa ja Itä-Suomen yliopiston Metsäbiotalous -hankkeelle "
            "120 000 euroa.\n")
    found = {(r, a) for _, r, a, _ in _funds(text)}
    assert ("Metsäbiotalous", Decimal("120000")) in found
    assert ("Kaupunkikeskusta 2030", Decimal("65000")) in found


def test_owner_of_a_received_grant_funds_its_receiver() -> None:
    found = _funds("Uutinen\n\nSTEA:n avustuksen sai myös Kuopion Seudun Omaishoitajat ry, joka sai 45 000 euroa.\n")
    assert ("Sosiaali- ja terveysjärjestöjen avustuskeskus", "Kuopion Seudun Omaishoitajat ry", Decimal("45000"),
            "funds:owned-grant-received") in found
    # a project that got the ministry's grant is the receiver; its owners in the genitive are not
    project = _funds("Uutinen\n\nSosiaalialan osaamiskeskus Pikassoksen yhteinen tutkimushanke Kotona kotona on "
                     "saanut Sosiaali- ja terveysministeriön myöntämän valtion tutkimusrahoituksen.\n")
    assert not any(rule == "funds:owned-grant-received" for _, _, _, rule in project)


def test_bare_sums_under_a_currency_heading_are_the_rows_grants() -> None:
    table = ("Vapaa-aikalautakunnan avustukset 2024\n\n"
             "Sodankylän vapaa-aikalautakunta on jakanut vuoden 2024 toiminta-avustukset.\n\n"
             "| Hakija | Haettu € | Myönnetty € |\n| Sodankylän Latu ry | 3 000 | 1 800 |\n"
             "| Tanssikoulu Piruetti | 2 500 | 2 000 |\n")
    found = {(g, r, a) for g, r, a, _ in _funds(table)}
    # the headline's bare "Vapaa-aikalautakunnan" is the lead's town board
    assert found == {("Sodankylän vapaa-aikalautakunta", "Sodankylän Latu ry", Decimal("1800")),
                     ("Sodankylän vapaa-aikalautakunta", "Tanssikoulu Piruetti", Decimal("2000"))}
    tabbed = ("Avustukset 2024\n\nSodankylän vapaa-aikalautakunta on jakanut toiminta-avustukset seuraavasti "
              "(euroa):\n\nSodankylän Latu ry\t1 800\nSodankylän Mieskuoro ry\t800\n")
    assert {(r, a) for _, r, a, _ in _funds(tabbed)} == {("Sodankylän Latu ry", Decimal("1800")),
                                                         ("Sodankylän Mieskuoro ry", Decimal("800"))}


def test_numbers_without_a_currency_heading_are_no_sums() -> None:
    from welfare_kg.extract.bare_sums import bare_sum_rows

    assert bare_sum_rows("Osallistujat\n\nKemijärvi 12\nSalla 8\nPelkosenniemi 4\n") == {}


def test_kind_word_receiver_is_not_the_pages_project() -> None:
    text = ("SOTKAMON KUNTA\nKunnanhallitus\nPÖYTÄKIRJA 8/2024\n\n"
            "§ 101 Kuntarahoitus Kainuun Nuotta ry:n Kylät kuntoon -hankkeelle\n\n"
            "Ehdotus\nKunnanhallitus päättää myöntää hankkeelle kuntarahoitusta 5 000 euroa.\n\n"
            "Päätös\nEhdotus hyväksyttiin.\n\n"
            "§ 103 Avustus Sotkamon Jymylle\n\nSotkamon Jymy ry hakee avustusta junioritoimintaan.\n\n"
            "Ehdotus\nKunnanhallitus myöntää seuralle 3 000 euron kohdeavustuksen.\n\n"
            "Päätös\nEhdotus hyväksyttiin.\n")
    found = {(r, a) for _, r, a, _ in _funds(text, "minutes")}
    assert ("Kylät kuntoon", Decimal("5000")) in found
    assert ("Sotkamon Jymy ry", Decimal("3000")) in found
    assert ("Kylät kuntoon", Decimal("3000")) not in found


def test_grant_word_inside_a_compound_opens_grant_news() -> None:
    text = ("Kulturbidrag 2024\n\nKultur- och fritidsnämnden i Kristinestad har beslutat om kulturbidragen för 2024. "
            "Följande föreningar har beviljats bidrag:\n\n• Kristinestads Hembygdsförening rf, 1 200 euro\n"
            "• Sideby Ungdomsförening rf, 800 euro\n")
    found = {(r, a) for _, r, a, _ in _funds(text)}
    assert ("Sideby Ungdomsförening rf", Decimal("800")) in found


def test_whole_euro_dash_is_read() -> None:
    from welfare_kg.extract.money import find_amounts

    assert [a.value for a in find_amounts("myönsi 12 000,- €")] == [Decimal("12000")]


def test_capitalised_foundation_after_a_genitive_opening_the_sentence() -> None:
    found = {(g, r) for g, r, _, _ in _funds("Uutinen\n\nKoneen Säätiö on myöntänyt Kylän Nuorisoseura ry:lle "
                                             "5 000 euroa.\n")}
    assert ("Koneen Säätiö", "Kylän Nuorisoseura ry") in found


def test_passive_inline_list_under_an_arts_agency() -> None:
    text = ("Taiteen edistämiskeskus tukee taideyhteisöjä\n\n"
            "Taiteen edistämiskeskus (Taike) rahoittaa taideyhteisöjen toimintaa lähes 14 miljoonalla eurolla.\n\n"
            "Pohjois-Savoon avustuksia jaettiin seuraavasti: Kuopion Tanssin Talo ry 60 000 euroa, Savon Taideseura "
            "ry 25 000 euroa (kolmivuotinen) ja Varkauden Kuvataideyhdistys ry 20 000 euroa.\n")
    found = {(g, r, a) for g, r, a, _ in _funds(text)}
    assert ("Taiteen edistämiskeskus", "Savon Taideseura ry", Decimal("25000")) in found
    assert ("Taiteen edistämiskeskus", "Varkauden Kuvataideyhdistys ry", Decimal("20000")) in found


def test_rows_with_a_purpose_after_the_sum_and_a_kind_word_name() -> None:
    text = ("Avustusta hyvinvoinnin edistämiseen jaettiin 11 200 €\n\n"
            "Hyvinvointipalveluiden lautakunta päätti jakaa 11 200 euroa avustuksina yhdistysten toimintaan.\n\n"
            "Avustusta saivat\n\n"
            "  • Ylikylän metsästysseura ry 1 500 € eräpolun kunnostamiseen\n"
            "  • Kylänpään kalastusosakaskunta 300 € onkitapahtumien järjestämiseen\n")
    found = {(r, a) for _, r, a, _ in _funds(text)}
    assert ("Kylänpään kalastusosakaskunta", Decimal("300")) in found


def test_a_list_in_kronor_names_receivers_without_euro_amounts() -> None:
    text = ("Föreningar får stöd\n\nKommunstyrelsen i Hylte kommun har beslutat om föreningsstöd. 200 000 kronor "
            "fördelas på föreningarna.\n\nFördelning av föreningsstödet, beviljat kr:\nTorups IF 50 000\n"
            "Unnaryds hembygdsförening 15 000\n")
    found = {(r, a) for _, r, a, _ in _funds(text)}
    assert found == {("Torups IF", None), ("Unnaryds hembygdsförening", None)}


def test_unknown_row_name_in_the_allative_takes_its_base_form() -> None:
    text = ("Kaupunki jakoi kulttuuriavustukset\n\n"
            "Mikkelin kaupunki on myöntänyt vuoden 2024 kulttuuriavustukset. Avustuksia myönnettiin seuraavasti:\n\n"
            "• Tanssikoulu Piruetille 1 500 €\n• Mikkelin Teatteriyhdistys ry:lle 6 000 €\n")
    found = {(r, a) for _, r, a, _ in _funds(text)}
    assert ("Tanssikoulu Piruetti", Decimal("1500")) in found


def test_support_said_to_be_money_is_funding() -> None:
    head = ("Kylät kuntoon -hanke\n\nKylät kuntoon -hanke kehittää kylien palveluja Kainuussa. Hanketta hallinnoi "
            "Kainuun Nuotta ry.\n\n")
    funders = {g for g, _, _, _ in _funds(head + "Hanketta tukevat taloudellisesti Kajaanin kaupunki ja Sotkamon "
                                                 "kunta.\n")}
    assert {"Kajaani", "Sotkamo"} <= funders
    assert not _funds(head + "Hanketta tukee ohjausryhmä.\n")


def test_a_titleless_grant_into_named_projects_funds_each_project() -> None:
    text = ("LIPERIN KUNTA\nKunnanhallitus\nPöytäkirja 3/2024\n\n"
            "§ 21 Määrärahan myöntäminen kehittämisprojekteille\n\n"
            "Ehdotus: Kunnanhallitus päättää\n\n1) myöntää kehittämismäärärahaa Kylätalot kuntoon -projektiin ja "
            "Arjen apu -hankkeeseen,\n\n2) edellyttää projekteilta selvityksen.\n\n"
            "Päätös: Ehdotus hyväksyttiin.\n\n"
            "§ 22 Avustus / Liperin Latu ry\n\n"
            "Ehdotus: Kunnanhallitus myöntää Liperin Latu ry:lle 500 euroa Latu kuntoon -hankkeeseen.\n\n"
            "Päätös: Hyväksyttiin.\n")
    into = {r.removesuffix(" -projekti") for _, r, _, rule in _funds(text, "minutes")
            if rule == "funds:item-grant-into-project"}
    # a receiver named besides the project (Liperin Latu ry): the project is what the grant is for, no receiver
    assert "Kylätalot kuntoon" in into and "Latu kuntoon" not in into


def test_an_items_support_given_as_a_sum_is_its_grant() -> None:
    text = ("SAVONLAHDEN KAUPUNKI\nKylätoimikunta\nPöytäkirja 2/2025\n\n"
            "§ 14 Kuusikon kyläyhdistys ry, laavun rakentaminen, kohdeavustus\n\n"
            "Kuusikon kyläyhdistys ry hakee kylätoimikunnalta tukea laavun rakentamiseen 3 000 euroa.\n\n"
            "Ehdotus: Kylätoimikunta tukee laavun rakentamista 900 eurolla.\n\n"
            "Päätös: Hyväksyttiin.\n\n"
            "§ 15 Katajan kyläseura ry, kyläkirja\n\n"
            "Katajan kyläseura ry hakee tukea kyläkirjaan.\n\n"
            "Ehdotus: Kylätoimikunta tukee kyläseuraa neuvonnalla.\n\n"
            "Päätös: Hyväksyttiin.\n")
    found = {(r, a) for _, r, a, rule in _funds(text, "minutes") if rule == "funds:item-applicant"}
    assert ("Kuusikon kyläyhdistys ry", Decimal("900")) in found
    # support with no sum in euros (advice, work) grants no money
    assert not any(r.startswith("Katajan") for r, _ in found)


def test_a_swedish_items_support_with_a_sum_is_its_grant() -> None:
    text = ("KUUSIKON KOMMUN\nKommunstyrelsen\nProtokoll 2/2025\n\n"
            "§ 14 Understöd till Kuusikon byaförening rf\n\n"
            "Kuusikon byaförening rf ansöker om understöd för en ny bastu.\n\n"
            "Förslag: Kommunstyrelsen beslutar att stöda bastubygget med 700 euro.\n\n"
            "Beslut: Förslaget godkändes.\n")
    found = {(r, a) for _, r, a, rule in _funds(text, "minutes") if rule == "funds:item-applicant"}
    assert ("Kuusikon byaförening rf", Decimal("700")) in found


def test_glued_table_cells_after_an_association_abbreviation_are_the_rows_grants() -> None:
    # a table copied without its cell borders: "Hakija" + "euroa" and each name + its sum glued at the point of
    # "ry."; a row granted nothing ("ry.0") gives no fact, and the rows after it and after a row no border
    # parts ("Kerho Tähti12 000") are still the table's
    table = ("Kotkan kaupunginhallitus jakoi yleisavustukset\n\n"
             "Kotkan kaupunginhallitus päätti kokouksessaan yleisavustusten myöntämisestä.\n\n"
             "Hakijaeuroa\nKotkan Partiolaiset ry.4 500\nKotkan Kuoroyhdistys ry.0\nKotkan Shakkiseura ry.2 300\n"
             "Kerho Tähti12 000\nKymenlaakson Latu ry.1 200\nKotkan Lausujat ry.800\n")
    found = {(r.removesuffix(" ry"), a) for _, r, a, _ in _funds(table)}
    assert ("Kotkan Partiolaiset", Decimal("4500")) in found
    assert ("Kotkan Shakkiseura", Decimal("2300")) in found
    assert ("Kymenlaakson Latu", Decimal("1200")) in found
    assert ("Kotkan Lausujat", Decimal("800")) in found
    assert not any(r == "Kotkan Kuoroyhdistys" for r, _ in found)


def test_glued_cells_with_no_currency_heading_are_no_sums() -> None:
    from welfare_kg.extract.bare_sums import bare_sum_rows

    assert bare_sum_rows("Jäsenet\n\nKotkan Partiolaiset ry.45\nKotkan Shakkiseura ry.23\n") == {}

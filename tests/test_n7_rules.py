"""Rules added after the sixth blind batch: areas made of places, "X:n johtama" and who runs a project.

Every sentence here is invented; names are real Finnish places and organisations of the reference data.
"""

from __future__ import annotations

from helpers import ID, record
from helpers import fact_triples as _facts

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer


def test_county_made_of_municipalities_in_the_genitive() -> None:
    facts = _facts("Pohjois-Karjalan hyvinvointialue muodostuu Joensuun, Lieksan ja Nurmeksen kunnista.")
    covered = {o for s, p, o in facts if p == "coversArea" and s == "wellbeing-county/14"}
    assert covered == {"municipality/167", "municipality/422", "municipality/541"}


def test_county_made_of_municipalities_in_the_elative_and_in_swedish() -> None:
    facts = _facts("Kainuun hyvinvointialue koostuu Kajaanista, Kuhmosta ja Sotkamosta.")
    assert ("wellbeing-county/20", "coversArea", "municipality/205") in facts
    facts = _facts("Östra Nylands välfärdsområde omfattar fyra kommuner: Askola, Borgå, Lappträsk och Sibbo.")
    assert {o for s, p, o in facts if p == "coversArea"} >= {"municipality/018", "municipality/638"}


def test_members_after_an_illative_owner() -> None:
    facts = _facts("Pohjois-Karjalan hyvinvointialueeseen kuuluvat Joensuu, Lieksa ja Nurmes.")
    assert ("wellbeing-county/14", "coversArea", "municipality/541") in facts


def test_region_whose_municipalities_make_the_county() -> None:
    facts = _facts("Kainuun hyvinvointialue muodostuu kahdeksasta Kainuun kunnasta.")
    assert ("wellbeing-county/20", "coversArea", "region/18") in facts


def test_a_project_made_of_parts_is_no_area_statement() -> None:
    facts = _facts("Hanke koostuu kolmesta osasta, joita toteutetaan Joensuussa ja Lieksassa.")
    assert not any(p == "coversArea" and s.startswith("wellbeing") for s, p, _o in facts)
    # one place after the cue is not a list of members: "muodostuu Joensuun kaupungista" stays unread
    facts = _facts("Pohjois-Karjalan hyvinvointialue muodostuu Joensuun kaupungista.")
    assert not any(r == "coversArea" for _s, r, _o in facts)


def test_genitive_leader_runs_the_project_and_is_no_funder() -> None:
    facts = _facts("Tutkimusryhmä sai rahoituksen osana Itä-Suomen yliopiston johtamaa Hyvä Arki -hanketta.")
    runs = [(s, o) for s, p, o in facts if p == "coordinates"]
    assert runs and runs[0][0] == "agency/ita-suomen-yliopisto" and "arki" in runs[0][1]
    assert not any(p == "funds" and s == "agency/ita-suomen-yliopisto" for s, p, _o in facts)


def test_two_genitive_runners_both_coordinate() -> None:
    facts = _facts("Ministeriö kohdensi Keski-Suomen sosiaalialan osaamiskeskuksen johtamalle ja "
                   "Jyväskylän kaupungin hallinnoimalle Hyvä Arki -hankkeelle rahoitusta.")
    runners = {s for s, p, _o in facts if p == "coordinates"}
    assert {"competence-centre/koske", "municipality/179"} <= runners


def test_receiver_named_in_the_sentence_after_a_ministry_grant() -> None:
    facts = _facts("Sosiaali- ja terveysministeriö on myöntänyt rahoitusta tutkimushankkeille. "
                   "Lapin yliopisto saa rahoitusta yhteensä 530 000 euroa.")
    out = extract_document(record("Sosiaali- ja terveysministeriö on myöntänyt rahoitusta tutkimushankkeille. "
                                  "Lapin yliopisto saa rahoitusta yhteensä 530 000 euroa.", "news"),
                           gazetteer=reference_gazetteer())
    grant = [f for f in out.facts if f.rule == "funds:receiver-after-grant"]
    assert ("ministry/stm", "funds", "agency/lapin-yliopisto") in facts
    assert grant and grant[0].amount == 530000


def test_receiver_after_an_unrelated_sentence_gets_no_funder() -> None:
    facts = _facts("Sosiaali- ja terveysministeriö on myöntänyt rahoitusta hankkeille. Kuopion kaupunki kertoi "
                   "tuloksista. Lapin yliopisto saa rahoitusta 530 000 euroa.")
    assert ("ministry/stm", "funds", "agency/lapin-yliopisto") not in facts


def test_swedish_grant_to_a_receiver_with_its_amount() -> None:
    out = extract_document(record("Stadsstyrelsen i Vasa har beslutat om ett årligt 80 000 euros understöd till "
                                  "Åbo Akademi. Vasa stad har beviljat ett bidrag på 12 000 euro till Svenska "
                                  "Österbottens förbund för utbildning och kultur.", "news"),
                           gazetteer=reference_gazetteer())
    grants = {(f.object.removeprefix(ID), f.amount) for f in out.facts if f.rule == "funds:swedish-grant-to"}
    assert ("agency/abo-akademi", 80000) in grants
    # "Vasa stad har beviljat ... till X": the active grant verb with its subject reads this one first (grant-verb)
    grants |= {(f.object.removeprefix(ID), f.amount) for f in out.facts if f.rule == "funds:grant-verb"}
    assert any(obj == "joint-authority/sofuk" and amount == 12000 for obj, amount in grants)


def test_organisations_opening_a_relative_clause_after_a_project_take_part() -> None:
    facts = _facts("Tuki kohdistui Hyvä Arki -hankkeeseen, jossa Kajaanin kaupunki ja Kainuun hyvinvointialue "
                   "kehittävät palveluja.")
    takers = {s for s, p, o in facts if p == "participatesIn" and "arki" in o}
    assert {"municipality/205", "wellbeing-county/20"} <= takers
    facts = _facts("Hyvä Arki -hanke, jossa tutkitaan Kuopion kaupungin palveluja, alkoi.")
    assert not any(p == "participatesIn" and s == "municipality/297" for s, p, _o in facts)


def test_project_anaphor_never_points_to_a_fund() -> None:
    facts = _facts("Euroopan sosiaalirahasto. Hankkeen avulla tuetaan Pohjois-Savon kuntien hyvinvointityötä.")
    assert not any(p == "coversArea" and s.startswith("programme/") for s, p, _o in facts)


def test_joint_project_of_genitives_including_an_unknown_name() -> None:
    facts = _facts("Hyvä Arki -hanke on Tampereen yliopiston, Pikassoksen sekä Kuopion kaupungin yhteinen "
                   "tutkimushanke.")
    partners = {s for s, p, o in facts if p == "participatesIn" and "arki" in o}
    assert {"agency/tampereen-yliopisto", "competence-centre/pikassos", "municipality/297"} <= partners


def test_swedish_receiver_after_an_active_grant_verb_runs_the_project() -> None:
    facts = _facts("Social- och hälsovårdsministeriet har beviljat Österbottens välfärdsområde 2 000 000 euro i "
                   "statsunderstöd för att genomföra projektet Hyvä Arki.")
    assert any(s == "wellbeing-county/17" and p == "coordinates" and "arki" in o for s, p, o in facts)
    facts = _facts("Social- och hälsovårdsministeriet har beviljat 2 000 000 euro för projektet Hyvä Arki.")
    assert not any(p == "coordinates" for _s, p, _o in facts)


def test_a_funder_across_a_dash_does_not_coordinate() -> None:
    facts = _facts("Meidän Häme -hanke alkaa. Terveyden ja hyvinvoinnin laitos myönsi rahoituksen "
                   "järjestöyhteistyöhön - yhdistys koordinoi hanketta.")
    assert not any(p == "coordinates" and s == "agency/thl" for s, p, _o in facts)
    facts = _facts("Meidän Häme -hanke alkaa. Hanketta koordinoi Kuopion kaupunki.")
    assert any(p == "coordinates" and s == "municipality/297" for s, p, _o in facts)


def test_organisation_taken_over_by_a_county_becomes_part_of_it() -> None:
    facts = _facts("Pikassos siirtyy osaksi Pirkanmaan hyvinvointialuetta.")
    assert ("competence-centre/pikassos", "partOf", "wellbeing-county/08") in facts
    facts = _facts("Keski-Suomen sosiaalialan osaamiskeskuksen toiminnan liikkeenluovutus Keski-Suomen "
                   "hyvinvointialueelle tapahtuu syksyllä.")
    assert ("competence-centre/koske", "partOf", "wellbeing-county/15") in facts


def test_services_moving_to_a_county_do_not_make_the_municipality_part_of_it() -> None:
    facts = _facts("Kuopion kaupungin sosiaalipalvelut siirtyvät Pohjois-Savon hyvinvointialueelle.")
    assert not any(p == "partOf" and s == "municipality/297" for s, p, _o in facts)
    facts = _facts("Pikassos Oy siirtyy Pirkanmaan hyvinvointialueelle.")  # no transfer word: a move, unread
    assert not any(p == "partOf" for _s, p, _o in facts)


def test_ministry_share_after_a_total_budget_is_its_funding_with_its_own_sum() -> None:
    out = extract_document(record("Hyvä Arki -hanke alkaa. Hankkeen kokonaisbudjetti on 500 000 euroa, josta "
                                  "sosiaali- ja terveysministeriön osuus on 400 000 euroa.", "news"),
                           gazetteer=reference_gazetteer())
    stm = [f for f in out.facts if f.subject == ID + "ministry/stm"]
    assert [(f.predicate, f.amount) for f in stm] == [("funds", 400000)]
    facts = _facts("Hyvä Arki -hanke alkaa. Hankkeen kokonaisbudjetti on 500 000 euroa, josta Kuopion kaupungin "
                   "osuus on 100 000 euroa.")
    assert ("municipality/297", "contributes", "project/arki-hyva") in facts


def test_undertaking_said_to_be_part_of_a_programme() -> None:
    facts = _facts("Hyvä Arki -hanke kuuluu Tulevaisuuden sosiaali- ja terveyskeskus -ohjelmaan.")
    assert any(p == "partOf" and "arki" in s and o.startswith("programme/") for s, p, o in facts)
    facts = _facts("Projektet Hyvä Arki är en del av Finlands program för hållbar tillväxt.")
    assert any(p == "partOf" and "arki" in s and o.startswith("programme/") for s, p, o in facts)
    facts = _facts("Kuopion kaupunki on osa Tulevaisuuden sosiaali- ja terveyskeskus -ohjelmaa.")
    assert not any(p == "partOf" for _s, p, _o in facts)


def test_serving_verb_before_genitive_places_and_a_plural_place_noun() -> None:
    facts = _facts("Poske tukee Kainuun ja Lapin kuntia.")
    assert {o for s, p, o in facts if p == "coversArea" and s == "competence-centre/poske"} >= {"region/18",
                                                                                              "region/19"}
    facts = _facts("Hyvä Arki -hanke alkaa. Hanke kattaa Pohjois-Karjalan ja Kainuun maakunnat.")
    assert {o for s, p, o in facts if p == "coversArea" and "arki" in s} >= {"region/12", "region/18"}
    facts = _facts("Poske tukee Kainuun ja Lapin kunnanjohtajia.")
    assert not any(p == "coversArea" for _s, p, _o in facts)


def test_every_subject_after_a_fronted_funding_verb_funds() -> None:
    facts = _facts("Hyvä Arki -hanke alkaa. Hanketta rahoittavat sosiaali- ja terveysministeriö ja Kuopion kaupunki.")
    funders = {s for s, p, o in facts if p == "funds" and "arki" in o}
    assert {"ministry/stm", "municipality/297"} <= funders


def test_grant_in_the_perfect_tense_names_its_granter_and_sum() -> None:
    out = extract_document(record("Hyvä Arki -hanke alkaa. Pohjois-Savon liitto on myöntänyt hankkeelle "
                                  "150 000 euroa EAKR-rahoitusta.", "news"), gazetteer=reference_gazetteer())
    grants = [(f.subject.removeprefix(ID), f.amount) for f in out.facts
              if f.predicate == "funds" and f.rule == "funds:grant-verb"]
    assert ("joint-authority/pohjois-savon-liitto", 150000) in grants
    facts = _facts("Hyvä Arki -hanke alkaa. Hankkeelle myönnettiin 90 000 euroa.")
    assert not any(p == "funds" for _s, p, _o in facts)  # no granter named: none invented


def test_swedish_managed_by_and_a_fund_in_a_relative_clause() -> None:
    facts = _facts("Projektet Hyvä Arki startar. Projektet förvaltas av Vasa stad.")
    assert any(s == "municipality/905" and p == "coordinates" and "arki" in o for s, p, o in facts)
    facts = _facts("Projektet Hyvä Arki finansieras med stöd från Europeiska socialfonden, som i Finland förvaltas "
                   "av Arbets- och näringsministeriet.")
    assert ("ministry/tem", "coordinates", "programme/esr") in facts
    assert not any(s == "ministry/tem" and p == "coordinates" and "arki" in o for s, p, o in facts)


def test_relative_clause_about_something_else_gives_the_project_no_coordinator() -> None:
    facts = _facts("Projektet Hyvä Arki finansieras med stöd från Okänd fond, som i Finland förvaltas av Arbets- och "
                   "näringsministeriet.")
    assert not any(p == "coordinates" for _s, p, _o in facts)
    facts = _facts("Hyvä Arki -hanke alkaa. Hanke, jota hallinnoi Kuopion kaupunki, kestää kaksi vuotta.")
    assert any(s == "municipality/297" and p == "coordinates" for s, p, _o in facts)


def test_labelled_partner_lists_bulleted_or_inline() -> None:
    facts = _facts("Hyvä Arki -hanke alkaa. Hankkeen kumppanit:\n• Joensuun kaupunki\n• Lieksan kaupunki\n"
                   "• Itä-Suomen yliopisto")
    partners = {s for s, p, o in facts if p == "participatesIn" and "arki" in o}
    assert {"municipality/167", "municipality/422", "agency/ita-suomen-yliopisto"} <= partners
    facts = _facts("Projektet Hyvä Arki startar. Samarbetspartner: Vasa stad och Åbo Akademi.")
    assert {"municipality/905", "agency/abo-akademi"} <= {s for s, p, _o in facts if p == "participatesIn"}


def test_lead_responsibility_in_the_adessive_coordinates() -> None:
    facts = _facts("Hyvä Arki -hanke alkaa. Hankkeen vetovastuu on Kuopion kaupungilla.")
    assert any(s == "municipality/297" and p == "coordinates" for s, p, _o in facts)
    facts = _facts("Hyvä Arki -hanke alkaa. Vastuu asiakkaista on Kuopion kaupungilla.")
    assert not any(p == "coordinates" for _s, p, _o in facts)


def test_sources_after_money_comes_from_fund_the_project() -> None:
    facts = _facts("Hyvä Arki -hanke alkaa. Rahoitus tulee sosiaali- ja terveysministeriöltä ja Kuopion kaupungilta.")
    assert {"ministry/stm", "municipality/297"} <= {s for s, p, _o in facts if p == "funds"}
    facts = _facts("Projektet Hyvä Arki startar. Finansieringen kommer från Social- och hälsovårdsministeriet.")
    assert any(s == "ministry/stm" and p == "funds" for s, p, _o in facts)
    facts = _facts("Hyvä Arki -hanke alkaa. Rahoitus tulee kattamaan kulut Kuopiossa.")
    assert not any(p == "funds" for _s, p, _o in facts)


def test_amounts_with_the_currency_first_and_mega_euros() -> None:
    from welfare_kg.extract.money import find_amounts

    assert [a.value for a in find_amounts("Kokonaisbudjetti EUR 1 250 000 ja omarahoitus € 25 000.")] == [1250000,
                                                                                                      25000]
    assert [a.value for a in find_amounts("Rahoitus 1,5 Me.")] == [1500000]
    assert find_amounts("me 2 Me kävimme") == []  # a pronoun, not a sum
    assert [a.value for a in find_amounts("12 500 € ja € 30 000")] == [12500, 30000]


def test_swedish_partners_after_i_samarbete_med() -> None:
    facts = _facts("Projektet Hyvä Arki startar. Projektet koordineras av Åbo Akademi och genomförs i samarbete med "
                   "Vasa stad och Korsholms kommun.")
    assert {"municipality/905", "municipality/499"} <= {s for s, p, _o in facts if p == "participatesIn"}
    assert ("agency/abo-akademi", "coordinates", "project/arki-hyva") in facts


def test_organisations_that_start_a_project_take_part() -> None:
    facts = _facts("Kuopion kaupunki ja Itä-Suomen yliopisto käynnistivät Hyvä Arki -hankkeen.")
    assert {"municipality/297", "agency/ita-suomen-yliopisto"} <= {s for s, p, _o in facts if p == "participatesIn"}
    facts = _facts("Vasa stad och Åbo Akademi startade projektet Hyvä Arki.")
    assert {"municipality/905", "agency/abo-akademi"} <= {s for s, p, _o in facts if p == "participatesIn"}
    facts = _facts("Hyvä Arki -hanke alkaa. Kuopion kaupunki käynnisti keskustelun palveluista.")
    assert not any(p == "participatesIn" and s == "municipality/297" for s, p, _o in facts)


def test_target_area_words_and_fields() -> None:
    facts = _facts("Hyvä Arki -hanke alkaa. Hanke kattaa koko Pohjois-Savon.")
    assert any(p == "coversArea" and "arki" in s and o == "region/11" for s, p, o in facts)
    facts = _facts("Hyvä Arki -hanke alkaa. Maantieteellinen kohdealue: Pohjois-Savo, Kainuu")
    assert {o for s, p, o in facts if p == "coversArea" and "arki" in s} >= {"region/11", "region/18"}
    facts = _facts("Hyvä Arki -hanke alkaa. Hankkeen kohdealueena ovat Kainuun ja Pohjois-Savon kunnat.")
    assert {o for s, p, o in facts if p == "coversArea" and "arki" in s} >= {"region/11", "region/18"}
    facts = _facts("Projektet Hyvä Arki startar. Projektet riktar sig till Österbotten.")
    assert any(p == "coversArea" and "arki" in s for s, p, _o in facts)


def test_card_area_fields_only_under_the_target_area_heading() -> None:
    facts = _facts("Hankkeen nimi: Hyvä Arki -hanke\n3.1 Maantieteellinen kohdealue\nMaakunnat: Lappi\n"
                   "Kunnat: Kemi, Tornio")
    assert {o for s, p, o in facts if p == "coversArea" and "arki" in s} >= {"region/19", "municipality/240"}
    facts = _facts("Hyvä Arki -hanke alkoi.\nLäsnä:\nKunnat: Kemi, Tornio")
    assert not any(p == "coversArea" for _s, p, _o in facts)


def test_taking_part_in_paying_contributes_the_sum() -> None:
    out = extract_document(record("Hyvä Arki -hanke alkaa. Kuopion kaupunki osallistuu hankkeen rahoitukseen "
                                  "12 000 eurolla.", "news"), gazetteer=reference_gazetteer())
    shares = [(f.subject.removeprefix(ID), f.amount) for f in out.facts if f.predicate == "contributes"]
    assert shares == [("municipality/297", 12000)]
    facts = _facts("Projektet Hyvä Arki startar. Vasa stad deltar i finansieringen med 5 000 euro.")
    assert ("municipality/905", "contributes", "project/arki-hyva") in facts


def test_sub_project_part_of_a_project() -> None:
    facts = _facts("Arjen Tuki -osahanke kuuluu Hyvä Arki -hankkeeseen.")
    assert ("project/arki-tuki", "partOf", "project/arki-hyva") in facts
    facts = _facts("Arjen Tuki -hanke toteutetaan osana Hyvä Arki -hanketta.")
    assert ("project/arki-tuki", "partOf", "project/arki-hyva") in facts


def test_grant_list_lines_without_bullets_and_in_the_opening_sentence() -> None:
    out = extract_document(record("Sosiaali- ja terveysministeriö myönsi avustuksia seuraavasti:\nKuopion kaupunki "
                                  "200 000 euroa\nJoensuun kaupunki 150 000 euroa\nHankkeet alkavat syksyllä. "
                                  "Lieksan kaupunki 5 000 euroa.", "news"), gazetteer=reference_gazetteer())
    grants = {(f.object.removeprefix(ID), f.amount) for f in out.facts if f.rule == "funds:grant-list"}
    assert grants == {("municipality/297", 200000), ("municipality/167", 150000)}


def test_swedish_grant_list_with_a_past_tense_verb() -> None:
    out = extract_document(record("Social- och hälsovårdsministeriet beviljade understöd enligt följande:\n"
                                  "• Vasa stad, projektet Hyvä Arki, 200 000 euro\n"
                                  "• Åbo Akademi, projektet Arjen Tuki, 150 000 euro", "news"),
                           gazetteer=reference_gazetteer())
    grants = {(f.object.removeprefix(ID), f.amount) for f in out.facts if f.rule == "funds:grant-list"}
    assert grants == {("project/arki-hyva", 200000), ("project/arki-tuki", 150000)}


def test_enumerated_grants_each_with_its_sum_and_runner() -> None:
    out = extract_document(record("Sosiaali- ja terveysministeriö myönsi avustuksia seuraavasti: Hyvä Arki -hanke "
                                  "(Kuopion kaupunki) 200 000 euroa ja Arjen Tuki -hanke (Joensuun kaupunki) "
                                  "150 000 euroa.", "news"), gazetteer=reference_gazetteer())
    funds = {(f.object.removeprefix(ID), f.amount) for f in out.facts if f.predicate == "funds"}
    assert {("project/arki-hyva", 200000), ("project/arki-tuki", 150000)} <= funds
    runs = {(f.subject.removeprefix(ID), f.object.removeprefix(ID)) for f in out.facts if f.predicate == "coordinates"}
    assert {("municipality/297", "project/arki-hyva"), ("municipality/167", "project/arki-tuki")} <= runs


def test_a_total_over_several_recipients_is_nobody_s_own_sum() -> None:
    out = extract_document(record("Sosiaali- ja terveysministeriö myönsi Hyvä Arki -hankkeelle ja Arjen Tuki "
                                  "-hankkeelle yhteensä 350 000 euroa.", "news"), gazetteer=reference_gazetteer())
    assert all(f.amount is None for f in out.facts if f.predicate == "funds")
    out = extract_document(record("Sosiaali- ja terveysministeriö myönsi Hyvä Arki -hankkeelle yhteensä 350 000 "
                                  "euroa.", "news"), gazetteer=reference_gazetteer())
    assert [f.amount for f in out.facts if f.predicate == "funds"] == [350000]


def test_a_programme_s_project_is_the_project_not_the_programme() -> None:
    facts = _facts("Lapin tulevaisuuden sote-keskus -hanke alkaa. Tulevaisuuden sosiaali- ja terveyskeskus -ohjelman "
                   "hankkeen hakijana toimii Kolpeneen palvelukeskuksen kuntayhtymä.")
    runs = {(s, o) for s, p, o in facts if p == "coordinates"}
    assert runs and all(o.startswith("project/") for _s, o in runs)
    facts = _facts("Tulevaisuuden sosiaali- ja terveyskeskus -ohjelmaa koordinoi Terveyden ja hyvinvoinnin laitos.")
    assert any(s == "agency/thl" and o.startswith("programme/") for s, p, o in facts if p == "coordinates")


def test_genitive_owner_of_the_money_word_is_funded() -> None:
    facts = _facts("Sosiaali- ja terveysjärjestöjen avustuskeskuksen myöntämät valtionavustukset muodostavat "
                   "suurimman osan Kuopion kaupungin rahoituksesta.")
    assert ("agency/stea", "funds", "municipality/297") in facts
    facts = _facts("Sosiaali- ja terveysministeriö on myöntänyt rahoitusta tutkimushankkeille.")
    assert not any(p == "funds" for _s, p, _o in facts)


def test_funder_supporting_projects_in_an_association() -> None:
    facts = _facts("Kuopion Seudun Omaishoitajat ry:ssä STEA tukee Arjen Tuki ja Hyvä Arki -hankkeita "
                   "yleisavustuksella.")
    home = "association/kuopion-seudun-omaishoitajat"
    assert ("agency/stea", "funds", home) in facts
    assert {("agency/stea", "funds", "project/arki-hyva"), (home, "coordinates", "project/arki-hyva"),
            (home, "coordinates", "project/arki-tuki")} <= facts
    facts = _facts("Kuopion kaupungissa STEA tukee Hyvä Arki -hanketta.")  # a place, not whose the project is
    assert not any(s == "municipality/297" for s, _p, _o in facts)


def test_each_undertaking_of_a_funded_run() -> None:
    out = extract_document(record("STEA rahoittaa Hyvä Arki ja Arjen Tuki -hankkeita yhteensä 300 000 eurolla.",
                                  "news"), gazetteer=reference_gazetteer())
    funded = {(f.object.removeprefix(ID), f.amount) for f in out.facts if f.predicate == "funds"}
    assert funded == {("project/arki-hyva", None), ("project/arki-tuki", None)}


def test_parties_that_enter_an_agreement() -> None:
    facts = _facts("Sopimus sosiaalipäivystyksen järjestämisestä. Kuopion kaupunki ja Siilinjärven kunta ovat "
                   "solmineet sopimuksen.")
    parties = {s for s, p, o in facts if p == "participatesIn" and o.startswith("agreement/")}
    assert {"municipality/297", "municipality/749"} <= parties
    facts = _facts("Sopimus sosiaalipäivystyksen järjestämisestä. Kuopion kaupunki allekirjoitti sopimuksen "
                   "Itä-Suomen yliopiston kanssa.")
    parties = {s for s, p, o in facts if p == "participatesIn" and o.startswith("agreement/")}
    assert {"municipality/297", "agency/ita-suomen-yliopisto"} <= parties


def test_a_partner_field_line_ends_at_its_line() -> None:
    facts = _facts("Hyvä Arki -hanke\nKumppanit: Joensuun kaupunki, Lieksan kaupunki\nBudjetti: 450 000 €\n"
                   "Toiminta-alue: Pohjois-Savo")
    assert {"municipality/167", "municipality/422"} <= {s for s, p, _o in facts if p == "participatesIn"}
    assert not any(s == "region/11" and p == "participatesIn" for s, p, _o in facts)


def test_a_university_s_share_is_its_own_contribution() -> None:
    facts = _facts("Hyvä Arki -hanke alkaa. Hankkeen kokonaisbudjetti on 500 000 euroa, josta Itä-Suomen yliopiston "
                   "osuus on 300 000 euroa.")
    assert ("agency/ita-suomen-yliopisto", "contributes", "project/arki-hyva") in facts
    assert not any(p == "funds" and s == "agency/ita-suomen-yliopisto" for s, p, _o in facts)


def test_support_aimed_at_a_project_comes_from_the_fund_just_named() -> None:
    facts = _facts("Euroopan sosiaalirahaston rahoitusta myönnettiin 11 hankkeelle. Suurin tuki kohdistui Hyvä Arki "
                   "-hankkeeseen.")
    assert ("programme/esr", "funds", "project/arki-hyva") in facts
    facts = _facts("Suurin tuki kohdistui Hyvä Arki -hankkeeseen.")
    assert not any(p == "funds" for _s, p, _o in facts)


def test_work_aimed_at_an_area_covers_it() -> None:
    facts = _facts("Hyvä Arki -hanke alkaa. Kehitystyö kohdentuu koko Kainuun alueelle.")
    assert ("project/arki-hyva", "coversArea", "region/18") in facts
    facts = _facts("Hyvä Arki -hanke alkaa. Muutos kohdistuu Kainuun alueelle.")
    assert not any(p == "coversArea" for _s, p, _o in facts)


def test_swedish_money_received_from_and_own_share() -> None:
    out = extract_document(record("Projektet Hyvä Arki startar. Projektet får 50 000 euro från Social- och "
                                  "hälsovårdsministeriet.", "news"), gazetteer=reference_gazetteer())
    assert [(f.subject.removeprefix(ID), f.amount) for f in out.facts if f.predicate == "funds"] == [
        ("ministry/stm", 50000)]
    facts = _facts("Projektet Hyvä Arki startar. Vasa stad står för projektets självfinansieringsandel på 10 000 euro.")
    assert ("municipality/905", "contributes", "project/arki-hyva") in facts
    facts = _facts("Projektet Hyvä Arki startar. Vi får besök från Vasa stad.")
    assert not any(p == "funds" for _s, p, _o in facts)


def test_a_partner_with_its_own_role_noun_is_not_the_coordinator() -> None:
    facts = _facts("Hyvä Arki -hanke alkoi. Hankkeen päätoteuttajana oli Itä-Suomen yliopiston yhteiskuntatieteiden "
                   "laitos ja osatoteuttajana Kuopion kaupunki.")
    assert ("municipality/297", "participatesIn", "project/arki-hyva") in facts
    assert ("municipality/297", "coordinates", "project/arki-hyva") not in facts


def test_a_plural_verb_of_running_takes_every_subject() -> None:
    facts = _facts("Hyvä Arki -hanke alkaa. Hanketta hallinnoivat yhdessä Joensuun kaupunki ja Lieksan kaupunki.")
    assert {"municipality/167", "municipality/422"} <= {s for s, p, _o in facts if p == "coordinates"}
    facts = _facts("Hyvä Arki -hanke alkaa. Hanketta hallinnoi Joensuun kaupunki ja rahoittaa Lieksan kaupunki.")
    assert ("municipality/422", "coordinates", "project/arki-hyva") not in facts


def test_holder_and_partner_of_an_agreement() -> None:
    facts = _facts("Sopimus sosiaalipäivystyksen järjestämisestä. Kuopion kaupungilla on Siilinjärven kunnan kanssa "
                   "voimassa oleva sopimus sosiaalipäivystyksen järjestämisestä.")
    parties = {s for s, p, o in facts if p == "participatesIn" and o.startswith("agreement/")}
    assert {"municipality/297", "municipality/749"} <= parties
    facts = _facts("Sopimus sosiaalipäivystyksen järjestämisestä hyväksyttiin. Kuopion kaupungilla on paljon "
                   "asukkaita.")
    assert not any(p == "participatesIn" and s == "municipality/297" for s, p, _o in facts)

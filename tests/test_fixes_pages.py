"""Precision fixes of the page relation rules: a cue must belong to the clause of the name it binds.

Every sentence here is invented; names are real Finnish organisations and funds of the reference data.
"""

from __future__ import annotations

from helpers import fact_triples as _facts


def test_who_keeps_a_fund_does_not_fund_the_project() -> None:
    facts = _facts("Projektet Stig In startade 2020. Projektet finansieras med hjälp av stöd från AMIF – Asyl-, "
                   "migrations- och integrationsfonden som upprätthålls av EU och i Finland förvaltas av "
                   "Inrikesministeriet.")
    assert not any(p == "funds" and s == "agency/euroopan-unioni" for s, p, _o in facts)


def test_a_relative_clause_with_its_own_funding_cue_still_funds() -> None:
    facts = _facts("Projektet Stig In startade 2020. Projektet, som finansieras av EU, leds av Novia.")
    assert any(p == "funds" and s == "agency/euroopan-unioni" and "stig" in o for s, p, o in facts)
    # the relative clause ends at its comma: the ministry after it is the main clause's funder
    facts = _facts("Mielen Tuki -hanke käynnistyi. Hanke, jota johtaa Oulun kaupunki, on sosiaali- ja "
                   "terveysministeriön rahoittama.")
    assert any(p == "funds" and s == "ministry/stm" for s, p, _o in facts)


def test_funding_of_projects_in_general_does_not_fund_the_project_in_focus() -> None:
    facts = _facts("Tulevaisuuden Hoiva -hanke käynnistyi. Hanketta rahoittaa Euroopan sosiaalirahasto. "
                   "Yritysten investointi- ja kehittämishankkeisiin myönnetty rahoitus kanavoituu Euroopan "
                   "aluekehitysrahaston (EAKR) ja EU:n maaseuturahaston kautta.")
    funders = {s for s, p, _o in facts if p == "funds"}
    assert "programme/esr" in funders
    assert "programme/eakr" not in funders
    # a singular word for the project still points to it
    facts = _facts("Tulevaisuuden Hoiva -hanke käynnistyi. Hankkeen rahoitus kanavoituu Euroopan "
                   "aluekehitysrahaston (EAKR) kautta.")
    assert any(p == "funds" and s == "programme/eakr" for s, p, _o in facts)


def test_a_label_that_is_the_start_of_a_longer_label_names_no_project() -> None:
    from welfare_kg.extract.fields import read_fields

    line = ("Hakija Oulun kaupunki Yhteyshenkilön yhteystiedot Hankkeen nimi ja toteuttamisaika Kunnan "
            "postiosoite PL 10 Nimi Maija Mallikas Postiosoite PL 10 Puhelin 040 123 Tehtävänimike suunnittelija")
    fields = read_fields(line)
    assert not any(f.kind == "name" for f in fields)
    assert any(f.label == "Hankkeen nimi" and f.kind == "other" for f in fields)
    facts = _facts(line + "\n")
    assert not any(p == "coordinates" and "postiosoite" in o for _s, p, o in facts)
    # the plain label still names the project
    fields = read_fields("Hakija Oulun kaupunki Hankkeen nimi Hyvä Arki Postiosoite PL 10 Tehtävänimike suunnittelija")
    assert any(f.kind == "name" for f in fields)


def test_a_fund_covers_no_area_of_the_applications_aimed_at_it() -> None:
    facts = _facts("Pohjois-Pohjanmaalle kohdistuvia JTF:n ESR-tyyppisiä hakemuksia saapui 15 kappaletta.")
    assert not any(p == "coversArea" for _s, p, _o in facts)
    # a project in a region still covers it
    facts = _facts("Hyvä Arki -hanke toteutetaan Pohjois-Pohjanmaalla.")
    assert any(p == "coversArea" and "arki" in s and o == "region/17" for s, p, o in facts)


def test_an_area_far_from_the_undertaking_in_a_run_on_agenda_is_not_its_area() -> None:
    agenda = " ".join(f"Asia {n} Kokouksen laillisuus ja päätösvaltaisuus sekä pöytäkirjan tarkastus" for n in range(8))
    text = (f"Kuntapro-palvelu- ja yhteistyösopimus hyväksytään. {agenda} Satakunnassa pidetyt tilaisuudet "
            "Tiedoksiantoasiat")
    facts = _facts(text.replace(". ", " "), kind="minutes")
    assert not any(p == "coversArea" and o == "region/04" for _s, p, o in facts)


def test_a_place_inside_a_grant_row_title_is_a_word_of_the_title() -> None:
    text = ("Sosiaali- ja terveysministeriö myönsi rahoitusta tutkimushankkeille.\n\n"
            "Rahoitusta saavat seuraavat hankkeet (hanke, hakija, vastuututkija, avustusmäärä):\n\n"
            "•    Arjen tuki Raahen seutukunnassa, Oulun yliopisto, Maija Mallikas, 120 500 euroa\n"
            "•    Nuorten polut työhön Kainuussa, Tampereen yliopisto, Pekka Puu, 99 000 euroa\n")
    facts = _facts(text)
    assert any(s == "ministry/stm" and p == "funds" and "arki" in o for s, p, o in facts), facts
    assert any(s == "agency/oulun-yliopisto" and p == "coordinates" for s, p, _o in facts), facts
    assert not any(p == "coversArea" for _s, p, _o in facts), facts


def test_a_joining_word_in_a_run_on_agenda_binds_only_names_beside_it() -> None:
    filler = " ".join(f"{n} Kokouksen laillisuus ja päätösvaltaisuus sekä pöytäkirjan tarkastus" for n in range(8))
    far = (f"KOTKAN KAUPUNKI KOKOUSKUTSU Kotkan kaupunki {filler} Talouden tasapainotusohjelma "
           f"{filler} Lausunto osallistumisesta selvitykseen")
    facts = _facts(f"Hyvä Arki -hanke.\n{far}\n", kind="minutes")
    assert not any(p == "participatesIn" for _s, p, _o in facts), facts
    near = f"{filler} Kotkan kaupunki osallistuu Hyvä Arki -hankkeeseen {filler}"
    facts = _facts(f"{near}\n", kind="minutes")
    assert any(s == "municipality/285" and p == "participatesIn" and "arki" in o for s, p, o in facts), facts


def test_a_programme_that_names_the_money_granted_is_not_its_recipient() -> None:
    facts = _facts("Maakuntahallitus myönsi Alueiden kestävän kasvun ja elinvoiman tukeminen -rahoitusta "
                   "seuraaville hankkeille:", kind="minutes")
    assert not any(p == "funds" for _s, p, _o in facts), facts
    facts = _facts("Varsinais-Suomen liitto myönsi Alueiden kestävän kasvun ja elinvoiman tukeminen -rahoitusta "
                   "Hyvä Arki -hankkeelle.")
    assert any(p == "funds" and "arki" in o for _s, p, o in facts), facts


def test_a_coordinator_worked_with_does_not_run_the_project() -> None:
    facts = _facts("Hyvä Arki -hanke käynnistyi. Hanketta valmisteltiin tiiviissä yhteistyössä myös Pohjois-Suomen "
                   "aluekoordinaattorin kanssa (THL).")
    assert not any(p == "coordinates" and s == "agency/thl" for s, p, _o in facts), facts
    facts = _facts("Hyvä Arki -hanke käynnistyi. Hankkeen koordinaattorina toimii Terveyden ja hyvinvoinnin laitos.")
    assert any(p == "coordinates" and s == "agency/thl" and "arki" in o for s, p, o in facts), facts


def test_a_genitive_in_a_list_of_parties_owns_no_agreement() -> None:
    facts = _facts("Tämä sopimus perustuu Tampereen kaupungin, Pirkanmaan TE-toimiston, Pirkanmaan ELY-keskuksen ja "
                   "KEHA-keskuksen väliseen yhteistyösopimukseen työllisyyden edistämisen kuntakokeilusta.")
    assert not any(p == "coordinates" for _s, p, _o in facts), facts
    assert any(p == "participatesIn" and s == "agency/te-toimisto-pirkanmaa" for s, p, _o in facts), facts
    facts = _facts("STM:n Lapsi- ja perhepalveluiden muutosohjelma jatkuu.")
    assert any(p == "coordinates" and s == "ministry/stm" for s, p, _o in facts), facts


def test_an_unknown_name_before_a_campaign_word_owns_the_campaign() -> None:
    facts = _facts("Kemin kaupunki osallistuu 5 000 euron lahjoituksella Centrian varainhankintakampanjaan.")
    assert ("municipality/240", "funds", "company/centria") in facts, facts


def test_a_list_of_funders_ends_where_another_clause_begins() -> None:
    facts = _facts("Projektet Stig In startade 2020. Projektet finansieras av EU, leds av Novia och genomförs i Vasa.")
    assert not any(p == "funds" and s == "company/novia" for s, p, _o in facts), facts
    assert any(p == "funds" and s == "agency/euroopan-unioni" for s, p, _o in facts), facts


def test_a_role_noun_governs_no_name_across_a_semicolon() -> None:
    facts = _facts("Hyvä Arki -hanke käynnistyi. Hankkeen rahoittajina toimivat Kela ja STM; hanketta hallinnoi "
                   "Oulun kaupunki.")
    assert not any(p == "funds" and s == "municipality/564" for s, p, _o in facts), facts
    assert ("municipality/564", "coordinates", "project/arki-hyva") in facts
    facts = _facts("Hyvä Arki -hanke käynnistyi. Hankkeen rahoittajina toimivat Kela, STM ja Oulun kaupunki.")
    assert ("municipality/564", "funds", "project/arki-hyva") in facts


def test_who_asks_others_to_join_does_not_join() -> None:
    facts = _facts("Hyvä Arki -hanke käynnistyi. Lapin liitto kehottaa kuntia osallistumaan hankkeeseen.")
    assert not any(p == "participatesIn" and s == "joint-authority/lapin-liitto" for s, p, _o in facts), facts
    facts = _facts("Hyvä Arki -hanke käynnistyi. Lapin liitto osallistuu hankkeeseen.")
    assert ("joint-authority/lapin-liitto", "participatesIn", "project/arki-hyva") in facts

"""Page relation rules from the eleventh fresh batch (issue 12), on invented sentences only.

Every text here is made up for the test; the names of organisations and projects are fictional
unless they are reference data (Leader, EU, ELY centres, ministries).
"""

from __future__ import annotations

from helpers import ID, FactRow, fact_rows, has_fact

from welfare_kg.extract.gazetteer import reference_gazetteer
from welfare_kg.extract.model import Mention
from welfare_kg.extract.relations import _programme_as_modifier
from welfare_kg.extract.text import sentences


def rows(text: str) -> list[FactRow]:
    """Facts of a page text with the reference gazetteer, as (subject, predicate, object, amount, rule)."""
    return fact_rows(reference_gazetteer(), text)


def test_leader_groups_are_no_programme_joined() -> None:
    """"muut Leader-ryhmät eli A ry, B ry": the programme's name qualifies "ryhmät"; nobody joins the programme."""
    text = ("Kylien uusi hanke alkaa syksyllä.\n"
            "Hankkeessa mukana ovat myös muut alueen Leader-ryhmät eli Kehittämisyhdistys Kuusamo-Testi ry "
            "sekä Järvirannan Leader ry. Yhteistyössä on mukana myös Mäkikylien Kyläliitto ry.")
    out = rows(text)
    assert not any(p == "participatesIn" and "leader" in o for _s, p, o, _a, _r in out)


def test_leader_funded_project_not_named_gives_no_programme_facts() -> None:
    """"X ry:n ja Y ry:n yhteinen Leader-rahoitteinen hanke, jota X hallinnoi": the unnamed project is run and
    paid, not the programme; the rules stay silent rather than pin the facts on Leader."""
    text = ("Kylätalkoot\n\n"
            "Kylätalkoot oli Rantakylän Kehitys ry:n ja Metsälän Kehitys ry:n yhteinen Leader-rahoitteinen hanke, "
            "jota Rantakylän Kehitys hallinnoi. Hankkeen rahoittajina ovat Rantakylän Kehitys ja Metsälän Kehitys.")
    out = rows(text)
    assert not any("leader" in o for _s, _p, o, _a, _r in out)


def _leader_in(text: str) -> Mention:
    start = text.index("Leader")
    return Mention(start, start + 6, "Leader", "Leader", "Programme", iri=ID + "programme/leader")


def test_programme_as_modifier_tells_heads_apart() -> None:
    """The head after the hyphen decides: a group, a way of being funded or an association's "ry" qualify
    another thing; the programme's money, activity or projects still speak of the programme itself."""
    for text, modifier in (("Mukana ovat alueen Leader-ryhmät.", True),
                           ("Se oli Leader-rahoitteinen hanke.", True),
                           ("Hallinnoija on Järvirannan Leader ry.", True),
                           ("Leader-rahoitus muodostuu maksuosuuksista.", False),
                           ("Kunta osallistuu Leader-toimintaan.", False),
                           ("Kaikki Leader-hankkeet raportoivat.", False),
                           ("Leader on EU:n ohjelma.", False)):
        sent = sentences(text)[0]
        assert _programme_as_modifier(sent, _leader_in(text), []) is modifier, text


def test_entry_label_before_colon_does_not_grant() -> None:
    """"X ry, Y -hanke: Z myönsi N euroa X ry:n Y-hankkeelle": the label names the receiver; the granter is the
    subject after the colon (here a name the recogniser does not know), so the label's name funds nothing."""
    text = ("Avustetut hankkeet\n\n"
            "Kivikylän Nuorisoseura ry, Kylätalo kuntoon -hanke: Järvipitäjän Leader-yhdistys myönsi kehittämistukea "
            "45 000 euroa Kivikylän Nuorisoseura ry:n Kylätalo kuntoon -hankkeelle.\n\n"
            "Mäenpään Kyläyhdistys ry: Yhdistys myönsi 7 200 euroa Mäenpään Kyläyhdistys ry:lle.")
    out = rows(text)
    assert not any(p == "funds" and "nuorisoseura" in s for s, p, _o, _a, _r in out)
    assert not any(p == "funds" and "kylayhdistys" in s for s, p, _o, _a, _r in out)


GRANT_LIST = """STEA jakoi alueelle avustuksia.

Avustuksia myönnettiin seuraaville yhdistyksille seuraavasti:

Kivikylän Nuorisoseura ry 12.500 euroa

Mäkelän Omaishoitajat ja Ystävät ry 30.000 euroa

Sekä alueen yhteistyöyhdistyksiä:

Järvipitäjän Muistiyhdistys ry 48.200 euroa

Avustusten määrä oli 361.850.000 euroa koko maahan."""


def test_grant_list_goes_on_over_a_sub_heading_and_an_unread_row() -> None:
    """A grant list keeps its funder over a sub-heading ending in a colon and over a short row whose name was not
    read whole; the row that was not read gives no fact; prose after the list is no row."""
    out = rows(GRANT_LIST)
    assert has_fact(out, "stea", "funds", "kivikylan", 12500)
    assert has_fact(out, "stea", "funds", "muistiyhdistys", 48200)
    assert not any(a == 361850000 for _s, _p, _o, a, _r in out)


FUNDED_ROWS = """ESR-rahastosta uusille hankkeille tukea

Rahoitettavat ESR-hankkeet:

 • Kotipolku - Tampereen ammattikorkeakoulu Oy
 • Yhdessä eteenpäin – nuorten ohjausmalli - Rovaniemen kaupunki
 • Avoin ovi -

Hankkeet alkavat keväällä."""


def test_funded_rows_give_runner_and_programme() -> None:
    """"Rahoitettavat X-hankkeet:" then "• Project - Organisation" rows: the organisation after the last spaced dash
    runs the row's project, which is a project of X; a row cut before its organisation gives nothing."""
    out = rows(FUNDED_ROWS)
    assert has_fact(out, "tamk", "coordinates", "project/kotipolku")
    assert has_fact(out, "municipality/698", "coordinates", "project/eteenpain-yhdessa")
    assert has_fact(out, "project/kotipolku", "partOf", "programme/esr")
    assert sum(1 for _s, p, _o, _a, _r in out if p in {"coordinates", "partOf"}) == 4


def test_compound_area_noun_places_the_project() -> None:
    """"Kainuun haja-asutusalueilla on alkamassa uusi hanke, X": a region's genitive before a compound area noun in
    a locative places the project named in the sentence there."""
    out = rows("Vihreä Polku -hanke\n\nKainuun maaseutualueilla on alkamassa uusi ympäristöhanke, Vihreä Polku -hanke.")
    assert has_fact(out, "project/", "coversArea", "region/18")


def test_swedish_project_reach() -> None:
    """"Projektet omfattar A och B": the project in focus covers both regions, not the organisation named before."""
    text = ("Bryggföreningen Kustlinjen rf har inlett utvecklingsprojektet ”Gamla bryggor”.\n\n"
            "Projektet omfattar Österbotten och Södra Österbotten.")
    out = rows(text)
    assert has_fact(out, "project/", "coversArea", "region/15")
    assert has_fact(out, "project/", "coversArea", "region/14")
    assert not any(p == "coversArea" and "association" in s for s, p, _o, _a, _r in out)


def test_support_received_with_a_share_is_funding_but_the_budget_is_no_grant() -> None:
    """"Hankkeen kokonaisbudjetti on N €, siihen on saatu 100 % tuki X-keskukselta": X funds the project; N is
    the budget, not X's grant."""
    text = ("Vihreä Polku -hanke\n\nHankkeen kokonaisbudjetti on 250 000 €, siihen on saatu 100 % tuki "
            "Kainuun ELY-keskukselta.")
    out = rows(text)
    assert any(p == "funds" and "project/" in o and a is None for _s, p, o, a, _r in out)
    assert not any(a == 250000 for _s, _p, _o, a, _r in out)


def test_hanke_does_not_point_ahead_to_a_programme_named_later() -> None:
    """"Hanke toteutetaan A:n ja B:n yhteistyönä" before the text has named any undertaking: the page's first
    undertaking further down (a programme) is not what "hanke" means; once named, it may be."""
    from welfare_kg.extract.morphology import get_morphology
    from welfare_kg.extract.relations import Context, clause

    morph = get_morphology()
    leader = ID + "programme/leader"
    text = "Hanke toteutetaan kahden yhdistyksen yhteistyönä."
    sent = sentences(text)[0]
    assert clause(sent, [], Context(focus=leader), morph).target is None
    seen = Context(focus=leader)
    seen.seen.add(leader)
    seen.own_programmes.add(leader)
    assert clause(sent, [], seen, morph).target == leader


STACKED_CARD = """Kylien uudet palvelut

Hankkeen tavoitteena on kehittää kylien palveluja.

Hankeaika

1.1.2024 – 31.12.2025

Hankkeen toteuttaja

Kokkolan kaupunki

Budjetti

Hankkeen kokonaisbudjetti on 100 000 euroa. Hanketta rahoittavat Keski-Pohjanmaan liitto (80 %) \
ja Kokkolan kaupunki (20 %)."""


def test_stacked_card_with_blank_lines_between_label_and_value() -> None:
    """A card whose labels stand on lines of their own with the value a paragraph below: the title line names the
    project, "Hankkeen toteuttaja" gives its runner, and prose under "Budjetti" is still read as prose."""
    out = rows(STACKED_CARD)
    assert has_fact(out, "municipality/272", "coordinates", "project/")
    assert has_fact(out, "keski-pohjanmaan-liitto", "funds", "project/")
    assert not any(a == 100000 for _s, _p, _o, a, _r in out)


def test_swedish_be_part_of_and_swedish_names_in_the_nominative() -> None:
    """"X kommun är med i projektet Y", "Y, där X är med" join; "I projektet deltar A kommun och B kommun": a
    Swedish name ending in "kommun" is a nominative subject, not a genitive of some other name."""
    assert has_fact(rows("Projektet Gott Liv\n\nKronoby kommun är med i projektet Gott Liv."),
                    "municipality/288", "participatesIn", "project/gott-liv")
    assert has_fact(rows("Projektet Gott Liv\n\nProjektet Gott Liv, där Kronoby kommun är med, utvecklar tjänster."),
                    "municipality/288", "participatesIn", "project/gott-liv")
    both = rows("Projektet Gott Liv\n\nI projektet deltar Kronoby kommun och Larsmo kommun.")
    assert has_fact(both, "municipality/288", "participatesIn", "project/gott-liv")
    assert has_fact(both, "municipality/440", "participatesIn", "project/gott-liv")
    assert rows("Projektet Gott Liv\n\nKronoby kommun är med att utveckla nya tjänster för äldre.") == []


def test_names_before_their_roles() -> None:
    """"A toimii hankkeen päätoteuttajana ja B osatoteuttajana": each name stands before its own role, so A runs
    the project and B takes part (not the other way round)."""
    out = rows("Hyvä Arki -hanke\n\nKokkolan kaupunki toimii hankkeen päätoteuttajana ja Kannuksen kaupunki "
               "osatoteuttajana.")
    assert has_fact(out, "municipality/272", "coordinates", "project/arki-hyva")
    assert has_fact(out, "municipality/217", "participatesIn", "project/arki-hyva")
    assert not has_fact(out, "municipality/217", "coordinates", "project/arki-hyva")
    assert not has_fact(out, "municipality/272", "participatesIn", "project/arki-hyva")


def test_swedish_role_nouns_with_a_copula() -> None:
    """"A är projektägare och B är samarbetspart": the owner runs the project the text is about, the partner
    takes part."""
    out = rows("Projektet Gott Liv\n\nKarleby stad är projektägare och Kronoby kommun är samarbetspart.")
    assert has_fact(out, "municipality/272", "coordinates", "project/gott-liv")
    assert has_fact(out, "municipality/288", "participatesIn", "project/gott-liv")


def test_a_lone_field_in_prose() -> None:
    """"Hankkeen toteuttajat: A, B" on a page that is no card: each listed organisation takes part in the project
    named before the field."""
    out = rows("Hyvä Arki -hanke\n\nHanke alkoi syksyllä.\n\n"
               "Hankkeen toteuttajat: Kokkolan kaupunki, Kannuksen kaupunki")
    assert has_fact(out, "municipality/272", "participatesIn", "project/arki-hyva")
    assert has_fact(out, "municipality/217", "participatesIn", "project/arki-hyva")


def test_project_of_a_programme_phrasings() -> None:
    """partOf: "Hanke toteutetaan osana X-ohjelmaa", "Hanke on osa Y:n rahoittamaa X-ohjelmaa", "Projektet ingår
    i programmet X", "X-hanke on Y-hankkeen osahanke", "X är ett delprojekt inom projektet Y"."""
    assert has_fact(rows("Hyvä Arki -hanke\n\nHanke toteutetaan osana Suomen kestävän kasvun ohjelmaa."),
                    "project/arki-hyva", "partOf", "programme/suomen-kestavan-kasvun-ohjelma")
    assert has_fact(rows("Hyvä Arki -hanke\n\nHanke on osa Euroopan sosiaalirahaston rahoittamaa Uudistuva ja "
                         "osaava Suomi 2021–2027 -ohjelmaa."),
                    "project/arki-hyva", "partOf", "programme/uudistuva-ja-osaava-suomi-2021-2027")
    assert has_fact(rows("Projektet Gott Liv\n\nProjektet ingår i programmet Hållbar tillväxt och jobb."),
                    "project/gott-liv", "partOf", "programme/kestavaa-kasvua-ja-tyota-2014-2020")  # its Swedish name
    assert has_fact(rows("Hyvä Arki -hanke\n\nHyvä Arki -hanke on Parempi Huominen -hankkeen osahanke."),
                    "project/arki-hyva", "partOf", "project/huominen-hyva")
    assert has_fact(rows("Projektet Gott Liv\n\nProjektet Gott Liv är ett delprojekt inom projektet Bättre Morgon."),
                    "project/gott-liv", "partOf", "project/battre-morgon")


def test_funding_through_an_authority_and_from_a_programme() -> None:
    """"Hanketta rahoittaa ESR X-keskuksen kautta": the authority pays too; "Projektet får stöd av ESF via
    NTM-centralen": likewise; "Hanke rahoitetaan X-ohjelmasta": the programme funds the project."""
    assert has_fact(rows("Hyvä Arki -hanke\n\nHanketta rahoittaa Euroopan sosiaalirahasto Pohjois-Pohjanmaan "
                         "ELY-keskuksen kautta."), "ely-pohjois-pohjanmaa", "funds", "project/arki-hyva")
    assert has_fact(rows("Projektet Gott Liv\n\nProjektet får stöd av Europeiska socialfonden via NTM-centralen i "
                         "Österbotten."), "ely-pohjanmaa", "funds", "project/gott-liv")
    assert has_fact(rows("Hyvä Arki -hanke\n\nHyvä Arki -hanke rahoitetaan Suomen kestävän kasvun ohjelmasta."),
                    "programme/suomen-kestavan-kasvun-ohjelma", "funds", "project/arki-hyva")


def test_swedish_project_between_parties() -> None:
    """"Projektet är ett interregionalt projekt mellan A, B Oy, Lappo och C kommun": the listed organisations take
    part; a bare town after a party is where it sits, not a party, while a town named as one ("C kommun") is."""
    out = rows("Bryggföreningen Kustlinjen rf har inlett utvecklingsprojektet ”Gamla bryggor”.\n\n"
               "Projektet är ett interregionalt, tvåspråkigt projekt mellan Kosolan talo Oy, Lappo och "
               "Kronoby kommun.")
    assert has_fact(out, "company/", "participatesIn", "project/bryggor-gamla")
    assert has_fact(out, "municipality/288", "participatesIn", "project/bryggor-gamla")
    assert not any(p == "participatesIn" and s.endswith("/408") for s, p, _o, _a, _r in out)  # Lapua


def test_owner_of_the_funded_project_runs_it() -> None:
    """"Kylätoimikunta myönsi 45 000 euroa Kivikylän Nuorisoseura ry:n Kylätalo kuntoon -hankkeelle": the
    association whose project gets the grant runs the project."""
    out = rows("Kylätalo kuntoon -hanke\n\nKokkolan kaupunki myönsi 45 000 euroa Kivikylän Nuorisoseura ry:n "
               "Kylätalo kuntoon -hankkeelle.")
    assert has_fact(out, "nuorisoseura", "coordinates", "project/")
    assert not has_fact(out, "municipality/272", "coordinates", "project/")


def test_granter_genitive_before_its_participle() -> None:
    """"X:n myöntämä rahoitus hankkeelle on N euroa": X grants N (not the owner of a project)."""
    assert has_fact(rows("Hyvä Arki -hanke\n\nPohjois-Savon liiton myöntämä rahoitus hankkeelle on 200 000 euroa."),
                    "pohjois-savon-liitto", "funds", "project/arki-hyva", 200000)


def test_runner_right_after_its_verb_is_no_partner() -> None:
    """"Hanketta hallinnoi A ja osatoteuttajana toimii B": A runs the project; only B is a partner."""
    out = rows("Hyvä Arki -hanke\n\nHanketta hallinnoi Savonia-ammattikorkeakoulu ja osatoteuttajana toimii "
               "Kuopion kaupunki.")
    assert has_fact(out, "savonia", "coordinates", "project/arki-hyva")
    assert has_fact(out, "municipality/297", "participatesIn", "project/arki-hyva")
    assert not has_fact(out, "savonia", "participatesIn", "project/arki-hyva")


def test_money_from_several_givers_and_a_bare_area_word() -> None:
    """"rahoitusta A:lta ja B:ltä": both fund; "Toiminta-alueena ovat A, B ja C" and "Hankealueena on X" with no
    organisation before: the project's area."""
    both = rows("Hyvä Arki -hanke\n\nHanke on saanut rahoitusta Pohjois-Savon liitolta ja Kuopion kaupungilta.")
    assert has_fact(both, "pohjois-savon-liitto", "funds", "project/arki-hyva")
    assert has_fact(both, "municipality/297", "funds", "project/arki-hyva")
    area = rows("Hyvä Arki -hanke\n\nToiminta-alueena ovat Kuopio, Siilinjärvi ja Suonenjoki.")
    assert {o for _s, p, o, _a, _r in area if p == "coversArea"} >= {"municipality/297", "municipality/749",
                                                                      "municipality/778"}
    assert has_fact(rows("Hyvä Arki -hanke\n\nHankealueena on Etelä-Savo."), "project/arki-hyva", "coversArea",
                    "region/10")


def test_swedish_run_by() -> None:
    """"Projektet drivs av X", "leds av X": X runs the project; "leds av en styrgrupp där X ..." names no runner."""
    assert has_fact(rows("Projektet Gott Liv\n\nProjektet drivs av Karleby stad i samarbete med Kronoby kommun."),
                    "municipality/272", "coordinates", "project/gott-liv")
    assert has_fact(rows("Projektet Gott Liv\n\nProjektet leds av Vasa stad."),
                    "municipality/905", "coordinates", "project/gott-liv")
    assert rows("Projektet Gott Liv\n\nProjektet leds av en styrgrupp där Vasa stad har en representant.") == []


def test_regions_in_a_partner_list_only_as_names_of_their_own() -> None:
    """"Hankkeessa ovat mukana Uudenmaan alueen ... hyvinvointialueet", "12 tilaa eri puolilta Keski-Suomea": a region
    in the genitive or elative describes others; "mukana ovat Lappi ja Kainuu" names the regions as partners."""
    out = rows("Hyvä Arki -hanke\n\nHankkeessa on mukana 12 maatilaa eri puolilta Keski-Suomea.")
    assert not any(p == "participatesIn" and o.endswith("arki-hyva") and "region" in s for s, p, o, _a, _r in out)
    named = rows("Hyvä Arki -hanke\n\nHankkeessa ovat mukana Lappi ja Kainuu.")
    assert has_fact(named, "region/19", "participatesIn", "project/arki-hyva")


def test_a_selecting_agent_does_not_run_the_project() -> None:
    """"Avustusohjelmaan on valittu X-hanke STEAn toimesta": STEA chose the project; "toteutetaan X:n toimesta"
    still names the runner."""
    chosen = rows("Hyvä Arki -hanke\n\nAvustusohjelmaan on valittu Hyvä Arki -hanke STEAn toimesta vuonna 2020.")
    assert not any(p == "coordinates" for _s, p, _o, _a, _r in chosen)
    run = rows("Hyvä Arki -hanke\n\nHanketta toteutetaan Kuopion kaupungin toimesta.")
    assert has_fact(run, "municipality/297", "coordinates", "project/arki-hyva")


def test_swedish_support_of_the_project_and_target_area() -> None:
    """"X stöder projektet med 50 000 euro": X funds the project in focus with the sum; "Projektets målområde är
    Österbotten": the project's area."""
    assert has_fact(rows("Projektet Gott Liv\n\nSvenska kulturfonden stöder projektet med 50 000 euro."),
                    "svenska-kulturfonden", "funds", "project/gott-liv", 50000)
    assert has_fact(rows("Projektet Gott Liv\n\nProjektets målområde är Österbotten."),
                    "project/gott-liv", "coversArea", "region/15")


def test_leading_and_answering_for_the_carrying_out() -> None:
    """"X:n vetämä hanke", "X vastaa hankkeen toteutuksesta", "Hankkeen toteutuksesta vastaa X": X runs it; "vastaa"
    alone (answers) is no cue."""
    for text in ("Kuopion kaupungin vetämä hanke käynnistyi syksyllä.",
                 "Kuopion kaupunki vastaa hankkeen toteutuksesta.",
                 "Hankkeen toteutuksesta vastaa Kuopion kaupunki."):
        assert has_fact(rows("Hyvä Arki -hanke\n\n" + text), "municipality/297", "coordinates", "project/arki-hyva")
    assert rows("Hyvä Arki -hanke\n\nKuopion kaupunki vastaa hankkeen kyselyyn.") == []


def test_swedish_operating_places_and_places_reached() -> None:
    """"X rf verkar i A, B och C": every place of the run after "i" is X's area; "Hankkeen toiminta kohdistuu
    A:han, B:lle ja C:lle": places a verb of reaching points to are the project's area."""
    sw = rows("Aktion Kustlinjen rf verkar i Vasa, Korsholm och Vörå.")
    assert {o for _s, p, o, _a, _r in sw if p == "coversArea"} >= {"municipality/905", "municipality/499",
                                                                    "municipality/946"}
    fi = rows("Hyvä Arki -hanke\n\nHankkeen toiminta kohdistuu Iisalmeen, Kiuruvedelle ja Vieremälle.")
    assert {o for _s, p, o, _a, _r in fi if p == "coversArea"} >= {"municipality/140", "municipality/263",
                                                                    "municipality/925"}


def test_area_of_a_compound_project_word() -> None:
    """"Kainuun maaseutualueilla on alkamassa uusi ilmastohanke, X." with X not read as a name: the compound
    project word stands for the page's project, which covers the region."""
    text = ("Puhdas Kylä -hanke\n\nKainuun maaseutualueilla on alkamassa uusi ilmastohanke, Puhdas Kylä.\n\n"
            "Puhdas Kylä -hanke alkaa syksyllä.")
    assert has_fact(rows(text), "project/", "coversArea", "region/18")

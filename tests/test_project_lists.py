"""Projects presented as lists: each item its own Project, with the facts the lead-in states."""

from __future__ import annotations

from decimal import Decimal

from helpers import record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer


def _run(text: str, kind: str = "news") -> tuple[set[str], set[tuple[str, str, str, Decimal | None]]]:
    out = extract_document(record(text, kind), gazetteer=reference_gazetteer())
    label = {i: e.label for i, e in out.entities.items()}
    projects = {e.label for e in out.entities.values() if e.type == "Project"}
    facts = {(label.get(f.subject, f.subject), f.predicate, label.get(f.object, f.object), f.amount)
             for f in out.facts}
    return projects, facts


def test_bullets_under_a_lead_in_are_projects() -> None:
    text = ("Alueella käynnissä olevat hankkeet:\n"
            "- Perhekeskus kuntoon\n"
            "- Digitaaliset palvelut arkeen (EAKR)\n"
            "- Vahva arki\n\n"
            "Lisätietoja antaa kehittämispäällikkö.")
    projects, _ = _run(text)
    assert {"Perhekeskus kuntoon", "Vahva arki"} <= projects
    assert any(p.startswith("Digitaaliset palvelut arkeen") for p in projects)


def test_plain_lines_under_a_lead_in_end_at_a_blank_line() -> None:
    text = ("Osaamiskeskuksen hankkeita ovat:\nArjen kiikarit\nYhdessä eteenpäin\n\n"
            "Keskus toimii koko maakunnan alueella ja tekee yhteistyötä kuntien kanssa.")
    projects, _ = _run(text)
    assert {"Arjen kiikarit", "Yhdessä eteenpäin"} <= projects
    assert not any("Keskus toimii" in p for p in projects)


def test_inline_list_after_a_lead_in() -> None:
    text = "Rahoitusta saivat seuraavat hankkeet: Kotona kaikki hyvin, Nuorten polut ja Ikäkuntoa kylille."
    projects, _ = _run(text)
    assert {"Kotona kaikki hyvin", "Nuorten polut", "Ikäkuntoa kylille"} <= projects


def test_inline_list_keeps_a_lowercase_conjunct_in_its_name() -> None:
    text = "Keskuksen hankkeita ovat Lasten ja nuorten tuki sekä Arjen apu."
    projects, _ = _run(text)
    assert {"Lasten ja nuorten tuki", "Arjen apu"} <= projects
    assert "Lasten" not in projects


def test_lead_in_funder_funds_every_row_with_its_amount() -> None:
    text = ("Sosiaali- ja terveysministeriö on myöntänyt rahoitusta kolmelle hankkeelle.\n\n"
            "Kotihoidon kehittäminen:\n"
            "  • ”Kotona turvassa” -hanke, 1,2 miljoonaa euroa\n"
            "  • ”Arki sujuvaksi”, 800 000 euroa\n")
    projects, facts = _run(text)
    assert {"Kotona turvassa", "Arki sujuvaksi"} <= projects
    funds = {(o, a) for s, p, o, a in facts if s.lower() == "sosiaali- ja terveysministeriö" and p == "funds"}
    assert ("Arki sujuvaksi", Decimal(800000)) in funds
    assert any(o == "Kotona turvassa" and a == Decimal(1200000) for o, a in funds)


def test_swedish_rows_with_applicant() -> None:
    text = ("Social- och hälsovårdsministeriet har beviljat finansiering för två projekt.\n\n"
            "Hemvård, totalt 2 miljoner euro\n\n"
            "  • ”Trygg hemma”. Nyland, sökande Borgå: 1,2 miljoner euro\n"
            "  • Projekt Stark vardag”, sökande Vasa stad: 0,8 miljoner euro\n")
    projects, facts = _run(text)
    assert {"Trygg hemma", "Stark vardag"} <= projects
    assert ("Porvoo", "coordinates", "Trygg hemma", None) in facts
    assert ("Vaasa", "coordinates", "Stark vardag", None) in facts


def test_grant_rows_with_parenthesised_sums() -> None:
    text = ("Ministeriö kokosi tiedot ohjelmahankkeista, joille on myönnetty määrärahoja.\n\n"
            "1.2.2020:\n\n* Iloiset aamut (20 000 euroa)\n\n* Soittoa, laulua ja tanssia (15 000e)\n")
    projects, _ = _run(text)
    assert {"Iloiset aamut", "Soittoa, laulua ja tanssia"} <= projects


def test_lists_of_goals_organisations_people_and_sentences_are_no_projects() -> None:
    text = ("Hankkeen tavoitteet:\n- Palveluiden saatavuuden parantaminen\n- Asiakasohjauksen yhtenäistäminen\n\n"
            "Hankkeessa ovat mukana seuraavat tahot:\n- Oulun kaupunki\n- Kemin kaupunki\n\n"
            "Hankkeiden yhteyshenkilöt:\n- Maija Meikäläinen\n\n"
            "Seuraavat hankkeet:\n- Kehitämme yhdessä uusia palveluja kaikille asukkaille.\n")
    projects, _ = _run(text)
    assert not projects & {"Palveluiden saatavuuden parantaminen", "Asiakasohjauksen yhtenäistäminen",
                           "Oulun kaupunki", "Kemin kaupunki", "Maija Meikäläinen"}
    assert not any(p.startswith("Kehitämme") for p in projects)


def test_grants_to_organisations_are_no_projects() -> None:
    text = ("Avustus myönnetään seuraaviin käyttötarkoituksiin:\n\n"
            "— 15 000 euroa Kylän Kehittäjät ry:lle\n— 20 000 euroa Rantakylän seuralle\n")
    projects, _ = _run(text)
    assert not projects


def test_numbered_minutes_items_are_no_counted_projects() -> None:
    text = ("Käsiteltävät asiat: 12 Kokouksen laillisuus 13 Hankesopimus Rakennus Oy:n kanssa "
            "14 Muut asiat Turussa, MERK.")
    projects, _ = _run(text, "minutes")
    assert "MERK" not in projects


def test_parenthesised_and_such_as_lists() -> None:
    projects, _ = _run("Keskus toteuttaa kolme hanketta (Arjen apu, Vahva koti ja Yhdessä eteenpäin) vuonna 2021.")
    assert {"Arjen apu", "Vahva koti", "Yhdessä eteenpäin"} <= projects
    projects, facts = _run("Koske on mukana useissa hankkeissa, kuten Arjen apu, Vahva koti ja Perhe keskiössä.")
    assert {"Arjen apu", "Vahva koti", "Perhe keskiössä"} <= projects
    assert {o for s, p, o, _ in facts if p == "participatesIn"} >= {"Vahva koti", "Perhe keskiössä"}


def test_a_heading_per_project_with_its_description() -> None:
    text = ("Alueen käynnissä olevat hankkeet\n\n"
            "Vahva arki\nHankkeessa kehitetään arjen tukea. Hanketta hallinnoi Oulun kaupunki.\n\n"
            "Perhe keskiöön\nHankkeessa luodaan perhekeskus.\n")
    projects, facts = _run(text)
    assert {"Vahva arki", "Perhe keskiöön"} <= projects
    assert ("Oulu", "coordinates", "Vahva arki", None) in facts


def test_form_rows_and_numbered_sections_are_no_project_headings() -> None:
    # a funding register's card: a code row over "Hankkeen nimi:", a numbered section over "Hankkeen tavoitteena"
    text = ("Rahoitettujen hankkeiden kuvaukset\n\n1 Hanke\n\nHankekoodi: S12345\n\n"
            "Hankkeen nimi: Arjen askeleet\n\nToimintalinja: 5. Osallisuus\n\n"
            "3 Suunnitelman mukainen tiivistelmä\n\nHankkeen tavoitteena on tukea nuoria.\n")
    projects, _ = _run(text)
    assert "Arjen askeleet" in projects, projects
    assert not any(p.startswith(("Hankekoodi", "3 Suunnitelman", "Suunnitelman")) for p in projects), projects


def test_a_heading_run_into_its_paragraph() -> None:
    text = ("Hyvinvointialue käynnisti syksyllä kolme uutta hanketta.\n\n"
            "Vahva arki. Hankkeessa kehitetään arjen tukea lapsiperheille.\n\n"
            "Kotona kaikki hyvin. Hankkeessa tuetaan ikäihmisten kotona asumista.\n")
    projects, _ = _run(text)
    assert {"Vahva arki", "Kotona kaikki hyvin"} <= projects, projects


def test_a_heading_with_its_runner_names_the_project_and_who_runs_it() -> None:
    for first, second in (("Kemin kaupunki: Arjen polku", "Salon kaupunki: Kotona hyvä"),
                          ("Arjen polku – Kemin kaupunki", "Kotona hyvä – Salon kaupunki")):
        text = (f"STM myönsi rahoitusta kymmenelle hankkeelle.\n\n{first}\nHankkeessa kehitetään nuorten "
                f"palveluja.\n\n{second}\nHankkeessa tuetaan ikäihmisiä.\n")
        projects, facts = _run(text)
        assert projects == {"Arjen polku", "Kotona hyvä"}, projects
        assert {("Kemi", "coordinates", "Arjen polku", None), ("Salo", "coordinates", "Kotona hyvä", None)} <= facts
    # a subtitle after the dash that names no organisation stays the heading's own
    text = ("Alueen hankkeet\n\nArjen polku – nuoret edellä\nHankkeessa kehitetään palveluja.\n\n"
            "Kotona hyvä – ikäihmiset edellä\nHankkeessa tuetaan ikäihmisiä.\n")
    projects, _ = _run(text)
    assert "Arjen polku – nuoret edellä" in projects, projects


def test_a_relative_clause_after_an_inline_item_ends_its_name() -> None:
    projects, _ = _run("Uusia hankkeita ovat esimerkiksi Arjen polku, jossa kehitetään nuorten palveluja, sekä "
                       "Kotona hyvä.")
    assert {"Arjen polku", "Kotona hyvä"} <= projects, projects


def test_a_sentence_before_the_project_word_is_no_run_in_heading() -> None:
    # a full sentence (a finite verb) before "Hanke ..." is text, and one run-in heading alone is no list
    text = ("Alueen hankkeet\n\nKunta tiedotti asiasta. Hanke alkaa syksyllä.\n\n"
            "Kyläkoulu suljetaan. Hankkeessa selvitetään tilat.\n")
    projects, _ = _run(text)
    assert not projects & {"Kunta tiedotti asiasta", "Kyläkoulu suljetaan"}, projects


def test_one_heading_over_a_project_paragraph_is_no_list() -> None:
    text = ("Hankkeet\n\nPerhekeskustoiminta\nHankkeessa kehitetään perhekeskuksia koko maakuntaan.\n")
    projects, _ = _run(text)
    assert "Perhekeskustoiminta" not in projects


def test_run_in_grant_rows_under_a_lead_in() -> None:
    text = ("Sosiaali- ja terveysministeriö on myöntänyt valtionavustusta kolmelle hankkeelle. Seuraavat hankkeet "
            "saavat avustusta: Kotkan kaupunki, Arjen turva kotiin, 120 000 euroa. Haminan kaupunki, Nuorten polku, "
            "80 000 euroa.")
    projects, facts = _run(text)
    assert {"Arjen turva kotiin", "Nuorten polku"} <= projects
    assert ("Kotka", "coordinates", "Arjen turva kotiin", None) in facts
    assert any(p == "funds" and o == "Nuorten polku" and a == Decimal(80000) for _, p, o, a in facts)


def test_swedish_run_in_rows_name_after_for() -> None:
    text = ("Följande projekt får statsbidrag: Borgå stad för Trygg vardag hemma, 100 000 euro. "
            "Kotka stad för Unga i arbete, 50 000 euro.")
    projects, _ = _run(text)
    assert {"Trygg vardag hemma", "Unga i arbete"} <= projects


def test_a_total_in_the_lead_in_is_no_rows_grant() -> None:
    text = ("Sosiaali- ja terveysministeriö on myöntänyt yhteensä 3 miljoonaa euroa kahdelle hankkeelle.\n\n"
            "  • ”Kotona turvassa” -hanke, 1,2 miljoonaa euroa\n  • ”Arki sujuvaksi” -hanke, 1,8 miljoonaa euroa\n")
    _, facts = _run(text)
    amounts = {a for _, p, o, a in facts if p == "funds" and o == "Kotona turvassa"}
    assert Decimal(1200000) in amounts
    assert Decimal(3000000) not in amounts


def test_applicant_before_a_quoted_row_name_runs_it() -> None:
    text = ("Ministeriö on myöntänyt rahoitusta kahdelle hankkeelle.\n\n"
            "  • Porvoon kaupunki ”Kotona turvassa” -hanke, 600 000 euroa\n"
            "  • Pohjois-Karjala, Joensuun kaupunki (”Joensuu”) ”Arki sujuvaksi” -hanke, 400 000 euroa\n")
    projects, facts = _run(text)
    assert {"Kotona turvassa", "Arki sujuvaksi"} <= projects
    assert ("Porvoo", "coordinates", "Kotona turvassa", None) in facts
    assert ("Joensuu", "coordinates", "Arki sujuvaksi", None) in facts
    assert not any(p == "coordinates" and s == "Pohjois-Karjala" for s, p, _, _ in facts)


def test_a_heading_without_colon_leads_a_bullet_list() -> None:
    projects, _ = _run("Käynnissä olevat hankkeet\n\n• Arjen apu\n• Vahva koti\n\nOta yhteyttä kehittäjiin.")
    assert {"Arjen apu", "Vahva koti"} <= projects


def test_the_lead_in_place_is_covered_by_every_item() -> None:
    _, facts = _run("Pohjois-Savon alueen hankkeet:\n- Arjen apu\n- Vahva koti\n")
    assert {("Arjen apu", "coversArea", "Pohjois-Savo", None), ("Vahva koti", "coversArea", "Pohjois-Savo", None)} \
        <= facts
    _, facts = _run("Oulun ja Kemin hankkeet:\n- Arjen apu\n- Vahva koti\n")
    assert not any(p == "coversArea" and s == "Vahva koti" for s, p, _, _ in facts)


def test_a_body_granting_to_listed_projects_decides_and_funds_each() -> None:
    text = ("Kunnanhallitus päättää myöntää avustusta seuraaville hankkeille: Arjen apu, Vahva koti ja "
            "Nuorten polku.")
    _, facts = _run(text, "minutes")
    for name in ("Vahva koti", "Nuorten polku"):
        assert any(p == "decides" and o == name for _, p, o, _ in facts)
        assert any(p == "funds" and o == name for _, p, o, _ in facts)


def test_runner_after_a_dash_or_before_the_rows_sum() -> None:
    text = ("Käynnissä olevat hankkeet:\n• Arjen apu – Oulun kaupunki\n• Vahva koti, Kemin kaupunki, 20 000 euroa\n"
            "• Nuorten polku – Sosiaali- ja terveysministeriö\n")
    projects, facts = _run(text)
    assert "Vahva koti" in projects and not any("20 000" in p for p in projects)
    assert ("Oulu", "coordinates", "Arjen apu", None) in facts
    assert ("Kemi", "coordinates", "Vahva koti", None) in facts
    assert not any(p == "coordinates" and o == "Nuorten polku" for _, p, o, _ in facts)


def test_goals_in_another_sentence_do_not_unmake_the_lead_in() -> None:
    text = ("Hankkeiden tavoitteena on parantaa palveluja. Rahoitusta saaneet hankkeet ovat seuraavat.\n\n"
            "  • ”Kotona turvassa”\n  • ”Arki sujuvaksi”\n")
    projects, _ = _run(text)
    assert {"Kotona turvassa", "Arki sujuvaksi"} <= projects


def test_names_joined_before_one_shared_project_word() -> None:
    projects, facts = _run("Koske osallistuu Lasten ja nuorten tuki- sekä Arki kuntoon -hankkeisiin.")
    assert {"Lasten ja nuorten tuki", "Arki kuntoon"} <= projects
    assert {o for _, p, o, _ in facts if p == "participatesIn"} >= {"Lasten ja nuorten tuki", "Arki kuntoon"}
    projects, _ = _run("Keskus on mukana Arjen apu-, Vahva koti- ja Nuorten polku -hankkeissa.")
    assert {"Arjen apu", "Vahva koti", "Nuorten polku"} <= projects
    assert not any(p.startswith("Keskus") for p in projects)


def test_one_run_after_a_bare_lead_word_is_no_list() -> None:
    # a flattened application form: the heading's plural project word, then the form's field labels
    text = ("RAHOITUSHAKEMUS Rahaston osittain rahoittamat projektit Ohjelmakausi Viranomaisen merkinnät "
            "Saapumispäivä Diaarinumero 12/10, AB1234 Käsittelijä Matti Meikäläinen Puhelinnumero Hakemusnumero "
            "Projektikoodi A123 Hakemustyyppi Uusi hakemus Tila Käynnissä\nProjektin nimi Kylien Arki")
    projects, _ = _run(text)
    assert not any(p.startswith("Ohjelmakausi") for p in projects), projects


def test_two_names_after_a_bare_lead_word_still_list() -> None:
    projects, _ = _run("Kunnan hankkeet Vahva Arki, Kotona Hyvin ja Arjen Tuki jatkuvat ensi vuonna.")
    assert {"Vahva Arki", "Kotona Hyvin"} <= projects, projects


def test_a_place_and_a_colon_opening_a_row_are_no_part_of_the_name() -> None:
    """A ministry's grants listed by region ("Etelä-Karjala: Etelä-Karjalan LAPE"): the area the project runs in,
    then the project; a row whose words before the colon are no place keeps them (a subtitle's colon)."""
    text = ("Rahoitusta saaneet hankkeet\n\nPohjois-Karjala: Perhekeskus Pohjois-Karjala\n\nHankkeen tavoitteet\n\n"
            "Hanke kehittää perhekeskuksia.\n\nKainuu: Lapsen Polku Kainuussa\n\nHankkeen tavoitteet\n\n"
            "Hanke kehittää palveluja.\n")
    entities, _ = _run(text)
    assert {"Perhekeskus Pohjois-Karjala", "Lapsen Polku Kainuussa"} <= entities
    assert not any(":" in e for e in entities)
    text = "Alueella käynnissä olevat hankkeet:\n- Arjen Tuki: kotihoito kuntoon\n- Vahva arki\n\nLisätietoja antaa X."
    entities, _ = _run(text)
    assert "Arjen Tuki: kotihoito kuntoon" in entities


def test_a_row_cut_off_after_a_conjunction_names_nothing() -> None:
    """An excerpt ending in a list's middle: "• Opiskele itseksesi ja" is no project's whole name."""
    text = ("Rahoitettavat hankkeet:\n • Kylät kotoutumisen tukena - Järvimaan kaupunki\n"
            " • Kotoa kotiin - Järvimaan ammattikorkeakoulu Oy\n • Lue itse ja \n")
    entities, _ = _run(text)
    assert "Kylät kotoutumisen tukena" in entities or any(e.startswith("Kylät kotoutumisen") for e in entities)
    assert not any(e.rstrip().endswith(" ja") for e in entities)


def test_a_mukana_lead_in_over_projects_is_no_partner_heading() -> None:
    """"Kuopion kaupunki on mukana seuraavissa hankkeissa:" over bullets lists projects the town joins; the word
    "mukana" does not make the lines a list of partners (whose facts a card's fields would replace)."""
    text = ("Kuopion kaupunki on mukana seuraavissa hankkeissa:\n"
            "- Kylät kuntoon\n"
            "- Vahva arki\n"
            "Lisätietoja antaa kehittämispäällikkö.")
    projects, facts = _run(text)
    assert {"Kylät kuntoon", "Vahva arki"} <= projects
    assert ("Kuopio", "participatesIn", "Kylät kuntoon", None) in facts
    assert ("Kuopio", "participatesIn", "Vahva arki", None) in facts


def test_a_diary_number_ends_a_listed_name_and_names_nothing_itself() -> None:
    # a Swedish notice's list of items run into one line, each title followed by its case's diary number
    text = ("Ärende Dnr 5 Pågående projekt Trygg kväll och nattstöd BN 2020/118, BN 2021/7 6 Budget BN 2021/12 "
            "Meddelanden Övrigt")
    projects, _ = _run(text, "minutes")
    assert not any("2020/118" in p or "2021/7" in p or p.startswith("BN") for p in projects), projects
    assert any(p.startswith("Trygg kväll") for p in projects), projects

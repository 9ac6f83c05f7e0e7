"""Areas read from layout: places one a line under a colon lead-in, a region genitive before a project name."""

from __future__ import annotations

from tests.helpers import fact_triples

RULE_TEXT_BULLETS = ("Ikäpolku-hanke\n\nHanke toteutetaan seuraavien kuntien alueella:\n• Kuopio\n• Siilinjärvi\n"
                     "• Leppävirta\n\nHanketta hallinnoi Kuopion kaupunki.")


def _areas(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in fact_triples(text) if p == "coversArea"}


def test_bulleted_towns_under_a_finnish_lead_in() -> None:
    got = _areas(RULE_TEXT_BULLETS)
    assert {("project/ikapolku", f"municipality/{c}") for c in ("297", "749", "420")} <= got


def test_bare_lines_under_a_swedish_lead_in_after_a_blank_line() -> None:
    text = ("Projektet Ungdomsbron\n\nProjektet genomförs i följande kommuner:\n\nNärpes\nKaskö\nKristinestad\n\n"
            "Projektägare är Närpes stad.")
    assert {("project/ungdomsbron", f"municipality/{c}") for c in ("545", "231", "287")} <= _areas(text)


def test_the_lead_in_names_an_association() -> None:
    text = ("Tiedote\n\nEteläisen maaseudun osaajat EMO ry toteuttaa Leader-ohjelmaa seuraavissa kunnissa:\n"
            "- Hausjärvi\n- Loppi\n- Riihimäki\n\nLisätietoja antaa toiminnanjohtaja.")
    assert {("association/emo", f"municipality/{c}") for c in ("086", "433", "694")} <= _areas(text)


def test_venues_partners_and_contacts_give_no_area() -> None:
    venues = ("Ikäpolku-hanke\n\nHankkeen tilaisuudet järjestetään seuraavilla paikkakunnilla:\n- Kuopio\n- Iisalmi\n\n"
              "Hanketta hallinnoi Savonia-ammattikorkeakoulu.")
    partners = ("Ikäpolku-hanke\n\nHankkeen kumppanit Pohjois-Savon alueella:\n- Kuopio\n- Iisalmi\n\n"
                "Hanketta hallinnoi Savonia-ammattikorkeakoulu.")
    lines_say_more = ("Ikäpolku-hanke\n\nHanke toimii seuraavissa kunnissa:\n- Kuopio, kaupungintalo 12.5.\n"
                      "- Iisalmi, kirjasto 14.5.\n\nHanketta hallinnoi Savonia-ammattikorkeakoulu.")
    contact = ("Ikäpolku-hanke\n\nYhteyshenkilö Pohjois-Savon alueella:\nKuopio\nMaija Mallikas\n\n"
               "Hanketta hallinnoi Savonia-ammattikorkeakoulu.")
    for text in (venues, partners, lines_say_more, contact):
        assert not any(o in {"municipality/297", "municipality/140"} for _, o in _areas(text)), text


def test_a_region_genitive_right_before_a_project_name_is_its_area() -> None:
    text = ("Pohjois-Savon Ikäpolku-hanke käynnistyy\n\nIkäpolku-hanke kehittää palveluja. "
            "Hanketta hallinnoi Kuopion kaupunki.")
    assert ("project/ikapolku", "region/11") in _areas(text)


def test_a_town_genitive_before_a_project_name_is_no_area() -> None:
    text = "Kuopion Ikäpolku-hanke käynnistyy\n\nIkäpolku-hanke kehittää palveluja. Hanketta hallinnoi Savonia."
    assert ("project/ikapolku", "municipality/297") not in _areas(text)


def test_a_regional_council_written_as_maakuntaliitto_is_that_council() -> None:
    text = "Ikäpolku\n\nEtpähä ry on saanut Pirkanmaan maakuntaliitolta rahoitusta Ikäpolku-hankkeeseen."
    assert ("joint-authority/pirkanmaan-liitto", "funds", "project/ikapolku") in fact_triples(text)


def test_money_received_from_a_council_for_carrying_out_a_named_project() -> None:
    text = ("Ikäpolku\n\nEtpähä ry on saanut Hämeen maakuntaliitolta maakunnan kehittämisrahaa Ikäpolku -nimisen "
            "hankkeen toteuttamiseen.")
    assert ("joint-authority/hameen-liitto", "funds", "project/ikapolku") in fact_triples(text)


def test_money_from_a_town_is_where_the_taker_comes_from() -> None:
    text = "Palkinnot\n\nJatkorahan sai Viljami Laitilan 4H-yritys Reisjärveltä."
    assert not any(s == "municipality/691" and p == "funds" for s, p, _ in fact_triples(text))


def test_plural_and_paired_area_labels_of_a_card() -> None:
    for label in ("Alueet", "Toteutusalueet", "Maakunta/alue", "Alue(et)", "Kohdealue/kunnat", "Område"):
        text = (f"Ikäpolku-hanke\n\nToteuttaja: Kajaanin kaupunki\n{label}: Kuhmo, Sotkamo ja Suomussalmi\n"
                "Kesto: 2023-2025\n\nHanke kehittää palveluja.")
        assert ("project/ikapolku", "municipality/290") in _areas(text), label


def test_a_bare_plural_area_word_over_a_statistics_column_is_no_field() -> None:
    text = ("Ikäpolku-hanke\n\nHanke kehittää palveluja. Hanketta hallinnoi Kajaanin kaupunki.\n\nAlueet\n"
            "Kainuu 72 000\nLappi 177 000\n\nLähde: Tilastokeskus")
    assert not _areas(text) & {("project/ikapolku", "region/18"), ("project/ikapolku", "region/19")}


def test_the_granting_authority_of_a_funding_decision_cover() -> None:
    for label in ("Rahoituspäätös", "Rahoituksen myöntäjä", "Myöntäjä", "Finansierande myndighet", "Funded by"):
        text = (f"Ikäpolku-hanke\n\nToteuttaja: Kajaanin kaupunki\n{label}: Kainuun ELY-keskus\nKesto: 2023-2025\n\n"
                "Hanke kehittää palveluja.")
        assert ("agency/ely-kainuu", "funds", "project/ikapolku") in fact_triples(text), label


def test_a_council_beside_a_fund_in_a_bracket_after_a_project_funds_it() -> None:
    text = ("Käynnissä olevat hankkeet\n\n- Kotiin-hanke (Keski-Suomen liitto / AKKE, 2023-2025)\n"
            "- Perhe-hanke (Pohjois-Savon liitto)\n- Ikäpolku (Kuopion kaupunki, ESR)")
    got = fact_triples(text)
    assert ("joint-authority/keski-suomen-liitto", "funds", "project/kotiin") in got
    assert not any(p == "funds" and s in {"joint-authority/pohjois-savon-liitto", "municipality/297"}
                   for s, p, _ in got)


def test_a_definition_list_flattened_without_separators_is_read_as_fields() -> None:
    text = ("Hankkeen tiedot\n\nNimiTyöllisyyspolku Etelä-Savo 2023-2025\nAloituspäivä1.1.2023\n"
            "ToteuttajaMikkelin kaupunki\nToiminta-alueMikkeli, Pertunmaa ja Hirvensalmi\n"
            "RahoittajaEtelä-Savon ELY-keskus (ESR)\nTilaKäynnissä\n\nHanke tukee pitkäaikaistyöttömiä.")
    got = fact_triples(text)
    projects = {s for s, p, _ in got if p == "coversArea" and s.startswith("project/")}
    assert len(projects) == 1
    (project,) = projects
    assert (project, "coversArea", "municipality/491") in got
    assert ("agency/ely-etela-savo", "funds", project) in got


def test_towns_a_decision_is_sent_to_are_no_area() -> None:
    text = ("Ikäpolku-hanke\n\nHanketta hallinnoi Savonia-ammattikorkeakoulu.\n\n"
            "Päätös lähetetään tiedoksi hankkeen alueella seuraaville kunnille:\n- Kuopio\n- Iisalmi\n")
    assert not any(o == "municipality/140" for _, o in _areas(text))


def test_the_granter_above_a_funding_decisions_fields_funds_its_project_with_the_granted_sum() -> None:
    from tests.helpers import extract
    text = ("Etelä-Savon ELY-keskus\nPÄÄTÖS\n12.3.2024\n\nRahoituksen saaja: Mikkelin kaupunki\n"
            "Hankkeen nimi: Työllisyyspolku\nMyönnetty tuki: 120 000 euroa\n")
    got = {(f.subject.rsplit("/id/", 1)[-1], f.object.rsplit("/id/", 1)[-1], f.amount)
           for f in extract(text).facts if f.predicate == "funds"}
    assert ("agency/ely-etela-savo", "project/tyollisyyspolku", 120000) in got
    # a hospital district's decision grants no development money
    other = text.replace("Etelä-Savon ELY-keskus", "Etelä-Savon sairaanhoitopiiri")
    assert not any(p == "funds" and "sairaanhoitopiiri" in s for s, p, _ in fact_triples(other))


def test_a_dev_documents_area_list_moved_into_bullets_or_a_field_row_keeps_its_towns() -> None:
    """A perturbed copy of a development document: the places the prose named are laid out instead."""
    from pathlib import Path

    text = (Path(__file__).resolve().parent.parent / "eval/corpus/n14_p_valona-tuu-mukaan-kotoutuminen.txt").read_text()
    old = ("Vuoden 2018 aikana Järvenpäässä, Pieksämäellä ja Ruokolahden ympäristössä hyviä tuloksia saavuttanut "
           "Tuu mukaan -hanke saa näin jatkoa.")
    assert old in text
    towns = {("project/mukaan-tuu", f"municipality/{c}") for c in ("186", "593", "700")}
    bullets = ("Tuu mukaan -hanke saa näin jatkoa. Hanke toimi vuonna 2018 seuraavilla paikkakunnilla:\n"
               "- Järvenpää\n- Pieksämäki\n- Ruokolahti\n")
    row = "Tuu mukaan -hanke saa näin jatkoa.\nToteutuspaikkakunnat: Järvenpää, Pieksämäki ja Ruokolahti\n"
    for new in (bullets, row):
        assert towns <= _areas(text.replace(old, new)), new

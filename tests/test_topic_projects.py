"""A page whose project is named only in its heading (extract/topic_projects.py), on invented pages:
the heading becomes the project and the body's bare "hanke"/"projektet" facts attach to it; headings the
page does not confirm as a name, news titles, site and section names and pages with a project of their own
give nothing."""

from __future__ import annotations

from tests.helpers import entity_iris
from tests.helpers import fact_rows as run
from tests.helpers import has_fact as has
from welfare_kg.extract.gazetteer import Gazetteer

BODY = ("Sininauhaliitto ry toteuttaa Euroopan sosiaalirahaston rahoittaman hankkeen, jossa kehitetään "
        "lomatoimintaa. Hanke toteutetaan Keski-Suomessa vuosina 2018-2020. Hankkeessa ovat mukana "
        "Jyväskylän kaupunki ja Äänekosken kaupunki.")


def _projects(gaz: Gazetteer, text: str, kind: str = "news") -> dict[str, str]:
    return entity_iris(text, "Project", kind, gaz)


def test_heading_repeated_with_subtitle_names_the_page_project(gaz: Gazetteer) -> None:
    text = f"Kesä Maalla\n\nKesä Maalla – ikäihmisten lomatoiminnan kehittäminen\n\n{BODY}"
    assert list(_projects(gaz, text)) == ["Kesä Maalla"]
    rows = run(gaz, text)
    assert has(rows, "association/sininauhaliitto", "coordinates", "project/kesa-maa"), rows
    assert has(rows, "programme/esr", "funds", "project/kesa-maa"), rows
    assert has(rows, "project/kesa-maa", "coversArea", "region/13"), rows
    assert has(rows, "municipality/179", "participatesIn", "project/kesa-maa"), rows


def test_label_lines_name_the_project(gaz: Gazetteer) -> None:
    for head in ("Hanke: Kesä Maalla", "Hankkeen nimi: Kesä Maalla", "Hankkeen nimi Kesä Maalla",
                 "Projekti: Kesä Maalla – ikäihmisten lomat"):
        found = _projects(gaz, f"Etusivu\n\n{head}\n\n{BODY}")
        assert any(label.startswith("Kesä Maalla") for label in found), (head, found)


def test_run_in_card_row_ends_at_the_next_label(gaz: Gazetteer) -> None:
    for head in ("Hankkeen nimi Kesä Maalla Toimintalinja 5", "Hankkeen nimi: Kesä Maalla Hakija: Sininauhaliitto ry"):
        found = _projects(gaz, f"Etusivu\n\n{head}\n\n{BODY}")
        assert "Kesä Maalla" in found, (head, found)
        assert not [label for label in found if "Toimintalinja" in label or "Hakija" in label], found


def test_swedish_label_and_pilot_subtitle(gaz: Gazetteer) -> None:
    body = "Genom projektet utvecklar vi stödet till familjer. Projektet avslutades 2022."
    found = _projects(gaz, f"bild på ett hus\n\nProjektnamn: Trygg vardag\n\n{body}")
    assert "Trygg vardag" in found, found
    found = _projects(gaz, f"Trygg vardag - pilotprojekt i Österbotten\n{body}")
    assert [label for label in found if label.startswith("Trygg vardag")], found


def test_unconfirmed_or_generic_headings_are_no_project(gaz: Gazetteer) -> None:
    # a heading the page never repeats with a subtitle: a title like any other
    assert not _projects(gaz, f"Kesä Maalla\n\n{BODY}")
    # page furniture, a news title with a verb, an organisation's name
    assert not _projects(gaz, f"Ajankohtaista\n\nAjankohtaista – uutiset ja tiedotteet\n\n{BODY}")
    assert not _projects(gaz, f"Kaupunki käynnistää kokeilun\n\nKaupunki käynnistää kokeilun – "
                              f"ikäihmisten lomat\n\n{BODY}")
    assert not _projects(gaz, f"Lomakeskus Kaarna\n\nLomakeskus Kaarna – ikäihmisten lomat\n\n{BODY}")
    # a label opening a sentence is no label
    assert not _projects(gaz, f"Etusivu\n\nHanke toteutetaan Keski-Suomessa\n\n{BODY}")


def test_body_without_an_unnamed_project_or_with_its_own_gives_nothing(gaz: Gazetteer) -> None:
    plain = "Sininauhaliitto ry järjestää lomia ikäihmisille Keski-Suomessa."
    assert not _projects(gaz, f"Kesä Maalla\n\nKesä Maalla – ikäihmisten lomat\n\n{plain}")
    own = f"{BODY} Alfa-hanke jatkuu vuoteen 2021."
    assert "Kesä Maalla" not in _projects(gaz, f"Kesä Maalla\n\nKesä Maalla – ikäihmisten lomat\n\n{own}")


def test_minutes_are_not_pages(gaz: Gazetteer) -> None:
    text = f"Kesä Maalla\n\nKesä Maalla – ikäihmisten lomatoiminnan kehittäminen\n\n{BODY}"
    assert "Kesä Maalla" not in _projects(gaz, text, kind="minutes")


def test_breadcrumb_under_projects_names_the_page_project(gaz: Gazetteer) -> None:
    body = "Genom projektet utvecklar vi stödet till familjer. Projektets idé är enkel."
    text = (f"Siirry sisältöön\n\nTrygg vardag – stöd för familjer\n\n"
            f"Etusivu » Blogi » Hankkeet » Trygg vardag – stöd för familjer\n\n{body}")
    assert [label for label in _projects(gaz, text) if label.startswith("Trygg vardag")], _projects(gaz, text)
    # filed under another section: no project
    other = text.replace("Hankkeet »", "Uutiset »")
    assert not [label for label in _projects(gaz, other) if label.startswith("Trygg vardag")], _projects(gaz, other)


def test_heading_the_page_repeats_before_hanke_is_the_project(gaz: Gazetteer) -> None:
    # the name reads like a phrase with a verb; the page itself calls it a project ("X -hanke oli")
    text = ("ALKU – Uusia tapoja luoda ja toteuttaa yhdessä\n\n"
            "ALKU – Uusia tapoja luoda ja toteuttaa yhdessä -hanke oli kahden yhdistyksen yhteinen hanke, "
            "jota Sininauhaliitto ry hallinnoi. Hanketta toteutettiin Keski-Suomessa.")
    found = _projects(gaz, text)
    assert "ALKU – Uusia tapoja luoda ja toteuttaa yhdessä" in found, found
    rows = run(gaz, text)
    assert has(rows, "association/sininauhaliitto", "coordinates", found["ALKU – Uusia tapoja luoda ja toteuttaa "
                                                                         "yhdessä"].rsplit("/", 1)[-1]), rows
    # a news title with a verb that the page never repeats as a project's name gives nothing
    assert not _projects(gaz, "Kunta toteuttaa uuden mallin\n\nKunnan toimintaa kehitetään hankkeessa.")


def test_heading_restated_as_a_project_in_the_body(gaz: Gazetteer) -> None:
    # a lower-case brand Voikko does not know, restated as the subject of "var ett samarbetsprojekt"
    text = ("uppå - tillsammans i Österbotten\n\nVad är uppå?\n\nuppå, tillsammans i Österbotten,\n\n"
            "var ett samarbetsprojekt mellan två föreningar. Projektet finansierades av Svenska kulturfonden.")
    assert [label for label in _projects(gaz, text) if label.startswith("uppå")], _projects(gaz, text)
    fi = ("Kesä Maalla – ikäihmisten lomat\n\nKesä Maalla on Sininauhaliitto ry:n kehittämishanke. "
          "Hanke toteutetaan Keski-Suomessa.")
    assert [label for label in _projects(gaz, fi) if label.startswith("Kesä Maalla")], _projects(gaz, fi)
    # restated, but as something else than a project
    other = "Kesä Maalla – ikäihmisten lomat\n\nKesä Maalla on Sininauhaliitto ry:n lomapaikka. Hanke alkoi."
    assert not [label for label in _projects(gaz, other) if label.startswith("Kesä Maalla")], _projects(gaz, other)
    # a lower-case heading Voikko knows is a word, not a brand
    common = "lomat - yhdessä Lapissa\n\nlomat, yhdessä Lapissa, on kehittämishanke. Hanke alkoi."
    assert not [label for label in _projects(gaz, common) if label.startswith("lomat")], _projects(gaz, common)


def test_title_after_a_colon_bounds_the_name_the_body_gives_after_a_project_word(gaz: Gazetteer) -> None:
    text = ("Anna Virtasen hankkeelle tutkimusrahoitus: Lasten arki ja koulupolut maaseudulla (STM, 2023–2024)\n\n"
            "Tampereen yliopiston sekä Pikassoksen yhteinen tutkimushanke Lasten arki ja koulupolut maaseudulla "
            "(LAKO, 2023–2024) on saanut "
            "sosiaali- ja terveysministeriön myöntämän rahoituksen. Tutkimushanketta johtaa Anna Virtanen.")
    found = _projects(gaz, text)
    assert "Lasten arki ja koulupolut maaseudulla" in found, found
    rows = run(gaz, text)
    assert has(rows, "ministry/stm", "funds", found["Lasten arki ja koulupolut maaseudulla"].rsplit("/", 1)[-1]), rows
    # the body never gives the title's name as a project's
    other = ("Tiedote: Lasten arki ja koulupolut maaseudulla\n\nLasten arki ja koulupolut maaseudulla ovat "
             "tutkimuksen aiheena. Hanke alkoi.")
    assert not _projects(gaz, other), _projects(gaz, other)


def test_heading_repeated_case_blind_before_a_dash_glued_description(gaz: Gazetteer) -> None:
    text = ("Kesä maalla\n\nTietoa projektista\n\nKesä Maalla -ikäihmisten lomatoiminnan kehittämisprojekti "
            "(2018-2020) tukee omaishoitajia. Projektia rahoittaa STEA.\n")
    assert list(_projects(gaz, text)) == ["Kesä maalla"]
    # a dash-glued description that is no project's ("-ikäihmisten lomatoimintaa") confirms nothing
    text = "Kesä maalla\n\nKesä Maalla -ikäihmisten lomatoimintaa järjestetään. Projektia rahoittaa STEA.\n"
    assert not _projects(gaz, text)


def test_heading_over_project_card_rows(gaz: Gazetteer) -> None:
    text = ("Kylän yhteinen pöytä\n\nKesto 01.01.2019 - 31.12.2020\nPäärahoittaja Etelä-Savon ELY-keskus\n"
            "Vastuuhenkilö Anna Esimerkki\nTiivistelmä\nHankkeella kehitetään kylien yhteisiä ruokailuja.\n")
    assert list(_projects(gaz, text)) == ["Kylän yhteinen pöytä"]
    # one row label alone is no card ("Kesto" in a news item's body)
    text = "Kylän yhteinen pöytä\n\nKesto noin kaksi tuntia.\nHankkeella kehitetään kylien yhteisiä ruokailuja.\n"
    assert not _projects(gaz, text)


def test_a_heading_over_project_rows_labelled_with_the_project_word(gaz: Gazetteer) -> None:
    text = ("Kylän lasten kesä ja sen vaikutukset\n\nTutkimuksessa selvitettiin kylän lasten kesää. "
            "Hankkeessa haastateltiin perheitä.\n\nHankkeen tutkija: Maija Meikäläinen\n\n"
            "Hankkeen rahoitus: Kylän säätiö\n")
    assert "Kylän lasten kesä ja sen vaikutukset" in _projects(gaz, text)
    # one such row under a news title is no project card
    text = "Kylän uutiset\n\nKaupunki kertoi tänään uusista palveluista.\n\nHankkeen tutkija: Maija Meikäläinen\n"
    assert not _projects(gaz, text)


def test_a_name_cut_short_runs_to_the_heading_it_repeats(gaz: Gazetteer) -> None:
    # the Swedish head rule reads "Projektet Ljuset bakom" and stops at the small word; the heading bounds the name
    body = ("Konstprojektet Ljuset bakom oss är finansierat av Svenska Postkodstiftelsen. Projektet får också stöd "
            "av kommuner.")
    found = _projects(gaz, f"Ljuset bakom oss\n\n{body}")
    assert "Ljuset bakom oss" in found and "Ljuset bakom" not in found, found
    # a heading that is not the name the text goes on with changes nothing
    found = _projects(gaz, f"Ljuset bakom er\n\n{body}")
    assert "Ljuset bakom oss" not in found, found


def test_a_kind_line_under_the_heading_names_the_page_project(gaz: Gazetteer) -> None:
    # the next line says what kind of project the heading is; a project read in that line is none of the page's own
    text = f"Lukukipinä\nVuoden 2021 ELY-hanke   (Hanke on saanut rahoitusta)\n\n{BODY}"
    found = _projects(gaz, text)
    assert "Lukukipinä" in found, found
    text = f"Lukukipinä\nKehittämisprojekti 2019-2021\n\n{BODY}"
    assert "Lukukipinä" in _projects(gaz, text)


def test_a_next_line_that_is_a_sentence_or_no_project_word_gives_nothing(gaz: Gazetteer) -> None:
    # a verb in the line: a lead sentence, not a subtitle; a line of another kind: a news title over its date
    assert "Lukukipinä" not in _projects(gaz, f"Lukukipinä\nHanke alkaa ensi vuonna\n\n{BODY}")
    assert "Lukukipinä" not in _projects(gaz, f"Lukukipinä\nUutinen 12.3.2021\n\n{BODY}")


def test_a_heading_over_a_body_that_opens_on_the_project(gaz: Gazetteer) -> None:
    """"Kesä Maalla" over "Hankkeessa kehitetään ...": the page is about its unnamed project and the heading names
    it; a one-word section heading ("Rahoittajat") or a heading over a body opening otherwise names nothing."""
    body = ("Hankkeessa kehitetään ikäihmisten lomatoimintaa. Hanketta hallinnoi Sininauhaliitto ry ja siinä ovat "
            "mukana Jyväskylän kaupunki ja Äänekosken kaupunki.")
    text = f"Kesä Maalla\n\n{body}"
    assert list(_projects(gaz, text)) == ["Kesä Maalla"]
    rows = run(gaz, text)
    assert has(rows, "municipality/179", "participatesIn", "project/kesa-maa"), rows
    assert not _projects(gaz, f"Rahoittajat\n\n{body}")
    assert not _projects(gaz, f"Kesä Maalla\n\nSininauhaliitto ry kertoo uutisia lomista. {body}")


def test_a_heading_the_first_sentence_opens_with_names_the_project(gaz: Gazetteer) -> None:
    """"Kesä Maalla" over "Kesä Maalla syntyi ...; Hanketta hallinnoi ...": the first sentence is about what the
    heading names, and the body's "hanke" is it; a heading the sentence does not open with names nothing."""
    body = "syntyi ikäihmisten toiveesta. Hanketta hallinnoi Sininauhaliitto ry ja mukana on Jyväskylän kaupunki."
    assert list(_projects(gaz, f"Kesä Maalla\n\nKesä Maalla {body}")) == ["Kesä Maalla"]
    assert not _projects(gaz, f"Kesä Maalla\n\nLomatoiminta {body}")


def test_a_question_about_the_heading_answered_as_a_project(gaz: Gazetteer) -> None:
    """"Kesä Maalla" over "Mikä on Kesä Maalla:" and "Se on kehittämisprojekti, ...": the page asks what its heading
    is and answers that it is a project; an answer that is no project names nothing."""
    body = "Hanketta hallinnoi Sininauhaliitto ry ja mukana on Jyväskylän kaupunki."
    asked = "Kesä Maalla\n\nMikä on Kesä Maalla:\n\nSe on kehittämisprojekti, joka tukee ikäihmisiä. "
    assert list(_projects(gaz, asked + body)) == ["Kesä Maalla"]
    sv = "Sommar på Landet\n\nVad är Sommar på Landet?\n\nDet är ett samarbetsprojekt för äldre. Projektet leds av X."
    assert list(_projects(gaz, sv)) == ["Sommar på Landet"]
    assert not _projects(gaz, "Kesä Maalla\n\nMikä on Kesä Maalla:\n\nSe on lomapaikka ikäihmisille. " + body)


def test_a_bulleted_menu_above_the_heading_is_skipped(gaz: Gazetteer) -> None:
    """A site's menu of bullets ("• Liikunta", "• Kulttuuri") over the page's heading: the heading is still the
    page's first line of its own."""
    body = "syntyi ikäihmisten toiveesta. Hanketta hallinnoi Sininauhaliitto ry ja mukana on Jyväskylän kaupunki."
    menu = "Hyppää sisältöön\n • Liikunta\n • Kulttuuri\n • Osallisuuden kokeilut\n\n"
    assert list(_projects(gaz, f"{menu}Kesä Maalla\n\nKesä Maalla {body}")) == ["Kesä Maalla"]


def test_heading_with_its_owner_after_a_dash_names_the_page_project(gaz: Gazetteer) -> None:
    # "<Name> – <organisation>": the page's name, then whose page it is; the body speaks of its unnamed project
    text = ("Lumitähti – Jyväskylän kaupunki\n\nEdistetään ikääntyneiden liikkumista kylissä.\n"
            "Hanke toimii vuosina 2025-2027. Hankkeessa ovat mukana Äänekosken kaupunki ja Sininauhaliitto ry.")
    assert list(_projects(gaz, text)) == ["Lumitähti"]
    rows = run(gaz, text)
    assert has(rows, "association/sininauhaliitto", "participatesIn", "project/lumitahti"), rows


def test_owner_heading_needs_a_short_owner_and_a_project_in_the_body(gaz: Gazetteer) -> None:
    # the body never speaks of a project: a page's title over its news, not a project's name
    assert not _projects(gaz, "Lumitähti – Jyväskylän kaupunki\n\nKaupunki avasi uuden uimahallin. "
                              "Uimahallissa on kolme allasta.")
    # a subtitle of prose after the dash is no owner's name, even naming an organisation
    assert not _projects(gaz, "Lumitähti – uusi toimintamalli käynnistyi Jyväskylän kaupungissa. Hanke jatkuu.\n\n"
                              "Hanke toimii vuosina 2025-2027. Hankkeessa on mukana Sininauhaliitto ry.")

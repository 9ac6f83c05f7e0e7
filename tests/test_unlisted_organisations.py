"""Organisations no list holds, named without a legal form or with it: their boundaries, base forms and types.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import needs_voikko, record
from welfare_kg.extract.document import extract_document


def typed(text: str) -> set[tuple[str, str]]:
    ex = extract_document(record(text))
    return {(e.type, e.label) for e in ex.entities.values()}


@needs_voikko
def test_actor_after_the_project_as_object_is_no_project() -> None:
    # "Hanketta hallinnoi X": the project is the verb's object, X the one who runs it
    got = typed("Hanketta hallinnoi Oulun Seudun Setlementti.")
    assert not {t for t in got if t[0] == "Project"}


@needs_voikko
def test_project_after_a_cue_verb_still_read() -> None:
    got = typed("Vuonna 2020 alkoi uusi hanke. Kaupunki toteuttaa Arjen tuki kotona, jota rahoittaa STM.")
    assert ("Project", "Arjen tuki kotona") in got


@needs_voikko
@pytest.mark.parametrize(("text", "label"), [
    ("Hanketta hallinnoi Oulun Seudun Setlementti.", "Oulun Seudun Setlementti"),
    ("Kaupunginhallitus myönsi avustusta Kainuun Setlementille 5 000 euroa.", "Kainuun Setlementti"),
    ("Hanketta toteuttaa Lahden Diakonialaitos.", "Lahden Diakonialaitos"),
    ("Avustusta saivat Punkalaitumen Latu ja Polku 2 000 euroa ja Kokkolan Energia 500 euroa.",
     "Punkalaitumen Latu ja Polku"),
    ("Tukea saivat Kangasalan Kilta ja Nokian Yrittäjät.", "Kangasalan Kilta"),
])
def test_association_head_after_a_town(text: str, label: str) -> None:
    assert ("Association", label) in typed(text)


@needs_voikko
def test_other_heads_after_a_town_stay_companies() -> None:
    got = typed("Avustusta saivat Punkalaitumen Latu ja Polku 2 000 euroa ja Kokkolan Energia 500 euroa.")
    assert ("Company", "Kokkolan Energia") in got


@needs_voikko
def test_an_ablative_ending_like_a_guild_is_no_guild() -> None:
    # "Säästöpankilta" ends in the letters of "kilta" (a guild, an association's head): the analysed base decides
    got = typed("Kangasalan Säästöpankilta 5 000 euroa nuorille. Kangasalan Säästöpankki lahjoittaa rahaa.")
    assert ("Company", "Kangasalan Säästöpankki") in got
    assert ("Association", "Kangasalan Säästöpankki") not in got


@needs_voikko
def test_opening_verb_is_no_word_of_a_registered_name() -> None:
    got = typed("Käsitellään Pohjois-Karjalan Martat ry:n avustushakemus.")
    assert ("Association", "Pohjois-Karjalan Martat ry") in got
    assert not {t for t in got if t[1].startswith("Käsitellään")}


@needs_voikko
def test_known_word_inside_a_capitals_heading_name() -> None:
    # "MARTAT" alone is the national league's short name; after a region's genitive and before "RY" it is the
    # regional association's registered name
    got = {(t, label.lower()) for t, label in typed("§ 45 POHJOIS-KARJALAN MARTAT RY:N AVUSTUSHAKEMUS")}
    assert ("Association", "pohjois-karjalan martat ry") in got
    assert not {t for t in got if t[0] == "Region"}


@needs_voikko
@pytest.mark.parametrize(("text", "labels"), [
    ("Avustusta myönnetään Iisalmen Reserviläisille 500 euroa.", {"Iisalmen Reserviläiset"}),
    ("Hanke toteutetaan yhdessä Itä-Suomen Invalidien ja Kuopion Marttojen kanssa.",
     {"Itä-Suomen Invalidit", "Kuopion Martat"}),
    ("Kiitos Oulun Eläkeläisille ja Omaishoitajille.", {"Oulun Eläkeläiset ja Omaishoitajat"}),
    ("Tukea saivat Raahen Naiset ja Leppävirran Urheilijat.", {"Raahen Naiset", "Leppävirran Urheilijat"}),
])
def test_inflected_town_club_gets_its_plural_nominative(text: str, labels: set[str]) -> None:
    assert labels <= {label for t, label in typed(text) if t == "Association"}


@needs_voikko
def test_title_genitive_before_a_noun_is_no_club() -> None:
    got = typed("67 Etelä-Savon Työorganisaatioiden palvelut, TOP 10")
    assert not {t for t in got if t[0] == "Association"}


@needs_voikko
@pytest.mark.parametrize(("text", "label"), [
    ("Tutkimusta tukivat Jenny ja Antti Wihurin rahasto sekä Sakari Alhopuron Säätiö.", "Sakari Alhopuron Säätiö"),
    ("Kirkkohallitus myönsi avustusta Kansan Raamattuseuran Säätiölle.", "Kansan Raamattuseuran Säätiö"),
])
def test_capitalised_bare_foundation_after_genitives(text: str, label: str) -> None:
    got = typed(text)
    assert ("Association", label) in got
    assert ("Association", "Kansan Raamattuseura") not in got  # the society's genitive is the foundation's word


@needs_voikko
def test_capitalised_foundation_word_opening_a_sentence_is_no_name() -> None:
    assert not {t for t in typed("Säätiö Helsinki kertoi asiasta.") if t[0] == "Association"}


@pytest.mark.parametrize(("text", "label"), [
    ("Bidrag fick Nykarleby Byalag och Jakobstads Sjöräddningsförening.", "Nykarleby Byalag"),
    ("Bidrag fick Ulvö Kapellag för renoveringen.", "Ulvö Kapellag"),
    ("Projektet genomförs av Sundby byalag och staden.", "Sundby byalag"),
])
def test_swedish_village_associations(text: str, label: str) -> None:
    assert ("Association", label) in typed(text)


def test_swedish_team_word_alone_is_no_association() -> None:
    assert not {t for t in typed("Ett lag vann turneringen i Vasa.") if t[0] == "Association"}


@needs_voikko
def test_two_universities_units_of_one_name_are_two_bodies() -> None:
    ex = extract_document(record("Hankkeessa ovat mukana Tampereen yliopiston yhteiskuntatieteiden tiedekunta ja "
                                 "Lapin yliopiston yhteiskuntatieteiden tiedekunta."))
    bodies = [e for e in ex.entities.values() if e.type == "Body"]
    assert len(bodies) == 2
    parents = {(ex.entities[f.subject].label, ex.entities[f.object].label) for f in ex.facts if f.predicate == "partOf"}
    assert parents == {("Tampereen yliopiston yhteiskuntatieteiden tiedekunta", "Tampereen yliopisto"),
                       ("Lapin yliopiston yhteiskuntatieteiden tiedekunta", "Lapin yliopisto")}


@needs_voikko
@pytest.mark.parametrize(("text", "label"), [
    ("Lahjoituksen sai Setlementti Ukonhattu, joka järjestää kerhoja.", "Setlementti Ukonhattu"),
    ("Hanketta toteuttaa Setlementti Tampere yhdessä kaupungin kanssa.", "Setlementti Tampere"),
])
def test_settlement_named_after_its_kind(text: str, label: str) -> None:
    got = typed(text)
    assert ("Association", label) in got
    assert not {t for t in got if t[0] == "Municipality"}


@needs_voikko
def test_settlement_word_before_a_person_is_no_name() -> None:
    assert not {t for t in typed("Setlementti Liisa Virtanen kertoi.") if t[0] == "Association"}


@needs_voikko
@pytest.mark.parametrize(("text", "label"), [
    ("§ 14 OY APOTTI AB:N OSAKASSOPIMUS", "oy apotti ab"),
    ("Hankkeen toteuttaja: KEHITYSYHTIÖ SAVOGROW OY", "kehitysyhtiö savogrow oy"),
])
def test_company_name_in_capitals_opened_by_a_form_or_kind(text: str, label: str) -> None:
    assert ("Company", label) in {(t, name.lower()) for t, name in typed(text)}


@needs_voikko
@pytest.mark.parametrize(("text", "label"), [
    ("Avustusta saa Seinäjoen Seudun Omaishoitajat r.y. ja Kauhavan Martat.", "Seinäjoen Seudun Omaishoitajat r.y"),
    ("Avustusta saa Kauhavan Eläkeläiset r.y:lle 500 euroa.", "Kauhavan Eläkeläiset r.y"),
])
def test_dotted_legal_form_the_tokenizer_splits(text: str, label: str) -> None:
    assert label in {name.rstrip(".") for t, name in typed(text) if t == "Association"}


@needs_voikko
@pytest.mark.parametrize(("text", "label"), [
    ("§ 5 SAVON VAMMAISASUNTOSÄÄTIÖN AVUSTUSHAKEMUS", "savon vammaisasuntosäätiö"),
    ("§ 6 KAINUUN SOSIAALITURVAYHDISTYKSEN AVUSTUSANOMUS", "kainuun sosiaaliturvayhdistys"),
    ("§ 10 KAJAANIN SETLEMENTIN AVUSTUSHAKEMUS", "kajaanin setlementti"),
    ("§ 12 KUOPION SEUDUN HENGITYSYHDISTYKSEN ANOMUS", "kuopion seudun hengitysyhdistys"),
    ("§ 13 OULUN DIAKONISSALAITOKSEN SÄÄTIÖN AVUSTUS", "oulun diakonissalaitoksen säätiö"),
])
def test_association_in_a_capitals_item_title(text: str, label: str) -> None:
    got = {(t, name.lower()) for t, name in typed(text)}
    assert ("Association", label) in got
    assert not {t for t in got if t[0] in {"Region", "Municipality"}}


@needs_voikko
def test_bare_foundation_word_after_a_common_noun_in_capitals_is_no_name() -> None:
    assert not {t for t in typed("§ 20 KAUPUNGIN SÄÄTIÖN AVUSTUS") if t[0] == "Association"}


def test_bilingual_company_forms_close_the_name_together() -> None:
    got = typed("Tilintarkastusyhteisönä toimii KPMG Oy Ab ja tarkastajana Liisa Virtanen.")
    assert ("Company", "KPMG Oy Ab") in got



@needs_voikko
def test_units_of_two_companies_of_one_name_stay_two() -> None:
    ex = extract_document(record("Hankkeessa ovat mukana Tampereen yliopiston yhteiskuntatieteiden tiedekunta ja "
                                 "Lapin yliopiston yhteiskuntatieteiden tiedekunta sekä Kuntien Tiera Oy:n "
                                 "yhteiskuntatieteiden tiedekunta."))
    assert len([e for e in ex.entities.values() if e.type == "Body"]) >= 2
    parents = {}
    for f in ex.facts:
        if f.predicate == "partOf":
            parents.setdefault(f.subject, set()).add(f.object)
    assert all(len(v) == 1 for v in parents.values())  # no unit part of two organisations


@needs_voikko
def test_registered_organisations_own_boards_are_bodies_part_of_them() -> None:
    ex = extract_document(record("Hankkeen ohjausryhmään kuuluvat Pohjanmaan Kylät ry:n hallituksen puheenjohtaja "
                                 "Matti Mäkinen ja Kuntien Tiera Oy:n hallituksen jäsen Liisa Virtanen."))
    parts = {(ex.entities[f.subject].label, ex.entities[f.object].label) for f in ex.facts if f.predicate == "partOf"}
    assert parts == {("Pohjanmaan Kylät ry:n hallitus", "Pohjanmaan Kylät ry"),
                     ("Kuntien Tiera Oy:n hallitus", "Kuntien Tiera Oy")}


@needs_voikko
@pytest.mark.parametrize(("text", "label"), [
    ("Hanketta koordinoi Lapin Sydän- ja Munuaisyhdistys.", "Lapin Sydän- ja Munuaisyhdistys"),
    ("Mukana ovat Porvoon Seudun Sydän- ja Hengitysyhdistys sekä Kotkan Syöpäyhdistys.",
     "Porvoon Seudun Sydän- ja Hengitysyhdistys"),
])
def test_a_place_genitive_before_an_elided_kind_pair_names_both_halves(text: str, label: str) -> None:
    got = typed(text)
    assert ("Association", label) in got
    assert not any(name in {"Munuaisyhdistys", "Hengitysyhdistys"} for _, name in got)


@needs_voikko
def test_a_caps_place_genitive_the_lexicon_reads_as_an_instructive_opens_the_company() -> None:
    got = {(t, name.lower()) for t, name in typed("§ 56 MAA-AINEKSEN OTTOLUPA/JÄMIN HIIHTOHALLI OY")}
    assert ("Company", "jämin hiihtohalli oy") in got


@needs_voikko
def test_a_products_genitive_before_the_company_is_no_word_of_its_name() -> None:
    got = typed("Kunta hankkii Kotisovellus-järjestelmän Datamylly Oy:ltä.")
    assert ("Company", "Datamylly Oy") in got
    assert not any("järjestelmän" in name for _, name in got)


@needs_voikko
@pytest.mark.parametrize(("text", "label"), [
    ("Avustusta saa Kuhmon Kuorolaulun kannatusyhdistys.", "Kuhmon Kuorolaulun kannatusyhdistys"),
    ("Hanketta hallinnoi Porin Vanhusten ja Vammaisten tukiyhdistys.", "Porin Vanhusten ja Vammaisten tukiyhdistys"),
])
def test_a_towns_genitive_before_the_kinds_genitives_opens_the_name(text: str, label: str) -> None:
    got = typed(text)
    assert ("Association", label) in got
    assert not any(t == "Municipality" for t, _ in got)


@needs_voikko
def test_a_towns_service_or_venue_after_its_genitive_is_no_company() -> None:
    got = typed("Itä-Uudenmaan Pöytäkirja 2/2030. Tulokset esiteltiin, kun Porvoon Uimahalli avattiin. Mukana olivat "
                "Porvoon Päiväkoti ja Porvoon Energia.")
    assert ("Company", "Porvoon Energia") in got
    assert not any(t == "Company" and name in {"Porvoon Uimahalli", "Porvoon Päiväkoti", "Itä-Uudenmaan Pöytäkirja"}
                   for t, name in got)


@needs_voikko
def test_a_form_first_name_stops_before_a_run_on_item_title_in_capitals() -> None:
    got = typed("SULAUTUMISEN HYVÄKSYMINEN Kiinteistö Oy Koivurinne KUNNAN EDUSTAJAN VALINTA")
    assert ("Company", "Kiinteistö Oy Koivurinne") in got


@needs_voikko
def test_a_clubs_founding_year_glued_to_its_word_after_a_town() -> None:
    got = typed("Avustusta saivat Kiteen Pallo-95 300 euroa ja Porvoon Energia 200 euroa.")
    assert ("Association", "Kiteen Pallo-95") in got
    assert ("Company", "Porvoon Energia") in got


@needs_voikko
def test_an_adjective_of_the_name_in_a_capitals_item_title() -> None:
    got = {(t, name.lower()) for t, name in typed("§ 14 AVUSTUS VALKOINEN LAIVA RY:LLE")}
    assert ("Association", "valkoinen laiva ry") in got
    assert not any("avustus" in name for _, name in got)


@needs_voikko
def test_a_co_operative_named_like_an_association_is_a_company() -> None:
    got = typed("Kunta myönsi lainan Kiteen Vesiosuuskunnalle. Hanke on Ruokaliitto Osuuskunnan.")
    assert ("Company", "Kiteen Vesiosuuskunta") in got
    assert ("Company", "Ruokaliitto Osuuskunta") in got


@needs_voikko
@pytest.mark.parametrize(("text", "label"), [
    ('Avustuksen sai yhdistys "Rantakoti" ry.', "Rantakoti ry"),
    ("Hanketta hallinnoi ”Kotilo Kaksi” ry:n kautta.", "Kotilo Kaksi ry"),
])
def test_a_name_in_quotes_before_its_legal_form(text: str, label: str) -> None:
    assert ("Association", label) in typed(text)


@needs_voikko
@pytest.mark.parametrize(("text", "typ", "label"), [
    ("Jäseniä ovat Kansainvälinen kulttuuriliitto ja kunta.", "Association", "Kansainvälinen kulttuuriliitto"),
    ("Tukea myönnettiin Pohjoiselle kulttuurisäätiölle.", "Association", "Pohjoinen kulttuurisäätiö"),
    ("Hanketta hallinnoi Valtakunnallinen nuorisotyön verkosto.", "Association",
     "Valtakunnallinen nuorisotyön verkosto"),
    ("Jäsen on Suomalainen Vesiosuuskunta.", "Company", "Suomalainen Vesiosuuskunta"),
])
def test_a_capitalised_adjective_inside_a_sentence_opens_a_kinds_name(text: str, typ: str, label: str) -> None:
    assert (typ, label) in typed(text)


@needs_voikko
def test_an_adjective_opening_the_sentence_opens_no_name() -> None:
    assert not any(t == "Association" for t, _ in typed("Uusi kyläyhdistys perustettiin keväällä."))


@needs_voikko
def test_an_unlisted_associations_local_branch_named_with_its_town() -> None:
    got = typed("Avustuksen sai Kalastajaliiton Kiteen osasto ja Porvoon Energia.")
    assert ("Association", "Kalastajaliiton Kiteen osasto") in got
    assert not any(name == "Kalastajaliitto" for _, name in got)


@needs_voikko
def test_a_legal_forms_case_ending_after_an_apostrophe() -> None:
    got = typed("Avustus myönnettiin Rantakoti ry’lle. Sopimus tehtiin Kuljetus Mäkelä Oy'n kanssa.")
    assert ("Association", "Rantakoti ry") in got
    assert ("Company", "Kuljetus Mäkelä Oy") in got


@needs_voikko
def test_a_swedish_company_form_written_first_and_a_town_in_its_name() -> None:
    got = typed("Lainan sai Ab Jakobstads Trä. Lånet gick till Bostads Ab Vasa Strand. Hanketta hallinnoi "
                "Osuuskunta Tuotanto Kiteellä.")
    assert ("Company", "Ab Jakobstads Trä") in got
    assert ("Company", "Bostads Ab Vasa Strand") in got
    assert ("Company", "Osuuskunta Tuotanto") in got

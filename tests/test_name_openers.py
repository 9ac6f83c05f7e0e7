"""The left and right edges of organisation, project and agreement names (issue 12): a row's label, a post, a
body, a greeting or an adverb before a registered name is no word of it; Swedish names run to their seat and legal
form. Sentences and names invented for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import MORPH, record
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.model import Mention
from welfare_kg.extract.name_openers import opener_word, role_word, trim_undertaking_openers
from welfare_kg.extract.text import Token


def typed(text: str) -> set[tuple[str, str]]:
    ex = extract_document(record("Otsikko\n\n" + text + "\n"))
    return {(e.type, e.label) for e in ex.entities.values()}


def tok(word: str) -> Token:
    return Token(word, 0, len(word))


@pytest.mark.parametrize("label", ["Tuensaaja", "Kumppani", "Myöntäjä", "Yhteistyökumppani", "Vastaanottaja",
                                   "Järjestäjät", "Vastuutaho", "Stödmottagare", "Partner", "Lead Partner"])
@pytest.mark.parametrize(("name", "typ"), [("Kotiranta Tuki ry", "Association"), ("Lumon Palvelut Oy", "Company"),
                                           ("Hyvän Mielen säätiö sr", "Association")])
def test_a_rows_role_label_opens_no_name(label: str, name: str, typ: str) -> None:
    got = typed(f"{label} {name}")
    assert (typ, name) in got
    assert not any(label in lab for _, lab in got)


@pytest.mark.parametrize("opener", ["Toiminnanjohtaja", "Sihteeri", "Kaupunginhallitus", "Lautakunta", "Kiitos",
                                    "Onnittelut", "Erityisesti", "Hanke", "Ehdotus", "Ordförande", "Kommunstyrelsen",
                                    "Tack", "ELY-keskus", "Kaupunki"])
def test_posts_bodies_greetings_and_adverbs_open_no_name(opener: str) -> None:
    got = typed(f"{opener} Kotiranta Tuki ry sai avustusta 5 000 euroa.")
    assert ("Association", "Kotiranta Tuki ry") in got
    assert not any(lab.startswith(opener) and "Kotiranta" in lab for _, lab in got)


def test_a_town_cell_before_a_genitive_is_no_word_of_the_name() -> None:
    got = typed("Kuopio Pohjois-Savon Kylät ry")
    assert ("Association", "Pohjois-Savon Kylät ry") in got
    got = typed("Kuopio Lumon Palvelut Oy")
    assert ("Company", "Lumon Palvelut Oy") in got


def test_a_person_written_surname_first_before_the_name() -> None:
    got = typed("Virtanen Matti Kotiranta Tuki ry")
    assert ("Association", "Kotiranta Tuki ry") in got


def test_words_of_the_name_stay() -> None:
    # a plural of members, a town opening a name in the nominative, a kind of association after an acronym
    assert ("Association", "Omaishoitajat ja Läheiset ry") in typed(
        "Avustus myönnettiin Omaishoitajat ja Läheiset ry:lle.")
    assert ("Association", "Kotiranta Tuki ry") in typed("Kotiranta Tuki ry sai avustusta.")
    assert ("Association", "Kiteen 4H-yhdistys ry") in typed("Avustus myönnettiin Kiteen 4H-yhdistys ry:lle.")
    assert ("Association", "Egentliga Finlands Byar r.f") in typed(
        "Kumppanit: Varsinais-Suomen Kylät ry Egentliga Finlands Byar r.f. (Y-tunnus ) ja kaupunki.")


@pytest.mark.parametrize("opener", ["Toimintakertomus", "Pöytäkirja", "Etusivu Uutiset", "Ajankohtaista",
                                    "Kirjoittaja", "Jaa Facebookissa", "Edellinen Seuraava", "Tagit", "Pääsivu",
                                    "Tukijat", "Sponsorit"])
def test_a_flattened_pages_furniture_and_document_kind_open_no_name(opener: str) -> None:
    assert ("Association", "Kotiranta Tuki ry") in typed(f"{opener} Kotiranta Tuki ry")


@pytest.mark.parametrize(("text", "name"), [
    ("Palvelun tuottaa Lumon Palvelut Oy Ltd.", "Lumon Palvelut Oy Ltd"),
    ("Sopimus tehtiin Lumon Palvelut Oy/Ab:n kanssa.", "Lumon Palvelut Oy/Ab"),
    ("Sopimus tehtiin Lumon Palvelut Oy Ab:n kanssa.", "Lumon Palvelut Oy Ab"),
])
def test_a_bilingual_companys_second_form_closes_its_name(text: str, name: str) -> None:
    assert ("Company", name) in typed(text)


def test_a_kind_first_name_after_a_rows_label() -> None:
    assert ("Association", "Kyläyhdistys Kotiranta") in typed("Tuensaaja Kyläyhdistys Kotiranta")


@pytest.mark.parametrize("label", ["Kumppani", "Toiminnanjohtaja", "Kaupunginhallitus", "Kiitos"])
def test_a_rows_label_opens_no_project_or_agreement(label: str) -> None:
    got = typed(f"{label} Hyvä Arki -hanke päättyi vuonna 2020.")
    assert ("Project", "Hyvä Arki") in got
    got = typed(f"{label} Yhteistyösopimus Kuopion kaupungin kanssa päättyi.")
    assert not any(t == "Agreement" and label in lab for t, lab in got)


def test_an_undertakings_own_words_stay() -> None:
    # an undertaking's free-worded name may open with an adverb or an English word
    assert ("Project", "Turvallisesti Kotona") in typed("Turvallisesti Kotona -hanke päättyi vuonna 2020.")


def test_vocabulary_classes() -> None:
    assert role_word(tok("Tuensaaja"), MORPH) and role_word(tok("Hakijat"), MORPH)
    assert not role_word(tok("Omaishoitajat"), MORPH) and not role_word(tok("Kotiranta"), MORPH)
    assert role_word(tok("Avustuksensaaja"), MORPH) and not role_word(tok("Digiosaaja"), MORPH)  # an expert
    assert not role_word(tok("Partner"), MORPH, foreign=False)
    assert opener_word(tok("Sihteeri"), MORPH) and not opener_word(tok("Lääkärit"), MORPH)
    assert opener_word(tok("Erityisesti"), MORPH) and not opener_word(tok("Erityisesti"), MORPH, loose=False)
    assert not opener_word(tok("Nuorisoseura"), MORPH) and not opener_word(tok("Lumon"), MORPH)


def test_a_prefixed_company_keeps_its_nouns_not_a_verbs_base() -> None:
    assert ("Company", "Osuuskunta Lumon Tuki") in typed("Osuuskunta Lumon Tuki sai tukea.")
    assert ("Company", "Osuuskunta Lumon Tuki") in typed("Osuuskunta Lumon Tuen kokous pidettiin.")
    assert ("Company", "Ki Oy Kotirannan Tähti") in typed("Kunta takaa Ki Oy Kotirannan Tähden lainan.")


@pytest.mark.parametrize(("text", "name"), [
    ("Föreningen Konstsamfundet i Vasa rf fick bidrag.", "Föreningen Konstsamfundet i Vasa rf"),
    ("Avustus myönnettiin Stiftelsen Tre Smeder i Helsingfors sr:lle.", "Stiftelsen Tre Smeder i Helsingfors sr"),
    ("Avustus myönnettiin Svenska Hörselförbundet i Finland rf:lle.", "Svenska Hörselförbundet i Finland rf"),
    ("Stöd till Ungdomsföreningen Kotiranta i Närpes r.f.", "Ungdomsföreningen Kotiranta i Närpes r.f"),
    ("Bidraget gick till Kotiranta Hantverk i Vasa rf och staden.", "Kotiranta Hantverk i Vasa rf"),
    ("Stödet gick till Dans i Österbotten rf.", "Dans i Österbotten rf"),
    ("Bidrag: Stödmottagare Lumon Vänner i Helsingfors rf 5 000 euro.", "Lumon Vänner i Helsingfors rf"),
])
def test_swedish_names_run_to_their_seat_and_legal_form(text: str, name: str) -> None:
    got = typed(text)
    assert ("Association", name) in got
    assert not any(t == "Association" and lab != name for t, lab in got)


def test_a_word_in_capitals_after_a_labels_colon_is_the_values_own() -> None:
    assert ("Company", "KOTIRANTA Kehitys Oy") in typed("Toteuttaja: KOTIRANTA Kehitys Oy")
    # a card's label in capitals without a colon stays out
    assert ("Company", "Frivillig Kotiranta AS") in typed("PROJEKTÄGARE Frivillig Kotiranta AS")


@pytest.mark.parametrize("known", ["Kela", "Sitra", "Kuntaliitto"])
def test_a_known_organisations_one_word_name_before_a_registered_name_is_its_own(known: str) -> None:
    got = typed(f"{known} Kotiranta Tuki ry sai tukea.")
    assert ("Association", "Kotiranta Tuki ry") in got
    got = typed(f"{known} Lumon Palvelut Oy sai tukea.")
    assert ("Company", "Lumon Palvelut Oy") in got


def test_a_known_organisations_branch_and_subsidiary_stay_whole() -> None:
    assert ("Association", "Talentia Keski-Suomi ry") in typed("Palkinnon sai Talentia Keski-Suomi ry.")
    assert ("Company", "Kommunförbundet Service Ab") in typed("Avtalet tecknades med Kommunförbundet Service Ab.")


@pytest.mark.parametrize("before", ["STEA", "Kela", "Rahoittaja Kela", "Etusivu Hankkeet", "Ajankohtaista",
                                    "Toimintakertomus"])
def test_a_funders_cell_or_a_pages_furniture_opens_no_project(before: str) -> None:
    got = typed(f"{before} Hyvä Arki -hanke alkoi vuonna 2020.")
    assert ("Project", "Hyvä Arki") in got


def test_a_place_or_an_owners_genitive_before_a_project_stays_its_reading() -> None:
    assert ("Project", "Pohjois-Savon Hyvä Arki") in typed("Pohjois-Savon Hyvä Arki -hanke alkoi vuonna 2020.")
    assert ("Project", "Kuopio Liikkuu") in typed("Kuopio Liikkuu -hanke alkoi vuonna 2020.")


def test_a_pages_call_to_act_and_furniture_before_a_place_named_club() -> None:
    assert ("Association", "Kotiranta Tuki ry") in typed("Seuraa Kotiranta Tuki ry:tä Facebookissa!")
    assert ("Association", "Lapinlahden Latu") in typed("Etusivu Uutiset Lapinlahden Latu järjesti tilaisuuden.")


@pytest.mark.parametrize(("text", "name"), [
    ("Hanketta hallinnoi Kehittämiskeskus Oy Häme.", "Kehittämiskeskus Oy Häme"),
    ("Palvelun tuottaa Yrityspalvelu Oy Lumo.", "Yrityspalvelu Oy Lumo"),
    ("Palvelun tuottaa Kehitysyhtiö Oy Kotiranta Kuopiossa.", "Kehitysyhtiö Oy Kotiranta"),
])
def test_a_kind_of_company_its_form_then_its_own_name(text: str, name: str) -> None:
    assert ("Company", name) in typed(text)


def test_a_company_before_a_town_cell_or_an_inflected_form_ends_at_its_form() -> None:
    assert ("Company", "Lumon Palvelut Oy") in typed("Lumon Palvelut Oy Kuopio")
    assert ("Company", "Kehitysyhtiö Oy") in typed("Sopimus tehtiin Kehitysyhtiö Oy:n kanssa.")


@pytest.mark.parametrize("label", ["Hallituksen Puheenjohtaja", "Avustuksen Saaja", "Hankkeen Toteuttaja"])
def test_a_label_in_title_case_whose_role_follows_a_genitive(label: str) -> None:
    assert ("Association", "Kotiranta Tuki ry") in typed(f"{label} Kotiranta Tuki ry")


def test_a_genitive_opening_the_name_stays() -> None:
    assert ("Association", "Kylien Kotiranta Tuki ry") in typed("Avustus myönnettiin Kylien Kotiranta Tuki ry:lle.")


def test_a_grant_rows_label_is_no_word_of_the_receivers_name() -> None:
    text = ("Hallitus myönsi seuraavat avustukset:\n\nTuensaaja Kotiranta Tuki ry 5 000 €\n"
            "Kumppani Lumon Kyläyhdistys ry 3 000 €\nEtusivu Uutiset Hyvä Mieli ry 2 000 €\n")
    got = typed(text)
    for name in ("Kotiranta Tuki ry", "Lumon Kyläyhdistys ry", "Hyvä Mieli ry"):
        assert ("Association", name) in got
    assert not any(lab.startswith(("Tuensaaja", "Kumppani", "Etusivu")) for _, lab in got)


def test_a_brand_a_plural_subject_or_an_initial_after_oy_is_no_word_of_the_name() -> None:
    assert ("Company", "KotiVoima Oy") in typed("Hallinnoija: KotiVoima Oy Maakuntaliitot, jotka myönsivät rahaa.")
    assert ("Company", "Kehitysyhtiö Oy") in typed("Hallinnoija: Kehitysyhtiö Oy Maakuntaliitot, jotka myönsivät.")
    assert ("Company", "Aluelämpö Oy") in typed("toimitusjohtaja, Aluelämpö Oy A Virtanen")


@pytest.mark.parametrize(("text", "name"), [
    ("Järjestäjä Sparbanksstiftelsen i Sibbo", "Sparbanksstiftelsen i Sibbo"),
    ("Stödmottagare Kulturfonden", "Kulturfonden"),
    ("Järjestäjä Samordningsförbundet Västra Mälardalen", "Samordningsförbundet Västra Mälardalen"),
    ("Partner Helena Lavikaisen säätiö", "Helena Lavikaisen säätiö"),
])
def test_a_rows_label_before_a_swedish_or_a_founders_name(text: str, name: str) -> None:
    assert ("Association", name) in typed(text)


def _project(surface: str) -> Mention:
    return Mention(start=10, end=10 + len(surface), surface=surface, label=surface, type="Project", rule="test",
                   key=surface.lower(), parts=(surface,))


@pytest.mark.parametrize(("surface", "name"), [
    ("Ajankohtaista Mural Rural", "Mural Rural"),
    ("Kumppani Stop Kiusaamiselle", "Stop Kiusaamiselle"),
    ("Etusivu Hankkeet Kylien Voima", "Kylien Voima"),
    ("Turvallisesti Kotona", "Turvallisesti Kotona"),  # an adverb may open an undertaking's own name
    ("Hanke Kotiranta", "Hanke Kotiranta"),  # and so may its head in the singular
    ("Haku Kotirannalla 2.0", "Haku Kotirannalla 2.0"),  # a common noun of a page's search box
    ("Styrgrupp Kotirannalle", "Styrgrupp Kotirannalle"),  # a group's word, no deciding body
    ("Kumppani 2.0", "Kumppani 2.0"),  # no name is left that opens with a capital
])
def test_a_line_readers_undertaking_loses_its_opener_words(surface: str, name: str) -> None:
    [[m]] = trim_undertaking_openers([[_project(surface)]], MORPH)
    assert (m.label, m.surface, m.parts) == (name, name, (name,))
    assert m.end == 10 + len(surface) and m.start == m.end - len(name)


def test_a_title_ending_in_a_case_of_where_ends_before_the_name() -> None:
    assert ("Association", "Kotiranta Tuki ry") in typed("Hyvä Arki Kylissä Kotiranta Tuki ry")
    # the case of where right before the form is the name's own
    assert ("Association", "Kotona Kylissä ry") in typed("Avustus myönnettiin Kotona Kylissä ry:lle.")

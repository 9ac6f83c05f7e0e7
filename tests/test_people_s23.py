"""People and posts in the layouts the moved blind batches showed (twenty-third session).

The texts are written for these tests: invented people in invented meetings, laid out as real minutes are -- a
council's roll call whose column heads run into a surname-first run, a Swedish protocol's signature and address
lines, a board's room named in the meeting place while its chair comes as a guest, a representative's abbreviated
row, and a chair with a double surname and a party's bracket opening the meeting.
"""

from __future__ import annotations

from helpers import MORPH, needs_voikko, post_rows

from welfare_kg.extract.people import is_first_name, listed_people
from welfare_kg.extract.posts import _assembly_role, meeting_body
from welfare_kg.records import Mention


def _labels(text: str) -> list[str]:
    return [p.label for p in listed_people(text, MORPH)]


@needs_voikko
def test_a_roll_calls_column_heads_do_not_shift_its_surname_first_pairs() -> None:
    text = ("NIMENHUUTOLUETTELO Nimenhuudossa oli läsnä 5 varsinaista valtuutettua. Läsnä Poissa Varavaltuutettu "
            "Aaltonen Mervi Hiltunen Juhani Koskinen Outi Laaksonen Heli Mattila Keijo Yhteensä 5")
    labels = _labels(text)
    assert labels == ["Mervi Aaltonen", "Juhani Hiltunen", "Outi Koskinen", "Heli Laaksonen", "Keijo Mattila"]


@needs_voikko
def test_an_adverb_after_the_last_first_name_is_no_surname_but_a_surname_read_as_a_verb_is() -> None:
    assert _labels("Läsnä Aaltonen Mervi Hiltunen Juhani Yhteensä 2") == ["Mervi Aaltonen", "Juhani Hiltunen"]
    assert "Mika Riipi" in _labels("Allekirjoitukset Merk. Mika Riipi Mika Riipi maakuntajohtaja")


@needs_voikko
def test_a_swedish_protocols_labels_and_address_lines_are_nobody() -> None:
    text = ("Underskrifter Sekreterare Helena Berglund Ordförande Maria Lindqvist Region Exempel Besöksadress "
            "Storgatan 19 Postadress SE Visby Telefon +46 (0) 000 E-post registrator@example.se "
            "Förvaringsplats för protokollet Kommunledningsförvaltningen Sista datum för överklagande 2018-04-24 "
            "Justerarsignaturer Utdragsbestyrkande")
    labels = _labels(text)
    assert labels[:2] == ["Helena Berglund", "Maria Lindqvist"]
    assert not [x for x in labels if x not in {"Helena Berglund", "Maria Lindqvist"}]


def test_a_room_named_for_a_board_whose_chair_comes_as_a_guest_is_not_the_meeting_body() -> None:
    text = ("ESITYSLISTA 4/ PAIKKA Kunnanvirasto, kunnanhallituksen kokoushuone OSALLISTUJAT Virtanen Anna "
            "puheenjohtaja MUU Laine Pekka kh pj Salo Aino kh edustaja")
    ms = []
    for word in ("kunnanhallituksen", "kh", "kh"):
        at = text.index(word + " ", ms[-1].end if ms else 0)
        ms.append(Mention(at, at + len(word), word, "Kunnanhallitus", "Body", iri="kh"))
    assert meeting_body(None, ms, text) is None
    # the room alone names the body that meets: no guest's seat says otherwise
    alone = "PAIKKA Maakuntatalo, maakuntahallituksen kokoushuone OSALLISTUJAT Virtanen Anna puheenjohtaja"
    at = alone.index("maakuntahallituksen")
    board = Mention(at, at + 19, "maakuntahallituksen", "Maakuntahallitus", "Body", iri="mh")
    assert meeting_body(None, [board], alone) == "mh"


def test_a_boards_representative_in_an_abbreviated_row_holds_a_post_in_that_board() -> None:
    board = Mention(0, 14, "Kunnanhallitus", "Kunnanhallitus", "Body", iri="kh")
    assert _assembly_role("kh edustaja", [board], "ltk") == ("kh", "hallituksen edustaja")
    assert _assembly_role("khall ed", [board], "ltk") == ("kh", "hallituksen edustaja")
    assert _assembly_role("kh sihteeri", [board], "ltk") is None  # a clerk's seat stays the meeting's own


@needs_voikko
def test_the_chair_opening_the_meeting_with_a_double_surname_and_a_partys_bracket() -> None:
    rows = post_rows("Exempelby kommun > Socialnämnden > Sammanträde 2011-11-24\n\nSocialnämnden\n\n"
                     "§1 Sammanträdets öppnande\n\nOrdföranden Anna Kröger Jarlmyr (M) öppnade sammanträdet.\n")
    assert any(person == "Anna Kröger Jarlmyr" and post == "puheenjohtaja" for person, post, _ in rows), rows


@needs_voikko
def test_ditto_marks_repeat_the_owner_of_the_row_above() -> None:
    rows = post_rows("PERÄLÄN KUNTA PÖYTÄKIRJA 15/2011 Kunnanhallitus Kokousaika 6.6.2011 klo 18.00 Läsnä "
                     "Aaltonen Risto puheenjohtaja Hiltunen Sonja jäsen Koskinen Paula jäsen MUUT SAAPUVILLA OLLEET "
                     'Laaksonen Juha kunnanvaltuuston puheenjohtaja Mattila Marjo " I varapuheenjohtaja Nurmi Pekka '
                     '" II varapuheenjohtaja Virta Simo esittelijä, kunnanjohtaja Käsitellyt asiat 1 Talous')
    council = {person: post for person, post, org in rows if org.lower().endswith("kunnanvaltuusto")}
    assert council.get("Marjo Mattila") == "kunnanvaltuuston I varapuheenjohtaja"
    assert council.get("Pekka Nurmi") == "kunnanvaltuuston II varapuheenjohtaja"
    board = {person for person, _, org in rows if org.lower().endswith("kunnanhallitus")}
    assert not board & {"Marjo Mattila", "Pekka Nurmi"}


@needs_voikko
def test_an_abbreviated_vice_chair_of_another_body_in_a_row() -> None:
    rows = post_rows("PERÄLÄN KUNTA PÖYTÄKIRJA 3/2014 Kunnanhallitus Osallistujat Jäsenet Aaltonen Risto "
                     "puheenjohtaja Hiltunen Sonja jäsen Muut Laaksonen Juha Kunnanvaltuuston pj. Mattila Marjo "
                     "Kunnanvaltuuston varapj. Virta Simo esittelijä Käsitellyt asiat 1 Talous")
    assert any(person == "Marjo Mattila" and org.lower().endswith("kunnanvaltuusto") for person, _, org in rows), rows


@needs_voikko
def test_a_capitalised_body_abbreviation_after_a_middle_initial_opens_the_role_not_a_name() -> None:
    text = ("PERÄLÄN KUNTA PÖYTÄKIRJA 15/2012 Kunnanhallitus OSALLISTUJAT Nimi Tehtävä LÄSNÄ Aaltonen Risto PJ "
            "Hiltunen Sonja J POISSA Koskinen Timo L Kvalt PJ MUU Laaksonen Marko Kvalt I VPJ Käsitellyt asiat 1")
    assert "L Kvalt" not in _labels(text)
    rows = post_rows(text)
    council = {person for person, _, org in rows if org.lower().endswith("kunnanvaltuusto")}
    assert {"Timo Koskinen", "Marko Laaksonen"} <= council, rows
    assert not any(person == "Timo Koskinen" and org.lower().endswith("kunnanhallitus") for person, _, org in rows)


@needs_voikko
def test_a_register_first_name_no_finn_bears_as_surname_is_a_first_name() -> None:
    assert is_first_name("Onerva", MORPH)  # Voikko: a surname; the population register: a first name only
    assert is_first_name("Mari", MORPH)  # Voikko: a place
    assert not is_first_name("Jordan", MORPH)  # a first name and a surname in the register, a place to Voikko
    labels = _labels("Läsnä Lantto Marja 16:00-18:48 Jäsen Ronkainen Onerva 16:00-18:48 Jäsen Käsitellyt asiat 1")
    assert labels == ["Marja Lantto", "Onerva Ronkainen"]


@needs_voikko
def test_a_titled_person_before_an_associations_registered_name_is_no_word_of_it() -> None:
    rows = post_rows("Hallinnoija: Pohjolan kylät ry kyläasiamies Minna Heikkilä Suomen kylätoiminta ry\n", "page")
    assert any(person == "Minna Heikkilä" for person, _, _ in rows), rows
    assert not any("Heikkilä Suomen" in org for _, _, org in rows)

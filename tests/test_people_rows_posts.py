"""Posts of people outside the usual attendance layouts: rows that end in the member's town, a plural
title over a column of people, member rows of a body on a page, appointments in the translative.

The texts are written for these tests: invented people, real municipalities (reference data), laid
out the ways real documents are (a joint meeting's one-line transcript, a decision bulletin).
"""

from __future__ import annotations

from helpers import MORPH, needs_voikko, post_rows, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.people import listed_people
from welfare_kg.extract.person_forms import base_form_people
from welfare_kg.extract.posts import appointment_facts
from welfare_kg.extract.tables import ROW_PERSON, member_rows

JOINT_MEETING = (
    "SEUTUHALLITUS Pöytäkirja 2/2019\n\nAika Tiistai klo 15 Paikka Lahden kaupungintalo\n\n"
    "OSALLISTUJAT Aino Kettunen Kh:n puheenjohtaja Hollola poissa Ville Saarinen Kv:n 1. v.puheenjohtaja "
    "Hollola Paula Lindroos Kv:n puheenjohtaja Orimattila Mikko Rantanen Kh:n puheenjohtaja Orimattila poissa "
    "Kaupungin/kunnanjohtajat Heikki Vuorela Hollola Jaana Peltonen Orimattila poissa Leena Salo Asikkala "
    "Esittelijä Tarja Lehtinen seutujohtaja Pöytäkirjan tarkastajat: Aino Kettunen Ville Saarinen\n\n"
    "§ 1 Järjestäytyminen\n\nSeutuhallitus päätti järjestäytyä.\n")


@needs_voikko
def test_towns_between_rows_and_inflected_abbreviations_are_no_names() -> None:
    people = [p.label for p in listed_people(JOINT_MEETING, MORPH)]
    assert people[:9] == ["Aino Kettunen", "Ville Saarinen", "Paula Lindroos", "Mikko Rantanen", "Heikki Vuorela",
                          "Jaana Peltonen", "Leena Salo", "Tarja Lehtinen", "Aino Kettunen"]
    assert not any(w in p for p in people for w in ("Hollola", "Orimattila", "Asikkala", "Kh:n"))


@needs_voikko
def test_a_row_post_belongs_to_the_town_the_row_ends_with() -> None:
    facts = post_rows(JOINT_MEETING, "minutes")
    assert ("Aino Kettunen", "Kh:n puheenjohtaja", "Hollola") in facts
    assert ("Ville Saarinen", "Kv:n 1. v.puheenjohtaja", "Hollola") in facts  # "v." is vara-, the ordinal kept
    assert ("Paula Lindroos", "Kv:n puheenjohtaja", "Orimattila") in facts
    assert ("Mikko Rantanen", "Kh:n puheenjohtaja", "Orimattila") in facts
    # the meeting place names none of these posts
    assert not any(o == "Lahti" and p != "seutujohtaja" for _, p, o in facts)


@needs_voikko
def test_a_plural_title_over_a_column_gives_each_row_its_post() -> None:
    facts = post_rows(JOINT_MEETING, "minutes")
    assert ("Heikki Vuorela", "kaupungin-/kunnanjohtaja", "Hollola") in facts
    assert ("Jaana Peltonen", "kaupungin-/kunnanjohtaja", "Orimattila") in facts
    assert ("Leena Salo", "kaupungin-/kunnanjohtaja", "Asikkala") in facts
    # the column ends at the next heading: the presenter is nobody's municipal manager
    assert not any(s == "Tarja Lehtinen" and "kunnanjohtaja" in p for s, p, _ in facts)


BULLETIN = (
    "Aluehallituksen päätöksiä\n\nHyvinvointialueen ja kuntien neuvottelukunta asetettu\n\n"
    "Hyvinvointialueelle on asetettu hyvinvointialueen ja kuntien neuvottelukunta. Neuvottelukunnan "
    "puheenjohtajaksi aluehallitus nimesi aluehallituksen puheenjohtaja Antti Kivelän ja "
    "varapuheenjohtajaksi vammaisneuvoston puheenjohtaja Marja Rautiaisen.\n\n"
    "Neuvottelukunnan kuntien nimeämät jäsenet ja heidän henkilökohtaiset varajäsenensä:\n"
    "Kemi: Sanna Pelkonen, varalla Oskari Huhtamella\n"
    "Tornio: kaupunginvaltuuston puheenjohtaja, varalla kaupunginhallituksen puheenjohtaja\n"
    "Rovaniemi: Liisa Maria Ketola, varalla Juho Rauhala\n"
    "Simo: Kaisa Vesterinen ja Pauli Ylitalo\n")


def test_member_rows_under_a_heading_about_members() -> None:
    rows = member_rows(BULLETIN)
    assert [BULLETIN[a:b] for a, b in (r.member for r in rows)] == ["Sanna Pelkonen", "Liisa Maria Ketola",
                                                                   "Kaisa Vesterinen"]
    assert [BULLETIN[a:b] for a, b in (r.deputy for r in rows if r.deputy)] == ["Oskari Huhtamella",
                                                                              "Juho Rauhala"]
    assert member_rows("Kemi: Sanna Pelkonen\nTornio: Jussi Ranta\n") == []  # no heading about members


@needs_voikko
def test_member_rows_give_member_and_personal_deputy_posts_in_the_named_body() -> None:
    facts = post_rows(BULLETIN, "news")
    body = "Hyvinvointialueen ja kuntien neuvottelukunta"
    assert ("Sanna Pelkonen", "jäsen", body) in facts
    assert ("Oskari Huhtamella", "henkilökohtainen varajäsen", body) in facts  # nominative in a row, as written
    assert ("Liisa Maria Ketola", "jäsen", body) in facts  # three words, the second a first name
    assert ("Kaisa Vesterinen", "jäsen", body) in facts and ("Pauli Ylitalo", "jäsen", body) in facts
    assert not any(s.startswith("Oskari") and s != "Oskari Huhtamella" for s, _, _ in facts)


def test_member_rows_run_into_one_line_part_at_the_next_town() -> None:
    """A transcript that ran the rows together: each row ends where the next "Town:" starts."""
    head, rows = BULLETIN.split("varajäsenensä:\n")
    flat = head + "varajäsenensä: " + " ".join(rows.split("\n")).strip() + "\n"
    got = member_rows(flat)
    assert [flat[a:b] for a, b in (r.member for r in got)] == ["Sanna Pelkonen", "Liisa Maria Ketola",
                                                               "Kaisa Vesterinen"]
    assert [flat[a:b] for a, b in (r.deputy for r in got if r.deputy)] == ["Oskari Huhtamella", "Juho Rauhala"]
    assert [flat[a:b] for a, b in (r.second for r in got if r.second)] == ["Pauli Ylitalo"]


def test_a_run_of_towns_and_names_without_deputies_is_no_member_list() -> None:
    """ "Jäsenet: Kemi: Anna Aho Tornio: Jussi Ranta Simo: Eeva Kivi": places and people, no deputy or second member
    that would show the rows' shape."""
    assert member_rows("Kokouksen jäsenet: Kemi: Anna Aho Tornio: Jussi Ranta Simo: Eeva Kivi\n") == []


@needs_voikko
def test_appointments_in_the_translative_and_a_chair_of_a_named_body() -> None:
    facts = post_rows(BULLETIN, "news")
    body = "Hyvinvointialueen ja kuntien neuvottelukunta"
    assert ("Antti Kivelä", "puheenjohtaja", body) in facts
    assert ("Marja Rautiainen", "varapuheenjohtaja", body) in facts  # "ja varapuheenjohtajaksi": the same body
    assert ("Antti Kivelä", "puheenjohtaja", "Aluehallitus") in facts  # "aluehallituksen puheenjohtaja Antti"
    assert not any(s == "Antti Kivelä" and o.lower().startswith("vammaisneuvosto") for s, _, o in facts)


LIST_APPOINTMENT = (
    "Aluehallituksen puheenjohtajaksi valittiin Liisa Aho. Aluehallituksen jäseniksi ja heidän varajäsenikseen "
    "valittiin (muodossa jäsen, varajäsen)\n\n • Aho Liisa, pj., Kumpula Marja\n • Rinne Ville, 1. vpj., Tuomela "
    "Heikki\n • Salo Anna, Perälä Jouni\n\nHallintosääntö hyväksyttiin. Toimitusjohtaja Pekka Virtanen esitteli.\n")


@needs_voikko
def test_members_appointed_in_a_bulleted_list_after_the_sentence_hold_the_seat() -> None:
    """The sentence that appoints members ends in a bulleted list of member and deputy pairs, laid out a row a
    line or run into one line: each of them is in the body, nobody after the list is."""
    flat = "\n\n".join(" ".join(p.split()) for p in LIST_APPOINTMENT.split("\n\n"))
    for text in (LIST_APPOINTMENT, flat):
        members = {s for s, _, o in post_rows(text, "news") if o == "Aluehallitus"}
        assert members == {"Liisa Aho", "Marja Kumpula", "Ville Rinne", "Heikki Tuomela", "Anna Salo",
                           "Jouni Perälä"}, members


def test_an_appointment_needs_its_body_and_a_person_in_the_same_sentence() -> None:
    assert appointment_facts([], "Puheenjohtajaksi valittiin Matti Meikäläinen.") == []


def test_row_names_are_left_in_the_written_form() -> None:
    from welfare_kg.extract.model import Mention

    row = Mention(start=0, end=16, surface="Kari Rantamella", label="Kari Rantamella", type="Person",
                  rule=ROW_PERSON)
    base_form_people([row], MORPH)
    assert row.label == "Kari Rantamella"


@needs_voikko
def test_a_body_name_with_a_colon_opens_its_member_list_and_signatures_in_a_column() -> None:
    text = ("Seutukuntayhtymä PÖYTÄKIRJA 3/2011\n\n1 Yhtymähallitus Aika 10:00-12:00 Paikka Kunnantalo "
            "Yhtymähallitus: Kivelä Arto puheenjohtaja Rautio Maija varapuheenjohtaja Hakala Pentti "
            "Muut läsnäolijat: Salonen Riitta pöytäkirjanpitäjä Käsitellyt asiat: Allekirjoitukset: "
            "ARTO KIVELÄ RIITTA SALONEN Arto Kivelä Riitta Salonen puheenjohtaja pöytäkirjanpitäjä\n\n"
            "2 Yhtymähallitus Sisällysluettelo Pykälä Sivu 1 Päätösvaltaisuus\n")
    people = {p.label for p in listed_people(text, MORPH)}
    assert {"Arto Kivelä", "Maija Rautio", "Pentti Hakala", "Riitta Salonen"} <= people
    assert not any("Yhtymähallitus" in p for p in people)  # a body's name, even unknown to Voikko, is nobody
    facts = post_rows(text, "minutes")
    assert ("Arto Kivelä", "puheenjohtaja", "Yhtymähallitus") in facts
    assert ("Maija Rautio", "varapuheenjohtaja", "Yhtymähallitus") in facts
    # two signatures, then their two roles: the secretary is not the chair
    assert not any(s == "Riitta Salonen" and p == "puheenjohtaja" for s, p, _ in facts)


@needs_voikko
def test_roles_a_comma_ties_to_the_name_before_are_that_persons() -> None:
    text = ("Kuntayhtymän yhtymähallitus Pöytäkirja Saapuvilla olleet jäsenet Läsnä Varsinainen jäsen "
            "Koskela Martti, pj. Lindqvist Arto, vpj. Hirvonen Pirjo Mäkinen Timo Käsitellyt asiat 1 Laillisuus\n")
    people = listed_people(text, MORPH)
    assert [p.label for p in people] == ["Martti Koskela", "Arto Lindqvist", "Pirjo Hirvonen", "Timo Mäkinen"]
    assert not any(p.roles_before for p in people)


@needs_voikko
def test_a_column_of_roles_owned_by_another_body_is_not_the_meetings() -> None:
    from welfare_kg.extract.posts import column_roles

    text = ("Förbundsstyrelsen Protokoll Närvarande X Niklas Berg X Danne Holm - Dorita Lind Stämmans ordförande "
            "Stämmans 1 viceordf Stämmans 2 viceordf Paragrafer 1-5\n")
    assert column_roles(listed_people(text, MORPH)) == {}


@needs_voikko
def test_signed_names_and_an_office_of_the_organisation_whose_board_meets() -> None:
    text = ("KAINUUN LIITTO ESITYSLISTA 5/2015\n\nKOKOUSKUTSU Kainuun liiton hallituksen kokous pidetään "
            "tiistaina klo 16 Hotelli Vaakuna, Kauppakatu 3, Rovaniemi. Kainuun liitto Merk. Pekka Huttu "
            "Pekka Huttu hallituksen puheenjohtaja Merk. Leena Kiuru Leena Kiuru maakuntajohtaja\n\n"
            "§ 1 Kokouksen laillisuus ja päätösvaltaisuus\n\nHallitus päätti todeta kokouksen lailliseksi.\n")
    facts = post_rows(text, "minutes")
    assert ("Leena Kiuru", "maakuntajohtaja", "Kainuun liitto") in facts  # not the town of the meeting
    assert not any(s.startswith("Hotelli") for s, _, _ in facts)


def test_the_meeting_secretary_holds_the_office_written_after_their_name_in_the_organisation() -> None:
    # the attendance grid is no block, but it writes the secretary's office after the name: the secretary is the
    # publishing organisation's director, not a member of its board
    text = ("PROTOKOLL 3/2018 Agenda för styrelsemöte vid Ålands kommunförbund.\nTid: 5.3.2018\nPlats: Kansliet\n"
            "Närvaro Styrelsens ordförande X Anna Ek Föredragande X Olof Lind Förbundsdirektör\n\n"
            "Protokolljustering Anna Ek, mötesordförande Olof Lind, mötessekreterare\n\n"
            "§ 4 Bokslut\n\nStyrelsen godkände bokslutet.\n")
    ex = extract_document(record(text, kind="minutes"))
    posts = {(f.subject.rsplit("/", 1)[-1], f.object.rsplit("/", 1)[-1], f.post)
             for f in ex.facts if f.predicate == "holdsPost"}
    lind = {p for p in posts if p[0] == "olof-lind"}
    assert lind == {("olof-lind", "alands-kommunforbund", "förbundsdirektör")}


def test_titles_printed_before_as_many_names_pair_in_order() -> None:
    # "Övriga närvarande": N titles, then N names; the titles pair with the names in order
    text = ("PROTOKOLL Sida 2 Omsorgsnämnden SAMMANTRÄDESTID: kl 18 SAMMANTRÄDESPLATS: Stadshuset Närpes "
            "NÄRVARANDE MEDLEMMAR: Ordförande Anna Ek Bo Lind ÖVRIGA NÄRVARANDE: Ekonomichef Tf ledande läkare "
            "Familjeomsorgschef Karin Berg Marina Nyström Olof Lund ÄRENDEN: UNDERSKRIFT\n\n"
            "§ 4 Bokslut\n\nOmsorgsnämnden godkände bokslutet.\n")
    ex = extract_document(record(text, kind="minutes"))
    posts = {(f.subject.rsplit("/", 1)[-1], f.post) for f in ex.facts if f.predicate == "holdsPost"}
    assert ("karin-berg", "ekonomichef") in posts
    assert ("olof-lund", "familjeomsorgschef") in posts
    assert not any(s == "marina-nordstrom" and p in {"ekonomichef", "familjeomsorgschef"} for s, p in posts)


def test_titles_over_a_longer_column_of_names_pair_with_nobody() -> None:
    text = ("PROTOKOLL Omsorgsnämnden NÄRVARANDE: Ekonomichef Familjeomsorgschef Karin Berg Marina Nyström "
            "Olof Lund Anna Ek\n\n§ 4 Bokslut\n\nOmsorgsnämnden godkände bokslutet. Närpes\n")
    ex = extract_document(record(text, kind="minutes"))
    assert not any(f.predicate == "holdsPost" and f.post in {"ekonomichef", "familjeomsorgschef"}
                   for f in ex.facts)


def test_two_titles_joined_in_one_row_are_the_persons_post() -> None:
    # a row of lower-case words only, two titles joined by "ja": one official's post, not a run-on into the next row
    from helpers import titled_posts
    text = ("ESIMERKIN KUNTAYHTYMÄ Pöytäkirja 7/2015 Yhtymähallitus Osallistujat Läsnä Laine Outi puheenjohtaja "
            "Koski Jari jäsen Muu Virta-Laine Tuija ikäihmisten palvelulinjajohtaja ja sosiaalityö- ja "
            "perhepalvelujen palvelulinjajohtaja Aho Taru talouspäällikkö sihteeri")
    posts = titled_posts(text, "minutes")
    assert any(p == "Tuija Virta-Laine" and o == "ESIMERKIN KUNTAYHTYMÄ" for p, o, _ in posts)
    assert ("Taru Aho", "ESIMERKIN KUNTAYHTYMÄ", "talouspäällikkö") in posts

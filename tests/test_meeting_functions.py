"""A minute-taker, secretary or presenter listed in minutes holds no seat in the body that met
(extract/meeting_functions.py); one appointed to a group, or a secretary on a page, keeps the post."""

from helpers import post_rows

HEAD = ("Sysmän kunta\nPÖYTÄKIRJA 5/2019\nKunnanhallitus\nKokousaika 12.3.2019 klo 18.00\n\n"
        "Saapuvilla olleet jäsenet\nKorpela Anneli puheenjohtaja\nMäkinen Tero jäsen\nRantanen Sirpa jäsen\n\n"
        "Muut saapuvilla olleet\nSalo Kaisa kunnanjohtaja, esittelijä\nVirta Jaana hallintojohtaja, pöytäkirjanpitäjä\n"
        "Lehto Olli sihteeri\n\nAllekirjoitukset\nPuheenjohtaja Anneli Korpela\nPöytäkirjanpitäjä Jaana Virta\n\n")


def test_meeting_functions_in_an_attendance_list_are_no_seats() -> None:
    rows = post_rows(HEAD + "§ 45 Kokouksen laillisuus\nTodettiin.\n")
    seats = {(p, post) for p, post, org in rows if org.lower().endswith("hallitus")}
    assert ("Anneli Korpela", "puheenjohtaja") in seats, rows
    assert not {p for p, post in seats if post in {"pöytäkirjanpitäjä", "sihteeri", "esittelijä"}}, rows
    # the officials keep their offices in the municipality
    assert ("Kaisa Salo", "kunnanjohtaja", "Sysmä") in rows and ("Jaana Virta", "hallintojohtaja", "Sysmä") in rows


def test_a_secretary_appointed_to_a_group_keeps_the_seat() -> None:
    text = HEAD + ("§ 46 Työryhmän asettaminen\nKunnanhallitus nimeää hyvinvointityöryhmään seuraavat henkilöt: "
                   "Marja Koski, Juha Niemi. Työryhmän sihteeriksi nimetään suunnittelija Olli Väänänen.\n")
    rows = post_rows(text)
    assert any(p == "Olli Väänänen" and post == "sihteeri" for p, post, _ in rows), rows


def test_pages_are_left_alone() -> None:
    text = ("Ohjausryhmä\nHankkeen ohjausryhmän puheenjohtajana toimii Matti Kivi ja sihteerinä Liisa Laine.\n")
    rows = post_rows(text, kind="news")
    assert any(p == "Liisa Laine" and post == "sihteeri" for p, post, _ in rows) or not rows

"""The meeting place is not the minutes' municipality, and a listed person is not posted again from a title line.

Written for these tests.
"""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document, meeting_place
from welfare_kg.loaders.minutes import municipality_hint
from welfare_kg.ontology.namespace import ID

JOINT_BOARD = """SEUTU-HALLITUS Pöytäkirja 2/2019

Aika tiistai 5.3.2019 klo 14 Paikka Porvoon kaupungintalo, kokoushuone
OSALLISTUJAT Liisa Virtanen Kh:n puheenjohtaja Loviisa Pekka Laine Kh:n puheenjohtaja Askola
Anna Koski Kv:n puheenjohtaja Loviisa

§ 5 Palvelustrategia

Hallitus hyväksyi palvelustrategian.
"""

AUTHORITY = """Kaakon kuntayhtymä Pöytäkirja 4/2020
Yhtymähallitus Kokousaika 4.5.2020 klo 13 Kokouspaikka Kuntayhtymän toimitalo, Asemakatu 2, KOUVOLA
Läsnä Varsinainen jäsen Mäkinen Olli, pj. Salo Tarja, vpj.
Muut saapuvilla olleet Kari Heino, toimitusjohtaja, esittelijä

§ 12 Talousarvio

Yhtymähallitus hyväksyi talousarvion.
"""

OWN_TOWN_HALL = """SOSIAALILAUTAKUNTA Kokousaika: 1.2.2020 Kokouspaikka: Kunnantalo, Sysmä Läsnä: Jäsen
Puheenjohtaja Aino Lehto

§ 3 Vuosisuunnitelma

Lautakunta hyväksyi suunnitelman.
"""


def _muni(text: str) -> str | None:
    return extract_document(record(text, kind="minutes")).municipality


def test_a_town_after_a_place_label_or_before_its_town_hall_is_a_meeting_place() -> None:
    text = "Paikka Porvoon kaupungintalo, kokoushuone. Läsnä Porvoo"
    assert meeting_place(text, 7, 14)
    text = "Kokouspaikka Toimitalo, Asemakatu 2, KOUVOLA Läsnä Kouvola"
    start = text.index("KOUVOLA")
    assert meeting_place(text, start, start + 7)
    later = text.rindex("Kouvola")
    assert not meeting_place(text, later, later + 7)  # after the next label: a member's town
    text = "Plats: Stadshuset, Lovisa"
    assert meeting_place(text, text.index("Lovisa"), len(text))


def test_the_town_whose_hall_hosts_a_joint_board_does_not_publish_its_minutes() -> None:
    assert _muni(JOINT_BOARD) != f"{ID}municipality/638"  # Porvoo: only the meeting place


def test_a_joint_authority_heading_its_minutes_is_their_publisher_not_the_meeting_town() -> None:
    ex = extract_document(record(AUTHORITY, kind="minutes"))
    assert ex.municipality is None
    posts = {(f.subject.rsplit("/", 1)[-1], f.object) for f in ex.facts if f.predicate == "holdsPost"}
    assert not any(o.endswith("municipality/286") for _s, o in posts)  # Kouvola


def test_a_town_named_only_as_the_meeting_place_is_still_the_body_s_own() -> None:
    assert _muni(OWN_TOWN_HALL) == f"{ID}municipality/781"  # Sysmä


def test_a_town_hall_is_no_owner_for_the_municipality_hint() -> None:
    assert municipality_hint("Paikka Keravan kaupungintalo. Sipoon kunnanhallitus") == "Sipoo"


def test_a_listed_person_is_not_posted_again_from_a_title_line() -> None:
    ex = extract_document(record(AUTHORITY, kind="minutes"))
    heino = [f for f in ex.facts if f.predicate == "holdsPost" and f.subject.endswith("kari-heino")]
    assert all(f.rule.startswith("holdsPost:listed-") for f in heino)


def test_swedish_and_labelled_layout_words_mark_minutes() -> None:
    from welfare_kg.loaders.minutes import looks_like_minutes
    assert looks_like_minutes("PROTOKOLL 3/2018\nTid: Fredag 2 mars 2018, kl 13\nPlats: Förbundskansliet\nÄrenden")
    assert looks_like_minutes("PÖYTÄKIRJA 9/2015 Aika: klo 19:00-21:55 Paikka: Kaupunginhallituksen kokoushuone")
    # an event page gives time and place but is no minutes
    assert not looks_like_minutes("Tervetuloa seminaariin!\nAika: 3.5.2024 klo 9\nPaikka: Kulttuuritalo")


def test_a_union_of_municipalities_holding_the_meeting_publishes_it() -> None:
    text = ("PROTOKOLL 2/2016 Agenda för styrelsemöte vid Ålands kommunförbund.\nTid: 1.3.2016\n"
            "Plats: Kansliet\nnästa styrelsemöte Mariehamn Förbundsstyrelsens ordförande Anna Ek\n\n"
            "§ 4 Utlåtande\n\nStyrelsen godkände utlåtandet.\n")
    assert _muni(text) is None


def test_a_body_named_as_the_meeting_room_leaves_no_heading_body() -> None:
    text = ("PÖYTÄKIRJA 9/2015 Aika: klo 19 Paikka: Kaupunginhallituksen kokoushuone LUETTELO KÄSITELLYISTÄ ASIOISTA "
            "120 Tarkastuslautakunnan arviointikertomus vuodelta 2014 Kauniaisten kaupunki\n\n"
            "§ 120 Arviointikertomus\n\nKaupunginhallitus merkitsi tiedoksi. Kauniaisten kaupunginhallitus\n")
    ex = extract_document(record(text, kind="minutes"))
    parts = {(f.subject.rsplit("/", 1)[-1], f.object) for f in ex.facts if f.predicate == "partOf"}
    assert not any("tarkastuslautakunta" in s for s, _o in parts)


def test_signature_form_labels_and_the_town_hall_are_no_names() -> None:
    from welfare_kg.extract.morphology import get_morphology
    from welfare_kg.extract.people import listed_people
    text = ("Kokouspaikka- ja aika Koulu Läsnä olevat jäsenet Carlsson Elisa, jäsen Lindqvist Catharina, tekninen "
            "johtaja Martikainen Kirsi, KH:n jäsen Jalonen Taina, KH:n jäsen "
            "Asiat Allekirjoitukset Rabbe Dahlgren puheenjohtaja Juha Rantala pöytäkirjanpitäjä Pöytäkirja on "
            "ollut yleisesti nähtävänä, aika ja paikka Anna Paasio pöytäkirjantarkastaja Kunnantalo Stefan "
            "Holm pöytäkirjantarkastaja Todistaa, allekirjoitus Virka-asema Juha Rantala hallintopäällikkö\n")
    names = {f"{p.first} {p.surname}" for p in listed_people(text, get_morphology())}
    assert not any("Kunnantalo" in n or "Virka" in n for n in names)
    assert "Stefan Holm" in names


def test_a_regional_council_heading_its_swedish_agenda_publishes_it_not_the_signing_town() -> None:
    # "ÄRENDELISTA" is the Swedish agenda word: the council naming it is the publisher, Vasa only signs
    text = ("ÖSTERBOTTENS FÖRBUND ÄRENDELISTA Landskapsfullmäktige 2/2019 Tid för mötet: klo 10 Plats för mötet: "
            "Stadshuset, Jakobstad\n\nUNDERSKRIFTER Anna Ek ordförande Karin Berg sekreterare\n"
            "PROTOKOLLET HAR VARIT OFFENTLIGT FRAMLAGT På anslagstavlan vid Österbottens förbund Vasa "
            "Karin Berg förvaltningschef\n\n§ 4 Bokslut\n\nLandskapsfullmäktige godkände bokslutet. Vasa\n")
    assert _muni(text) is None
    ex = extract_document(record(text, kind="minutes"))
    assert not any(f.predicate == "holdsPost" and "muni" in str(f.object) for f in ex.facts)
    assert not any("Österbottens" in (p.first, p.surname) for p in _people(text))


def _people(text: str) -> list:
    from welfare_kg.extract.morphology import get_morphology
    from welfare_kg.extract.people import listed_people
    return listed_people(text, get_morphology())


def test_a_contact_line_naming_an_unknown_organisation_takes_no_other_organisations_post() -> None:
    # the funder named in the sentence before is not the contact person's employer: the line names theirs
    text = ("Hanketta rahoittaa Pohjois-Savon ELY-keskus.\n\nYhteyshenkilö yhdistyksen osalta:\n"
            "Liisa Korhonen, Järjestökehittäjä, Pohjois-Savon Kuulovammaisten Tukiyhdisty\n")
    ex = extract_document(record(text, kind="news"))
    assert not any(f.predicate == "holdsPost" and "ely" in f.object for f in ex.facts)


def test_a_plural_town_head_after_a_list_is_no_owner_for_the_municipality_hint() -> None:
    # "Ahon, Mäen ja Vetelin kuntien alueella": the towns of the list together; the minutes' owner is not the last one
    assert municipality_hint("Hanketta toteutetaan Halsuan, Toholammin ja Vetelin kuntien alueella.") is None
    assert municipality_hint("Hankkeessa ovat mukana Lahden ja Hollolan kaupungit.") is None
    assert municipality_hint("Vetelin kunnanhallitus käsitteli asian. Vetelin kunnan talous.") == "Veteli"

"""Posts in minutes layouts the sixth blind batch showed: a heading over the members of another body, a
council's abbreviation before a meeting role, the member's home town before the role, abbreviated office
titles, title-name pairs joined by a conjunction, and a bare board heading the letterhead.

The texts are written for these tests: invented people, real organisations and municipalities (reference
data), laid out as transcripts of minutes lay them out.
"""

from __future__ import annotations

from helpers import MORPH, needs_voikko, post_rows, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer
from welfare_kg.extract.people import Listed
from welfare_kg.extract.posts import clean_role, coordinated_title, role_post

COUNCIL = (
    "Pohjois-Savon liitto\n\nMaakuntavaltuusto pöytäkirja 2/2018\n\nKokoustiedot Aika Pe klo 10 Paikka Kuopio "
    "Osallistujat Maakuntavaltuuston puheenjohtajat (*) Koskela Aino, pj. (*) Laaksonen Pekka, I vpj. "
    "Maakuntahallituksen jäsenet (*) Nieminen Kalle, puh.joht. (*) Salonen Liisa, I varapj. (-) Heikkinen Marja "
    "(*) Rantanen Timo Liiton virasto: (*) Lahtinen Sami, maakuntajohtaja (*) Mattila Anna, hallintojohtaja\n\n"
    "§ 1 Kokouksen laillisuus\n\nMaakuntavaltuusto totesi kokouksen lailliseksi.\n")


@needs_voikko
def test_a_heading_over_another_bodys_members_gives_them_posts_in_that_body() -> None:
    facts = post_rows(COUNCIL)
    board = next(o for _, _, o in facts if o.lower().endswith("maakuntahallitus"))
    assert ("Kalle Nieminen", "puheenjohtaja", board) in facts  # "puh.joht." written out
    assert ("Liisa Salonen", "varapuheenjohtaja", board) in facts  # "I varapj."
    assert ("Marja Heikkinen", "jäsen", board) in facts and ("Timo Rantanen", "jäsen", board) in facts
    # the next heading ("Liiton virasto:") ends the members: the officials hold offices, not seats
    assert not any(s in {"Sami Lahtinen", "Anna Mattila"} and o == board for s, _, o in facts)
    assert any(s == "Sami Lahtinen" and p == "maakuntajohtaja" for s, p, _ in facts)
    # the rows before the heading keep their own body's roles
    assert not any(s in {"Aino Koskela", "Pekka Laaksonen"} and o == board for s, _, o in facts)


HOSPITAL_BOARD = (
    "PÖYTÄKIRJA 3/2009 HALLITUKSEN KOKOUKSEN PÖYTÄKIRJA Kokousaika klo 13 Kokouspaikka neuvotteluhuone\n"
    "Osallistujat Aino Laaksonen puheenjohtaja Pekka Nieminen jäsen Liisa Salonen jäsen Kalle Heikkinen "
    "valtuuston pj. Timo Rantanen valt. 1. varapj. Sami Lahtinen valt. 2. varapj. Anna Mattila talousjohtaja\n\n"
    "§ 20 Laillisuus\n\nPuheenjohtaja totesi kokouksen päätösvaltaiseksi.\n")


@needs_voikko
def test_a_bare_board_heading_the_letterhead_is_the_meeting_body_and_valt_is_the_council() -> None:
    facts = post_rows(HOSPITAL_BOARD)
    assert ("Aino Laaksonen", "puheenjohtaja", "Hallitus") in facts  # no other body named: the heading's board
    council = {o for s, _, o in facts if s == "Kalle Heikkinen"}
    assert council and all(o.lower().endswith("valtuusto") for o in council)
    assert any(s == "Timo Rantanen" and o in council and "1. varapuheenjohtaja" in p for s, p, o in facts)
    assert any(s == "Sami Lahtinen" and o in council and "2. varapuheenjohtaja" in p for s, p, o in facts)
    assert not any(s in {"Timo Rantanen", "Sami Lahtinen"} and o == "Hallitus" for s, _, o in facts)


JOINT_BOARD = (
    "PÖYTÄKIRJA 5/2015 Kuntayhtymän hallitus AIKA klo 9 PAIKKA kunnanvirasto\n"
    "OSALLISTUJAT Nimi Tehtävä LÄSNÄ Kinnunen Aino, Reisjärvi puheenjohtaja Laaksonen Pekka, Haapajärvi jäsen "
    "Salonen Liisa, Pyhäjärvi jäsen Heikkinen Kalle Haapajärven kaup. joht. Rantanen Timo Reisjärven kj. "
    "Lahtinen Sami pöytäkirjanpitäjä\n\n§ 30 Laillisuus\n\nHallitus totesi kokouksen lailliseksi.\n")


@needs_voikko
def test_a_members_home_town_before_the_role_is_no_employer() -> None:
    facts = post_rows(JOINT_BOARD)
    assert not any(s in {"Aino Kinnunen", "Pekka Laaksonen", "Liisa Salonen"}
                   and o in {"Reisjärvi", "Haapajärvi", "Pyhäjärvi"} for s, _, o in facts)
    # abbreviated offices of the towns in the same row
    assert ("Kalle Heikkinen", "kaupunginjohtaja", "Haapajärvi") in facts
    assert ("Timo Rantanen", "kunnanjohtaja", "Reisjärvi") in facts


def test_abbreviated_roles_are_written_out() -> None:
    assert clean_role("puh.joht.") == "puheenjohtaja"
    assert role_post(clean_role("I varapj."), MORPH)[0] == "varapuheenjohtaja"
    assert role_post(clean_role("Haapajärven kaup. joht."), MORPH)[1] == "kaupunginjohtaja"
    assert role_post(clean_role("Reisjärven kj."), MORPH)[1] == "kunnanjohtaja"  # the dot stripped, still an office


def _row(before: str, role: str) -> Listed:
    return Listed(first="Aino", surname="Koskela", start=0, end=12, written="Aino Koskela", role=role,
                  role_start=13, block="Närvarande", before=before)


def test_title_name_pairs_joined_by_a_conjunction() -> None:
    # "Förvaltningschef Aino Koskela och verksamhetschef Pekka Laine föredrar ärendet"
    assert coordinated_title(_row("Budget Förvaltningschef", "och verksamhetschef"), MORPH) == "förvaltningschef"
    assert coordinated_title(_row("och verksamhetschef", "föredrar ärendet"), MORPH) == "verksamhetschef"
    # a title after the name with no conjunction is the row's own, read elsewhere; a meeting role is no title
    assert coordinated_title(_row("", "förvaltningschef"), MORPH) is None
    assert coordinated_title(_row("ja puheenjohtaja", "avasi kokouksen"), MORPH) is None


SWEDISH = (
    "Socialnämnden protokoll\n\nBeslutande Aino Koskela, ordf. Pekka Laine Liisa Salonen Övriga deltagande "
    "Kalle Nieminen\n\nSn 10 Budget och uppföljning år 2016 Förvaltningschef Timo Rantanen och verksamhetschef "
    "Anna Mattila föredrar ärendet och redovisar utfallet för årets första månader.\n")


@needs_voikko
def test_a_listed_row_that_runs_into_prose_takes_no_title_of_the_next_name() -> None:
    facts = post_rows(SWEDISH)
    assert not any(s == "Kalle Nieminen" and p == "förvaltningschef" for s, p, _ in facts)


ITEM_PAGE = (
    "RSS-linkki\nKokousasiat:https://asiakirjat.joutsa.fi:443/d10web/cgi/DREQUEST.PHP?page=rss/meetingitems\n"
    "Kunnanhallitus\nEsityslista 12.05.2025/Asianro 4\n"
    "Alueellinen yhteistyösopimus\nKunnanhallitus 05.05.2025 § 80\nAsian valmistelija: hallintojohtaja Aino Koskela\n"
    "Työryhmän jäsenet ovat:\nPekka Laine, kunnanjohtaja, Muuramen kunta\n"
    "Liisa Salonen, kehittämisen toimialajohtaja, Keski-Suomen hyvinvointialue\n"
    "Kalle Nieminen, aluekehitysjohtaja, Keski-Suomen liitto\n")


def test_the_banner_links_host_names_the_publisher() -> None:
    from welfare_kg.extract.document import site_municipality

    gaz = reference_gazetteer()
    assert gaz.entities[site_municipality(ITEM_PAGE, gaz)].label.startswith("Joutsa")  # type: ignore[index]
    assert site_municipality("Kunnanhallitus\nhttps://example.org/x\n", gaz) is None
    # a link far down the page is a reference, not the page's host
    assert site_municipality("x" * 700 + " https://www.joutsa.fi/", gaz) is None


@needs_voikko
def test_rows_of_name_title_and_organisation() -> None:
    facts = post_rows(ITEM_PAGE)
    joutsa = next(o for s, _, o in facts if s == "Aino Koskela")
    assert joutsa.startswith("Joutsa")  # the preparer works for the page's host, not a town of a row below
    assert ("Pekka Laine", "kunnanjohtaja", "Muurame") in facts or ("Pekka Laine", "kunnanjohtaja",
                                                                  "Muuramen kunta") in facts
    assert ("Liisa Salonen", "kehittämisen toimialajohtaja", "Keski-Suomen hyvinvointialue") in facts
    assert ("Kalle Nieminen", "aluekehitysjohtaja", "Keski-Suomen liitto") in facts


@needs_voikko
def test_a_short_given_name_voikko_lacks_joins_the_next_one() -> None:
    from welfare_kg.extract.people import listed_people

    text = ("Beslutande Aino Koskela, ordf. Gunder Lindgren Bo Lennart Danielsson Maria Bäckström\n"
            "Övriga deltagande Karleby Marja-Leena Salonen förvaltningschef\n")
    people = [p.label for p in listed_people(text, MORPH)]
    assert "Bo Lennart Danielsson" in people and "Gunder Lindgren" in people
    assert not any(p.startswith("Karleby") for p in people)  # a town before a name is no given name


@needs_voikko
def test_a_signature_block_under_a_form_line() -> None:
    from welfare_kg.extract.people import listed_people

    text = "Underskrifter_____________________\nAino Koskela, ordförande\n_____________\nPekka Laine, sekreterare\n"
    people = {p.label: p.role for p in listed_people(text, MORPH)}
    assert people.get("Aino Koskela") == "ordförande" and people.get("Pekka Laine") == "sekreterare"


# a transcript that runs the list of items into one line, without item numbers the loader could split on
CONTENTS = (
    "Maakuntahallitus pöytäkirja :00\n\nTranskriptio\n\n1 Maakuntahallitus pöytäkirja :00 Läsnäolijat... 1 "
    "Laillisuus ja päätösvaltaisuus Ilmoitusasiat Ikäihmisten palvelujen yhteistyösopimus Lausunto "
    "maakuntaohjelmasta Muut asiat\n\n"
    "2 Aika klo 9 Paikka kokoushuone OSALLISTUJAT Aino Koskela puheenjohtaja Pekka Laine jäsen\n\n"
    "Tiedoksi: Omaishoidon kehittämishanke on käynnistynyt.\n")


def test_a_contents_line_of_a_transcript_names_what_the_heading_body_decides() -> None:
    out = extract_document(record(CONTENTS, kind="minutes"), gazetteer=reference_gazetteer())
    label = {i: e.label for i, e in out.entities.items()}
    decided = {(label[f.subject], label[f.object]) for f in out.facts if f.rule == "decides:contents-title"}
    assert ("Maakuntahallitus", "Ikäihmisten palvelujen yhteistyösopimus") in decided
    # below the contents a project told for information is no item title
    assert not any("Omaishoidon" in o for _, o in decided)
    # no body heads the minutes: no decision is given to a body named only further down
    assert not any(f.rule == "decides:contents-title" for f in extract_document(
        record(CONTENTS.replace("Maakuntahallitus pöytäkirja", "Pöytäkirja"), kind="minutes"),
        gazetteer=reference_gazetteer()).facts)


@needs_voikko
def test_an_opening_word_in_a_list_of_items_opens_no_block_of_people() -> None:
    from welfare_kg.extract.people import listed_people

    text = ("KOKOUSKUTSU Kaupunginhallitus KÄSITELTÄVÄT ASIAT Läsnäolijat Kokouksen laillisuus ja "
            "päätösvaltaisuus Lausunto, valitus / Aino Koskelan valitus hallinto-oikeudelle Eroanomus; Laine Pekka "
            "Palveluasumisen yksikön perustaminen\n")
    assert listed_people(text, MORPH) == []
    contents = "Maakuntahallitus pöytäkirja Läsnäolijat... 1 Laillisuus ja päätösvaltaisuus Ilmoitusasiat\n"
    assert listed_people(contents, MORPH) == []


@needs_voikko
def test_saapuvilla_alone_opens_the_attendance() -> None:
    from welfare_kg.extract.people import listed_people

    text = ("Aika kello 18 Paikka Saapuvilla Terveysasema, A-rakennus Yhtymähallituksen puheenjohtaja Aino Koskela, "
            "jäsenet, Pekka Laine, Liisa Salonen, Kalle Nieminen\n")
    assert {"Pekka Laine", "Liisa Salonen", "Kalle Nieminen"} <= {p.label for p in listed_people(text, MORPH)}


def test_genitives_coordinated_with_commas_before_a_name_belong_to_it() -> None:
    from welfare_kg.extract.item_titles import coordinated_genitives
    from welfare_kg.extract.model import Mention

    text = "Kunnanhallitus\nPirkanmaan kuntien, Pirkanmaan liiton ja Pirkanmaan hyvinvointialueen yhteistyösopimus\n"
    at = text.index("Pirkanmaan liiton")
    end = text.index("\n", at)
    m = Mention(start=at, end=end, surface=text[at:end], label=text[at:end], type="Agreement", rule="compound-head")
    coordinated_genitives(text, [m], MORPH)
    assert m.surface == "Pirkanmaan kuntien, Pirkanmaan liiton ja Pirkanmaan hyvinvointialueen yhteistyösopimus"
    # inside a sentence a comma parts phrases: "Päätettiin, Pirkanmaan liiton ja ..." keeps its reading
    prose = "Kunnanhallitus päätti kuulla kuntia, Pirkanmaan liiton ja Pirkanmaan hyvinvointialueen yhteistyösopimus"
    at = prose.index("Pirkanmaan liiton")
    m2 = Mention(start=at, end=len(prose), surface=prose[at:], label=prose[at:], type="Agreement")
    coordinated_genitives(prose, [m2], MORPH)
    assert m2.start == at


def test_an_agreement_named_by_its_purpose_in_running_text() -> None:
    from welfare_kg.extract.item_titles import purpose_agreements

    text = ("Kunnalla on hyvinvointialueen kanssa voimassa oleva sopimus lasten kuljetusten järjestämisestä ja "
            "niiden valvomisesta. Kunnat sopivat uutta sopimusta valmistelevan työryhmän perustamisesta.")
    found = purpose_agreements(text, MORPH, [])
    assert [m.label for m in found] == ["Sopimus lasten kuljetusten järjestämisestä ja niiden valvomisesta"]
    # a span an item title already names is left to it
    assert purpose_agreements(text, MORPH, found) == []


def test_a_purpose_agreement_is_an_entity_of_the_document() -> None:
    text = "Tausta\nKaupungilla on voimassa oleva sopimus maahanmuuttajien ohjaamisesta ja neuvonnan tarjoamisesta.\n"
    out = extract_document(record(text, kind="news"), gazetteer=reference_gazetteer())
    assert any(e.type == "Agreement" and e.label.startswith("Sopimus maahanmuuttajien ohjaamisesta")
               for e in out.entities.values())


@needs_voikko
def test_the_organisation_someone_speaks_from_and_a_row_of_two_titles() -> None:
    # another organisation later in the sentence or row is not where the person comes from
    text = ("Hankkeita on avustettu, kertoo ylijohtaja Aino Koskela sosiaali- ja terveysministeriöstä Kuntaliiton "
            "seminaarissa.\n\nHallitus\n • Pekka Laine, kehittämisjohtaja, aluehallituksen jäsen, Kanta-Hämeen "
            "hyvinvointialue (varalla Liisa Salonen, Kuntaliitto)\n")
    facts = {(s, o) for s, _, o in post_rows(text, kind="news")}
    assert ("Aino Koskela", "Sosiaali- ja terveysministeriö") in {(s, o[:1].upper() + o[1:]) for s, o in facts}
    assert ("Pekka Laine", "Kanta-Hämeen hyvinvointialue") in facts


def test_a_name_the_texts_end_cuts_is_no_person() -> None:
    from welfare_kg.extract.model import Mention
    from welfare_kg.extract.person_forms import cut_off_people

    text = "x" * 1900 + " Saapuvilla Aino Koskela, Pekka Virtanen, Heikki Lahtim\n"  # an excerpt's length
    at = text.index("Heikki")
    cut = Mention(start=at, end=at + len("Heikki Lahtim"), surface="Heikki Lahtim", label="Heikki Lahtim",
                  type="Person")
    whole = Mention(start=text.index("Pekka"), end=text.index(","), surface="Pekka Virtanen", label="Pekka Virtanen",
                    type="Person")
    assert cut_off_people([[whole, cut]], text, MORPH) == [[whole]]
    # a surname Voikko knows is a whole name even at the very end
    known = text.replace("Lahtim", "Virtanen")
    last = Mention(start=at, end=at + len("Heikki Virtanen"), surface="Heikki Virtanen", label="Heikki Virtanen",
                   type="Person")
    if MORPH.name != "fallback":
        assert cut_off_people([[last]], known, MORPH) == [[last]]
    # a short text ends where its writer ended it: its last name stands
    short = text[1901:]
    at = short.index("Heikki")
    end_name = Mention(start=at, end=at + len("Heikki Lahtim"), surface="Heikki Lahtim", label="Heikki Lahtim",
                       type="Person")
    assert cut_off_people([[end_name]], short, MORPH) == [[end_name]]


def test_a_tail_of_a_longer_name_with_its_given_name_before_it_is_that_person() -> None:
    from welfare_kg.extract.model import Mention
    from welfare_kg.extract.person_forms import complete_given_names

    text = "Socialnämnden Bo Lennart Danielsson. Beslutande Gunder Lindgren Bo Lennart Danielsson"
    tail = Mention(start=text.index("Lennart"), end=text.index("."), surface="Lennart Danielsson",
                   label="Lennart Danielsson", type="Person")
    full_at = text.rindex("Bo Lennart")
    full = Mention(start=full_at, end=len(text), surface="Bo Lennart Danielsson", label="Bo Lennart Danielsson",
                   type="Person")
    other = Mention(start=0, end=5, surface="Ann Persson", label="Kristine Persson", type="Person")
    complete_given_names([tail, full, other], text)
    assert tail.label == "Bo Lennart Danielsson" and other.label == "Kristine Persson"


@needs_voikko
def test_an_organisation_owning_a_later_persons_title_is_not_the_others_employer() -> None:
    text = ("Keskustelussa ovat mukana kehittämisjohtaja Aino Koskela, muutosjohtaja Pekka Laine sekä Kuntaliiton "
            "erityisasiantuntija Liisa Salonen.\n")
    facts = post_rows(text, kind="news")
    assert any(s == "Liisa Salonen" and "Kuntaliitto" in o for s, _, o in facts)
    assert not any(s in {"Aino Koskela", "Pekka Laine"} and "Kuntaliitto" in o for s, _, o in facts)


def test_a_meeting_role_in_running_text_is_no_office_of_the_town() -> None:
    from welfare_kg.extract.model import Mention
    from welfare_kg.extract.posts import prose_post_org

    text = "Varapuheenjohtaja Aino Koskela avasi kokouksen."
    person = Mention(start=18, end=30, surface="Aino Koskela", label="Aino Koskela", type="Person", iri="p")
    muni = "https://w3id.org/welfare-kg/id/municipality/285"
    assert prose_post_org(person, "varapuheenjohtaja", [person], muni, None, text) == (None, True)
    assert prose_post_org(person, "kaupunginjohtaja", [person], muni, None, text) == (muni, True)


@needs_voikko
def test_a_members_heading_ends_at_the_next_block_and_keeps_no_secretary() -> None:
    text = COUNCIL.replace("Liiton virasto: (*) Lahtinen Sami, maakuntajohtaja",
                           "(*) Lahtinen Sami, pöytäkirjanpitäjä Muut osallistujat (*) Virta Olli")
    facts = post_rows(text)
    board = next(o for _, _, o in facts if o.lower().endswith("maakuntahallitus"))
    assert ("Timo Rantanen", "jäsen", board) in facts
    assert not any(s in {"Sami Lahtinen", "Olli Virta"} and p == "jäsen" and o == board for s, p, o in facts)


def test_a_project_named_after_a_colon_in_an_item_title() -> None:
    from welfare_kg.extract.item_titles import title_projects

    text = ("Kunnanhallitus pöytäkirja 4/2019\n\n§ 12 Osallistuminen Kalajoen kaupungin hankkeeseen: Nuorten "
            "työpajojen kehittäminen\n\nKunnanhallitus päättää osallistua hankkeeseen.\n")
    names = [m.label for m in title_projects(record(text, kind="minutes"), MORPH, [])]
    assert "Nuorten työpajojen kehittäminen" in names

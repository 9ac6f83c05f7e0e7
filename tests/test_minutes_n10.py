"""Minutes layouts the tenth blind batch showed: a list of contents run on after a name, a column of roles
printed after a run of names, office titles the post lexicon lacked, a certificate signed with a title, and the
minutes checker written in two words.

The texts are written for these tests: invented people, real municipalities (reference data), laid out as
transcripts of minutes lay them out.
"""

from __future__ import annotations

from helpers import MORPH, needs_voikko_for, post_rows

from welfare_kg.extract.posts import office_title, role_post, signed_title
from welfare_kg.records import Mention

needs_voikko = needs_voikko_for("first names and cases are known from Voikko")

CONTENTS_AFTER_NAME = (
    "RAUMAN KAUPUNKI PÖYTÄKIRJA 3/2019 Kaupunginhallitus AIKA kello 16:00-18:10 LUETTELO KÄSITELLYISTÄ ASIOISTA "
    "Otsikko Sivu 40 Kokouksen laillisuus 3 41 Pöytäkirjan tarkastus 4 42 Talousarvion seuranta 5 "
    "Valtuustoaloite leikkipuistoista / Laaksonen Heidi ym Tilinpäätöksen aikataulu ja sisäisen valvonnan "
    "raportti vuodelta 2018 Lounais-Suomen aluehallintoviraston alueella tehty kysely Ilmoitusasiat "
    "Lautakuntien pöytäkirjat Kaupunginjohtajan päätökset\n\n"
    "OSALLISTUJAT Nimi Klo Tehtävä Lisätiedot LÄSNÄ Mattila Pentti 16:00-18:10 puheenjohtaja "
    "Virtanen Sari 16:00-18:10 jäsen\n")


@needs_voikko
def test_an_office_title_in_a_list_of_contents_after_a_name_is_not_that_persons_post() -> None:
    facts = post_rows(CONTENTS_AFTER_NAME)
    assert not {f for f in facts if f[0] == "Heidi Laaksonen"}
    assert any(f[0] == "Pentti Mattila" and f[1] == "puheenjohtaja" for f in facts)


def test_a_title_in_the_genitive_or_past_the_rows_first_words_gives_no_office() -> None:
    assert role_post("Kaupunginjohtajan päätökset", MORPH) == (None, None)
    long_role = "ym Tilinpäätöksen aikataulu ja sisäisen valvonnan raportti vuodelta 2018 tekninen johtaja"
    assert role_post(long_role, MORPH)[1] is None
    assert role_post("tekninen johtaja", MORPH)[1] == "tekninen johtaja"


ROLE_COLUMN_AFTER_NAMES = (
    "Iisalmen kaupunki\nPöytäkirja\n4/2016\nKaupunginhallitus\nOsallistujat\nNimi\nLaine Matti\nKoski Anna\n"
    "Tehtävä\nPuheenjohtaja\nJäsen\nPoissa\nNurmi Kalle\nJäsen\nMuut\nHeino Pertti\nSalo Liisa\n"
    "valtuuston pj\nPöytäkirjanpitäjä\nLäsnä\n")


@needs_voikko
def test_the_last_name_of_a_run_takes_no_role_from_the_column_of_roles_printed_after_it() -> None:
    facts = post_rows(ROLE_COLUMN_AFTER_NAMES)
    assert not {f for f in facts if f[0] == "Liisa Salo" and "valtuusto" in f[2].lower()}


def test_office_heads_the_lexicon_lacked_are_offices_but_the_minutes_checker_is_not() -> None:
    assert office_title("Kehittämisasiamies", MORPH) == "kehittämisasiamies"
    assert office_title("kommuningenjör", MORPH) == "kommuningenjör"
    assert office_title("byggnadsinspektör", MORPH) == "byggnadsinspektör"
    assert office_title("kanslist", MORPH) == "kanslist"
    assert office_title("ylitarkastaja", MORPH) == "ylitarkastaja"
    for word in ("pöytäkirjantarkastaja", "Pöytäkirjantarkastajiksi", "tarkastajiksi", "tilintarkastaja"):
        assert office_title(word, MORPH) is None


SWEDISH_OFFICES = (
    "LOVISA STAD PROTOKOLL 4/2015 Stadsstyrelsen Närvarande x Berg Anna, ordförande x Lund Erik Övriga närvarande "
    "x Holm Tove, stadsingenjör x Eklund Maja, byggnads- och miljöinspektör x Sand Ulla, kanslist Paragrafer 20-31\n")


@needs_voikko
def test_swedish_engineers_inspectors_and_clerks_after_a_name_hold_posts_in_the_town() -> None:
    facts = post_rows(SWEDISH_OFFICES)
    posts = {(s, p) for s, p, o in facts if "Lovisa" in o or "Loviisa" in o}
    assert ("Tove Holm", "stadsingenjör") in posts
    assert ("Maja Eklund", "byggnads- och miljöinspektör") in posts
    assert ("Ulla Sand", "kanslist") in posts


SIGNED = (
    "KARVIAN KUNTA Perusturvalautakunta KOKOUSPÖYTÄKIRJA 2/2012 SAAPUVILLA OLLEET JÄSENET Jäsen Paikalla "
    "Aho Leena, pj. x Rinne Pekka x PÖYTÄKIRJAN TARKASTUS Pöytäkirjan tarkastajiksi valittiin Pekka Rinne. "
    "Puheenjohtaja Pöytäkirjanpitäjä Leena Aho Maija Koivu Tarkastusaika Allekirjoitukset PÖYTÄKIRJA ON "
    "PIDETTY YLEISESTI NÄHTÄVILLÄ Paikka ja pvm Virka-asema Allekirjoitus Perusturvajohtaja Maija Koivu\n")


@needs_voikko
def test_a_certificate_signed_with_a_title_gives_the_signers_office() -> None:
    facts = post_rows(SIGNED)
    assert any(s == "Maija Koivu" and p == "perusturvajohtaja" and "Karvia" in o for s, p, o in facts)
    assert not any(p == "tarkastaja" for s, p, o in facts)


def test_a_title_closing_a_column_of_roles_signs_nobody() -> None:
    assert signed_title("Virka-asema Allekirjoitus Sosiaalijohtaja", MORPH) == "sosiaalijohtaja"
    assert signed_title("Jäsen Jäsen Talousjohtaja", MORPH) is None  # the last role of a column, then names
    assert signed_title("Hallintojohtaja\nJäsen", MORPH) is None
    assert signed_title("Sihteeristö:\nKehittämispäällikkö", MORPH) is None  # a heading's group, not a signature
    assert signed_title("kokouksen jälkeen", MORPH) is None


OTHERS_BESIDE_PARAGRAPHS = (
    "LOVISA STAD PROTOKOLL 21/2013 Stadsstyrelsen Tid Måndag kl 18 Plats Stadshuset Beslutande Lindroos Per "
    "Holm Anita, viceordförande Frånvarande Övriga deltagande Paragrafer Sandberg Bo, stadsfullmäktiges "
    "ordförande Nylund Elli, stadsfullmäktiges I viceordförande Backman Gösta, stadsdirektör och föredragande\n")


@needs_voikko
def test_names_under_a_column_head_printed_beside_paragrafer_are_read() -> None:
    from welfare_kg.extract.people import blocks

    assert any(text.startswith("Övriga") or "Sandberg" in OTHERS_BESIDE_PARAGRAPHS[a:b]
               for a, b, text in blocks(OTHERS_BESIDE_PARAGRAPHS))
    facts = post_rows(OTHERS_BESIDE_PARAGRAPHS)
    assert any(s == "Bo Sandberg" and "fullmäktige" in o.lower() for s, p, o in facts)
    assert any(s == "Elli Nylund" and "fullmäktige" in o.lower() for s, p, o in facts)
    assert any(s == "Gösta Backman" and p == "stadsdirektör" for s, p, o in facts)


COMPOUND_SEAT = (
    "SIBBO KOMMUN PROTOKOLL Kommunfullmäktige Närvarande Ledamöter: Berg Anna, ordförande Lind Erik Holm Tove "
    "Övriga närvarande Sandberg Bo, kommunstyrelsens ordförande Nylund Elli, kommunstyrelseledamot "
    "Backman Gösta, kommundirektör Paragrafer 1-9\n")


@needs_voikko
def test_a_seat_compounded_with_the_body_is_a_seat_in_that_body() -> None:
    facts = post_rows(COMPOUND_SEAT)
    assert any(s == "Elli Nylund" and p == "kommunstyrelseledamot" and "styrelse" in o.lower()
               for s, p, o in facts)


def test_a_label_right_before_a_name_ends_the_towns_group_before_it() -> None:
    text = ("Muistio Läsnä: Hollola: Kunnanjohtaja Pekka Niemi Työryhmien puheenjohtajat: Anna Salo, "
            "palveluverkkotyöryhmä Sihteeristö: Talousjohtaja Liisa Aho\n")
    facts = post_rows(text)
    assert ("Pekka Niemi", "Kunnanjohtaja", "Hollola") in facts
    assert not any(s == "Anna Salo" and o == "Hollola" for s, p, o in facts)


@needs_voikko
def test_a_short_given_name_read_as_a_surname_keeps_its_pair_in_a_long_surname_first_column() -> None:
    from welfare_kg.extract.people import listed_people

    text = ("KOMMUNFULLMÄKTIGE PROTOKOLL Närvarande Ledamöter: Andersson Leif Forsman Erik Lindblom Regina "
            "Lindström Dick Lundberg Helena Nordqvist Vidar Övriga närvarande Brunström Erik, kommundirektör\n")
    labels = {p.label for p in listed_people(text, MORPH)}
    assert {"Dick Lindström", "Regina Lindblom", "Helena Lundberg"} <= labels
    # two surnames alone under two column labels stay two people named by surname, not one person
    assert not {p.label for p in listed_people("Läsnä: Alhonen Sinisalo\n", MORPH)} & {"Sinisalo Alhonen",
                                                                                       "Alhonen Sinisalo"}


ABBREVIATED_COUNCIL_ROLES = (
    "LIMINGAN KUNTA PÖYTÄKIRJA 4/2011 Kunnanhallitus OSALLISTUJAT Nimi Klo Tehtävä LÄSNÄ Mäkelä Pekka 18:00-20:00 pj "
    "Niemi Aino 18:00-20:00 jäsen Laine Matti 18:00-20:00 kv pj Salo Liisa 18:00-20:00 kv I vpj "
    "Aho Timo 18:00-20:00 kunnanjohtaja POISSA Rinne Kalle kv II vpj\n")


@needs_voikko
def test_kv_before_a_meeting_role_is_a_seat_in_the_council_not_in_the_meeting_body() -> None:
    facts = post_rows(ABBREVIATED_COUNCIL_ROLES)
    assert ("Pekka Mäkelä", "puheenjohtaja", "Kunnanhallitus") in {(s, p, o.split()[-1].capitalize())
                                                                 for s, p, o in facts}
    # the council is not named: the abbreviation names the town's council (extract/abbreviated_councils.py), and
    # none of its chairs sits in the board that met
    for person in ("Matti Laine", "Liisa Salo", "Kalle Rinne"):
        assert {o.lower() for s, p, o in facts if s == person} == {"kunnanvaltuusto"}
    named = post_rows(ABBREVIATED_COUNCIL_ROLES.replace("POISSA", "Kunnanvaltuusto kokoontuu POISSA"))
    assert any(s == "Matti Laine" and "valtuusto" in o.lower() and p == "valtuuston puheenjohtaja"
               for s, p, o in named)


def test_role_words_heading_a_tables_columns_before_the_names_are_nobodys_role() -> None:
    from welfare_kg.extract.posts import _column_heads

    assert _column_heads("NÄRVARANDE MEDLEMMAR: Ordförande Viceordf. Medlemmar Ersättare")
    assert not _column_heads("Läsnä jäsenet: pj")  # one role word before the name is that person's
    assert not _column_heads("x Heinonen Seppo vpj")


@needs_voikko
def test_member_and_deputy_words_with_a_name_between_are_rows_not_a_tables_heads() -> None:
    text = ("Yhtymähallitus Osallistujat Nimi Tehtävä Lisätiedot Läsnä Mäkelä Pekka Puheenjohtaja Niemi Aino Jäsen "
            "Laine Matti Jäsen Salo Liisa Varajäsen Aho Timo Jäsen Rinne Kalle Jäsen Heino Pertti Varajäsen\n")
    facts = post_rows(text)
    assert ("Liisa Salo", "varajäsen") in {(s, p) for s, p, o in facts}
    assert ("Timo Aho", "varajäsen") not in {(s, p) for s, p, o in facts}
    assert ("Pertti Heino", "varajäsen") in {(s, p) for s, p, o in facts}


@needs_voikko
def test_a_preparers_line_inside_an_attendance_block_gives_the_title_before_the_name() -> None:
    text = ("RAUMAN KAUPUNKI KAUPUNGINHALLITUS OSALLISTUJAT Mäkelä Pekka puheenjohtaja Niemi Aino jäsen "
            "Muut osallistujat Laine Matti "
            "kaupunginjohtaja 147 Kulttuurin toimenpideohjelma Valmistelijat: Kehitysjohtaja Liisa Salo, puh "
            "vt. kulttuurijohtaja Timo Aho, puh\n")
    facts = post_rows(text)
    assert any(s == "Liisa Salo" and p.endswith("kehitysjohtaja") for s, p, o in facts)
    assert not any(s == "Liisa Salo" and "kulttuurijohtaja" in p for s, p, o in facts)


@needs_voikko
def test_a_signature_read_in_the_lists_order_is_the_person_the_list_named() -> None:
    from welfare_kg.extract.people import listed_people

    text = ("PÖYTÄKIRJA 7/2014 Läsnä: Laine Matti puh.joht. Salo Liisa j Niemi Aino j Heino Pertti kaup.siht. "
            "Allekirjoitukset Matti Laine puheenjohtaja Pertti Heino sihteeri\n")
    labels = [p.label for p in listed_people(text, MORPH)]
    assert "Laine Matti" not in labels and "Heino Pertti" not in labels
    assert labels.count("Matti Laine") == 2


COMMA_ROWS_ROLES_AFTER = (
    "SALTVIKS KOMMUN PROTOKOLL KOMMUNFULLMÄKTIGE Beslutande x Lindqvist, Bengt, ordförande x Holm, Anita, viceordf. "
    "x Berg, Sören x Nylund, Christian - Sundberg, Petra x Ekström, Olof Övriga närvarande x Mattsson, Per, "
    "kst viceordförande x Sjöberg, Boel, ekonomichef Paragrafer 68-78\n")


@needs_voikko
def test_surname_comma_given_comma_role_rows_read_each_role_after_its_name() -> None:
    facts = post_rows(COMMA_ROWS_ROLES_AFTER)
    assert any(s == "Bengt Lindqvist" and p == "puheenjohtaja" for s, p, o in facts)
    assert not any(s == "Anita Holm" and p == "puheenjohtaja" for s, p, o in facts)
    # "kst viceordförande": a vice-chair of the board, not of the council meeting here
    assert not any(s == "Per Mattsson" and "fullmäktige" in o.lower() for s, p, o in facts)


def test_a_roman_ordinal_is_upper_case_only() -> None:
    from welfare_kg.extract.posts import _assembly_role

    assert _assembly_role("kst viceordförande", [], None) == (None, "hallituksen varapuheenjohtaja")
    assert _assembly_role("kv I vpj", [], None) == (None, "valtuuston I varapuheenjohtaja")


LINE_CONTENTS = (
    "Pöytäkirja PDF\n\nIisalmen kaupunki\nPöytäkirja\n5/2016\n1 (40)\nKaupunginhallitus\nAika\n21.04.2016 klo 15:00\n"
    "Paikka\nKaupungintalo\nKäsitellyt asiat\n§\nOtsikko\n61\nKokouksen laillisuus ja päätösvaltaisuus\n4\n62\n63\n"
    "Pöytäkirjan tarkastajien valinta\nAsioiden käsittelyjärjestys\n6\n7\n64\nHyvinvointikampus hanke\n8\n65\n66\n"
    "Keittiöselvitys\nVäistötilojen vuokraus\n27\n30\nPöytäkirjan tarkastajat:\nSivu\nIisalmen kaupunki\nPöytäkirja\n"
    "5/2016\n2 (40)\nOsallistujat\nNimi\nLaine Matti\nTehtävä\nPuheenjohtaja\n")


def _mention(text: str, surface: str, typ: str, iri: str) -> Mention:
    at = text.index(surface)
    return Mention(start=at, end=at + len(surface), surface=surface, label=surface, type=typ, iri=iri)


def test_a_list_of_items_printed_a_line_per_entry_gives_the_body_its_projects() -> None:
    from welfare_kg.extract.document import contents_decisions

    ms = [_mention(LINE_CONTENTS, "Kaupunginhallitus", "Body", "body/kh"),
          _mention(LINE_CONTENTS, "Hyvinvointikampus hanke", "Project", "project/kampus")]
    assert [(f.subject, f.object) for f in contents_decisions(LINE_CONTENTS, ms)] == [("body/kh", "project/kampus")]
    # a list run into one line still ends at its line's end: a project further on is no item of it
    one_line = LINE_CONTENTS.replace("Käsitellyt asiat\n§\nOtsikko\n61\n", "Käsitellyt asiat 61 ")
    ms = [_mention(one_line, "Kaupunginhallitus", "Body", "body/kh"),
          _mention(one_line, "Hyvinvointikampus hanke", "Project", "project/kampus")]
    assert contents_decisions(one_line, ms) == []


@needs_voikko
def test_a_chair_printed_above_the_attendance_label_chairs_the_meeting() -> None:
    text = ("LOVISA STAD PROTOKOLL 21/2013 Stadsstyrelsen Tid Måndag kl 18 Plats Stadshuset, Mannerheimsgatan 4 "
            "Lindroos Per-Erik, ordförande Beslutande Holm Anita Berg Tove Sandvik Maria, viceordförande "
            "Frånvarande Paragrafer 375-390\n")
    facts = post_rows(text)
    assert any(s == "Per-Erik Lindroos" and p == "puheenjohtaja" for s, p, o in facts)


@needs_voikko
def test_officials_at_a_committee_of_a_kommun_no_reference_data_knows_serve_the_committee() -> None:
    text = ("SAMMANTRÄDESPROTOKOLL\nSocialnämnden\nSammanträdesdatum 2019-01-28\nBeslutande\n"
            "Per Ekholm (C)X, ordförande\nAnna Lind (S)X\n\nÖvriga närvarande\nLena Berglund, förvaltningschef\n"
            "Malin Storm, verksamhetschef\n")
    facts = post_rows(text)
    assert any(s == "Lena Berglund" and p == "förvaltningschef" and o.startswith("Socialnämnd")
               for s, p, o in facts)
    # a Finnish town's board is served by the town's officials: no post in the board for a city manager
    finnish = post_rows("Kunnanhallitus PÖYTÄKIRJA Läsnä Mäkelä Pekka puheenjohtaja Muut läsnäolijat "
                        "Kristina Salo, kaupunginjohtaja\n")
    assert not any(s == "Kristina Salo" and "hallitus" in o.lower() for s, p, o in finnish)


def test_the_paragraphs_someone_attended_after_a_comma_end_no_block() -> None:
    from welfare_kg.extract.people import blocks

    text = ("Övriga närvarande\nLena Berglund, förvaltningschef\nErika Holm, controller, §§ 12-18\n"
            "Jessica Strand, kvalitetsutvecklare, § 13\nKarin Axell, ekonom\n\n§ 12 Budget\n")
    (start, end, _), = blocks(text)
    assert "Karin Axell" in text[start:end]
    assert "Budget" not in text[start:end]  # an item's own § heading still ends it


@needs_voikko
def test_a_given_name_read_as_a_places_genitive_opens_a_row_of_its_own() -> None:
    from welfare_kg.extract.people import listed_people

    text = "Övriga närvarande\nMalin Strandqvist, verksamhetschef\nJohan Berg, ekonom\n"
    assert "Malin Strandqvist" in {p.label for p in listed_people(text, MORPH)}
    # after a comma on the same line ("..., Malin Bamako") the words open no row of their own
    assert not {p.label for p in listed_people("Övriga närvarande Johan Berg, ekonom, Malin Bamako\n", MORPH)} \
        & {"Malin Bamako"}


def test_a_memo_of_numbered_items_gives_the_body_the_project_an_item_is_about() -> None:
    from welfare_kg.extract.document import numbered_item_decisions

    text = ("RAHASTO PÖYTÄKIRJA 3/2008 HALLITUKSEN KOKOUS Aika: klo 9.30 Läsnä: Matti Laine puheenjohtaja 1. Kokouksen "
            "avaus Puheenjohtaja avasi kokouksen. 2. Laillisuus Kokous todettiin päätösvaltaiseksi. 3. Edellisen "
            "kokouksen pöytäkirja Hyväksyttiin. 4. Rahaston kehittämishanke Konsultti esitteli väliraportin.\\n")
    ms = [_mention(text, "HALLITUKSEN", "Body", "body/hallitus"),
          _mention(text, "Rahaston kehittämishanke", "Project", "project/kehitys")]
    assert [(f.subject, f.object) for f in numbered_item_decisions(text, ms)] == [("body/hallitus", "project/kehitys")]
    # a numbered list inside one item ("tiedoksi: 1. X-hanke 2. ...") is no memo of items: nothing decided
    listed = ("SIVISTYSLAUTAKUNTA 53 TIEDOKSI Ministeriö: 1. Digikoulu -tutkimushanke 2. Vuoden arviot 3. Testaus "
              "4. Yhteishaku\\n")
    ms = [_mention(listed, "SIVISTYSLAUTAKUNTA", "Body", "body/siv"),
          _mention(listed, "Digikoulu -tutkimushanke", "Project", "project/digi")]
    assert numbered_item_decisions(listed, ms) == []


def test_a_rows_role_loses_the_transcripts_notes() -> None:
    from welfare_kg.extract.posts import clean_role

    assert clean_role("t.o.m. 47 äldreomsorgschef") == "äldreomsorgschef"
    assert clean_role("puh vt. kulttuurijohtaja") == "vt. kulttuurijohtaja"
    assert clean_role("29 kehitysjohtaja") == "kehitysjohtaja"
    assert clean_role("I varapuheenjohtaja") == "I varapuheenjohtaja"

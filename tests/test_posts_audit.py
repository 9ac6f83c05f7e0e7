"""Posts read from running text on pages of new layouts (issue 12 audit): whose employer is which organisation.

Written for these tests: every name, address and sentence is invented; the organisations are real Finnish
public bodies of the reference data (or invented associations).
"""

from __future__ import annotations

from tests.helpers import post_rows
from welfare_kg.extract.post_review import academic_domain, title_kinds


def test_a_project_in_the_sentence_before_is_no_regional_directors_employer() -> None:
    text = ("Sote-uudistusta valmisteleva Pohjantähti 2030 -hanke palkkaa kymmenen uutta johtajaa. "
            "Maakuntajohtaja Veikko Ruohonen päätti valinnoista maanantaina.\n")
    assert not any(p == "Veikko Ruohonen" for p, _, _ in post_rows(text, kind="news"))


def test_a_named_project_is_still_the_project_managers() -> None:
    text = "Kotona kylässä -hankkeen projektipäällikkö Veikko Ruohonen esitteli hankkeen tuloksia.\n"
    rows = post_rows(text, kind="news")
    assert any(p == "Veikko Ruohonen" and "Kotona kylässä" in o for p, _, o in rows), rows


def test_the_organisation_right_after_the_name_wins_over_the_last_one_of_the_sentence() -> None:
    text = ("Yhteistyö jatkuu, kertoo toimialajohtaja Aino Esimerkki Keski-Suomen hyvinvointialueelta, "
            "ja mukana ovat myös Jyväskylän kaupunki ja Itä-Suomen yliopisto.\n")
    rows = {(p, o) for p, _, o in post_rows(text, kind="news")}
    assert ("Aino Esimerkki", "Keski-Suomen hyvinvointialue") in rows, rows
    assert not any(o in {"Jyväskylä", "Itä-Suomen yliopisto"} for _, o in rows)


def test_another_persons_address_near_the_name_gives_no_employer() -> None:
    text = ("Aluevaltuusto päätti myöntää puhe- ja läsnäolo-oikeuden tähän kokoukseen erityisasiantuntija "
            "(tekninen sihteeri) Aino Koivuselle sekä viestintäjohtaja Liisa Ojalalle.\n"
            "Lisätietoja päätöksestä antaa hyvinvointialuejohtaja Veikko Ruohonen, veikko.ruohonen@vakehyva.fi.\n")
    rows = post_rows(text, kind="minutes")
    assert not any(p == "Aino Koivunen" for p, _, _ in rows), rows
    # the contact line's title is the title alone, without the words that introduce it
    assert ("Veikko Ruohonen", "hyvinvointialuejohtaja", "Vantaan ja Keravan hyvinvointialue") in rows, rows


def test_an_organisation_in_brackets_after_a_name_is_the_persons() -> None:
    text = ("Hankejohtajiksi valittiin Aino Esimerkki (Turun kaupunki) sekä Veikko Ruohonen "
            "(Varsinais-Suomen sairaanhoitopiiri).\n")
    rows = {(p, o) for p, _, o in post_rows(text, kind="news")}
    assert ("Aino Esimerkki", "Turku") in rows, rows
    assert any(p == "Veikko Ruohonen" and "Varsinais-Suomen sairaanhoitopiiri" in o for p, o in rows), rows


def test_a_party_in_brackets_is_no_employer() -> None:
    text = "Jaostoon valittiin Aino Esimerkki (SDP) ja Veikko Ruohonen (KOK).\n"
    assert post_rows(text, kind="news") == set()


def test_own_address_at_the_organisation_the_page_names() -> None:
    text = ("Lausunto\n\nTerveyden ja hyvinvoinnin laitos antaa lausunnon hallituksen esityksestä.\n"
            "Lisätietoja: ylijohtaja, Veikko Ruohonen, puh. 040 123 4567, veikko.ruohonen@thl.fi "
            "erikoistutkija, Aino Esimerkki, puh. 050 765 4321, aino.esimerkki@thl.fi\n")
    rows = post_rows(text, kind="news")
    assert ("Veikko Ruohonen", "ylijohtaja", "Terveyden ja hyvinvoinnin laitos") in rows, rows
    assert any(p == "Aino Esimerkki" and o == "Terveyden ja hyvinvoinnin laitos" for p, _, o in rows), rows


def test_a_university_address_names_no_town() -> None:
    assert academic_domain("helsinki.fi") and academic_domain("oulu.fi") and academic_domain("turkuamk.fi")
    assert academic_domain("student.helsinki.fi") and academic_domain("esimerkkiamk.fi")
    assert not academic_domain("hel.fi") and not academic_domain("kuopio.fi") and not academic_domain("kunta.fi")


def test_university_address_gives_the_town_no_staff() -> None:
    text = ("Tutkimushanke alkaa syksyllä.\n\nLisätietoja:\n"
            "tutkijatohtori Aino Esimerkki, aino.esimerkki@helsinki.fi\n")
    assert not any(o == "Helsinki" for _, _, o in post_rows(text, kind="news"))


def test_titles_that_name_their_kind_of_organisation() -> None:
    assert title_kinds("kunnanjohtaja") == {"Municipality"}
    assert title_kinds("maakuntajohtaja") == {"JointAuthority"}
    assert title_kinds("hyvinvointialuejohtaja") == {"WellbeingCounty"}
    assert title_kinds("projektipäällikkö") is None and title_kinds(None) is None


def test_a_project_in_the_sentence_before_employs_its_staff() -> None:
    text = ("Kotona kylässä -hankkeelle palkataan kaksi työntekijää. "
            "Hanketyöntekijänä aloitti syksyllä Aino Esimerkki.\n")
    rows = post_rows(text, kind="news")
    assert any(p == "Aino Esimerkki" and "Kotona kylässä" in o for p, _, o in rows), rows


def test_a_chair_near_a_project_is_not_its_employee() -> None:
    text = ("Kotona kylässä -hanke sai rahoituksen. "
            "Hakemuksia tuli paljon, kertoi hallituksen puheenjohtaja Veikko Ruohonen.\n")
    assert not any(p == "Veikko Ruohonen" and "Kotona kylässä" in o for p, _, o in post_rows(text, kind="news"))


def test_a_chairs_row_also_names_the_town_they_work_for() -> None:
    text = ("Muistio\nOhjausryhmän kokous 3/2024\nAika: 1.2.2024\nOsallistujat Aino Koivunen, Tampereen kaupunki "
            "(puheenjohtaja) Veikko Ruohonen, Espoon kaupunki Liisa Ojala, Turun kaupunki (sihteeri)\n\n"
            "1. Kokouksen avaus\nPuheenjohtaja avasi kokouksen.\n")
    rows = {(p, o) for p, _, o in post_rows(text)}
    assert {("Aino Koivunen", "Tampere"), ("Veikko Ruohonen", "Espoo"), ("Liisa Ojala", "Turku")} <= rows, rows


def test_a_members_home_town_is_no_employer() -> None:
    text = ("PÖYTÄKIRJA 2/2024\nYhtymähallitus\nAika klo 9:00\nOSALLISTUJAT Nimi Tehtävä LÄSNÄ Koivunen Aino, "
            "Reisjärvi puheenjohtaja Ruohonen Veikko, Haapajärvi jäsen\n\n1 Kokouksen laillisuus\n")
    assert not any(o in {"Reisjärvi", "Haapajärvi"} for _, _, o in post_rows(text)), post_rows(text)


MEMBERS_UNDER_BARE_HEADING = """ESIMERKIN KUNTA
Perusturvalautakunta KOKOUSPÖYTÄKIRJA 3/2024
KOKOUSAIKA Keskiviikko klo 17
SAAPUVILLA OLLEET JÄSENET Jäsenet: Aino Koivunen, puheenjohtaja Veikko Ruohonen, vpj Liisa Ojala, poistui klo \
Matti Kivimaa Varajäsenet: Pekka Laine Sari Nieminen MUUT SAAPUVILLA OLLEET Kalle Virtanen, kunnanhallituksen \
puheenjohtaja

1 § Kokouksen laillisuus
"""


def test_rows_under_a_bare_members_heading_sit_in_the_meetings_body() -> None:
    rows = post_rows(MEMBERS_UNDER_BARE_HEADING)
    posts = {(p, post) for p, post, o in rows if o == "Perusturvalautakunta"}
    assert {("Aino Koivunen", "puheenjohtaja"), ("Veikko Ruohonen", "varapuheenjohtaja"), ("Liisa Ojala", "jäsen"),
            ("Matti Kivimaa", "jäsen"), ("Pekka Laine", "varajäsen"), ("Sari Nieminen", "varajäsen")} <= posts, rows
    # a row with a seat of its own elsewhere is not one of the heading's members
    assert ("Kalle Virtanen", "jäsen") not in posts


def test_a_seat_elsewhere_under_a_bare_heading_is_not_a_member_here() -> None:
    text = ("KOMMUNFULLMÄKTIGE PROTOKOLL Nr 2\nTid Torsdagen kl 19\nNärvarande Ledamöter: Berg Anna, ordförande "
            "Lind Erik Holm Sara, kommunstyrelsens ordförande\n\n1 § Laglighet\n")
    rows = post_rows(text)
    assert not any(p == "Sara Holm" and post == "jäsen" for p, post, _ in rows), rows


# a page converted from HTML: each row and heading its own paragraph, a blank paragraph (a space) between groups
HTML_ATTENDANCE = "\n\n \n\n".join([
    "Kokousaika          12.1.2024 klo 14:00", "Läsnä", "Jäsenet",
    "Koivunen, Aino          puheenjohtaja\n\nRuohonen, Veikko\n\nOjala, Liisa            varajäsen",
    "Pöytäkirjanpitäjä", "                        Matti Kivimaa          hallintosihteeri\n"])


def test_blank_lines_between_the_opening_word_and_the_rows_end_no_block() -> None:
    from welfare_kg.extract.morphology import get_morphology
    from welfare_kg.extract.people import listed_people

    names = {p.label for p in listed_people(HTML_ATTENDANCE, get_morphology())}
    assert {"Aino Koivunen", "Veikko Ruohonen", "Liisa Ojala"} <= names, names


def test_an_essive_title_after_an_organisations_genitive_is_the_sentences_persons_post() -> None:
    text = ("Sosiaalijohtajaksi valittiin Aino Koivunen. Koivunen työskentelee nyt Kuopion kaupungin "
            "vanhuspalvelujen johtajana.\n")
    rows = post_rows(text, kind="news")
    assert any(p == "Aino Koivunen" and o == "Kuopio" for p, _, o in rows), rows


def test_a_translative_seat_goes_to_the_name_after_it() -> None:
    text = ("Kokouksessa valtuuston puheenjohtajaksi valittiin Aino Koivunen ja Pohjois-Savon liiton hallituksen "
            "jäseneksi Veikko Ruohonen.\n")
    rows = post_rows(text, kind="news")
    assert not any(p == "Aino Koivunen" and "hallitus" in o.lower() for p, _, o in rows), rows


def test_a_column_of_roles_each_with_its_attendance_mark_pairs_with_the_column_of_names() -> None:
    text = ("ESIMERKIN KUNTA KOKOUSKUTSU 1/2024 Perusturvalautakunta KOKOUSTIEDOT OSALLISTUJAT Päätöksentekijät "
            "Aika Torstai klo 18 Aino Koivunen Veikko Ruohonen Liisa Ojala Puheenjohtaja läsnä "
            "Varapuheenjohtaja läsnä Jäsen läsnä Muut osallistujat\n\n1 § Kokouksen laillisuus\n")
    rows = {(p, post) for p, post, _ in post_rows(text)}
    assert ("Aino Koivunen", "puheenjohtaja") in rows, rows
    assert ("Liisa Ojala", "puheenjohtaja") not in rows, rows


def test_a_board_named_in_the_heading_before_employs_no_official() -> None:
    text = ("Kh § 141\n\nJärjestämistoiminto, palveluverkkojohtaja Aino Koivunen 23.3.2022:\n\n"
            "Valtuutettu on jättänyt vetoomuksen terveyspisteen toiminnan turvaamiseksi.\n")
    assert not any(p == "Aino Koivunen" and "hallitus" in o.lower() for p, _, o in post_rows(text, kind="news"))


def test_a_surname_after_the_essive_title_is_the_holder() -> None:
    text = ("Aino Koivunen aloitti työnsä keväällä. Nykyisin Kuopion kaupungin sosiaalijohtajana työskentelevä "
            "Koivunen on tyytyväinen.\n")
    rows = post_rows(text, kind="news")
    assert ("Aino Koivunen", "sosiaalijohtaja", "Kuopio") in rows, rows


def test_a_title_naming_its_kind_goes_to_the_one_organisation_of_that_kind() -> None:
    text = ("Kanta-Hämeen hyvinvointialue puoltaa päivystyksen jatkoa.\n\n"
            "– Siirrämme sopimukset sellaisenaan, taustoittaa vt. hyvinvointialuejohtaja Aino Koivunen.\n")
    rows = post_rows(text, kind="news")
    assert ("Aino Koivunen", "hyvinvointialuejohtaja", "Kanta-Hämeen hyvinvointialue") in rows, rows


def test_a_regional_director_is_not_given_the_one_hospital_district() -> None:
    text = ("Työryhmään kuuluvat maakuntajohtaja Aino Koivunen ja Pirkanmaan sairaanhoitopiirin johtaja "
            "Veikko Ruohonen.\n")
    assert not any(p == "Aino Koivunen" for p, _, _ in post_rows(text, kind="news"))


def test_the_next_rows_attendance_mark_is_no_part_of_the_post() -> None:
    from welfare_kg.extract.posts import clean_role

    assert clean_role("fullmäktiges ordförande X") == "fullmäktiges ordförande"
    assert clean_role("x Kh:n pj.") == "Kh:n pj"


def test_two_names_after_a_plural_title_both_hold_it() -> None:
    text = ("Valmisteluryhmään kuuluvat aluehallituksen puheenjohtaja Aino Koivunen, varapuheenjohtajat Veikko "
            "Ruohonen ja Liisa Ojala sekä aluevaltuutetut.\n")
    rows = {(p, post, o) for p, post, o in post_rows(text, kind="news")}
    assert ("Liisa Ojala", "varapuheenjohtaja", "Aluehallitus") in rows, rows


def test_a_translative_title_after_the_name_goes_to_the_one_county() -> None:
    text = ("Aluevaltuusto valitsi kokouksessaan yksimielisesti dosentti Aino Koivusen hyvinvointialuejohtajaksi. "
            "Keski-Suomen hyvinvointialue julkaisi tiedotteen.\n")
    rows = post_rows(text, kind="news")
    assert ("Aino Koivunen", "hyvinvointialuejohtaja", "Keski-Suomen hyvinvointialue") in rows, rows


SIGNATURE_HEADS = ("Esimerkin kuntayhtymä Pöytäkirja 2 / Kuntayhtymän yhtymäkokous Kokousaika Torstai klo 10 "
                   "Muut saapuvilla olleet Aino Koivunen, toimitusjohtaja Veikko Ruohonen, hallintoassistentti "
                   "Laillisuus ja päätösvaltaisuus 16 Asiat ja liitteet Sivut Liite 2 Pöytäkirjan allekirjoitus ja "
                   "varmennus Puheenjohtaja Pöytäkirjanpitäjä Liisa Ojala Matti Kivimaa Pöytäkirjan tarkastus "
                   "Tarkastusaika\n\n16 Kokouksen avaus\n")


def test_two_role_heads_over_two_signatures_pair_in_order() -> None:
    rows = {(p, post) for p, post, _ in post_rows(SIGNATURE_HEADS)}
    assert ("Liisa Ojala", "puheenjohtaja") in rows, rows
    assert ("Matti Kivimaa", "puheenjohtaja") not in rows and ("Liisa Ojala", "pöytäkirjanpitäjä") not in rows


def test_a_role_far_into_a_run_on_row_is_not_the_rows() -> None:
    rows = {(p, post) for p, post, _ in post_rows(SIGNATURE_HEADS)}
    assert ("Veikko Ruohonen", "puheenjohtaja") not in rows, rows


def test_a_home_town_in_brackets_is_no_employer() -> None:
    text = "Hallitukseen valittiin Aino Koivunen (Kuopio) ja Veikko Ruohonen (Siilinjärvi).\n"
    assert not any(o in {"Kuopio", "Siilinjärvi"} for _, _, o in post_rows(text, kind="news"))


def test_the_last_of_a_later_list_of_organisations_is_no_ones_employer() -> None:
    text = ("Hankkeen ohjausryhmän puheenjohtajana toimii perusturvajohtaja Liisa Malli ja jäseninä ovat "
            "Siilinjärven kunta ja Pohjois-Savon sairaanhoitopiiri.\n")
    assert not any(p == "Liisa Malli" and "sairaanhoitopiiri" in o for p, _, o in post_rows(text, kind="news"))


def test_the_organisation_after_a_rows_title_on_the_next_line() -> None:
    text = ("Osaamiskeskukset saavat perusrahoitusta. Mukana on myös Pohjois-Savon sairaanhoitopiiri.\n\n"
            "Lisätietoja\n\nVeikko Ruohonen, neuvotteleva virkamies\nsosiaali- ja terveysministeriö, osasto\n")
    rows = post_rows(text, kind="news")
    assert any(p == "Veikko Ruohonen" and o == "sosiaali- ja terveysministeriö" for p, _, o in rows), rows


def test_acting_as_chair_for_an_item_is_no_office() -> None:
    from welfare_kg.extract.morphology import get_morphology
    from welfare_kg.extract.posts import role_post

    assert role_post("I varapuheenjohtaja puheenjohtajana 157", get_morphology()) == ("varapuheenjohtaja", None)


def test_an_area_is_no_employer() -> None:
    from welfare_kg.extract.model import Evidence, Fact, Mention
    from welfare_kg.extract.morphology import get_morphology
    from welfare_kg.extract.post_review import review_posts

    text = "Valmistelu: Aino Koivunen, asiantuntija\n"
    person = Mention(start=12, end=25, surface="Aino Koivunen", label="Aino Koivunen", type="Person",
                     rule="person", iri="person/aino-koivunen")
    fact = Fact("person/aino-koivunen", "holdsPost", "region/ita-uusimaa", Evidence(text, 0, len(text)),
                "holdsPost:contact-domain", 0.5)
    kept = review_posts([fact], [person], {"person/aino-koivunen": ["aino.koivunen@esimerkki.fi"]},
                        {"region/ita-uusimaa": "Region", "person/aino-koivunen": "Person"}, "region/ita-uusimaa",
                        None, text, get_morphology())
    assert kept == []


def test_a_pronoun_opening_the_sentence_is_the_person_named_before() -> None:
    text = ("Budjettijohtajaksi valittiin Aino Koivunen. Hän jatkaa samalla työssään Espoon kaupungin sosiaali- ja "
            "terveystoimen talous- ja hallintojohtajana.\n")
    rows = post_rows(text, kind="news")
    assert any(p == "Aino Koivunen" and o == "Espoo" for p, _, o in rows), rows


def test_a_pronoun_after_two_names_is_nobodys() -> None:
    text = ("Valituiksi tulivat Aino Koivunen ja Veikko Ruohonen. Hän jatkaa samalla työssään Espoon kaupungin "
            "hallintojohtajana.\n")
    assert not any(o == "Espoo" for _, _, o in post_rows(text, kind="news"))


def test_words_before_a_company_form_in_a_row_are_no_person() -> None:
    from welfare_kg.extract.morphology import get_morphology
    from welfare_kg.extract.people import listed_people

    text = ("Muistio\nOsallistujat Aino Koivunen, Tampereen kaupunki (puheenjohtaja) Veikko Ruohonen, Esimerkki "
            "Science Park Oy Liisa Ojala, Turun kaupunki\n\n1. Kokouksen avaus\n")
    names = {p.label for p in listed_people(text, get_morphology())}
    assert {"Aino Koivunen", "Veikko Ruohonen", "Liisa Ojala"} <= names, names
    assert not any("Park" in n or "Science" in n for n in names), names


def test_a_run_of_capitalised_titles_before_names_gives_each_the_title_before_it() -> None:
    text = ("SYSMÄN KUNTA PÖYTÄKIRJA 1/2020\nKunnanhallitus\nSAAPUVILLA OLLEET JÄSENET Puheenjohtaja Aino Koivunen "
            "Veikko Ruohonen Liisa Ojala MUUT SAAPUVILLA OLLEET Kunnanjohtaja/esittelijä Matti Esimerkki "
            "Hallintojohtaja/ pöytäkirjanpitäjä Pekka Virtanen Asiat :t 1-10 ALLEKIRJOITUS Puheenjohtaja "
            "Pöytäkirjanpitäjä\n")
    rows = post_rows(text)
    assert ("Matti Esimerkki", "kunnanjohtaja", "Sysmä") in rows, rows
    assert ("Pekka Virtanen", "hallintojohtaja", "Sysmä") in rows, rows
    # the signature heads after "ALLEKIRJOITUS" are not the last row's role
    assert not any(p == "Pekka Virtanen" and post == "puheenjohtaja" for p, post, _ in rows), rows


def test_a_swedish_run_of_titles_before_names_after_samt() -> None:
    text = ("SAMMANTRÄDESPROTOKOLL\nSocialnämnden\nBeslutande Anna Berg (S), ordförande Lars Ek (M) Eva Lind (V) "
            "Övriga deltagande Ersättare: Olle Svensson (S) samt sekreterare Karl Holm, socialchef Maria Ström, "
            "områdeschef Nils Dahl och controller Sara Björk\n")
    posts = {(p, post) for p, post, _ in post_rows(text)}
    assert {("Maria Ström", "socialchef"), ("Nils Dahl", "områdeschef"), ("Sara Björk", "controller")} <= posts, posts
    assert ("Karl Holm", "socialchef") not in posts and ("Olle Svensson", "sihteeri") not in posts, posts


def test_a_table_of_names_with_titles_after_them_is_read_as_before() -> None:
    text = ("SYSMÄN KUNTA PÖYTÄKIRJA 1/2020\nKunnanhallitus\nLäsnä Aino Koivunen puheenjohtaja Veikko Ruohonen jäsen "
            "Muut saapuvilla olleet Liisa Ojala kunnanjohtaja Matti Esimerkki hallintojohtaja Pekka Virtanen "
            "talousjohtaja Laillisuus ja päätösvaltaisuus\n")
    rows = post_rows(text)
    assert {("Liisa Ojala", "kunnanjohtaja", "Sysmä"), ("Matti Esimerkki", "hallintojohtaja", "Sysmä"),
            ("Pekka Virtanen", "talousjohtaja", "Sysmä")} <= rows, rows


def test_vice_chair_written_in_two_words() -> None:
    from welfare_kg.extract.morphology import get_morphology
    from welfare_kg.extract.posts import role_post

    assert role_post("(L) (vice ordförande)", get_morphology())[0] == "varapuheenjohtaja"
    assert role_post("I vice ordförande", get_morphology())[0] == "varapuheenjohtaja"
    assert role_post("(S) (ordförande)", get_morphology())[0] == "puheenjohtaja"


def test_vice_chairs_chosen_in_the_sentence_after_the_chair_sit_in_the_chairs_body() -> None:
    text = ("Aluevaltuuston puheenjohtajaksi valittiin Aino Koivunen (kok.). Ensimmäiseksi varapuheenjohtajaksi "
            "valittiin Veikko Ruohonen (kesk.).\n")
    rows = post_rows(text, kind="news")
    assert any(p == "Veikko Ruohonen" and post == "varapuheenjohtaja" and "aluevaltuusto" in o.lower()
               for p, post, o in rows), rows


def test_ordinal_vice_chairs_after_an_aside_and_a_comma_sit_in_the_chairs_body() -> None:
    text = ("Aluevaltuuston puheenjohtajaksi valittiin Aino Koivunen (kok.). Puheenjohtaja toimii tehtävässään "
            "osa-aikaisena. Ensimmäiseksi varapuheenjohtajaksi valittiin Veikko Ruohonen (kesk.), toiseksi "
            "varapuheenjohtajaksi Helmi Saarikoski (sd.) ja kolmanneksi varapuheenjohtajaksi Oiva Jääskeläinen.\n")
    rows = post_rows(text, kind="news")
    for person in ("Veikko Ruohonen", "Helmi Saarikoski", "Oiva Jääskeläinen"):
        assert any(p == person and post == "varapuheenjohtaja" and "aluevaltuusto" in o.lower()
                   for p, post, o in rows), (person, rows)


def test_an_aside_naming_someone_carries_no_body_to_the_ordinal_seat() -> None:
    text = ("Aluevaltuuston puheenjohtajaksi valittiin Aino Koivunen (kok.). Kokousta johti Eero Lahtela. "
            "Ensimmäiseksi varapuheenjohtajaksi valittiin Veikko Ruohonen (kesk.).\n")
    rows = post_rows(text, kind="news")
    assert not any(p == "Veikko Ruohonen" and "aluevaltuusto" in o.lower() for p, _, o in rows), rows


def test_a_vice_chair_after_a_comma_shares_the_body_of_the_chair_named_with_two_bodies() -> None:
    text = ("Valtuusto teki seuraavat valinnat:\n- Kaupunginvaltuuston vaalilautakunnan puheenjohtaja Aino Koivunen "
            "(kesk.), varapuheenjohtaja Veikko Ruohonen (kok.)\n")
    rows = post_rows(text, kind="news")
    assert any(p == "Veikko Ruohonen" and post == "varapuheenjohtaja" and "vaalilautakunta" in o.lower()
               for p, post, o in rows), rows


def test_a_second_seat_after_another_sentence_part_is_not_shared() -> None:
    text = ("Valtuusto teki seuraavat valinnat:\n- Kaupunginvaltuuston vaalilautakunnan puheenjohtaja Aino Koivunen "
            "(kesk.), joka kiitti valinnasta, ja varapuheenjohtaja Veikko Ruohonen (kok.)\n")
    rows = post_rows(text, kind="news")
    assert not any(p == "Veikko Ruohonen" and "vaalilautakunta" in o.lower() for p, _, o in rows), rows


def test_a_vice_chair_after_another_bodys_sentence_is_not_read_into_it() -> None:
    text = ("Aluevaltuuston puheenjohtajaksi valittiin Aino Koivunen (kok.). Tarkastuslautakunta kokoontui. "
            "Varapuheenjohtajaksi valittiin Veikko Ruohonen.\n")
    rows = post_rows(text, kind="news")
    assert not any(p == "Veikko Ruohonen" and "aluevaltuusto" in o.lower() for p, _, o in rows), rows


def test_a_title_after_a_name_the_recogniser_did_not_read_is_not_the_row_before() -> None:
    from welfare_kg.extract.morphology import get_morphology
    from welfare_kg.extract.posts import role_post

    # the row's own title is "Utredare" (a head of data/office_titles.csv), never the next person's economist
    assert role_post("Utredare, Malin Esimerkki Förvaltningsekonom", get_morphology())[1] == "utredare"
    assert role_post("Förvaltningsekonom", get_morphology())[1] == "förvaltningsekonom"


def test_the_deputies_heading_after_the_last_member_is_not_her_role() -> None:
    text = ("SAMMANTRÄDESPROTOKOLL\nSocialnämnden\nBeslutande C Anna Berg, ordförande S Lars Ek, vice ordförande "
            "M Eva Lind Ej tjänstgörande ersättare S Olle Svensson Övriga Karl Holm Nämndsekreterare\n")
    rows = post_rows(text)
    assert ("Anna Berg", "puheenjohtaja") in {(p, post) for p, post, _ in rows}, rows
    assert not any(p == "Eva Lind" and post == "varajäsen" for p, post, _ in rows), rows


def test_a_run_of_titles_before_names_written_as_a_sentence() -> None:
    text = ("KESKI-UUDENMAAN KOULUTUSKUNTAYHTYMÄ YHTYMÄVALTUUSTO PÖYTÄKIRJA 1/2020 Aika Torstai klo Paikka Kerava "
            "2 NIMENHUUDON TOIMITTAMINEN Läsnä olevien toteamiseksi toimitetaan nimenhuuto. Ääniluettelossa "
            "mainittujen jäsenten lisäksi kokoukseen osallistuivat "
            "yhtymävaltuuston sihteeri johtava rehtori Aino Koivunen, hallintojohtaja Pekka Virtanen ja "
            "talouspäällikkö Liisa Ojala. Kokouksessa oli läsnä myös osa yhtymähallituksen jäsenistä.\n")
    posts = {(p, post) for p, post, _ in post_rows(text)}
    assert {("Pekka Virtanen", "hallintojohtaja"), ("Liisa Ojala", "talouspäällikkö")} <= posts, posts
    # each title is the name's after it, not the name's before it
    assert ("Aino Koivunen", "hallintojohtaja") not in posts and ("Pekka Virtanen", "talouspäällikkö") not in posts

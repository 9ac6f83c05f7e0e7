"""Posts given to the wrong organisation by a reader that looked past the layout (session 17's precision work).

Each text is invented for these tests (no real document's people; organisations of the reference data): a steering
group's list followed by a contact block under its own heading, "Name, middle, Org" rows run together with the
next person inside the middle part, an essive title in a run-on paragraph said of the name nearest to it, a title
owned by a group the page leaves unnamed, a member's bare home town, a chair's mark after the member's home
organisation, and a kind word opening its sentence with a capital.
"""

from __future__ import annotations

from tests.helpers import needs_voikko, post_rows


@needs_voikko
def test_a_composition_list_ends_at_the_next_heading() -> None:
    text = ("Hyvinvointia yhdessä -hanke\n\nHankkeen ohjausryhmään kuuluvat:\nSari Huhtala, Rovaniemen kaupunki\n"
            "Kalle Niskanen, Kemijärven kaupunki\n\nYhteystiedot\nHankkeen työntekijät\n"
            "Maija Paavola, projektipäällikkö\nLapin ammattikorkeakoulu\n")
    seats = {(p, o) for p, post, o in post_rows(text, kind="news") if post == "jäsen"}
    assert any(p == "Sari Huhtala" for p, _ in seats)
    assert not any(p == "Maija Paavola" for p, _ in seats)  # under "Yhteystiedot": staff, not a member


@needs_voikko
def test_a_row_with_another_person_in_its_middle_gives_no_untitled_post() -> None:
    text = ("Ohjausryhmä koostui seuraavasti: - Matti Virtala, puheenjohtaja, Sydänkylä - Esko Vähämaa, "
            "varapuheenjohtaja, Sydänkylä - Tapio Ylitalo, Nivalasta Jukka Tikkala, Pyhäjärven kaupunki - "
            "Outi Lehto, Saviselkä Kärsämäki\n")
    assert not any(p == "Tapio Ylitalo" and "Pyhäjärvi" in o for p, _, o in post_rows(text, kind="news"))


@needs_voikko
def test_an_essive_title_in_a_run_on_paragraph_is_the_nearest_persons() -> None:
    text = ("Ohjausryhmä: - Laimi Sarkkinen, Kirkonkylä, Pyhäjärvi - Anna Ritola, Vatjusjärvi Haapavesi "
            "Hankkeen vetäjänä toimi Elina Vähämaa, Kyläkeskus Sykkeestä.\n")
    held = {p for p, post, _ in post_rows(text, kind="news") if post == "vetäjä"}
    assert "Anna Ritola" not in held and "Laimi Sarkkinen" not in held


@needs_voikko
def test_a_title_of_an_unnamed_group_is_no_post_in_the_organisation_named_before() -> None:
    text = ("Kotihoitoa kehitetään\n\nKuopion kaupunki käynnistää Kotihoito 2025 -hankkeen. Hankkeessa on mukana "
            "Savonia-ammattikorkeakoulu.\n\n– Tavoitteena on kotona asuminen, kertoo hankkeen ohjausryhmän "
            "puheenjohtaja Liisa Kettula.\n")
    assert not any(p == "Liisa Kettula" for p, _, _ in post_rows(text, kind="news"))


@needs_voikko
def test_a_members_bare_home_town_is_no_post_but_a_chairs_mark_after_the_home_organisation_is() -> None:
    text = ("Keski-Suomen yhteistyöryhmä\nMUISTIO 2/2018\n\nAika: 5.6.2018 klo 9.00\nPaikka: Jyväskylä\n\n"
            "Osallistujat\nTapani Mäkelä, Keski-Suomen liitto, puheenjohtaja\nTiina Sarvi, Raahe\n"
            "Anna Leppä, Jyväskylän kaupunki\n\n1. Kokouksen avaus\nPuheenjohtaja avasi kokouksen.\n")
    rows = post_rows(text)
    assert ("Tapani Mäkelä", "puheenjohtaja", "Keski-Suomen yhteistyöryhmä") in rows
    assert not any(p == "Tiina Sarvi" and o == "Raahe" for p, _, o in rows)  # a home town, written as no employer
    assert any(p == "Anna Leppä" and o == "Jyväskylä" for p, _, o in rows)  # "Jyväskylän kaupunki": an employer


@needs_voikko
def test_a_kind_word_opening_the_sentence_points_back_to_the_organisation_of_that_kind() -> None:
    text = ("Lapsiperheiden palvelut\n\nPirkanmaan hyvinvointialue ja Tampereen yliopisto ovat kehittäneet "
            "perhekeskusmallia. Tampereen kaupunki on ollut mukana kokeilussa.\n\nHyvinvointialueen "
            "perhepalvelujohtaja Maarit Virtala kertoo, että kokemukset ovat hyviä.\n")
    assert {o for p, _, o in post_rows(text, kind="news") if p == "Maarit Virtala"} == {"Pirkanmaan hyvinvointialue"}


@needs_voikko
def test_a_contact_blocks_title_is_not_held_in_the_organisation_the_prose_named_last() -> None:
    text = ("Perhekeskustoiminta laajenee\n\nEtelä-Karjalan hyvinvointialue laajentaa perhekeskustoimintaa. "
            "Yhteistyökumppanina toimii Mannerheimin Lastensuojeluliitto.\n\nLisätietoja:\n"
            "Perhekeskuskoordinaattori Sanna Hyväri\npuh. 040 123 4567\n")
    assert not any(p == "Sanna Hyväri" and "Lastensuojeluliitto" in o for p, _, o in post_rows(text, kind="news"))


@needs_voikko
def test_an_organisation_written_inside_the_contact_block_is_still_the_contacts() -> None:
    text = ("Kylät-hanke\n\nHanke toteutetaan Maaseudun Sivistysliiton ja Kehittämisyhdistys Kalakukko ry:n "
            "yhteistyönä.\nLisätietoja\nMaaseudun Sivistysliitto\nTimo Laaksonen, kehittämispäällikkö\n"
            "p. 040 123 4567\n")
    assert {o for p, _, o in post_rows(text, kind="news") if p == "Timo Laaksonen"} == {"Maaseudun Sivistysliitto"}


@needs_voikko
def test_a_guests_organisation_after_the_attendance_is_not_the_publisher() -> None:
    text = ("Porin perusturvakeskus\nPerusturvalautakunta\nPöytäkirja 8/2015\n\nLäsnä\nMäkelä Jorma, puheenjohtaja\n"
            "Leino Sirpa, varapuheenjohtaja\n\nMuut saapuvilla olleet\nHakala Kari, perusturvajohtaja\n\n"
            "Asiantuntijat\nOjala Terhi, Satakunnan sairaanhoitopiiri\n")
    assert not any(p == "Kari Hakala" and "sairaanhoitopiiri" in o for p, _, o in post_rows(text))


@needs_voikko
def test_a_seat_owned_by_another_bodys_genitive_is_not_the_meetings_chair() -> None:
    text = ("Joroisten kunta\nKunnanhallitus\nPöytäkirja 7/2019\n\nLäsnä\nPuheenjohtaja Tapani Lehtola\n"
            "Jäsen Kalle Rinnekangas\n\nMuut läsnäolijat\nKunnanvaltuuston puheenjohtaja Risto Ahola\n"
            "Kunnanjohtaja Hannu Laineto, esittelijä\n")
    rows = post_rows(text)
    assert ("Tapani Lehtola", "puheenjohtaja", "Joroisten kunnanhallitus") in rows
    assert not any(p == "Risto Ahola" and o == "Joroisten kunnanhallitus" for p, _, o in rows)


@needs_voikko
def test_a_board_title_opening_the_sentence_is_not_held_in_the_organisation_named_before() -> None:
    text = ("Omaishoitajat ry sai avustuksen\n\nOmaishoitajat ry on saanut avustuksen. Hanketta toteutetaan "
            "yhteistyössä Pirkanmaan hyvinvointialueen kanssa.\n\nHallituksen puheenjohtaja Leena Virtala iloitsee "
            "päätöksestä.\n")
    assert not any(p == "Leena Virtala" and "hyvinvointialue" in o for p, _, o in post_rows(text, kind="news"))


@needs_voikko
def test_in_a_flattened_list_the_title_before_a_name_closes_the_previous_row() -> None:
    text = ("Pohjois-Pohjanmaan liitto Maakuntahallitus Pöytäkirja 3/2021 Läsnä Jäsenet Heikki Ahonen, Oulu, "
            "puheenjohtaja Tiina Sarvelainen, Raahe Pekka Kinnula, Kuusamo Muut Riitta Kangasniemi, "
            "aluekehitysjohtaja, sihteeri Anne Kivelä, Pohjois-Pohjanmaan ELY-keskus\n")
    rows = post_rows(text, kind="news")
    assert not any(p == "Tiina Sarvelainen" and post == "puheenjohtaja" for p, post, _ in rows)
    assert not any(p == "Anne Kivelä" and post == "sihteeri" for p, post, _ in rows)


@needs_voikko
def test_a_long_organisation_in_the_row_before_still_closes_it() -> None:
    # the row "Name, <organisation of 50 characters>, title" reaches further back than a short home town's
    text = ("Maakuntahallitus Pöytäkirja 4/2022 Läsnä Jäsenet Heikki Ahonen, Pohjois-Pohjanmaan "
            "sairaanhoitopiirin kuntayhtymä, puheenjohtaja Tiina Sarvelainen, Raahe Pekka Kinnula, Kuusamo\n")
    assert not any(p == "Tiina Sarvelainen" and post == "puheenjohtaja" for p, post, _ in post_rows(text, kind="news"))


@needs_voikko
def test_a_capitalised_title_after_a_name_opens_the_next_title_first_row() -> None:
    text = ("Muistio\nLäsnä: Lahti: Kaupunginhallituksen puheenjohtaja Ilkka Viljamaa Kaupunginjohtaja "
            "Jyrki Myllymäki Nastola: Kunnanhallituksen puheenjohtaja Reijo Savola\n")
    assert any(p == "Jyrki Myllymäki" and post == "kaupunginjohtaja" for p, post, _ in post_rows(text, kind="news"))


@needs_voikko
def test_a_sentence_before_naming_two_organisations_gives_no_title_its_organisation() -> None:
    text = ("Avustus\n\nHanketta toteutetaan yhteistyössä Tampereen kaupungin ja Pirkanmaan hyvinvointialueen "
            "kanssa. Projektipäällikkö Marko Salmela iloitsee päätöksestä.\n")
    assert not any(p == "Marko Salmela" for p, _, _ in post_rows(text, kind="news"))


@needs_voikko
def test_a_seat_given_in_running_text_is_never_held_in_the_town_the_sentence_names() -> None:
    text = ("Kylämäen Kyläyhdistys ry perustettiin keväällä. Perustamiskokouksen jälkeen hallitus järjestäytyi ja "
            "valitsi sihteerikseen Anna Esimerkin (Mäntylä, Kuhmoinen) ja varapuheenjohtajaksi Pekka Mallin.\n")
    held = {(p, o) for p, _, o in post_rows(text, kind="news")}
    assert not any("Kuhmoinen" in o for _, o in held)
    assert ("Pekka Malli", "Kylämäen Kyläyhdistys ry") in held


@needs_voikko
def test_a_seat_of_the_meeting_is_no_post_in_the_organisation() -> None:
    text = ("Salokylän Nuorisoseura ry piti vuosikokouksensa maaliskuussa. Kokouksen puheenjohtajana toimi Ilkka "
            "Rautio ja sihteerinä Tarja Vehmas. Vuosikokouksen puheenjohtaja Oskari Lampi kiitti.\n")
    held = {p for p, _, _ in post_rows(text, kind="news")}
    assert not held & {"Ilkka Rautio", "Tarja Vehmas", "Oskari Lampi"}


@needs_voikko
def test_a_seat_of_the_organisation_said_beside_a_meeting_stays() -> None:
    text = ("Salokylän Nuorisoseura ry piti vuosikokouksensa. Yhdistyksen puheenjohtajana toimii Ilkka Rautio ja "
            "sihteerinä Tarja Vehmas.\n")
    held = {p for p, _, _ in post_rows(text, kind="news")}
    assert {"Ilkka Rautio", "Tarja Vehmas"} <= held

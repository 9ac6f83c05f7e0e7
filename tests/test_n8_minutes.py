"""Minutes layouts the eighth blind batch showed: a members' table headed "Jäsen ... Varajäsen" with no
attendance word, a joint authority's meeting held at its own premises while the items name towns, and
attendance grouped under "<Municipality>:" headings.

The texts are written for these tests: invented people, real organisations and municipalities (reference
data), laid out as transcripts of minutes lay them out.
"""

from __future__ import annotations

from helpers import MORPH, needs_voikko, person_labels, post_rows, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer

TABLE_HEADS = (
    "KOKOUSKUTSU HALLITUS Kokoustiedot: Aika: maanantai klo 14 Paikka: Kainuun sosiaali- ja terveydenhuollon "
    "kuntayhtymä, neuvotteluhuone Jäsen Ilmoittanut poissaolostaan Varajäsen Laaksonen Aino, pj. Heikkinen Pekka "
    "Salonen Liisa, vpj. Mattila Kalle Nieminen Sari X Lahtinen Timo Rantanen Marja Koskinen Olli "
    "Virtanen Jukka valtuuston puheenjohtaja Lehtonen Anna talousjohtaja Käsiteltävät asiat: 10 Kokouksen "
    "laillisuus 11 Sopimus Suomussalmen kunnan kanssa\n")


@needs_voikko
def test_member_and_deputy_column_heads_open_a_block_read_surname_first() -> None:
    people = person_labels(TABLE_HEADS)
    assert {"Aino Laaksonen", "Pekka Heikkinen", "Liisa Salonen", "Kalle Mattila", "Sari Nieminen",
            "Timo Lahtinen", "Marja Rantanen", "Olli Koskinen", "Jukka Virtanen", "Anna Lehtonen"} <= people
    # the pairs are not shifted across the columns ("Kalle Nieminen", "Olli Virtanen")
    assert not people & {"Kalle Nieminen", "Sari Lahtinen", "Olli Virtanen", "Marja Koskinen"}


@needs_voikko
def test_a_joint_authority_hosting_the_meeting_employs_its_officials_not_a_town_of_an_item() -> None:
    facts = post_rows(TABLE_HEADS)
    assert ("Aino Laaksonen", "puheenjohtaja", "Hallitus") in {(s, p, o.split()[-1].capitalize())
                                                               for s, p, o in facts}
    office = {o for s, p, o in facts if s == "Anna Lehtonen" and p == "talousjohtaja"}
    assert office and not any("Suomussalmi" in o for o in office)
    assert any("kuntayhtymä" in o for o in office)


def test_lowercase_member_and_deputy_words_in_a_sentence_open_no_block() -> None:
    from welfare_kg.extract.people import blocks

    text = "Läsnä: jäsenet Eronen ja Majanen Järvenpäästä, jäsen Laineen varajäsen Salo Keravalta."
    assert all(opener.lower().startswith("läsnä") for _, _, opener in blocks(text))
    assert blocks("Jäsen Varajäsen Laaksonen Aino Heikkinen Pekka")[0][2].startswith("Jäsen")


GROUPED = (
    "Muistio Kuntayhteistyön johtoryhmän kokous Aika: Tiistai kello 17 Paikka: Kaupungintalo Läsnä: "
    "Sysmä: Kunnanvaltuuston puheenjohtaja Aino Laaksonen Kunnanjohtaja Pekka Heikkinen Asikkala: "
    "Kunnanhallituksen puheenjohtaja Liisa Salonen Vs. kunnanjohtaja Kalle Mattila Padasjoki: "
    "Kunnanvaltuuston puheenjohtaja Sari Nieminen Kunnanjohtaja Timo Lahtinen Sihteeristö: Marja Rantanen, "
    "sihteeri 1. Kokouksen avaus Puheenjohtaja avasi kokouksen.\n")


@needs_voikko
def test_a_towns_label_gives_the_titles_after_it_to_that_town() -> None:
    facts = post_rows(GROUPED)
    town = {s: o for s, _, o in facts}
    assert "Sysmä" in town["Pekka Heikkinen"] and "Asikkala" in town["Kalle Mattila"]
    assert "Padasjoki" in town["Timo Lahtinen"]
    # a bare "Kunnanvaltuuston puheenjohtaja" under a town's label is that town's, not one body for all towns
    assert "Sysmä" in town["Aino Laaksonen"] and "Padasjoki" in town["Sari Nieminen"]
    assert "Asikkala" in town["Liisa Salonen"]


TIMED_ROWS = (
    "KORPIKYLÄN KUNTA PÖYTÄKIRJA 3/2011 Kunnanvaltuusto\n\n"
    "1 KORPIKYLÄN KUNTA PÖYTÄKIRJA 3/2011 Aika klo 18:00-20:30 Paikka kunnanvirasto Osallistujat Nimi Klo "
    "Tehtävä Läsnä Laaksonen Aino 18:00-20:30 kunnanhallituksen jäsen Heikkinen Pekka (Petteri) 18:00-20:30 "
    "kunnanhallituksen jäsen Salonen Liisa 18:00-20:30 kunnanjohtaja Käsitellyt asiat 20 Lausunto Kuopion "
    "hallinto-oikeudelle valituksesta\n")


@needs_voikko
def test_attendance_times_and_a_bracketed_given_name_do_not_hide_a_seat_in_another_body() -> None:
    facts = post_rows(TIMED_ROWS)
    seats = {s for s, p, o in facts if o.lower().endswith("kunnanhallitus")}
    assert {"Aino Laaksonen", "Pekka Heikkinen"} <= seats


@needs_voikko
def test_an_unknown_towns_letterhead_gives_its_offices_to_no_other_town() -> None:
    facts = post_rows(TIMED_ROWS)  # the item's "Kuopion hallinto-oikeus" names a town that publishes nothing here
    assert not any("Kuopio" in o for _, _, o in facts)


BOARD_ON_A_SHIP = (
    "YHTYMÄHALLITUKSEN KOKOUS Aika: klo 10 Paikka: M/S Silja Serenade, laivan kokoustila Läsnä: jäsenet "
    "Laaksonen ja Heikkinen Keravan kaupungista 61 PÖYTÄKIRJAN TARKASTAJAT Pöytäkirjantarkastajiksi valittiin "
    "Pekka Heikkinen ja Aino Kivelä- Laaksonen.\n")


@needs_voikko
def test_a_ship_is_no_person_and_a_broken_double_surname_is_joined() -> None:
    people = person_labels(BOARD_ON_A_SHIP)
    assert "Silja Serenade" not in people
    assert "Aino Kivelä-Laaksonen" in people and "Aino Kivelä-" not in people
    assert not any(s == "Silja Serenade" for s, _, _ in post_rows(BOARD_ON_A_SHIP))


def _extraction(text: str):  # type: ignore[no-untyped-def]
    return extract_document(record(text, kind="minutes"), gazetteer=reference_gazetteer())


ITEM_AND = (
    "Yhtymähallitus, kokous 3.5.2021\n\nPöytäkirja on tarkastettu\n\n§ 57 Ostopalvelusopimus ja hinnasto\n\n"
    "Valmistelija\n\nAino Laaksonen, hallintojohtaja\n\nPerustelut\n\nSopimusta on neuvoteltu keväällä.\n\n"
    "Päätös\n\nYhtymähallitus hyväksyi ostopalvelusopimuksen.\n")

ITEM_PARTICIPLE = (
    "Kaupunginhallitus, kokous 1.2.2022\n\nPöytäkirja on tarkastettu\n\n§ 12 Pirkanmaan hyvinvointialueelle "
    "siirtyvän henkilöstön siirtosopimus ja siirtosuunnitelma\n\nValmistelija\n\nPekka Heikkinen, "
    "henkilöstöjohtaja\n\nPerustelut\n\nSiirtosopimus valmistellaan yhdessä.\n\nPäätös\n\nHyväksyttiin.\n")


def test_an_agreement_coordinated_with_another_matter_in_an_item_title_is_the_head_alone() -> None:
    from welfare_kg.extract.item_titles import title_agreements

    found = title_agreements(record(ITEM_AND.replace("Ostopalvelusopimus", "Palvelusopimus"), kind="minutes"),
                             MORPH)
    assert [m.label for m in found] == ["Palvelusopimus"]


@needs_voikko
def test_a_participles_complement_opening_an_item_title_belongs_to_the_agreements_name() -> None:
    out = _extraction(ITEM_PARTICIPLE)
    labels = {e.label for e in out.entities.values() if e.type == "Agreement"}
    assert any(lab.startswith("Pirkanmaan hyvinvointialueelle siirtyvän henkilöstön siirtosopimus") for lab in labels)
    assert not any(lab.lower().startswith("siirtyvän") for lab in labels)


def test_office_heads_the_post_lexicon_lacks_are_offices_but_meeting_roles_are_not() -> None:
    from welfare_kg.extract.posts import office_title, role_post

    for word in ["Kunnossapitoinsinööri", "Socialsekreterare", "rehtori", "controller", "kunnankamreeri"]:
        assert office_title(word, MORPH), word
    assert office_title("Kunnantalo", MORPH) is None and office_title("Insinöörikatu", MORPH) is None
    assert role_post("rehtori, esittelijä", MORPH)[1] == "rehtori"


PREPARERS = (
    "Dynasty tietopalvelu Haku RSS Ruokolahden kunta\n\nKunnanhallitus\nPöytäkirja 09.11.2021/Pykälä 12\n\n"
    "Katuvalojen uusiminen\n\nValmistelijat Kunnossapitoinsinööri Aino Laaksonen\n\n Puh. 040 123 4567\n\n"
    "Kunnanhallitus päättää hyväksyä suunnitelman.\n")


@needs_voikko
def test_a_preparers_engineer_title_gives_a_post_in_the_town() -> None:
    assert any(s == "Aino Laaksonen" and "Ruokolahti" in o for s, _, o in post_rows(PREPARERS))


def _bodies(text: str, word: str) -> list:  # type: ignore[type-arg]
    import re

    from welfare_kg.extract.model import Mention

    return [Mention(start=m.start(), end=m.end(), surface=word, label="Fullmäktige", type="Body",
                    iri="body/x-fullmaktige") for m in re.finditer(word, text)]


def test_a_body_named_only_in_guests_seats_is_not_the_meeting_body() -> None:
    from welfare_kg.extract.posts import meeting_body

    pad = "Protokoll " + "Sammanträdestid: Torsdag kl. 13:00 Sammanträdesplats: Kommungården " * 6
    text = (pad + "Närvarande: X Berg Anna, ordförande Övriga närvarande X Lind Per, fullmäktiges ordförande "
            "X Ek Sara, fullmäktiges I viceordförande X Holm Eva, förvaltningssekreterare")
    assert meeting_body(None, _bodies(text, "fullmäktiges"), text) is None
    named = text + " Ärende 5 fullmäktiges beslut. Ärende 6 fullmäktiges budget."
    assert meeting_body(None, _bodies(named, "fullmäktiges"), named) == "body/x-fullmaktige"


@needs_voikko
def test_titles_under_a_place_label_no_town_matches_go_to_no_other_organisation() -> None:
    # "Tottijärvi" (merged into Nokia in 1976) is a place name Voikko knows that is no municipality today
    text = GROUPED.replace("Asikkala:", "Tottijärvi:")
    facts = post_rows(text)
    assert not any(s in {"Liisa Salonen", "Kalle Mattila"} for s, _, _ in facts)
    town = {s: o for s, _, o in facts}
    assert "Sysmä" in town["Pekka Heikkinen"] and "Padasjoki" in town["Timo Lahtinen"]


@needs_voikko
def test_an_office_title_is_held_in_no_board_the_sentence_names_elsewhere() -> None:
    text = ("Muistio\n\nKokouksessa olivat kunnanhallituksen puheenjohtaja Aino Laaksonen ja talousjohtaja "
            "Marja Rantanen Sysmästä sekä valtuusto.\n")
    out = extract_document(record(text, kind="news"), gazetteer=reference_gazetteer())
    held = {out.entities[f.object].type for f in out.facts if f.predicate == "holdsPost"
            and f.subject.endswith("marja-rantanen") and f.object in out.entities}
    assert held and "Body" not in held


@needs_voikko
def test_a_swedish_genitive_s_is_no_part_of_the_surname_but_a_finnish_surname_in_s_stays() -> None:
    sv = ("SAMMANTRÄDESPROTOKOLL Kommunstyrelsen\n\n78. BESVÄR Bengt Lindqvists besvär över fullmäktiges beslut "
          "behandlades.\n")
    assert "Bengt Lindqvist" in person_labels(sv) and "Bengt Lindqvists" not in person_labels(sv)
    fi = "Pöytäkirja\n\nKunnanhallitus kuuli asiassa Matti Kallas esitteli asian.\n"
    assert "Matti Kalla" not in person_labels(fi)


@needs_voikko
def test_a_role_after_the_title_and_name_is_the_persons_seat_in_the_meeting() -> None:
    text = GROUPED.replace("Osanottajat", "Läsnä").replace(
        "Aino Laaksonen Kunnanjohtaja", "Aino Laaksonen, puheenjohtaja Kunnanjohtaja").replace(
        "Sari Nieminen Kunnanjohtaja", "Sari Nieminen, 1. varapuheenjohtaja Kunnanjohtaja").replace(
        "Läsnä:", "Osanottajat:")
    facts = post_rows(text)
    assert ("Aino Laaksonen", "puheenjohtaja", "Kuntayhteistyön johtoryhmä") in facts
    assert ("Sari Nieminen", "varapuheenjohtaja", "Kuntayhteistyön johtoryhmä") in facts
    assert any(s == "Aino Laaksonen" and "Sysmä" in o for s, _, o in facts)  # the town's seat stays


@needs_voikko
def test_two_surnames_under_two_labels_are_no_person_but_surname_and_given_name_are() -> None:
    from welfare_kg.extract.people import listed_people

    text = ("YHTYMÄHALLITUKSEN KOKOUS Poissa: jäsen Luhtala Keravalta Puheenjohtaja: Pöytäkirjanpitäjä: "
            "Heikkinen Virtanen 12 KOKOUKSEN LAILLISUUS\\n")
    assert not any(p.surname in {"Heikkinen", "Virtanen"} for p in listed_people(text, MORPH))
    rows = "Läsnä: Heikkinen Aino puheenjohtaja Virtanen Pekka jäsen\\n"
    assert {(p.first, p.surname) for p in listed_people(rows, MORPH)} >= {("Aino", "Heikkinen"),
                                                                          ("Pekka", "Virtanen")}

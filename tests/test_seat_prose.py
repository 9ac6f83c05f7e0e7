"""Seats in the meeting's body written in the minutes' prose (extract/seat_prose.py). Invented sentences."""

from __future__ import annotations

import pytest
from helpers import post_rows

from welfare_kg.extract.morphology import get_morphology
from welfare_kg.extract.seat_prose import _owned, prose_seat_facts

MORPH = get_morphology()
needs_voikko = pytest.mark.skipif(MORPH.name == "fallback", reason="first names are known from Voikko's lexicon")

HEAD = "Helsingin kaupunki\n\nSosiaali- ja terveyslautakunta\n\nPäätöstiedote nro 7\n\nKokousaika: 7.10.2014\n\n"


@needs_voikko
def test_chair_and_member_acting_in_the_meeting() -> None:
    rows = post_rows(HEAD + "4\n\nPalveluverkko\n\nPäätös\nLautakunta teki vastaehdotuksia.\n\n"
                     "Jäsen Liisa Aho jätti päätöksestä eriävän mielipiteen.\n\nKäsittely\n\n"
                     "Puheenjohtaja Matti Kallio teki seuraavan vastaehdotuksen: \"Lautakunta päättää.\"\n")
    assert ("Matti Kallio", "puheenjohtaja", "Helsingin sosiaali- ja terveyslautakunta") in rows
    assert ("Liisa Aho", "jäsen", "Helsingin sosiaali- ja terveyslautakunta") in rows


@needs_voikko
def test_a_seat_without_the_meeting_verb_or_owned_is_not_this_body() -> None:
    rows = post_rows(HEAD + "4\n\nAvustus\n\nPerustelut\nHakemuksen ovat allekirjoittaneet puheenjohtaja Matti "
                     "Kallio ja sihteeri Liisa Aho.\n\nYhdistyksen puheenjohtaja Pekka Salo kertoi hankkeesta.\n")
    in_board = {p for p, _, o in rows if o.endswith("terveyslautakunta")}
    assert not in_board & {"Matti Kallio", "Pekka Salo"}


def test_a_genitive_before_the_seat_owns_it() -> None:
    text = "Yhdistyksen puheenjohtaja Pekka Salo; Kh:n puheenjohtaja X; Käsittelyn aikana puheenjohtaja X"
    assert _owned(text, text.index("puheenjohtaja Pekka"))
    assert _owned(text, text.index("puheenjohtaja X;"))
    assert not _owned(text, text.rindex("puheenjohtaja X"))


def test_no_meeting_body_no_seat() -> None:
    assert prose_seat_facts([], "Puheenjohtaja Matti Kallio avasi kokouksen.", None) == []


NEWS = ("Uusi hallitus Esimerkkiseuran Vanhustyö ry:lle\n\nEsimerkkiseuran Vanhustyö ry valitsi syyskokouksessaan "
        "uuden hallituksen.\n\nHallitukseen valittiin kolme jäsentä, jotka ovat:\ntoiminnanjohtaja Liisa Aho, "
        "Helsinki,\nlehtori Matti Kallio, Turku sekä\nsihteeri Sanna Ranta, Oulu.\n\nKokouksen avasi Pekka Salo.\n")


@needs_voikko
def test_elected_into_the_board_of_the_page_s_own_organisation() -> None:
    rows = post_rows(NEWS, kind="news")
    seats = {p for p, post, o in rows if o.startswith("Esimerkkiseuran Vanhustyö")}
    assert seats == {"Liisa Aho", "Matti Kallio", "Sanna Ranta"}  # not the one named after the list
    # the secretary's seat is the association's (its "sihteeri" there), never the member's home town's
    assert not any(p == "Sanna Ranta" and o == "Oulu" for p, _, o in rows)


@needs_voikko
def test_no_organisation_in_the_title_no_seat() -> None:
    rows = post_rows(NEWS.replace("Uusi hallitus Esimerkkiseuran Vanhustyö ry:lle", "Uusi hallitus valittu")
                     .replace("Esimerkkiseuran Vanhustyö ry valitsi", "Yhdistys valitsi"), kind="news")
    assert not any(post == "jäsen" for _, post, _ in rows)


HISTORY = ("Esimerkkikylät ry:n vaiheita\n\nEsimerkkikylät ry perustettiin vuonna 1990. Puheenjohtajaksi valittiin "
           "Liisa Aho. Hänen lisäkseen hallitukseen tulivat Matti Kallio (Kylä, Turku), Sanna Ranta ja Pekka Salo. "
           "Kokouksessa puhui Ville Virta.\n")


@needs_voikko
def test_came_into_the_board_besides_the_chair() -> None:
    rows = post_rows(HISTORY, kind="news")
    seats = {p for p, post, o in rows if post == "jäsen" and o.startswith("Esimerkkikylät")}
    assert seats == {"Matti Kallio", "Sanna Ranta", "Pekka Salo"}  # not the one in the next sentence


@needs_voikko
def test_a_board_word_after_another_genitive_is_not_the_page_s_board() -> None:
    rows = post_rows(HISTORY.replace("Hänen lisäkseen hallitukseen", "Yhtiön hallitukseen"), kind="news")
    assert not any(p == "Sanna Ranta" and o.startswith("Esimerkkikylät") for p, _, o in rows)


@needs_voikko
def test_the_association_named_again_by_its_kind_word() -> None:
    rows = post_rows(HISTORY.replace("Hänen lisäkseen hallitukseen", "Yhdistyksen hallitukseen"), kind="news")
    seats = {p for p, post, o in rows if post == "jäsen" and o.startswith("Esimerkkikylät")}
    assert seats == {"Matti Kallio", "Sanna Ranta", "Pekka Salo"}


@needs_voikko
def test_an_association_word_for_a_page_of_a_company_is_no_seat() -> None:
    text = ("Esimerkkitalo Oy:n vuosi\n\nEsimerkkitalo Oy piti yhtiökokouksen. Yhdistyksen hallitukseen valittiin "
            "Matti Kallio ja Sanna Ranta.\n")
    assert not any(post == "jäsen" for _, post, _ in post_rows(text, kind="news"))


@needs_voikko
def test_a_vice_chair_standing_in_as_chair() -> None:
    text = HEAD + "4\n\nAvustus\n\nKäsittely\n\nPuheenjohtajana toimi varapuheenjohtaja Liisa Aho.\n"
    rows = post_rows(text)
    assert ("Liisa Aho", "varapuheenjohtaja", "Helsingin sosiaali- ja terveyslautakunta") in rows
    # the seat of another body, written in its genitive, is not this body's
    rows = post_rows(text.replace("toimi varapuheenjohtaja", "toimi kaupunginhallituksen varapuheenjohtaja"))
    assert not any(p == "Liisa Aho" and o.endswith("terveyslautakunta") for p, _, o in rows)

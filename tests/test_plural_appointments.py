"""Seats given to several people at once, in the plural translative ("jäseniksi A, B ja C"), and the board of an
organisation the recogniser has no name for ("X Oy:n hallituksen jäseniksi"). Invented sentences."""

from __future__ import annotations

import pytest
from helpers import post_rows

from welfare_kg.extract.morphology import get_morphology

MORPH = get_morphology()
needs_voikko = pytest.mark.skipif(MORPH.name == "fallback", reason="first names are known from Voikko's lexicon")

TEXT = ("Kaupunginhallitus\n\n§ 7 Yhtiön hallituksen nimeäminen\n\nPäätös\n\nKaupunginhallitus päätti nimetä "
        "perustettavan Kiinteistö Oy Esimerkkitalon hallituksen puheenjohtajaksi talousjohtaja Liisa Aho sekä "
        "hallituksen jäseniksi tilapäällikkö Matti Kallio ja lakimies Sanna Ranta.\n\nLisäksi kaupunginhallitus "
        "päätti merkitä tiedoksi Pekka Salon selvityksen.\n")


@needs_voikko
def test_each_person_of_a_plural_seat_gets_it_in_the_organisation_before_the_board() -> None:
    rows = post_rows(TEXT)
    board = {(p, post) for p, post, o in rows if "Esimerkkitalo" in o}  # the company's board, or the company
    assert {("Liisa Aho", "puheenjohtaja"), ("Matti Kallio", "jäsen"), ("Sanna Ranta", "jäsen")} <= board
    assert not any(p == "Pekka Salo" for p, _ in board)  # the next sentence's name is no one appointed

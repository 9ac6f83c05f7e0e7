"""Member lists that a transcript or a lead-in breaks: a town split in two by a PDF's line break ("Outokum pu") and
a count phrase after "X:n lisäksi" ("jäseniä ovat Kempeleen lisäksi seuraavat kunnat:")."""

from __future__ import annotations

from helpers import ID
from helpers import fact_pairs as _facts

KALLIO = ID + "joint-authority/kallio"
M = {name: ID + "municipality/" + code for name, code in [
    ("Nivala", "535"), ("Sievi", "746"), ("Alavieska", "009"), ("Ylivieska", "977"), ("Haapajärvi", "069"),
    ("Reisjärvi", "691"), ("Kärsämäki", "317")]}


def _members(*names: str) -> set[tuple[str, str]]:
    return {(M[n], KALLIO) for n in names}


def test_a_split_town_between_commas_does_not_end_a_long_list() -> None:
    part = _facts("Peruspalvelukuntayhtymä Kallio perustettiin vuonna 2005. Kuntayhtymän jäsenkunnat ovat: Nivala, "
                  "Sievi, Alavieska, Haapa järvi, Reisjärvi, Kärsämäki ja Ylivieska.", "partOf")
    assert _members("Nivala", "Sievi", "Alavieska", "Reisjärvi", "Kärsämäki", "Ylivieska") <= part
    assert _members("Haapajärvi") <= part  # the gazetteer joins a town's name split inside a list of towns


def test_an_unread_item_after_two_towns_still_ends_the_list() -> None:
    """Two towns are too few to tell a list of towns from a sentence that names two: an item no town is read in
    (here split words that join into no town either) ends it."""
    part = _facts("Peruspalvelukuntayhtymä Kallio perustettiin vuonna 2005. Kuntayhtymän jäsenkunnat ovat: Nivala, "
                  "Sievi, Tunte maton, Reisjärvi ja Kärsämäki.", "partOf")
    assert _members("Nivala", "Sievi") <= part
    assert not _members("Reisjärvi", "Kärsämäki") & part


def test_an_unread_item_joined_by_ja_ends_the_list() -> None:
    part = _facts("Peruspalvelukuntayhtymä Kallio perustettiin vuonna 2005. Kuntayhtymän jäsenkunnat ovat: Nivala, "
                  "Sievi, Alavieska, Reisjärvi, Tuntematon ja Kärsämäki.", "partOf")
    assert _members("Nivala", "Sievi", "Alavieska", "Reisjärvi") <= part
    assert not _members("Kärsämäki") & part


def test_a_count_phrase_after_besides_opens_the_list() -> None:
    part = _facts("Peruspalvelukuntayhtymä Kallion jäseniä ovat Nivalan lisäksi seuraavat kunnat: Sievi, Alavieska "
                  "ja Ylivieska.", "partOf")
    assert _members("Nivala", "Sievi", "Alavieska", "Ylivieska") <= part

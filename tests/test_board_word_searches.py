"""The rules that decide whether a bare "kunnanhallitus" is a city's board search the whole text for the city
word. A large page of minutes has thousands of such bare mentions; one whole-text search per mention made the
20.9 MB benchmark page run past its time budget. Each pattern is searched once per document now."""

from __future__ import annotations

import re

import pytest

from welfare_kg.extract import body_parents
from welfare_kg.extract.model import Mention


class CountingPattern:
    """A compiled pattern that counts whole-text searches."""

    def __init__(self, pattern: str) -> None:
        self.pattern = re.compile(pattern)
        self.searches = 0

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        self.searches += 1
        return self.pattern.search(text, *args)


def _bare_boards(text: str, word: str) -> list[Mention]:
    return [Mention(m.start(), m.end(), m.group(), "kunnanhallitus", "Body")
            for m in re.finditer(word, text)]


@pytest.fixture
def counting(monkeypatch: pytest.MonkeyPatch) -> tuple[CountingPattern, CountingPattern]:
    city = CountingPattern(r"(?i)\bkaupunginhallitu")
    town = CountingPattern(r"(?i)\bkunnanhallitu")
    monkeypatch.setattr(body_parents, "_CITY_WORDS", {"kunnanhallitus": ("kaupunginhallitus", city)})
    monkeypatch.setattr(body_parents, "_TOWN_WORDS", {"kunnanhallitus": town})
    return city, town


def test_statute_boards_search_the_text_once(counting: tuple[CountingPattern, CountingPattern]) -> None:
    city, _ = counting
    statute = "Kuntalain 27 §:n mukaan kunnanhallituksen on asetettava neuvosto.\n"
    text = "Kaupunginhallitus 3.4.2024 § 5\n" + statute * 200
    mentions = _bare_boards(text, "kunnanhallituksen")
    body_parents.city_generic_town_boards(mentions, text)
    assert len(mentions) == 200 and all(m.generic for m in mentions)  # the rule still does its work
    assert city.searches == 1


def test_board_acronyms_search_the_text_once(counting: tuple[CountingPattern, CountingPattern]) -> None:
    city, town = counting
    text = "Kaupunginhallitus\n" + "KH 12.5.2014 § 88 Asia\n" * 200
    mentions = _bare_boards(text, "KH")
    body_parents.city_board_acronyms(mentions, text)
    assert all(m.label == "kaupunginhallitus" for m in mentions)
    assert city.searches == 1 and town.searches == 1

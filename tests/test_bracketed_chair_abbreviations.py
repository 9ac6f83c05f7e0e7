"""A chair's seat abbreviated without its stop beside the organisation in the person's own bracket
("Name (X ry, pj)", "Name (vpj, X ry)") is a post in that organisation (output audit a39, invented sentences);
the abbreviation alone in a bracket, or a bracket naming no organisation, gives none."""

from __future__ import annotations

from tests.helpers import fact_rows
from welfare_kg.extract.gazetteer import Gazetteer


def _posts(gaz: Gazetteer, text: str) -> set[tuple[str, str]]:
    return {(f[0], f[2]) for f in fact_rows(gaz, text, "news") if f[1] == "holdsPost"}


def test_chair_and_vice_chair_after_the_organisation(gaz: Gazetteer) -> None:
    text = ("Kuvassa vasemmalta: Aino Kallunki (Pellon Kyläyhdistys ry, vpj) ja Eero Mäntylä "
            "(Pellon Kyläyhdistys ry, pj).")
    posts = _posts(gaz, text)
    assert ("person/aino-kallunki", "association/pellon-kylayhdistys") in posts
    assert ("person/eero-mantyla", "association/pellon-kylayhdistys") in posts


def test_chair_before_the_organisation(gaz: Gazetteer) -> None:
    text = "Paikalla oli myös Eero Mäntylä (pj, Pellon Kyläyhdistys ry), joka kiitti talkooväkeä."
    assert ("person/eero-mantyla", "association/pellon-kylayhdistys") in _posts(gaz, text)


def test_the_abbreviation_alone_gives_no_post(gaz: Gazetteer) -> None:
    text = "Kokouksessa olivat läsnä Eero Mäntylä (pj) ja Aino Kallunki (vpj, paikalla kohdasta 5)."
    assert not _posts(gaz, text)

"""The members and deputies of a joint body read from its "Kunta | Jäsen | Varajäsen" table under the body's heading."""

from __future__ import annotations

from helpers import ID, extract

HEAD = "Kainuun hyvinvointialueen kunnat ovat nimenneet edustajansa neuvostoihin.\n\n"
TABLE = ("Kunta  Varsinainen jäsen  Varajäsen\nKajaani  Aino Koivisto  Pertti Lahtinen\n"
         "Sotkamo  Olavi Niemi  Riitta Salo\nKuhmo  Kaisa Virta  Jaana Hietanen\n")


def _seats(text: str) -> set[tuple[str, str, str | None]]:
    return {(f.subject.removeprefix(ID), f.object.removeprefix(ID), f.post) for f in extract(text).facts
            if f.predicate == "holdsPost" and f.rule == "holdsPost:seat-table"}


def test_each_row_seats_a_member_and_a_deputy_in_the_body_above() -> None:
    seats = _seats(HEAD + "Vanhusneuvosto\n\n" + TABLE)
    bodies = {body for _, body, _ in seats}
    assert len(bodies) == 1 and "vanhusneuvosto" in next(iter(bodies))
    people = {(person, post) for person, _, post in seats}
    assert {("person/aino-koivisto", "varsinainen jäsen"), ("person/pertti-lahtinen", "varajäsen"),
            ("person/kaisa-virta", "varsinainen jäsen"), ("person/jaana-hietanen", "varajäsen")} <= people


def test_swedish_seat_table() -> None:
    text = ("Kommunerna i Kajanaland har utsett sina representanter.\n\nÄldrerådet\n\n"
            "Kommun  Ledamot  Ersättare\nKajaani  Aino Koivisto  Pertti Lahtinen\n"
            "Sotkamo  Olavi Niemi  Riitta Salo\nKuhmo  Kaisa Virta  Jaana Hietanen\n")
    people = {(person, post) for person, _, post in _seats(text)}
    assert {("person/olavi-niemi", "ledamot"), ("person/riitta-salo", "ersättare")} <= people


def test_no_body_above_the_table_no_seats() -> None:
    assert not _seats(HEAD + "Tässä kerrotaan neuvostojen toiminnasta pitkästi. " * 6 + "\n\n" + TABLE)


def test_a_table_without_deputies_gives_no_seats() -> None:
    table = ("Kunta  Jäsen\nKajaani  Aino Koivisto\nSotkamo  Olavi Niemi\nKuhmo  Kaisa Virta\n")
    assert not _seats(HEAD + "Vanhusneuvosto\n\n" + table)

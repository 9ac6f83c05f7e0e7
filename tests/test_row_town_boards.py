"""A town board or council named on another town's row of a member list is that town's (extract/document.py
`_row_town`): a city's "kaupunginhallitus" and a "kunnanhallitus" share one key per town (extract/resolve.body_key),
so a board of another town guessed to be the publisher's would merge with the publisher's own board."""

from __future__ import annotations

from helpers import ID, extract

MINUTES = (
    "SEINÄJOEN KAUPUNKI Ilmastotyöryhmä PÖYTÄKIRJA 2/2020\n"
    "Kaupunginhallitus asetti työryhmän.\n"
    "Läsnä: Matti Esimerkki, puheenjohtaja, kaupunginhallituksen edustaja\n"
    "Pekka Testinen, kunnanhallituksen II varapuheenjohtaja, Ilmajoen kunta\n"
    "Liisa Kokeilu, ympäristöjohtaja, Kurikan kaupunki\n"
)


def test_a_board_closed_by_another_towns_name_is_that_towns() -> None:
    ex = extract(MINUTES, kind="minutes")
    boards = {i.removeprefix(ID) for i, e in ex.entities.items() if e.type == "Body" and "hallitus" in i}
    ilmajoki, seinajoki = "body/145-kunnanhallitus", "body/743-kunnanhallitus"
    assert ilmajoki in boards and seinajoki in boards
    posted = {(f.subject.removeprefix(ID), f.object.removeprefix(ID)) for f in ex.facts if f.predicate == "holdsPost"}
    assert ("person/pekka-testinen", ilmajoki) in posted
    assert ("person/pekka-testinen", seinajoki) not in posted


def test_the_publishers_own_board_stays_its_own() -> None:
    ex = extract("SEINÄJOEN KAUPUNKI PÖYTÄKIRJA 2/2020\nKaupunginhallitus päätti hyväksyä hankkeen.\n",
                 kind="minutes")
    assert any(i.removeprefix(ID) == "body/743-kunnanhallitus" for i in ex.entities)


def test_a_sentence_naming_towns_after_the_board_leaves_it_the_publishers() -> None:
    text = ("SEINÄJOEN KAUPUNKI PÖYTÄKIRJA 2/2020\nKaupunginhallitus on hyväksynyt Seinäjoen kaupungin, Ilmajoen "
            "kunnan ja Kurikan kaupungin välisen sopimuksen.\n")
    boards = {i.removeprefix(ID) for i, e in extract(text, kind="minutes").entities.items() if e.type == "Body"}
    assert "body/743-kunnanhallitus" in boards and "body/145-kunnanhallitus" not in boards

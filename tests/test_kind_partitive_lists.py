"""Names listed after a numeral and their kind in the partitive ("kolme partiolippukuntaa A, B ja C") or after a
plural kind of clubs ("lippukunnat", "kerhot", "kuorot"): each is an organisation of that kind. Texts written for
these tests."""

from __future__ import annotations

from tests.helpers import entity_labels


def test_partitive_after_a_numeral() -> None:
    text = "Lahjoituksen saivat kolme partiolippukuntaa Metsä-Sissit, Koivulan Karhut ja Mäntylän Samoojat."
    assert {"Metsä-Sissit", "Koivulan Karhut", "Mäntylän Samoojat"} <= entity_labels(text, "Association")


def test_company_kind_in_the_partitive() -> None:
    text = "Hankkeeseen osallistui kaksi osuuskuntaa Vihervoima ja Kasvuapu, jotka tuottavat palveluja."
    assert {"Vihervoima", "Kasvuapu"} <= entity_labels(text, "Company")


def test_plural_club_kind() -> None:
    assert {"Laulutaivas", "Sävelsilta"} <= entity_labels("Konsertissa esiintyivät kuorot Laulutaivas ja Sävelsilta.",
                                                          "Association")


def test_people_after_the_kind_stay_people() -> None:
    text = "Avustuksen saivat kaksi yhdistystä Matti ja Maija."
    assert not entity_labels(text, "Association") & {"Matti", "Maija"}

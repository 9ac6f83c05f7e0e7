"""Members listed by the organisation that named them, "Org: jäsen Name ja varajäsen Name" (extract/org_seat_rows.py).
All names are invented."""

from __future__ import annotations

from tests.helpers import needs_voikko, rule_posts

pytestmark = needs_voikko


def _posts(text: str) -> set[tuple[str, str]]:
    return rule_posts(text, "holdsPost:org-seat-row")


_ROWS = ("Vanhusneuvosto\n\nEdustajat vanhusneuvostoon 2025-2029\n\n"
         "Mallilan Eläkkeensaajat ry: jäsen Helmi Aaltonen ja varajäsen Seppo Kallio\n"
         "Esimerkin Omaishoitajat ry: jäsen Tarja Niemelä ja varajäsen Veikko Rantanen\n"
         "Kuusamon kaupunki: Outi Hirvelä ja varajäsen Kalle Pohjola\n")


def test_each_person_of_a_row_holds_a_post_in_the_rows_organisation() -> None:
    posts = _posts(_ROWS)
    assert ("Helmi Aaltonen", "Mallilan Eläkkeensaajat ry") in posts
    assert ("Seppo Kallio", "Mallilan Eläkkeensaajat ry") in posts
    assert ("Veikko Rantanen", "Esimerkin Omaishoitajat ry") in posts
    assert not any(p == "Helmi Aaltonen" and o != "Mallilan Eläkkeensaajat ry" for p, o in posts)


def test_a_town_heading_its_row_is_the_organisation_that_named_them() -> None:
    posts = _posts(_ROWS)
    assert any(p == "Outi Hirvelä" and "Kuusamo" in o for p, o in posts)


def test_one_row_is_no_list() -> None:
    text = "Uusi jäsen valittiin.\n\nMallilan Eläkkeensaajat ry: jäsen Helmi Aaltonen ja varajäsen Seppo Kallio\n"
    assert _posts(text) == set()


def test_a_sentence_after_the_colon_is_no_row() -> None:
    text = ("Mallilan Eläkkeensaajat ry: Helmi Aaltonen kertoi yhdistyksen syksyn retkistä.\n"
            "Esimerkin Omaishoitajat ry: Tarja Niemelä esitteli vertaisryhmän toimintaa.\n")
    assert _posts(text) == set()


def test_a_bare_towns_name_heading_the_row_is_the_members_home() -> None:
    """A county board's members by home town: "Kittilä: Name, varalla Name" gives no post in the town."""
    text = ("Aluehallituksen jäsenet ja varajäsenet\n\n"
            "Kittilä: Helmi Aaltonen, varalla Seppo Kallio\n"
            "Pello: Tarja Niemelä, varalla Veikko Rantanen\n"
            "Salla: Outi Hirvelä, varalla Kalle Pohjola\n")
    assert _posts(text) == set()


def test_a_dash_or_a_comma_may_stand_for_the_colon() -> None:
    dashed = ("Vanhusneuvoston jäsenet\n\n"
              "Mallilan Eläkkeensaajat ry – Helmi Aaltonen (varalla Seppo Kallio)\n"
              "Esimerkin Omaishoitajat ry – Tarja Niemelä (varalla Veikko Rantanen)\n")
    assert {("Helmi Aaltonen", "Mallilan Eläkkeensaajat ry"), ("Seppo Kallio", "Mallilan Eläkkeensaajat ry"),
            ("Veikko Rantanen", "Esimerkin Omaishoitajat ry")} <= _posts(dashed)
    commas = ("Vanhusneuvoston jäsenet\n\n"
              "Mallilan Eläkkeensaajat ry, jäsen Helmi Aaltonen, varajäsen Seppo Kallio\n"
              "Esimerkin Omaishoitajat ry, jäsen Tarja Niemelä, varajäsen Veikko Rantanen\n")
    assert {("Helmi Aaltonen", "Mallilan Eläkkeensaajat ry"), ("Tarja Niemelä", "Esimerkin Omaishoitajat ry")} \
        <= _posts(commas)

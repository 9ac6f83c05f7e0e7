"""A working group's attendance run "Läsnä: Name Town Name Org ..." with no separators (extract/name_org_runs.py).
All names are invented."""

from __future__ import annotations

from tests.helpers import needs_voikko, rule_posts

pytestmark = needs_voikko


def _posts(text: str) -> set[tuple[str, str]]:
    return rule_posts(text, "holdsPost:name-org-run")


def test_a_working_groups_run_ties_each_name_to_the_town_after_it() -> None:
    text = ("MUISTIO\nKESKI-SUOMEN JÄTEHUOLTOYHTEISTYÖRYHMÄ Kokous 2/2011 Aika: klo 13 Paikka: kaupungintalo "
            "Läsnä: Helmi Aaltonen Äänekoski Seppo Kallio Laukaa Tarja Niemelä KSVY Veikko Rantanen Uurainen "
            "1 Kokouksen avaus Helmi Aaltonen avasi kokouksen.\n")
    posts = _posts(text)
    assert {("Helmi Aaltonen", "Äänekoski"), ("Seppo Kallio", "Laukaa"), ("Veikko Rantanen", "Uurainen")} <= posts
    assert not any(p == "Tarja Niemelä" for p, _ in posts)  # an organisation no rule read


def test_a_boards_attendance_gives_home_towns_not_posts() -> None:
    text = ("PÖYTÄKIRJA Yhtymähallitus Läsnä: Helmi Aaltonen Äänekoski Seppo Kallio Laukaa "
            "Veikko Rantanen Uurainen Tarja Niemelä Multia 1 Kokouksen avaus.\n")
    assert _posts(text) == set()


def test_two_pairs_are_no_run() -> None:
    text = ("Jätehuollon työryhmä kokoontui. Läsnä: Helmi Aaltonen Äänekoski Seppo Kallio Laukaa. "
            "Kokous päättyi.\n")
    assert _posts(text) == set()


def test_an_advisory_councils_run_without_the_labels_colon_ties_members_to_their_associations() -> None:
    """An older people's council: each member stands for an association; the chair's mark after the name."""
    text = ("1 1(5) MALLILAN KAUPUNKI Pöytäkirja 3/2024 Vanhusneuvosto Aika klo Paikka Kaupungintalo "
            "Läsnä Helmi Aaltonen, pj Mallilan Eläkkeensaajat ry Seppo Kallio Esimerkin Seniorit ry "
            "Tarja Niemelä Mallilan Omaishoitajat ry Veikko Rantanen Kylämäen Eläkeläiset ry "
            "Outi Hirvelä Mallilan Muistiyhdistys ry Kalle Pohjola sihteeri\n"
            "1 Kokouksen avaus Puheenjohtaja avasi kokouksen.\n")
    posts = _posts(text)
    assert {("Helmi Aaltonen", "Mallilan Eläkkeensaajat ry"), ("Seppo Kallio", "Esimerkin Seniorit ry"),
            ("Tarja Niemelä", "Mallilan Omaishoitajat ry")} <= posts


def test_a_boards_run_of_associations_needs_four_pairs() -> None:
    text = ("PÖYTÄKIRJA Kunnanhallitus Läsnä Helmi Aaltonen Mallilan Eläkkeensaajat ry Seppo Kallio "
            "Esimerkin Seniorit ry Tarja Niemelä Mallilan Omaishoitajat ry. 1 Kokouksen avaus.\n")
    assert _posts(text) == set()


def test_a_sub_heading_inside_the_run_is_stepped_over() -> None:
    text = ("PÖYTÄKIRJA 2/2024 Vammaisneuvosto Aika klo Paikka Kaupungintalo "
            "Läsnä Helmi Aaltonen, pj Mallilan Näkövammaiset ry Seppo Kallio Esimerkin Kuulo ry "
            "Tarja Niemelä Mallilan Omaishoitajat ry Veikko Rantanen Kylämäen Invalidit ry "
            "Seurakuntayhtymän ja kaupungin edustajat Outi Hirvelä Mallilan seurakuntayhtymä Kalle Pohjola sihteeri\n"
            "1 Kokouksen avaus Puheenjohtaja avasi kokouksen.\n")
    posts = _posts(text)
    assert ("Veikko Rantanen", "Kylämäen Invalidit ry") in posts
    assert ("Outi Hirvelä", "Mallilan seurakuntayhtymä") in posts

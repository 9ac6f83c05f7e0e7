"""People printed with their organisation right after the name, "Anna Kivi TAMK" (extract/name_org_pairs.py).
All names are invented."""

from __future__ import annotations

from tests.helpers import needs_voikko, rule_posts

pytestmark = needs_voikko


def _posts(text: str) -> set[tuple[str, str]]:
    return rule_posts(text, "holdsPost:name-org-pair")


def test_a_contents_lines_authors_hold_posts_in_the_organisations_after_their_names() -> None:
    text = ("Sisällys Esipuhe Ikääntyminen ja kulttuuri Helmi Aaltonen Mallilan Eläkkeensaajat ry "
            "Vertaistuen voima Tarja Niemelä Esimerkin Omaishoitajat ry "
            "Retkiä ja kohtaamisia Outi Hirvelä Kylämäen Seniorit ry\n")
    posts = _posts(text)
    assert {("Helmi Aaltonen", "Mallilan Eläkkeensaajat ry"), ("Tarja Niemelä", "Esimerkin Omaishoitajat ry"),
            ("Outi Hirvelä", "Kylämäen Seniorit ry")} <= posts


def test_two_pairs_are_not_enough() -> None:
    text = ("Ikääntyminen ja kulttuuri Helmi Aaltonen Mallilan Eläkkeensaajat ry "
            "Vertaistuen voima Tarja Niemelä Esimerkin Omaishoitajat ry\n")
    assert _posts(text) == set()


def test_a_town_after_the_name_is_no_pair() -> None:
    text = "Kirjoittajat Helmi Aaltonen Kuopio, Tarja Niemelä Iisalmi, Outi Hirvelä Varkaus ja Seppo Kallio Kuopio.\n"
    assert _posts(text) == set()


def test_an_organisation_followed_by_a_town_is_a_branch_read_short() -> None:
    text = ("Palkinnot ottivat vastaan Helmi Aaltonen Mallilan Eläkkeensaajat ry, Tarja Niemelä Esimerkin "
            "Omaishoitajat ry, Outi Hirvelä Kylämäen Seniorit ry ja Seppo Kallio MLL Kuopio.\n")
    posts = _posts(text)
    assert ("Helmi Aaltonen", "Mallilan Eläkkeensaajat ry") in posts
    assert not any(p == "Seppo Kallio" for p, _ in posts)


def test_names_joined_to_a_pair_share_its_organisation() -> None:
    text = ("Lahjoitukset ottivat vastaan Helmi Aaltonen ja Seppo Kallio Mallilan Eläkkeensaajat ry, Tarja Niemelä "
            "Esimerkin Omaishoitajat ry ja Outi Hirvelä Kylämäen Seniorit ry.\n")
    posts = _posts(text)
    assert {("Helmi Aaltonen", "Mallilan Eläkkeensaajat ry"), ("Seppo Kallio", "Mallilan Eläkkeensaajat ry")} <= posts
    assert not any(p == "Tarja Niemelä" and o != "Esimerkin Omaishoitajat ry" for p, o in posts)


def test_a_name_in_a_local_case_is_where_the_person_came_from() -> None:
    """Coined names no lexicon knows: "Pomerokoista" is an elative however its case was read."""
    text = ("Lahjoituksen vastaanottivat Katja Pennanen Pomerokoista, Oskari Nääjärvi Hepivan Pepujoista ja "
            "Anna Siren Rytärön Jipöpöjistä sekä Helmi Aaltonen Mallilan Eläkkeensaajat ry.\n")
    assert not any(o.endswith(("sta", "stä")) for _, o in _posts(text))

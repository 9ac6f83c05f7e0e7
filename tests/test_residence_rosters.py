"""A roster's home towns hold no one's post; a working group's list of office-holders keeps its towns."""

from tests.helpers import labelled_facts


def _posts(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in labelled_facts(text) if p == "holdsPost"}


def test_roster_with_occupations_gives_the_towns_no_posts() -> None:
    text = ("Esimerkkilän aluevaltuusto 2025-2029\n"
            "Veikko Salmela, yrittäjä, Kemi\n"
            "Aino Rinne, sairaanhoitaja, Tornio\n"
            "Pertti Kallas, rehtori, Rovaniemi\n")
    posts = _posts(text)
    assert ("Aino Rinne", "Tornio") not in posts
    assert ("Pertti Kallas", "Rovaniemi") not in posts
    assert ("Veikko Salmela", "Kemi") not in posts


def test_one_retired_member_makes_the_whole_list_a_roster() -> None:
    text = ("Ehdokkaat:\n"
            "Veikko Salmela, eläkeläinen, Kemi\n"
            "Aino Rinne, terveydenhoitaja, Tornio\n"
            "Pertti Kallas, lehtori, Rovaniemi\n")
    assert not {o for _, o in _posts(text)} & {"Kemi", "Tornio", "Rovaniemi"}


def test_working_group_offices_keep_their_towns() -> None:
    text = ("Työryhmän jäsenet:\n"
            "Veikko Salmela, sosiaalijohtaja, Kemi\n"
            "Aino Rinne, perusturvajohtaja, Tornio\n"
            "Pertti Kallas, vanhuspalvelujohtaja, Rovaniemi\n")
    assert ("Aino Rinne", "Tornio") in _posts(text)

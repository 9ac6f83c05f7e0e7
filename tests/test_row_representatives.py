"""A composition list one organisation a row: "Y ry, edustaja A" -- A represents Y."""

from tests.helpers import labelled_facts

TEXT = ("Esimerkkilän vammaisneuvosto\n\n"
        "Neuvostossa toimivat järjestöt ja niiden edustajat:\n\n"
        " • Kemin Invalidit ry, edustaja Veikko Salmela, puh. 040 1234567\n"
        " • Tornion Näkövammaiset ry, edustaja Aino Rinne\n"
        " • Rovaniemen seurakunta, varaedustaja Pertti Kallas, puh. 050 7654321\n")


def test_each_row_names_the_representatives_organisation() -> None:
    posts = {(s, o) for s, p, o in labelled_facts(TEXT) if p == "holdsPost"}
    assert ("Veikko Salmela", "Kemin Invalidit ry") in posts
    assert ("Aino Rinne", "Tornion Näkövammaiset ry") in posts
    assert ("Pertti Kallas", "Rovaniemen seurakunta") in posts


def test_no_row_lends_its_organisation_to_the_next_person() -> None:
    posts = {(s, o) for s, p, o in labelled_facts(TEXT) if p == "holdsPost"}
    assert ("Aino Rinne", "Kemin Invalidit ry") not in posts

"""A comma list of "Given Surname" names with a double surname in it stays in that order (twenty-ninth session,
fresh-page audit of people in minutes).

The rows are written for these tests: invented officials of an invented Swedish committee, listed "Given
Surname" with commas, one of them with two surnames. The run of names that decides the list's order was read in
chunks of one or two words, so the double surname broke it and the list seemed to open with the lone surname of a
"Surname, Firstname" list: every later pair was read the other way round ("Holm, Carin" as Carin Holm).
"""

from __future__ import annotations

from helpers import MORPH, needs_voikko

from welfare_kg.extract.people import listed_people


def _labels(text: str) -> set[str]:
    return {p.label for p in listed_people(text, MORPH)}


@needs_voikko
def test_a_double_surname_keeps_a_given_name_first_list_in_its_order() -> None:
    text = ("Beslutande Anna Lind (S), ordförande Erik Berg (M) Övriga deltagande Magnus Ström, Petra Ek, "
            "Jenny Sand Holmberg, Carin Wik, Christina Dahl, Emma Nord Utses att justera Erik Berg")
    labels = _labels(text)
    assert {"Carin Wik", "Christina Dahl", "Emma Nord"} <= labels, labels
    assert not {"Wik Christina", "Christina Wik", "Emma Dahl", "Carin Holmberg"} & labels, labels


@needs_voikko
def test_a_surname_first_comma_list_is_still_read_so() -> None:
    text = ("Beslutande Back, Eivor Lind, Christian Berg, Helena Holm, Mats Ersättare Sand, Yvonne "
            "Övriga närvarande Löf, Gundel kanslichef")
    labels = _labels(text)
    assert {"Eivor Back", "Christian Lind", "Helena Berg"} <= labels, labels

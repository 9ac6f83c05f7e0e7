"""A town after a word of placing says where a person works, not who employs them (extract/document.py _post_facts).

"Ledande läkaren X har ansvaret för primärvården och är placerad i Kristinestad": the doctor serves a joint
authority from an office in the town; the town is no employer. The same sentence saying the town employs her
("X är anställd av Kristinestad") still gives the post.
"""

from __future__ import annotations

from helpers import labels_and_facts


def _posts(text: str) -> set[tuple[str, str]]:
    _, facts = labels_and_facts(text)
    return {(s, o) for s, p, o in facts if p == "holdsPost"}


def test_a_town_one_is_placed_in_is_no_employer() -> None:
    assert ("Anna Lindqvist", "Kristiinankaupunki") not in _posts(
        "Ledande läkaren Anna Lindqvist har ansvaret för primärvården och är placerad i Kristinestad.")
    assert ("Anna Lindqvist", "Närpiö") not in _posts(
        "Ledande läkaren Anna Lindqvist har ansvaret för primärvården i Kaskö och Närpes och är stationerad i "
        "Närpes.")


def test_the_town_named_otherwise_keeps_the_post() -> None:
    assert ("Anna Lindqvist", "Kristiinankaupunki") in _posts(
        "Ledande läkaren Anna Lindqvist har ansvaret för primärvården i Kristinestad.")

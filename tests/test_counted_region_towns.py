"""A count of a region's towns before the singular elative picks some of them out: "Pohjois-Savon 19 kunnasta A, B
ja C" makes each a part of the region, as "X:n kunnista A ja B" does. Invented sentences; the towns are real."""

from __future__ import annotations

from helpers import labelled_facts, needs_voikko


@needs_voikko
def test_towns_after_a_counted_elative_are_part_of_the_region() -> None:
    facts = labelled_facts("Etelä-Savon 12 kunnasta Mikkeli, Juva ja Pieksämäki ovat laatineet ohjelman.")
    assert {("Mikkeli", "partOf", "Etelä-Savo"), ("Juva", "partOf", "Etelä-Savo"),
            ("Pieksämäki", "partOf", "Etelä-Savo")} <= facts


@needs_voikko
def test_a_count_of_towns_with_no_named_towns_gives_no_part() -> None:
    facts = labelled_facts("Etelä-Savon 12 kunnasta viisi on laatinut ohjelman.")
    assert not {f for f in facts if f[1] == "partOf"}

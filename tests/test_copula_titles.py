"""A title said of a person with "on"/"oli", its organisation in the genitive before it (extract/copula_titles.py).

The texts are invented for these tests: invented people, real organisations of the reference data.
"""

from __future__ import annotations

from helpers import needs_voikko, post_rows


@needs_voikko
def test_the_genitive_before_a_predicate_title_is_the_employer() -> None:
    rows = post_rows("Uutinen\n\nVeikko Ranta on Kuopion kaupungin hyvinvointikoordinaattori. Hän kertoo "
                     "hankkeesta.\n", kind="news")
    assert ("Veikko Ranta", "hyvinvointikoordinaattori", "Kuopio") in rows


@needs_voikko
def test_other_names_and_an_association() -> None:
    rows = post_rows("Uutinen\n\nOuti Salo oli Suomen Kuntaliiton kehittämispäällikkö, ja hän kertoo.\n",
                     kind="news")
    assert {(s, o) for s, _, o in rows if s == "Outi Salo"} == {("Outi Salo", "Suomen Kuntaliitto ry")}


@needs_voikko
def test_a_title_that_does_not_close_the_clause_or_has_no_owner_is_not_read() -> None:
    rows = post_rows("Uutinen\n\nVeikko Ranta on Kuopion kaupungin hyvinvointikoordinaattori Outi Salon "
                     "sijainen. Pentti Lahti on kuopiolainen sairaanhoitaja.\n", kind="news")
    assert not any(s == "Veikko Ranta" and p == "hyvinvointikoordinaattori" for s, p, _ in rows)
    assert not any(s == "Pentti Lahti" for s, _, _ in rows)


@needs_voikko
def test_swedish_title_then_the_organisation_after_a_preposition() -> None:
    rows = post_rows("Nyhet\n\nJan Sjöberg är utvecklingschef vid Vasa stad. Tom Lind är ordförande för "
                     "föreningen.\n", kind="news")
    assert ("Jan Sjöberg", "utvecklingschef", "Vaasa") in rows
    assert not any(s == "Tom Lind" for s, _, _ in rows)

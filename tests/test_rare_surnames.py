"""Rare surnames that neither Voikko nor the population register's table holds: after two given names such a word
is the surname in any case ("Tauno Johannes Holmenin kuolinpesä", extract/entities.py `_second_given_name`), and
in the allative it is written in its base form ("eron myöntäminen Taija Heletojalle", extract/person_forms.py
`_from_allative`). Invented people with coined surnames."""

from __future__ import annotations

from helpers import needs_voikko, typed_labels


@needs_voikko
def test_an_unknown_surname_after_two_given_names_completes_the_name() -> None:
    got = typed_labels("Kunta sai perillisittä kuolleen Tauno Johannes Kvarnelmin kuolinpesän omaisuuden.",
                       kind="minutes")
    assert ("Person", "Tauno Johannes Kvarnelm") in got, got
    assert ("Person", "Tauno Johannes") not in got, got


@needs_voikko
def test_an_unknown_surname_in_the_allative_is_read_in_its_base_form() -> None:
    got = typed_labels("Kunnanhallitus myönsi eron Taija Kelvotojalle.", kind="minutes")
    assert ("Person", "Taija Kelvotoja") in got, got


@needs_voikko
def test_an_allative_in_capitals_too() -> None:
    got = typed_labels("ERON MYÖNTÄMINEN TAIJA KELVOTOJALLE KUNNAN LUOTTAMUSTEHTÄVISTÄ", kind="minutes")
    assert ("Person", "Taija Kelvotoja") in got, got


@needs_voikko
def test_a_table_surname_ending_like_an_allative_stays() -> None:
    got = typed_labels("Kunnanhallitus myönsi eron Anna Helle.", kind="minutes")
    assert ("Person", "Anna Helle") in got, got


@needs_voikko
def test_a_foreign_surname_ending_in_ille_stays() -> None:
    got = typed_labels("Puheenvuoron käytti Tony Granville.", kind="minutes")
    assert ("Person", "Tony Granville") in got, got

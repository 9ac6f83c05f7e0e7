"""Where a person's name ends in rows and prose of real layouts (issue 12: blind precision).

The sentences are written for these tests, in the shapes minutes and pages use: a row's post that opens with
its owner's genitive ("Kaupunginhallituksen edustaja"), which must not be read as the person's surname.
"""

from __future__ import annotations

from helpers import MORPH, needs_voikko, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.people import listed_people, organisation_genitive


@needs_voikko
def test_owner_genitive_of_a_row_post_is_no_surname() -> None:
    text = ("Läsnä Rinne Ilkka puheenjohtaja Koivisto Sari jäsen Lampinen Toni Kaupunginhallituksen edustaja "
            "Hakala Paula Yhtymähallituksen jäsen Lehto Kari Kuntayhtymän johtaja\nKäsitellyt asiat 1-5")
    assert [(p.label, p.written) for p in listed_people(text, MORPH)] == [
        ("Ilkka Rinne", "Rinne Ilkka"), ("Sari Koivisto", "Koivisto Sari"), ("Toni Lampinen", "Lampinen Toni"),
        ("Paula Hakala", "Hakala Paula"), ("Kari Lehto", "Lehto Kari")]


@needs_voikko
def test_organisation_genitive_spares_surnames_that_are_nouns() -> None:
    assert organisation_genitive("Lautakunnan", MORPH)
    assert organisation_genitive("Kaupunginhallituksen", MORPH)
    # a surname that Voikko also reads as an inflected noun, and nominative names, stay names
    assert not any(organisation_genitive(w, MORPH) for w in ("Salin", "Kiven", "Koivu", "Mäki", "Virtanen"))


@needs_voikko
def test_two_given_names_written_apart_keep_the_surname() -> None:
    text = ("Työryhmä kokoontui maaliskuussa.\nTyöryhmään kuuluvat Maria Heikkilä, Oulun kaupunki; "
            "Jan Erik Sandvik, Pietarsaari; Anna Liisa Kokkola, Kokkolan kaupunki.\n")
    people = {e.label for e in extract_document(record(text)).entities.values()
              if e.type == "Person"}
    assert "Jan Erik Sandvik" in people and "Jan Erik" not in people
    assert "Maria Heikkilä" in people


@needs_voikko
def test_middle_initial_of_a_surname_first_row_stays_in_the_name() -> None:
    text = ("Läsnä Hirvonen Pauli puheenjohtaja Lehtola Sanna R. varajäsen Koski Mikko jäsen Aalto Eeva X Oja Timo "
            "jäsen\nKäsitellyt asiat 1-4")
    people = listed_people(text, MORPH)
    assert ("Sanna R. Lehtola", "Lehtola Sanna R.") in [(p.label, p.written) for p in people]
    assert [p.role for p in people if p.label == "Sanna R. Lehtola"] == ["varajäsen"]
    # a capital without its full stop is a column's mark, no initial
    assert not any(" X" in p.label for p in people)

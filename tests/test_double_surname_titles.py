"""A given name and two surnames without a hyphen, a comma and a title after them ("Karin Tomasson Lyrvang,
forskningssekreterare"): the third word is the person's second surname, not an organisation (session 35 output
audit of fresh pages: the last surname became a company and the object of two posts).

The names are invented.
"""

from __future__ import annotations

from helpers import needs_voikko_for, typed_labels

needs_voikko = needs_voikko_for("given names and post titles are known from Voikko and the lists")


@needs_voikko
def test_a_second_surname_before_a_comma_and_a_title_belongs_to_the_name() -> None:
    found = typed_labels("Porträttfoto på Karin Tomasson Lyrvang, forskningssekreterare\n"
                         "Karin Tomasson Lyrvang, forskningssekreterare\n\nHon svarar på frågor.")
    assert ("Person", "Karin Tomasson Lyrvang") in found
    assert not any(typ == "Company" for typ, _label in found)


@needs_voikko
def test_a_captions_organisation_after_a_name_is_still_read_when_the_next_name_follows() -> None:
    # no title after the comma: "Name Org, Name Org" captions keep their organisations (extract/entities.py)
    found = typed_labels("Kuvassa toimitusjohtaja Pekka Laine Harjula, toimitusjohtaja Olli Kivi Mäntylä ja muut.")
    assert ("Person", "Pekka Laine Harjula") not in found


@needs_voikko
def test_a_name_titled_before_keeps_its_captions_organisation() -> None:
    # "toimitusjohtaja A B Org, rehtori, ...": the person was titled before the name, the word after is the caption's
    found = typed_labels("Kuvassa toimitusjohtaja Pekka Laine Harjula, rehtori, toimitusjohtaja Olli Kivi Mäntylä.")
    assert ("Person", "Pekka Laine Harjula") not in found


@needs_voikko
def test_a_town_that_is_a_given_name_before_a_swedish_surname_voikko_does_not_know_is_a_person() -> None:
    # "Lovisa" is the Swedish name of Loviisa and a given name; "Persson"-like surnames get guessed case readings
    found = typed_labels("I projektet ska Lovisa Hedmansson vid institutet undersöka frågan. Lovisa stad deltar.")
    assert ("Person", "Lovisa Hedmansson") in found
    assert ("Municipality", "Loviisa") in found  # the town written as one ("Lovisa stad") stays a town


def test_swedish_research_councils_are_agencies_by_their_own_short_names() -> None:
    found = typed_labels("Forskningsrådet Forte beviljar 12 miljoner kronor till forskningen om äldre. Även Formas och "
                         "Barnombudsmannen deltar i samverkan med kommunerna.")
    assert {("Agency", "Forte"), ("Agency", "Formas"), ("Agency", "Barnombudsmannen")} <= found

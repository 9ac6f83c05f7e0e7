"""People named with two given names and a surname, and names inside an attendance layout's runs:

- a second given name that ends like a street ("Vihtori": "-tori") or that Voikko knows first as a town
  ("Kaarina") still makes the three-part name (extract/entities.py `_street_word`, `_second_given_name`);
- in an attendance list's run a surname of the -nen paradigm in the genitive ("Jari Nevasen varajäsen": whose
  deputy the row's person is) is no listed person (extract/people.py `inflected_name_only`).
Invented people and minutes."""

from __future__ import annotations

from helpers import MORPH, needs_voikko, typed_labels

from welfare_kg.extract.people import listed_people


@needs_voikko
def test_a_second_given_name_ending_like_a_street() -> None:
    got = typed_labels("Kunnanhallitus käsitteli Pentti Vihtori Kuusiston oikeudenomistajien kirjeen.", "minutes")
    assert ("Person", "Pentti Vihtori Kuusisto") in got, got


@needs_voikko
def test_a_second_given_name_that_is_also_a_town() -> None:
    got = typed_labels("Kunnanhallitus käsitteli Irja Kaarina Kuusiston kuolinpesän asian.", "minutes")
    assert ("Person", "Irja Kaarina Kuusisto") in got, got


@needs_voikko
def test_a_street_after_a_given_name_is_still_no_surname() -> None:
    got = typed_labels("Toimisto muutti osoitteeseen Maria Kauppatori 5.", "minutes")
    assert not any(t == "Person" and "Kauppatori" in label for t, label in got), got


@needs_voikko
def test_whose_deputy_in_a_list_is_no_listed_person() -> None:
    text = ("Kylämäen kunta Kunnanhallitus PÖYTÄKIRJA 6/2019\n"
            "Saapuvilla olleet jäsenet Kettunen Pekka Nevanto Jari Lahti Aino Salo Olli Tamsi Kalle puheenjohtaja "
            "I varapuheenjohtaja jäsen jäsen, poissa jäsen Jari Nevasen varajäsen Muut saapuvilla olleet Rinne Esko "
            "kunnanjohtaja\n\n1 § Kokouksen avaus\n")
    people = [p.written for p in listed_people(text, MORPH)]
    assert "Jari Nevasen" not in people, people
    assert {"Tamsi Kalle", "Rinne Esko"} <= set(people), people

"""An attendance list writes its names unchanged: a given name read only in an inflected case ("Inkan") is a word
of running text, an item title run into the list, and pairs with no word before it as a person
(extract/people.py `nameish`). The minutes are invented for these tests."""

from __future__ import annotations

from helpers import MORPH, needs_voikko

from welfare_kg.extract.people import listed_people


def _minutes(run: str) -> str:
    # a transcript's contents page run into one line under the attendance heading, then the attendance itself
    return (f"1 i SISÄLLYSLUETTELO KH, Pöytäkirja -1 Läsnäolijat Koulun hankinta {run} Vakuutusten hoito\n\n"
            "2 Paikka Kunnantalo Saapuvilla olleet jäsenet Kettunen Pekka Nevanto Jari puheenjohtaja jäsen\n")


@needs_voikko
def test_a_centre_and_a_given_name_in_the_genitive_are_nobody() -> None:
    people = [p.label for p in listed_people(_minutes("Kuntayhtymän esitys Nuorisokeskus Marjan toiminnan "
                                                      "jatkamisesta"), MORPH)]
    assert not any("Nuorisokeskus" in p or "Marjan" in p for p in people), people


@needs_voikko
def test_listed_people_in_the_nominative_stay() -> None:
    people = [p.label for p in listed_people(_minutes("Kuntayhtymän esitys"), MORPH)]
    assert {"Pekka Kettunen", "Jari Nevanto"} <= set(people), people

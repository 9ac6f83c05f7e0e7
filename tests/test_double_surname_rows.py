"""A double surname in a surname-first attendance run ("Turunen Antti Bjerregård Madsen Johanna Kastinen Janne"):
the two surnames and the given name are one person (extract/people.py `_best_split`, `_double_surname`).
The minutes are invented for these tests."""

from __future__ import annotations

from helpers import MORPH, needs_voikko

from welfare_kg.extract.people import listed_people


def _minutes(run: str) -> str:
    return ("Kylämäen kuntayhtymä\nYhtymähallitus\nPÖYTÄKIRJA 6/2019\n\nLäsnä\nKettunen Pekka puheenjohtaja\n"
            f"Muut saapuvilla olleet {run} yhtymävaltuuston 1. varapuheenjohtaja\n\n1 § Kokouksen avaus\n\n"
            "Puheenjohtaja avasi kokouksen.\n")


@needs_voikko
def test_two_surnames_then_the_given_name() -> None:
    people = [p.label for p in listed_people(_minutes("Nevanto Jari Turunen Antti Bjerregård Madsen Johanna "
                                                      "Kastinen Janne Hirvonen Markus"), MORPH)]
    assert "Johanna Bjerregård Madsen" in people
    assert {"Antti Turunen", "Janne Kastinen", "Jari Nevanto"} <= set(people)


@needs_voikko
def test_a_town_between_names_is_no_second_surname() -> None:
    people = [p.label for p in listed_people(_minutes("Nevanto Jari Turunen Antti Kuopio Kastinen Janne "
                                                      "Hirvonen Markus"), MORPH)]
    assert not any("Kuopio" in p for p in people)
    assert {"Antti Turunen", "Janne Kastinen"} <= set(people)


@needs_voikko
def test_an_unknown_word_opening_the_run_is_no_first_surname() -> None:
    people = [p.label for p in listed_people(_minutes("Paragrafiker Lundqvist Iiro Nevanto Jari"), MORPH)]
    assert not any("Paragrafiker" in p for p in people)

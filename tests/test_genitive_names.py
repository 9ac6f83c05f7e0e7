"""A person's unknown surname in the genitive, told by the word that governs it (extract/genitive_names.py).

Invented people; the surnames are ones Voikko does not know.
"""

from __future__ import annotations

from helpers import MORPH, needs_voikko_for

from welfare_kg.extract.genitive_names import _base, genitive_people
from welfare_kg.records import Mention

needs_voikko = needs_voikko_for("first names are known from Voikko")


def _people(text: str, *names: str) -> list[Mention]:
    out = []
    for name in names:
        at = text.index(name)
        out.append(Mention(at, at + len(name), name, name, "Person", rule="person"))
    return out


def _labels(text: str, *names: str) -> list[str]:
    """The labels the named people have after genitive_people has read the text around them."""
    people = _people(text, *names)
    genitive_people(people, text, MORPH)
    return [p.label for p in people]


def test_only_a_short_vowels_n_with_no_possible_weak_grade_comes_off() -> None:
    assert _base("Saraman") == "Sarama"
    assert _base("Stenbackan") == "Stenbacka"
    assert _base("Kauniskankaan") is None  # a long vowel: "Kauniskangas" or "Kauniskankaa"
    assert _base("Kiviluodon") is None  # "d" may be the weak grade of "t"
    assert _base("Rannan") is None  # "nn" may be the weak grade of "nt"
    assert _base("Pesosen") is None  # the -nen paradigm is person_forms' own


@needs_voikko
def test_a_governing_word_after_the_name_and_its_bracket_makes_it_a_genitive() -> None:
    assert _labels("Laura Saraman (Turun kaupunki) vastuulla on hanke 2.", "Laura Saraman") == ["Laura Sarama"]
    assert _labels("Laura Saraman mukaan hanke etenee.", "Laura Saraman") == ["Laura Sarama"]


@needs_voikko
def test_every_name_coordinated_before_the_governing_word_is_a_genitive() -> None:
    text = "Laura Saraman (Turun kaupunki) sekä Saija Stenbackan (Salon kaupunki) yhteisellä vastuulla on hanke 2."
    assert _labels(text, "Laura Saraman", "Saija Stenbackan") == ["Laura Sarama", "Saija Stenbacka"]


@needs_voikko
def test_without_a_governing_word_the_name_stays_as_written() -> None:
    assert _labels("Laura Saraman (Turun kaupunki) aloitti työnsä. Hanke etenee.", "Laura Saraman") == ["Laura Saraman"]
    # a listed row's name is written in the nominative whatever follows it
    text = "Anna Nordin kanssa"
    row = [Mention(0, 11, "Anna Nordin", "Anna Nordin", "Person", rule="person-listed")]
    genitive_people(row, text, MORPH)
    assert row[0].label == "Anna Nordin"


@needs_voikko
def test_a_given_name_and_a_nouns_genitive_before_a_governing_word_are_a_person() -> None:
    from welfare_kg.extract.genitive_names import governed_pairs

    text = "Jenni Kiviluodon (Turun kaupunki) ja Anneli Pahtan (Salon kaupunki) yhteisvastuulla on hanke 4."
    assert [m.label for m in governed_pairs(text, MORPH) if m.rule == "person-governed"] == ["Jenni Kiviluoto"]
    text = "Johannes Holvitien (Varsinais-Suomen sairaanhoitopiiri) vastuulla on hanke 5."
    assert [m.label for m in governed_pairs(text, MORPH)] == ["Johannes Holvitie"]
    # no governing word: the pair may be anything ("Jenni Kiviluodon kirja" is left to the recogniser)
    assert governed_pairs("Jenni Kiviluodon kirja ilmestyi.", MORPH) == []
    # no given name before the genitive: a place's or an organisation's name
    assert governed_pairs("Suomen Kuntaliiton mukaan hanke etenee.", MORPH) == []


@needs_voikko
def test_a_governed_pair_holds_the_post_its_bracket_names() -> None:
    from helpers import post_rows

    facts = post_rows("Johannes Holvitien (Varsinais-Suomen sairaanhoitopiiri) vastuulla on hanke 5, ICT.\n")
    assert {s for s, p, o in facts} == {"Johannes Holvitie"}


@needs_voikko
def test_an_unknown_compound_surname_is_inflected_by_its_last_part() -> None:
    """"Kauniskankaan": no "-n" alone comes off, but its last part is "kangas" in the genitive."""
    text = "Sirpa Rantasen (X) sekä Katariina Kauniskankaan (Turun kaupunki) yhteisellä vastuulla on hanke 3."
    assert _labels(text, "Katariina Kauniskankaan") == ["Katariina Kauniskangas"]
    assert _labels("Katariina Kauniskankaan (Turun kaupunki) aloitti.", "Katariina Kauniskankaan") == [
        "Katariina Kauniskankaan"]  # no governing word: no genitive

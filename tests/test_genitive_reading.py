"""The one genitive test that readers of names opened by a genitive share (extract/morphology.py
`genitive_reading`): they differ only in the word classes they refuse. Invented and common words."""

from __future__ import annotations

from helpers import needs_voikko_for

from welfare_kg.extract.morphology import NOT_NAME_GENITIVES, genitive_reading, get_morphology

MORPH = get_morphology()
needs_voikko = needs_voikko_for("word classes come from Voikko")
NO_PLACES_OR_PEOPLE = NOT_NAME_GENITIVES | {"paikannimi", "sukunimi", "etunimi"}


@needs_voikko
def test_a_common_nouns_genitive_opens_a_name_for_every_reader() -> None:
    for word in ("Mielenterveysseuran", "Kansaneläkelaitoksen"):
        assert genitive_reading(word, MORPH)
        assert genitive_reading(word, MORPH, not_of=NO_PLACES_OR_PEOPLE)


@needs_voikko
def test_numerals_pronouns_and_nominatives_open_none() -> None:
    for word in ("Kolmen", "hänen", "talo"):
        assert not genitive_reading(word, MORPH)


@needs_voikko
def test_a_place_or_a_surname_is_refused_only_where_the_reader_says_so() -> None:
    for word in ("Porin", "Virtasen"):
        assert genitive_reading(word, MORPH)
        assert not genitive_reading(word, MORPH, not_of=NO_PLACES_OR_PEOPLE)

"""Organisations, bodies and municipalities in shapes that unseen documents write (issue 12 audit)."""

from __future__ import annotations

import pytest

from welfare_kg.extract.gazetteer import reference_gazetteer
from welfare_kg.extract.morphology import get_morphology
from welfare_kg.extract.text import tokenize


def _iris(text: str) -> list[str]:
    gaz, morph = reference_gazetteer(), get_morphology()
    return [m.entity.iri.rsplit("/id/", 1)[-1] for m in gaz.match(tokenize(text), morph)]


@pytest.mark.parametrize(("text", "iri"), [
    # a long town name opening a sentence: Voikko's common-noun compound reading is a guess, not a word
    ("Siilinjärvellä avattiin uusi palvelukeskus.", "municipality/749"),
    ("Kiuruvedellä kokeillaan liikkuvaa neuvolaa.", "municipality/263"),
    # a surname-first attendance row: the town after the first name is the town of the post
    ("Virtanen Matti Nousiaisten kunnanjohtaja", "municipality/538"),
    ("Matti Virtasen mukaan Haapajärven kaupunki hyötyy.", "municipality/069"),
])
def test_town_is_found(text: str, iri: str) -> None:
    assert iri in _iris(text)


@pytest.mark.parametrize(("text", "iri"), [
    # an inflected surname right after a first name is the person's, not the town's
    ("Jäsen Liisa Juvan ehdotuksesta asia palautettiin.", "municipality/178"),
    ("Asiasta keskusteltiin Pekka Salon kanssa.", "municipality/734"),
    ("Anna-Maija Rauman esitys hyväksyttiin.", "municipality/684"),
    # a short town name that is a common word still needs its head opening a sentence
    ("Salossa oli kaatunut puita.", "municipality/734"),
])
def test_place_word_is_not_the_town(text: str, iri: str) -> None:
    assert iri not in _iris(text)

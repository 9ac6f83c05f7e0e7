"""Teaching posts of colleges and schools are office titles ("Centrian lehtori X", "yliopettaja Y"), while a
professor's title, a rank as often as a post, is left to the post lexicon.

Invented words around real title words; no document's text.
"""

from __future__ import annotations

import pytest
from helpers import MORPH, needs_voikko_for

from welfare_kg.extract.posts import office_title

needs_voikko = needs_voikko_for("compounds are split by Voikko")


@pytest.mark.parametrize("word, title", [("lehtori", "lehtori"), ("lektor", "lektor"), ("opettaja", "opettaja")])
def test_teaching_posts_are_office_titles(word: str, title: str) -> None:
    assert office_title(word, MORPH) == title


@needs_voikko
def test_compound_and_inflected_teaching_posts() -> None:
    assert office_title("yliopettaja", MORPH) == "yliopettaja"
    assert office_title("lehtorit", MORPH) == "lehtori"


def test_a_professor_and_a_minutes_checker_are_not_office_titles_here() -> None:
    assert office_title("professori", MORPH) is None
    assert office_title("pöytäkirjantarkastaja", MORPH) is None

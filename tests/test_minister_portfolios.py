"""A minister's portfolio title that is not a ministry's name names the ministry its portfolios belong to
(extract/minister_portfolios.py, read by extract/document.py's `_minister`). Invented sentences."""

from __future__ import annotations

import pytest
from helpers import post_rows

from welfare_kg.extract.minister_portfolios import portfolio_ministries
from welfare_kg.extract.morphology import get_morphology

MORPH = get_morphology()
needs_voikko = pytest.mark.skipif(MORPH.name == "fallback", reason="first names are known from Voikko's lexicon")


def test_parts_of_one_ministry_name_it() -> None:
    assert portfolio_ministries("hallinto- ja kuntaministeri") == ["valtiovarainministeriö"]
    assert portfolio_ministries("peruspalveluministeri") == ["sosiaali- ja terveysministeriö"]


def test_a_title_spanning_two_ministries_gives_both_and_an_unknown_part_none() -> None:
    assert portfolio_ministries("kulttuuri- ja asuntoministeri") == ["opetus- ja kulttuuriministeriö",
                                                                     "ympäristöministeriö"]
    assert portfolio_ministries("kulttuuri- ja kuumailmapalloministeri") == []
    assert portfolio_ministries("pääministeri") == []


@needs_voikko
def test_a_portfolio_minister_holds_a_post_in_its_ministry() -> None:
    rows = post_rows("Avustuksia kunnille\n\nHallinto- ja kuntaministeri Matti Virtanen on myöntänyt kunnille "
                     "avustusta 100 000 euroa.\n", kind="news")
    assert ("Matti Virtanen", "hallinto- ja kuntaministeri", "valtiovarainministeriö") in rows


@needs_voikko
def test_of_two_ministries_the_one_the_text_names() -> None:
    text = ("Opetus- ja kulttuuriministeriön tiedote\n\nKulttuuri- ja asuntoministeri Liisa Aho on myöntänyt "
            "avustusta 50 000 euroa.\n")
    rows = post_rows(text, kind="news")
    assert ("Liisa Aho", "kulttuuri- ja asuntoministeri", "opetus- ja kulttuuriministeriö") in rows
    unnamed = post_rows(text.replace("Opetus- ja kulttuuriministeriön tiedote", "Tiedote"), kind="news")
    assert not any(p == "Liisa Aho" and "ministeriö" in o for p, _, o in unnamed)

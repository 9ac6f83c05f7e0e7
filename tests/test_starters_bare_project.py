"""Several organisations starting "pilottihankkeen" (a bare project word) start the project the text is about, named in
the heading above (participatesIn:starters, extract/party_phrases.py). Invented names."""
from __future__ import annotations

from tests.helpers import labelled_facts, needs_voikko

_HEADING = "Kotiväylä-pilottihankkeessa kehitetään palveluja\n\n"


@needs_voikko
def test_starters_of_a_bare_pilot_take_part_in_the_headed_project():
    facts = labelled_facts(_HEADING + "Esimerkin Kehitys Oy ja Koiviston Palvelut Oy käynnistävät yhdessä "
                                      "pilottihankkeen, jossa kartoitetaan palveluja.")
    assert {("Esimerkin Kehitys Oy", "participatesIn", "Kotiväylä"),
            ("Koiviston Palvelut Oy", "participatesIn", "Kotiväylä")} <= facts


@needs_voikko
def test_one_starter_of_a_bare_project_is_left_alone():
    facts = labelled_facts(_HEADING + "Esimerkin Kehitys Oy käynnisti hankkeen syksyllä.")
    assert not any(p == "participatesIn" for _s, p, _o in facts)

"""A degree abbreviation beside a name is no part of the name: extract/degree_words.py and the pair reading in
extract/entities.py."""
from __future__ import annotations

from tests.helpers import needs_voikko, person_labels


@needs_voikko
def test_degree_after_a_title_is_no_name():
    text = ("Tutkimusryhmä\n\nTutkija PhD Phil., professori Ville Koivisto, Esimerkin yliopisto\n"
            "Tutkija MSc Anna Koski, Esimerkin yliopisto")
    assert person_labels(text, kind="news") == {"Ville Koivisto", "Anna Koski"}


@needs_voikko
def test_finnish_degree_before_the_name_still_leaves_the_name():
    assert person_labels("Hankkeen tohtoritutkija, FT Taina Lehto, esitteli tuloksia.", kind="news") == {
        "Taina Lehto"}

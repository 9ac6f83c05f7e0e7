"""A title compounded with a named project's or organisation's name holds the post there: "VIRTA-ohjaaja Katja X",
"Verso-koordinaattori Pekka Y" (extract/compound_titles.py)."""
from __future__ import annotations

from tests.helpers import needs_voikko
from tests.helpers import titled_posts as _posts


@needs_voikko
def test_project_name_inside_the_title():
    text = "Maaseutukunnan VIRTA -hanke alkoi. Työn aloittivat koordinaattori Kimmo Salo ja VIRTA-ohjaaja Katja Laine."
    assert ("Katja Laine", "VIRTA", "ohjaaja") in _posts(text)


@needs_voikko
def test_project_named_after_the_compound():
    assert _posts("Hanketta johtaa Verso-koordinaattori Pekka Puu. Verso-hanke on kunnan hanke.") == {
        ("Pekka Puu", "Verso", "koordinaattori")}


@needs_voikko
def test_word_before_the_hyphen_names_nothing_the_text_names():
    assert _posts("Hanketta johtaa Excel-koordinaattori Pekka Puu.") == set()

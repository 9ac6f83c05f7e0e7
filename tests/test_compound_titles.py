"""A title compounded with a named project's or organisation's name holds the post there: "VIRTA-ohjaaja Katja X",
"Verso-koordinaattori Pekka Y" (extract/compound_titles.py)."""
from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord


def _posts(text: str) -> set[tuple[str, str, str]]:
    ex = extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))
    return {(ex.entities[f.subject].label, ex.entities[f.object].label, f.post or "")
            for f in ex.facts if f.predicate == "holdsPost"}


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

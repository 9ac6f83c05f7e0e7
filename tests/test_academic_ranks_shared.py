"""A sentence's one university, written as another person's employer, is no fallback for a ranked person
(extract/academic_posts.py). Invented names."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def _posts(text: str) -> set[tuple[str, str]]:
    ex = extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))
    labels = {k: e.label for k, e in ex.entities.items()}
    return {(labels[f.subject], labels[f.object]) for f in ex.facts if f.predicate == "holdsPost"}


def test_the_other_persons_university_is_not_the_professors() -> None:
    posts = _posts("Konsortiossa ovat mukana kasvatustieteen professori Pekka Mäkisen ja TAMKin yliopettaja "
                   "Juha Salosen hankkeet.")
    assert ("Juha Salonen", "Tampereen ammattikorkeakoulu") in posts
    assert ("Pekka Mäkinen", "Tampereen ammattikorkeakoulu") not in posts


def test_the_sentences_only_university_still_employs_a_professor() -> None:
    assert ("Pekka Mäkinen", "Tampereen yliopisto") in _posts(
        "Hanketta johtaa professori Pekka Mäkinen, ja mukana on Tampereen yliopisto.")

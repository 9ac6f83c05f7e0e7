"""A Swedish appositive post, the employer right after the title (extract/swedish_appositions.py).

All names are invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.swedish_appositions import RULE
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def posts(text: str) -> set[tuple[str, str, str]]:
    record = DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news")
    return {(f.subject.rsplit("/", 1)[-1], f.object.rsplit("/", 1)[-1], f.rule)
            for f in extract_document(record).facts if f.predicate == "holdsPost"}


def test_title_then_preposition_then_municipality() -> None:
    text = ("Projektet startar i vår. – Det är roligt att vi får driva projektet, säger Valter Ekbom, "
            "internationell samordnare i Hylte kommun.\n")
    assert any(s == "valter-ekbom" and r == RULE for s, _, r in posts(text))


def test_no_post_word_no_apposition() -> None:
    text = ("Projektet startar i vår. – Det är roligt att vi får driva projektet, säger Valter Ekbom, "
            "boende i Hylte kommun.\n")
    assert not any(r == RULE for _, _, r in posts(text))

"""The owner's genitive before its project's quoted title (extract/project_owners.py `_OPEN_QUOTE`). Invented names."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def _coordinated(text: str) -> set[tuple[str, str]]:
    ex = extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))
    labels = {k: e.label for k, e in ex.entities.items()}
    return {(labels[f.subject], labels[f.object]) for f in ex.facts if f.predicate == "coordinates"}


def test_single_quoted_title_after_the_owner() -> None:
    assert ("Kylien Tuki ry", "Voimaa vanhasta") in _coordinated(
        "Palkinnon sai Kylien Tuki ry:n 'Voimaa vanhasta' -hanke.")


def test_double_quoted_title_after_the_owner() -> None:
    assert ("Kylien Tuki ry", "Voimaa vanhasta") in _coordinated(
        "Palkinnon sai Kylien Tuki ry:n \"Voimaa vanhasta\" -hanke.")

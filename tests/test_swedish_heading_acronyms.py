"""A Swedish heading in capitals opening with "OM" ("OM OSS", "OM PROJEKTET SARA": about us, about the project) is
no mention of oikeusministeriö, whose acronym the word is (extract/entities.py `_swedish_heading_word`; seen by the
coordaudit audit of fresh Swedish project reports). All names are invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def _ministries(text: str) -> set[str]:
    ex = extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))
    return {e.label for e in ex.entities.values() if e.type == "Ministry"}


def test_swedish_about_heading_in_capitals_is_no_ministry() -> None:
    assert not _ministries("OM OSS Föreningen Byagården grundades år 1990 i Vasa.")
    assert not _ministries("2 OM HEMBAS Hembas är ett samverkansprojekt mellan två kommuner.")


def test_the_ministrys_acronym_in_a_sentence_is_still_read() -> None:
    assert "oikeusministeriö" in _ministries("Hanketta rahoittavat OM ja STM.")

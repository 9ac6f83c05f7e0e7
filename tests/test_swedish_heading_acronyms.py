"""A Swedish heading in capitals opening with "OM" ("OM OSS", "OM PROJEKTET SARA": about us, about the project) is
no mention of oikeusministeriö, whose acronym the word is (extract/entities.py `_swedish_heading_word`; seen by the
coordaudit audit of fresh Swedish project reports). All names are invented."""

from __future__ import annotations

from tests.helpers import entity_labels, needs_voikko

pytestmark = needs_voikko


def _ministries(text: str) -> set[str]:
    return entity_labels(text, "Ministry")


def test_swedish_about_heading_in_capitals_is_no_ministry() -> None:
    assert not _ministries("OM OSS Föreningen Byagården grundades år 1990 i Vasa.")
    assert not _ministries("2 OM HEMBAS Hembas är ett samverkansprojekt mellan två kommuner.")


def test_the_ministrys_acronym_in_a_sentence_is_still_read() -> None:
    assert "oikeusministeriö" in _ministries("Hanketta rahoittavat OM ja STM.")

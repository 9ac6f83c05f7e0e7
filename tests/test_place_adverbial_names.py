"""A place adverbial after a bare head word is no project's name (extract/running_names.py `_place_adverbial`):
"hanke Kenian pohjoisosassa" says where the project runs. All sentences are invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def _projects(text: str) -> set[str]:
    ex = extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))
    return {e.label for e in ex.entities.values() if e.type == "Project"}


def test_place_genitive_and_local_case_words_are_where_not_a_name() -> None:
    assert _projects("Järjestöjen yhteinen hanke Kenian pohjoisosassa tavoitti tuhansia perheitä.") == set()


def test_longer_place_adverbial_after_the_head() -> None:
    assert _projects("Seurakuntien yhteinen hanke Kongon demokraattisessa tasavallassa auttoi kouluja.") == set()


def test_a_name_in_apposition_stays() -> None:
    assert _projects("Yhdistyksen hanke Kotona kaikki hyvin alkoi keväällä.") == {"Kotona kaikki hyvin"}

"""A capitalised kind compound after a chain of capitalised genitives ("Kivijoen Vanhan Sataman Kotiseutuyhdistys")
is named by the whole chain, not by its last genitive alone (extract/organisation_names.py `_genitive_chain`).
All names are invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def _associations(text: str) -> set[str]:
    ex = extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))
    return {e.label for e in ex.entities.values() if e.type == "Association"}


def test_an_adjectives_genitive_inside_the_chain_stays_in_the_name() -> None:
    labels = _associations("Palkinnon sai tänä vuonna Kuopion Vanhan Sataman Kotiseutuyhdistys.")
    assert "Kuopion Vanhan Sataman Kotiseutuyhdistys" in labels
    assert "Sataman Kotiseutuyhdistys" not in labels


def test_a_places_genitive_opening_the_sentence_opens_the_chain() -> None:
    labels = _associations("Kuopion Vanhan Sataman Kotiseutuyhdistys järjesti kesäjuhlan rannassa.")
    assert "Kuopion Vanhan Sataman Kotiseutuyhdistys" in labels


def test_a_common_opener_is_no_word_of_the_name() -> None:
    labels = _associations("Kesän Vanhan Sataman Kotiseutuyhdistys järjesti juhlan.")
    assert not any(label.startswith("Kesän") for label in labels)

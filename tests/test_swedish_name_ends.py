"""A Swedish name that opens with its kind runs on to the noun its last genitive owns ("Föreningen Nordens
rektorer") and to its seat ("Stiftelsen Rusfonden i Vasa"); a verb after the genitive is no part of it
(extract/swedish_name_ends.py). All names are invented except the towns."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def _labels(text: str) -> dict[str, str]:
    ex = extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))
    return {e.label: e.type for e in ex.entities.values()}


def test_a_genitive_runs_on_to_its_noun() -> None:
    labels = _labels("Projektet finansieras av Föreningen Rusbergs rektorer.")
    assert labels.get("Föreningen Rusbergs rektorer") == "Association"


def test_the_seat_is_a_word_of_the_name() -> None:
    labels = _labels("Bidrag beviljades av Stiftelsen Rusfonden i Vasa.")
    assert labels.get("Stiftelsen Rusfonden i Vasa") == "Association"
    assert "Vaasa" not in labels


def test_a_verb_after_the_genitive_ends_the_name() -> None:
    labels = _labels("Föreningen Rusbergs har möte i maj.")
    assert not any(label.startswith("Föreningen Rusbergs ") for label in labels)


def test_a_village_after_the_name_is_no_seat() -> None:
    labels = _labels("Bidraget gick till Stiftelsen Rusbergs Hembygdsgård i Kivikkoby.")
    assert not any(label.endswith("i Kivikkoby") for label in labels)

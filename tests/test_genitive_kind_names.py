"""A federation or society named by a capitalised genitive phrase and a lower-case kind inside a sentence
("Rusolan yhdistys", "Vanhus- ja kotipalvelun liitto") is an association; a place's or surname's genitive and a
sentence's first word are not read here (extract/genitive_kind_names.py). All names are invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def _labels(text: str) -> dict[str, str]:
    ex = extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))
    return {e.label: e.type for e in ex.entities.values()}


def test_a_capitalised_genitive_before_a_lower_case_kind() -> None:
    labels = _labels("Avustuksen sai Rusolan yhdistys vuonna 2014.")
    assert labels.get("Rusolan yhdistys") == "Association"


def test_an_elided_first_half_and_an_inflected_kind() -> None:
    labels = _labels("Hanke toteutetaan yhdessä Vanhus- ja kotipalvelun liiton kanssa.")
    assert labels.get("Vanhus- ja kotipalvelun liitto") == "Association"


def test_a_surnames_genitive_and_a_sentences_first_word_name_none() -> None:
    labels = _labels("Kunta liittyi Virtasen seuraan. Rusolan yhdistys kokoontui.")
    assert not any(t == "Association" for t in labels.values())

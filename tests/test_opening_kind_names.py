"""A one-word association name that opens a sentence ("Varjoliitto koordinoi ...", "Kumpuyhdistys (KUY) esittää
...") is read as a name when it is the sentence's singular subject or is given an acronym; a local club's kind
("Kyläyhdistys", "Kotiseutuyhdistys") and a possessive ("Omistajasäätiömme") are not (extract/opening_kind_names.py).
All names are invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def _labels(text: str) -> dict[str, str]:
    ex = extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))
    return {e.label: e.type for e in ex.entities.values()}


def test_a_subject_kind_compound_opening_a_sentence_is_a_name() -> None:
    labels = _labels("Hankkeita on monta. Varjoliitto koordinoi kansallisen ohjelman järjestöllistä toteutusta.")
    assert labels.get("Varjoliitto") == "Association"


def test_a_kind_compound_with_a_bracketed_acronym_is_a_name() -> None:
    labels = _labels("Kumpuyhdistys (KUY) esittää ensi vuodeksi avustuksia järjestöille.")
    assert labels.get("Kumpuyhdistys") == "Association"


def test_a_local_clubs_kind_opening_a_sentence_is_no_name() -> None:
    labels = _labels("Kotiseutuyhdistys oli hakenut 2 000 euroa. Kyläyhdistys järjestää retkiä.")
    assert "Kotiseutuyhdistys" not in labels and "Kyläyhdistys" not in labels


def test_a_possessive_a_copula_or_a_club_opening_a_sentence_is_no_name() -> None:
    labels = _labels("Omistajasäätiömme tukee seutua. Kumpuyhdistys on tärkeä asia. Perhekerho kokoontuu tiistaisin.")
    assert not any(label.startswith(("Omistajasäätiö", "Kumpuyhdistys", "Perhekerho")) for label in labels)

"""A Swedish agreement's other party written after "med" (extract/party_phrases.py `_avtal_med`). All names are
invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders import load_document

pytestmark = needs_voikko


def _parties(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    doc = tmp_path / "protokoll.txt"
    doc.write_text(text, encoding="utf-8")
    ex = extract_document(load_document(doc))
    labels = {iri: e.label for iri, e in ex.entities.items()}
    return {(labels[f.subject], labels[f.object]) for f in ex.facts
            if f.predicate == "participatesIn" and f.subject in labels and f.object in labels}


def test_the_company_after_med_is_the_agreements_other_party(tmp_path: Path) -> None:
    text = ("Kommunstyrelsen\nProtokoll 3/2015\n\n§ 12 Godkännande av ramavtalet med Skärgårdens Kost Oy\n\n"
            "Kommunstyrelsen godkänner avtalet.\n\n§ 13 Övriga ärenden\n\nInga övriga ärenden.\n")
    assert any(p == "Skärgårdens Kost Oy" for p, _ in _parties(tmp_path, text))


def test_a_company_further_away_is_no_party(tmp_path: Path) -> None:
    text = ("Kommunstyrelsen\nProtokoll 3/2015\n\n§ 12 Godkännande av ramavtalet för upphandling av livsmedel\n\n"
            "Anbudet från Skärgårdens Kost Oy var förmånligast.\n\n§ 13 Övriga ärenden\n\nInga övriga ärenden.\n")
    assert not any(p == "Skärgårdens Kost Oy" for p, _ in _parties(tmp_path, text))

"""Economic and commuting areas named by their towns ("X:n talousalue", "X:n työssäkäyntialue") are co-operation
areas (extract/area_names.py AREA_HEADS). The text is written for this test, with real towns.
"""

from __future__ import annotations

from pathlib import Path

from helpers import needs_voikko

from welfare_kg.extract.document import extract_document
from welfare_kg.loaders import load_document


@needs_voikko
def test_an_economic_area_and_its_towns_in_parentheses(tmp_path: Path) -> None:
    doc = tmp_path / "raportti.txt"
    doc.write_text("Seutuohjelman raportti\n\nOhjelman alue: Forssan-Loimaan talousalue (Forssa, Loimaa ja Jokioinen). "
                   "Ohjelmaa hallinnoi Seudun Kehitys Oy.\n", encoding="utf-8")
    ex = extract_document(load_document(doc))
    label = {iri: e.label for iri, e in ex.entities.items()}
    areas = {e.label for e in ex.entities.values() if e.type == "CooperationArea"}
    assert "Forssan-Loimaan talousalue" in areas
    members = {label[f.subject] for f in ex.facts if f.predicate == "partOf"
               and label.get(f.object) == "Forssan-Loimaan talousalue"}
    assert {"Forssa", "Loimaa", "Jokioinen"} <= members

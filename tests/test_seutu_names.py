"""Sub-regions named "X:n seutu" in the nominative (extract/seutu_names.py).

The texts are written for these tests: an invented association's area listed as sub-regions, the same list one a
line, and an organisation of the area or a longer name with "Seutu" inside, which name no area.
"""

from __future__ import annotations

from pathlib import Path

from helpers import needs_voikko

from welfare_kg.extract.document import extract_document
from welfare_kg.loaders import load_document


def _areas(tmp_path: Path, text: str) -> set[str]:
    doc = tmp_path / "sivu.txt"
    doc.write_text(text, encoding="utf-8")
    ex = extract_document(load_document(doc))
    return {e.label for e in ex.entities.values() if e.type == "CooperationArea"}


@needs_voikko
def test_sub_regions_listed_in_a_run_and_one_a_line(tmp_path: Path) -> None:
    run = ("Satakunnan Omaishoitajat ry toimii kolmella seutukunnalla: Porin seutu, Rauman seutu sekä "
           "Pohjois-Satakunnan seutu.\n")
    assert {"Seutukunta Pori", "Seutukunta Rauma", "Pohjois-Satakunnan seutukunta"} <= _areas(tmp_path, run)
    lines = "Toimialue\n\nPorin seutu\nRauman seutu\n"
    assert {"Seutukunta Pori", "Seutukunta Rauma"} <= _areas(tmp_path, lines)


@needs_voikko
def test_a_locative_surrounding_or_a_longer_name_is_no_area(tmp_path: Path) -> None:
    # an organisation of the area after the town's "seudun" (a bare "Porin seudulla" names the sub-region, as the dev
    # gold holds "Heinolan seudulla" and "Turun seudulla": extract/area_names.py)
    text = ("Porin seudun ammattikorkeakoulu palkitsi opiskelijoita. Rauman Seutu Ry järjesti tapahtuman. "
            "Koko seutu hyötyy.\n")
    assert not any(label.endswith(" seutu") for label in _areas(tmp_path, text))

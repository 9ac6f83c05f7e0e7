"""A street or a square closing the row before is no given name before a double surname.

"Inger Carlsson Gullmarsplan Iréne Andersson": a board's rows (name, branch) run into one line; "Iréne" is no given
name the lists hold, so the pair "Iréne Andersson" read as a double surname, and the square before it as the given
name. A word with a street's or a square's ending ("-plan", "-platsen", "-gatan", "-tori") is a place. The board and
its people are invented.
"""

from __future__ import annotations

from pathlib import Path

from helpers import needs_voikko

from welfare_kg.extract.document import extract_document
from welfare_kg.loaders import load_document


def _people(tmp_path: Path, text: str) -> set[str]:
    doc = tmp_path / "n_sv_styrelsen.txt"
    doc.write_text(text, encoding="utf-8")
    return {e.label for e in extract_document(load_document(doc)).entities.values() if e.type == "Person"}


@needs_voikko
def test_square_before_a_name_is_no_given_name(tmp_path: Path) -> None:
    people = _people(tmp_path, "Styrelsen 2012\n\nOrdinarie ledamöter Alf Berglund Ordförande Enskede Lars Furberg "
                               "Sammankallande Traneberg Bertil Holm Västertorp Inger Carlsson Gullmarsplan Iréne "
                               "Andersson Chris Åkerlund Handels Fruängen\n")
    assert "Iréne Andersson" in people and not any("Gullmarsplan" in p for p in people)
    # guard: the other rows keep their names
    assert {"Alf Berglund", "Inger Carlsson", "Chris Åkerlund"} <= people

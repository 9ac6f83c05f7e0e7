"""Swedish organisation names in grant lists: a club in the definite form before its own name ("Simklubben
Exempel"), two names joined by "&" in one foundation's name ("Sparbanksstiftelsen Ekby & Västerå")
(extract/organisation_names.py `_swedish_organisation`), and a grant table's column head after "projektet"
("Beviljat"), which names no project (extract/undertaking_names.py). All names are invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def _entities(text: str) -> set[tuple[str, str]]:
    ex = extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))
    return {(e.type, e.label) for e in ex.entities.values()}


def test_a_club_in_the_definite_form_before_its_name_is_an_association() -> None:
    found = _entities("Årets projekt som fick medel var:\nSimklubben Delfinen för tränarutbildning 8 000 kr\n")
    assert ("Association", "Simklubben Delfinen") in found
    assert not any(typ == "Project" and label.startswith("Simklubben") for typ, label in found)


def test_two_names_joined_by_an_ampersand_name_one_foundation() -> None:
    found = _entities("Bakom stödet står Sparbanksstiftelsen Ekby & Västerå, som delar ut pengar varje år.")
    assert ("Association", "Sparbanksstiftelsen Ekby & Västerå") in found


def test_a_grant_tables_column_head_is_no_project() -> None:
    found = _entities("Sökande Beskrivning av projektet Beviljat\nFöreningen Solrosen Sommarläger 20 000\n")
    assert not any(typ == "Project" and label == "Beviljat" for typ, label in found)

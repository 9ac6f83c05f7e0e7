"""A line naming a project by its kind and a colon ("Pilottihanke: Tasa-arvoinen terveys Kylämäellä", "Pilotprojekt:
Jämlik hälsa i Vasa") names the project (extract/heading_starts.py `kind_label_mentions`), a place inside it its
area; a Swedish sentence of carrying out the project "i samverkan med X" names no runner of it
(extract/main_coordinator.py `_with`). Seen by the coordaudit audit of fresh project pages. All names are
invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import labels_of, needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def _extract(text: str):
    return extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))


def _facts(ex, predicate: str) -> set[tuple[str, str]]:
    return {(ex.entities[f.subject].label, ex.entities[f.object].label) for f in ex.facts if f.predicate == predicate}


def test_finnish_kind_label_line_names_the_project_and_its_area() -> None:
    ex = _extract("Pilottihanke: Arjen turva Vaasassa\n\nPilottihanke toteutetaan vuosina 2019–2020 yhteistyössä "
                  "Vaasan kaupungin kanssa.")
    assert "Arjen turva Vaasassa" in labels_of(ex, "Project")
    assert ("Arjen turva Vaasassa", "Vaasa") in _facts(ex, "coversArea")


def test_swedish_kind_label_line_and_a_partner_worked_with() -> None:
    ex = _extract("Pilotprojekt: Trygg vardag i Vasa\n\nPilotprojektet genomförs i nära samverkan med Vasa stad och "
                  "följs av forskare från Åbo Akademi.")
    assert "Trygg vardag i Vasa" in labels_of(ex, "Project")
    assert not _facts(ex, "coordinates")


def test_a_kind_label_before_a_sentence_names_nothing() -> None:
    ex = _extract("Hanke: Tavoitteena on parantaa palveluja.\n\nHanke kestää kaksi vuotta.")
    assert not labels_of(ex, "Project")

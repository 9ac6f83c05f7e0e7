"""A capitalised compound of "virasto" inside a sentence is a state agency, read in its base form; a town's office,
a town's own department and a common word opening a sentence are not (extract/agency_compounds.py). All names are
invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def _labels(text: str) -> dict[str, str]:
    ex = extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))
    return {e.label: e.type for e in ex.entities.values()}


def test_an_inflected_agency_compound_inside_a_sentence() -> None:
    labels = _labels("Leader-ryhmät allekirjoittivat ministeriön sekä Jiseviraston kanssa sopimukset.")
    assert labels.get("Jisevirasto") == "Agency"


def test_the_plural_subject_of_a_perfect_opening_a_sentence() -> None:
    labels = _labels("Toravivirastot ovat myöntäneet kuusitoista miljoonaa euroa valtionavustusta.")
    assert labels.get("Toravivirastot") == "Agency"


def test_an_adverb_inside_the_perfect() -> None:
    labels = _labels("Tösimivirasto on jo myöntänyt runkoverkkoon avustusta.")
    assert labels.get("Tösimivirasto") == "Agency"


def test_a_town_office_and_a_towns_department_are_no_agencies() -> None:
    labels = _labels("Kokous pidettiin Kunnanvirastossa. Helsingin Sosiaalivirasto ja kunta sopivat asiasta.")
    assert not any(t == "Agency" for t in labels.values())

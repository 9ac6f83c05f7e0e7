"""Swedish prose names a wellbeing county after its region ("Välfärdsområdet i Österbotten") as often as by its
official name ("Österbottens välfärdsområde"); the reference data carries the first form for every region that holds
one county (data/build_reference.py), never for Nyland's four."""

from __future__ import annotations

from helpers import needs_voikko

from tests.helpers import record
from welfare_kg.data import load_reference
from welfare_kg.extract.document import extract_document

SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"


def _alt_labels() -> set[str]:
    return {str(o) for _, p, o in load_reference() if str(p) == SKOS_ALT}


def test_one_county_regions_get_the_prose_form_and_nyland_none() -> None:
    labels = _alt_labels()
    assert {"Välfärdsområdet i Österbotten", "Välfärdsområdet i Egentliga Finland", "Välfärdsområdet i Lappland"} \
        <= labels
    assert not any(label.startswith("Välfärdsområdet i Nyland") for label in labels)


@needs_voikko
def test_the_prose_form_is_the_county() -> None:
    ex = extract_document(record("Nyheter\n\nVälfärdsområdet i Österbotten har beviljats 300 000 euro av social- "
                                 "och hälsovårdsministeriet för projektet Trygg hemma.\n"))
    assert any(e.iri.endswith("wellbeing-county/17") for e in ex.entities.values())
    assert any(f.predicate == "coordinates" and f.subject.endswith("wellbeing-county/17") for f in ex.facts), ex.facts

"""An institution's compound name ("-laitos") read as an organisation, not a town's own unit
(extract/organisation_names.py `_institution_compound`). All names are invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def _extract(text: str):
    return extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))


def test_capitalised_institution_compound_is_the_speakers_employer() -> None:
    ex = _extract("Ohjelma\nKatutyö\nLääketieteellinen johtaja Jarmo Kantola, Kuntoutuslaitos\n")
    assert any(e.type == "Association" and e.label == "Kuntoutuslaitos" for e in ex.entities.values())
    assert any(f.predicate == "holdsPost" and f.subject.endswith("jarmo-kantola")
               and f.object.endswith("kuntoutuslaitos") for f in ex.facts)


def test_a_towns_rescue_service_is_no_association() -> None:
    ex = _extract("Hankkeeseen osallistuu Pirkanmaan pelastuslaitos. Myös Tampereen liikelaitos on mukana.")
    assert not any(e.type == "Association" and "laitos" in e.label.lower() for e in ex.entities.values())

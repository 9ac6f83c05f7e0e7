"""A link of belonging said after a list of projects ("A och B, som ingår i programmet Y") holds for each listed
project, and a linking word inside a project's own name links nothing (extract/relations.py
partOf:project-in-programme). Sentences are invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import labels_of, needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def _extract(text: str):
    return extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))


def _parts(ex) -> set[str]:
    return {ex.entities[f.subject].label for f in ex.facts if f.predicate == "partOf"}


def test_each_listed_project_is_part_of_the_programme() -> None:
    ex = _extract("Två beviljade projekt är Skogsluft och Mervärde från skogen, som ingår i "
                  "samarbetsprogrammet Botnia-Atlantica.")
    assert _parts(ex) == {"Skogsluft", "Mervärde från skogen"}


def test_a_swedish_verb_of_belonging_ends_the_name() -> None:
    ex = _extract("Projekten Skogsluft och Havsvind ingår i programmet Botnia-Atlantica.")
    assert labels_of(ex, "Project") == {"Skogsluft", "Havsvind"}
    assert _parts(ex) == {"Skogsluft", "Havsvind"}

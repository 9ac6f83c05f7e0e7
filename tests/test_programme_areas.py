"""A national or EU programme of the reference data is placed in no area by a sentence (programme_areas.py); a
programme the document names with its own area is left alone."""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document


def _areas(text: str) -> list[tuple[str, str]]:
    ex = extract_document(record(text))
    return [(f.subject, f.object) for f in ex.facts if f.predicate == "coversArea"]


def test_a_known_national_programme_covers_no_area() -> None:
    text = ("Österbottens välfärdsområde deltar i programmet Framtidens social- och hälsocentral. Programmet "
            "Framtidens social- och hälsocentral genomförs i Vasa, Närpes och Jakobstad.\n")
    assert not [s for s, _ in _areas(text) if "/programme/" in s]


def test_a_regional_programme_named_in_the_text_keeps_its_area() -> None:
    text = "Hanke on osa Kainuun maakuntaohjelmaa 2022–2025. Kainuun maakuntaohjelma 2022–2025 toteutuu Kainuussa.\n"
    assert [s for s, _ in _areas(text) if "/programme/" in s]

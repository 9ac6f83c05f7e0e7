"""Photographers named only in the credit of a picture are no people of the text. Invented lines."""

from __future__ import annotations

from helpers import needs_voikko, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer


def _people(text: str) -> set[str]:
    out = extract_document(record(text, kind="news"), gazetteer=reference_gazetteer())
    return {e.label for e in out.entities.values() if e.type == "Person"}


@needs_voikko
def test_a_person_named_only_in_a_credit_is_dropped() -> None:
    assert _people("rahoitus.jpg\nKuva: Elli Esimerkki\n\nHankkeen johtaja Matti Virtanen kertoo.") == {
        "Matti Virtanen"}
    assert _people("Foto: Anna Exempel\n\nProjektet beviljades stöd.") == set()


@needs_voikko
def test_a_photographer_named_elsewhere_or_shown_in_the_picture_stays() -> None:
    assert _people("Foto: Päivi Mattila\n\nProjektet leds av Päivi Mattila, projektledare.") == {"Päivi Mattila"}
    assert "Akseli Muraja" in _people("Kuvassa selin kuvaaja Akseli Muraja ja päätähti Perttu Hyvärinen.")

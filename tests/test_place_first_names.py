"""A DVV first name Voikko knows only as a place ("Mari", "Eira") before a surname that is also a common noun
("Kangas", "Varis"): together a person, though neither word alone says so. Invented sentences."""

from __future__ import annotations

from helpers import needs_voikko, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer


def _people(text: str) -> set[str]:
    out = extract_document(record(text, kind="news"), gazetteer=reference_gazetteer())
    return {e.label for e in out.entities.values() if e.type == "Person"}


@needs_voikko
def test_a_place_like_first_name_before_a_noun_surname_is_a_person() -> None:
    assert _people("Hankkeen yhteyshenkilö on Eira Varis.") == {"Eira Varis"}
    assert "Mari Kangas" in _people("Pöytäkirjan tarkastivat Mari Kangas ja Teuvo Ukkola.")


@needs_voikko
def test_a_place_before_a_common_noun_in_another_form_stays_no_person() -> None:
    assert _people("Eira Kankaalla järjestettiin tapahtuma.") == set()  # an inflected noun after the place
    assert _people("Tampere Kangas on uusi kauppakeskus.") == set()  # a place no first name

"""Swedish names of the form "<kind> i <place> <head>" (thirty-first session, recall audit of fresh Swedish pages).

The texts are written for these tests: invented organisations of invented places. "Anhörigföreningen i Björkviks
kommun" and "Kommunförbundet i Ekeby län" end with the place's head; the name was cut before it ("... i Björkviks")
and the cut genitive was then taken for the owner of the town's own "Björkviks socialnämnd"
(extract/organisation_names.py).
"""

from __future__ import annotations

from helpers import needs_voikko, record

from welfare_kg.extract.document import extract_document


def _labels(text: str) -> dict[str, str]:
    out = extract_document(record(text, kind="minutes"))
    return {e.label: e.type for e in out.entities.values()}


@needs_voikko
def test_the_place_head_ends_the_association_name() -> None:
    labels = _labels("Ärendelista 63. Svar till Anhörigföreningen i Björkviks kommun Svar till skrivelse om "
                     "hemtjänsten\n")
    assert labels.get("Anhörigföreningen i Björkviks kommun") == "Association", labels
    assert not any(label.endswith("Svar") for label in labels), labels


@needs_voikko
def test_a_county_head_after_a_bare_place_name() -> None:
    labels = _labels("Kommunförbundet i Ekeby län startade sin verksamhet 2019.\n")
    assert "Kommunförbundet i Ekeby län" in labels, labels


@needs_voikko
def test_the_towns_body_is_no_part_of_an_association_named_for_the_town() -> None:
    text = ("Björkviks socialnämnd SAMMANTRÄDESPROTOKOLL\nÄrendelista 63. Svar till Anhörigföreningen i "
            "Björkviks kommun om hemtjänsten\n")
    out = extract_document(record(text, kind="minutes"))
    assoc = {i for i, e in out.entities.items() if e.type == "Association"}
    assert not any(f.predicate == "partOf" and f.object in assoc for f in out.facts), out.facts

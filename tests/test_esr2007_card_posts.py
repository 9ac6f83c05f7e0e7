"""The 2007-2013 ESR project cards name the implementer's responsible person as "Vastuuhenkilön nimi: X" and the
post on a field of its own, "Asema: ...": X holds that post in the implementer ("Toteuttajaorganisaation nimi").
Invented card, organisation and person."""

from __future__ import annotations

from helpers import needs_voikko, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer

CARD = ("Euroopan sosiaalirahaston (ESR) rahoittaman projektin kuvaus\n\n1. Projekti\n\n"
        "Projektin nimi: Arjen taidot Kainuussa\n\n2. Projektin toteuttaja\n\n"
        "Toteuttajaorganisaation nimi: Kainuun liitto\n\nOrganisaatiotyyppi: Kuntayhtymä\n\n"
        "Vastuuhenkilön nimi: Aino Koskela\n\nAsema: kehittämispäällikkö\n\nSähköposti: aino(at)example.fi\n")


def _posts(text: str) -> set[tuple[str, str | None, str]]:
    out = extract_document(record(text, kind="news"), gazetteer=reference_gazetteer())
    label = {i: e.label for i, e in out.entities.items()}
    return {(label.get(f.subject, f.subject), f.post, label.get(f.object, f.object)) for f in out.facts
            if f.predicate == "holdsPost"}


@needs_voikko
def test_the_responsible_person_holds_the_asema_fields_post_in_the_implementer() -> None:
    assert ("Aino Koskela", "kehittämispäällikkö", "Kainuun liitto") in _posts(CARD)


@needs_voikko
def test_without_the_asema_field_the_labels_post_is_given() -> None:
    text = CARD.replace("Asema: kehittämispäällikkö\n\n", "")
    assert ("Aino Koskela", "vastuuhenkilö", "Kainuun liitto") in _posts(text)

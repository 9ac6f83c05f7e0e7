"""A form's responsible person without an "Asema organisaatiossa" field: "Toteuttajan nimi X ... Projektin
vastuuhenkilön nimi Y" gives Y a post in X, the label's post or the title written after the name. A financial
officer's field gives none, nor does a person field with its own post field (that one is read as before).
Invented organisation, people and form."""

from __future__ import annotations

from helpers import needs_voikko, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer


def _posts(text: str) -> set[tuple[str, str | None, str]]:
    out = extract_document(record(text, kind="news"), gazetteer=reference_gazetteer())
    label = {i: e.label for i, e in out.entities.items()}
    return {(label.get(f.subject, f.subject), f.post, label.get(f.object, f.object)) for f in out.facts
            if f.predicate == "holdsPost"}


@needs_voikko
def test_the_responsible_person_holds_the_labels_post_in_the_implementer() -> None:
    text = ("Loppuraportti Projektin nimi Kylätalojen kunnostus Aloituspäivämäärä Päättymispäivämäärä PROJEKTIN "
            "TOTEUTTAJAN TIEDOT Toteuttajan nimi Kainuun liitto Projektin vastuuhenkilön nimi Aino Koskela "
            "Sähköpostiosoite Puhelinnumero Taloushallinnon vastuuhenkilön nimi Eero Salminen Sähköpostiosoite\n")
    posts = _posts(text)
    assert ("Aino Koskela", "projektin vastuuhenkilö", "Kainuun liitto") in posts, posts
    assert not any(p == "Eero Salminen" for p, _, _ in posts), posts


@needs_voikko
def test_a_title_after_the_name_is_the_post() -> None:
    text = ("Projektin nimi Kylätalojen kunnostus Aloituspäivämäärä Päättymispäivämäärä Toteuttajan nimi Kainuun "
            "liitto Projektin vastuuhenkilö Aino Koskela, Kehittämisjohtaja Puhelinnumero Postiosoite\n")
    assert ("Aino Koskela", "kehittämisjohtaja", "Kainuun liitto") in _posts(text)

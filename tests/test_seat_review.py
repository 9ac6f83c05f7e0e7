"""The review of prose posts (extract/post_review.py) never moves a seat to a town: "Puheenjohtaja X avaa kokouksen"
after the meeting place's town is the chair of the meeting's board, not an office in the town."""

from __future__ import annotations

from tests.helpers import extract, needs_voikko


@needs_voikko
def test_a_chair_after_the_meeting_place_keeps_the_board() -> None:
    text = ("Hämeen vesihuollon kuntayhtymä Pöytäkirja\n\nHÄMEEN VESIHUOLLON KUNTAYHTYMÄ YHTYMÄVALTUUSTO PÖYTÄKIRJA "
            "2/2024 Aika Torstai klo 13 Paikka Hattulan kunnantalo, Kirkkotie 1, Hattula 1 KOKOUKSEN AVAAMINEN "
            "Puheenjohtaja Liisa Virtanen avaa kokouksen.")
    ex = extract(text, "minutes")
    label = {iri: e.label for iri, e in ex.entities.items()}
    held = {label.get(f.object, f.object) for f in ex.facts if f.predicate == "holdsPost"}
    assert "Hattula" not in held
    assert any(o.lower().endswith("yhtymävaltuusto") for o in held), held

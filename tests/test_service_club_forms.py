"""A service club written glued ("Lionsklubi X"), by its initials ("LC X", "RC X") or with two places joined by a
slash: one club, one entity, the donor of the news item. Texts written for these tests."""

from __future__ import annotations

from decimal import Decimal

from tests.helpers import entity_labels, record
from welfare_kg.extract.document import extract_document


def test_glued_and_initial_forms_are_one_club() -> None:
    text = ("Lionsklubi Tampere/Pyynikki on lahjoittanut nuorisotyöhön 900 euroa. "
            "LC Tampere/Pyynikin varapresidentti Ville Aaltonen ojensi lahjoituskirjat.")
    labels = entity_labels(text, "Association")
    assert labels == {"Lionsklubi Tampere/Pyynikki"}, labels  # as the text first names it


def test_initials_with_an_inflected_place_take_the_written_base() -> None:
    text = ("Lions Club Koivula jakoi lahjoituksia. LC Koivulan puheenjohtaja Matti Esimerkki kertoi, "
            "että klubi keräsi varat kirpputorilla.")
    assert entity_labels(text, "Association") == {"Lions Club Koivula"}


def test_rotary_initials_and_glued_form() -> None:
    assert entity_labels("Rotaryklubi Kemi keräsi varoja. RC Kemin jäsenet jakoivat ne.", "Association") == {
        "Rotaryklubi Kemi"}


def test_initials_alone_keep_the_initials() -> None:
    text = "LC Koivula lahjoitti penkin. LC Koivulan puheenjohtaja Matti Esimerkki kiitti talkooväkeä."
    assert entity_labels(text, "Association") == {"LC Koivula"}


def test_a_caption_glued_to_its_credit_ends_the_name() -> None:
    text = "Kuva: Lions Club KoivulaLions Club Koivula lahjoitti penkin. Lions Club Koivula kiittää."
    assert entity_labels(text, "Association") == {"Lions Club Koivula"}


def test_the_glued_club_is_the_donor_of_a_receipt() -> None:
    text = ("Lionsklubi Tampere/Pyynikki on lahjoittanut paikalliseen nuorisotyöhön 700 euroa.\n\n"
            "Pyynikin Pallo ry sai 500 euroa valmentajien koulutukseen.")
    ex = extract_document(record(text))
    got = {(ex.entities[f.subject].label, ex.entities[f.object].label, f.amount) for f in ex.facts
           if f.predicate == "funds"}
    assert ("Lionsklubi Tampere/Pyynikki", "Pyynikin Pallo ry", Decimal(500)) in got, got


def test_initials_need_a_name() -> None:
    assert not entity_labels("Mittarissa LC näkyy. RC-piiri toimii.", "Association")

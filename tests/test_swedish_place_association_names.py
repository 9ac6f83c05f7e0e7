"""A Swedish registered association's name opening with its place's -s genitive and going on in lower case
("Nylands hantverk r.f.") is read whole, as the Finnish "Kainuun martat ry" is; a name in title case stays as
it was. Invented associations."""

from __future__ import annotations

from helpers import entity_labels


def test_a_swedish_place_genitive_opens_a_lower_case_name() -> None:
    labels = entity_labels("Nylands hantverk r.f. fick 1000 euro.", "Association")
    assert any(x.startswith("Nylands hantverk") for x in labels), labels


def test_the_form_without_dots_too() -> None:
    labels = entity_labels("Bidraget gick till Nylands hembygdsförbund rf i år.", "Association")
    assert any(x.startswith("Nylands hembygdsförbund") for x in labels), labels


def test_a_title_case_name_is_unchanged() -> None:
    labels = entity_labels("Unga Teatern r.f. fick 2000 euro.", "Association")
    assert any(x.startswith("Unga Teatern") for x in labels), labels

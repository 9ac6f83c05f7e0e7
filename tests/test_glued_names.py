"""Two people's names glued where a page lost the break between them: our own sentences."""

from __future__ import annotations

from tests.helpers import entity_labels, typed_labels


def test_glued_names_give_two_people_and_no_project() -> None:
    text = "Koordinaattorina toimii Liisa KorhonenMaarit Lehto, joka vastaa toiminnasta."
    people = entity_labels(text, "Person")
    assert {"Liisa Korhonen", "Maarit Lehto"} <= people
    assert not any("KorhonenMaarit" in label for _, label in typed_labels(text))


def test_a_coined_camel_case_name_stays_a_project() -> None:
    # no listed first name before it: a coined project name, as before
    assert "KotiApu" in entity_labels("Hanke on nimeltään Uusi KotiApu Lahti ja se alkoi.", "Project")

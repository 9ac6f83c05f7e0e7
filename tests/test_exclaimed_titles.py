"""A heading line whose slogan ends in "!" or "?" before a descriptive project name is one title ("Ovet auki!
Kirjastojen yhteishanke"): the project is named by the whole line, not by its shared descriptive part. Texts written
for these tests."""

from __future__ import annotations

from tests.helpers import entity_labels


def test_slogan_and_descriptor_are_one_project() -> None:
    text = ("Hankkeet\n\nOvet auki! Kirjastojen yhteishanke\n\nToteutusajankohta: 2024–2025\n\n"
            "Hankkeessa kehitetään kirjastojen aukioloa.")
    labels = entity_labels(text, "Project")
    assert "Ovet auki! Kirjastojen yhteishanke" in labels
    assert "Kirjastojen yhteishanke" not in labels


def test_a_question_slogan_counts_too() -> None:
    text = "Mitä kuuluu naapuri? Ikäihmisten osallisuushanke\n\nHanke alkoi syksyllä."
    assert "Mitä kuuluu naapuri? Ikäihmisten osallisuushanke" in entity_labels(text, "Project")


def test_running_text_after_an_exclamation_is_left_alone() -> None:
    text = ("Tervetuloa mukaan! Kirjastojen yhteishanke järjestää syksyllä lukupiirejä kaikille kuntalaisille "
            "ja koululaisille eri puolilla kaupunkia.")
    assert not any(label.startswith("Tervetuloa") for label in entity_labels(text, "Project"))

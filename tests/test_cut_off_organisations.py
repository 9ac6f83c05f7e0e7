"""An organisation's name that a stored excerpt's end cuts mid-word is no name (extract/person_forms.py
cut_off_organisations): "... Rovaniemen Säästöpankki ... kiittää Rovaniemen\\nSäästö" ends the text."""

from __future__ import annotations

from tests.helpers import entity_labels

FILLER = " ".join(["Pankki tukee paikallista toimintaa monin tavoin ja kertoo siitä asiakkailleen."] * 24)


def _excerpt(ending: str) -> str:
    text = f"Rovaniemen Säästöpankki lahjoitti 3 000 euroa. {FILLER} Lopuksi kiitos kuuluu {ending}"
    assert 1800 <= len(text) <= 2200
    return text


def test_a_cut_repeat_of_a_longer_name_at_the_excerpts_end_is_dropped() -> None:
    labels = entity_labels(_excerpt("Rovaniemen\nSäästö"), "Company")
    assert "Rovaniemen Säästöpankki" in labels
    assert "Rovaniemen Säästö" not in labels


def test_a_whole_name_ending_the_text_with_its_full_stop_stands() -> None:
    labels = entity_labels(_excerpt("Rovaniemen Säästöpankki."), "Company")
    assert labels == {"Rovaniemen Säästöpankki"}

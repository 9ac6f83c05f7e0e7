"""A section word in capitals that a transcript ran into the next line ("3 TIIVISTELMÄ Kylämäen Opisto ..."): on a
line of its own, so that it is no first word of a name (loaders/section_words.py). The sentences are invented."""

from __future__ import annotations

from pathlib import Path

from helpers import entity_labels, needs_voikko

from welfare_kg.loaders import load_document
from welfare_kg.loaders.section_words import break_section_words


def test_the_section_word_ends_its_line() -> None:
    assert break_section_words("4 YHTEENVETO Kylämäen Opisto järjesti kursseja.") == \
        "4 YHTEENVETO\nKylämäen Opisto järjesti kursseja."
    assert break_section_words("BILAGA 3 Norrbyns kommun") == "BILAGA 3\nNorrbyns kommun"
    assert len(break_section_words("PÖYTÄKIRJA Sosiaalilautakunta")) == len("PÖYTÄKIRJA Sosiaalilautakunta")


def test_a_heading_in_capitals_a_word_inside_a_line_and_the_contents_stay() -> None:
    for text in ("2 TIIVISTELMÄ HANKKEEN TAVOITTEET", "Lue TIIVISTELMÄ Kylämäen raportista.",
                 "TAUSTA ja tavoitteet", "SISÄLLYSLUETTELO Tiivistelmä Tausta Tulokset"):
        assert break_section_words(text) == text


@needs_voikko
def test_the_organisation_is_named_without_the_heading(tmp_path: Path) -> None:
    f = tmp_path / "raportti.txt"
    f.write_text("Loppuraportti\n\n3 TIIVISTELMÄ KYLÄ-Aikuisopiston hallinnoima Kylät kuntoon -hanke oli "
                 "kehittämishanke.\n", encoding="utf-8")
    text = load_document(f).text
    assert "TIIVISTELMÄ\nKYLÄ-Aikuisopiston" in text
    labels = entity_labels(text, "Association") | entity_labels(text, "Company")
    assert labels and not any("TIIVISTELMÄ" in x for x in labels)

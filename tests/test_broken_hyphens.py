"""A name's hyphen parted from the rest of the name by a transcript's line break ("ABC- yhdistys"): one word again
(loaders/broken_hyphens.py), while an elided coordination keeps its space. The sentences are invented."""

from __future__ import annotations

from pathlib import Path

from welfare_kg.loaders import load_document
from welfare_kg.loaders.broken_hyphens import join_broken_hyphens


def test_a_name_part_and_its_continuation_are_one_word() -> None:
    assert join_broken_hyphens("Hankkeen hallinnoi KYLVÖ- yhdistys Jokelassa.") == \
        "Hankkeen hallinnoi KYLVÖ-yhdistys Jokelassa."
    assert join_broken_hyphens("Kurssit pidettiin Länsi- Lapin kunnissa.") == "Kurssit pidettiin Länsi-Lapin kunnissa."
    assert join_broken_hyphens("Opettaja Salme Virta- Koski aloitti.") == "Opettaja Salme Virta-Koski aloitti."


def test_capitals_join_a_capitalised_word_only_where_the_text_names_them() -> None:
    named = "RKO on oppilaitos. Kurssin järjesti RKO- Aikuisopisto."
    assert join_broken_hyphens(named).endswith("järjesti RKO-Aikuisopisto.")
    # a heading's broken syllables, and capitals the text names nowhere else, stay as they are
    assert join_broken_hyphens("PÖYTÄKIRJAN TAR- KASTUS") == "PÖYTÄKIRJAN TAR- KASTUS"
    assert join_broken_hyphens("KOKOUS- Kunnantalo") == "KOKOUS- Kunnantalo"


def test_a_name_of_several_words_keeps_its_kind_apart() -> None:
    # "Hyvä Arki -hanke" is the name "Hyvä Arki" and its kind: joined, the kind would take only "Arki"
    for text in ("Kylän Hyvä Arki- hanke alkoi.", "Tuki tuli PRO TUPA- hankkeelle."):
        assert join_broken_hyphens(text) == text


def test_an_elided_coordination_keeps_its_space() -> None:
    for text in ("Itä- ja Länsi-Lappi", "Sosiaali- tai terveysala", "Vård- och omsorgsnämnden",
                 "Pohjois- Etelä- ja Länsi-Savo", "Vård- o. omsorgsnämnden", "Kela- sekä TE-toimisto"):
        assert join_broken_hyphens(text) == text


def test_a_transcript_is_loaded_with_the_name_whole(tmp_path: Path) -> None:
    f = tmp_path / "raportti.txt"
    f.write_text("Loppuraportti\n\nHankkeen toteutti LUOTO- yhdistys vuosina 2020-2021.\n",
                 encoding="utf-8")
    record = load_document(f)
    assert "LUOTO-yhdistys vuosina" in record.text


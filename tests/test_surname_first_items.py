"""People written surname first after an item title or in a list entry: invented lines."""

from __future__ import annotations

from helpers import needs_voikko, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer


def _people(text: str) -> set[str]:
    out = extract_document(record(text, kind="news"), gazetteer=reference_gazetteer())
    return {e.label for e in out.entities.values() if e.type == "Person"}


@needs_voikko
def test_a_surname_first_pair_after_an_item_title_is_a_person_named_first_name_first() -> None:
    assert _people("Eroanomus luottamustehtävästä; Silvala Suvi\nSeuraava asia") == {"Suvi Silvala"}
    assert _people("Valtuutetun eron myöntäminen / Virtanen Matti") == {"Matti Virtanen"}


@needs_voikko
def test_places_common_words_and_swedish_nouns_before_a_first_name_are_no_surnames() -> None:
    assert _people("Kokouspaikka: Kuopio Matti") == set()  # a place
    assert _people("Asia: Hanke Matti") == set()  # a common word
    assert _people("Plats: Badhotellet Sani") == set()  # a Swedish noun's definite form
    # a run-in list whose next item opens with a common word ("Eroanomus; Silvala Suvi Kehitysvammaisten
    # asumisyksikkö") is read since 2026-12, the development gold names Suvi Silvala there:
    # tests/test_people_layout_s15.py


@needs_voikko
def test_a_surname_with_another_reading_in_a_list_row() -> None:
    """"Mäkinen" is also an adjective, "Nieminen" only a place to Voikko: with a first name after it, closing the
    row or list entry, each is a surname written first."""
    text = "Ohjausryhmän jäsenet:\nMäkinen Jari, THL\nNieminen Anna, Kuopion kaupunki\n"
    assert {"Jari Mäkinen", "Anna Nieminen"} <= _people(text)
    assert _people("Jäsenet: Kangas Liisa, Virtanen Pekka") >= {"Liisa Kangas"}


@needs_voikko
def test_a_bullet_closes_an_entry_of_a_list_run_into_one_line() -> None:
    """A PDF transcript runs a bulleted list of member and deputy pairs into one line: the bullet closes each
    entry as the line's end did, so the deputy after the comma is read too."""
    text = ("• Aho Liisa, pj., Kumpula Marja • Rinne Ville, 1. vpj., Tuomela Heikki "
            "• Salo Anna, Perälä Jouni • Lahti Matias, Nurmi Kaisa\n")
    assert {"Marja Kumpula", "Heikki Tuomela", "Jouni Perälä", "Kaisa Nurmi", "Liisa Aho", "Matias Lahti"} \
        <= _people(text)

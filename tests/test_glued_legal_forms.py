"""A legal form glued to the amount of the next table cell ("Vekkura rf1 000 €"): a converted page joins a grant
table's cells without a space, and the form read as the word "rf1" left the registered name unread and its grant
unstated (extract/text.py, the tokenizer). The rows below are invented for these tests."""

from __future__ import annotations

from helpers import entity_types, needs_voikko

from welfare_kg.extract.text import tokenize


def test_a_form_glued_to_a_number_is_its_own_token() -> None:
    assert [t.text for t in tokenize("Vekkura rf1 000 €")] == ["Vekkura", "rf", "1 000", "€"]
    assert [t.text for t in tokenize("Tolmosi r.y.2 500 €")] == ["Tolmosi", "r.y.", "2 500", "€"]
    assert [t.text for t in tokenize("Kurmela Oy15 000 euroa")] == ["Kurmela", "Oy", "15 000", "euroa"]


def test_codes_and_words_ending_in_the_letters_stay_whole() -> None:
    assert [t.text for t in tokenize("Ryhmä M20 ja Sarfy2")] == ["Ryhmä", "M20", "ja", "Sarfy2"]
    assert [t.text for t in tokenize("Vekkura ry:n")] == ["Vekkura", "ry:n"]


@needs_voikko
def test_a_grant_row_with_a_glued_form_names_the_association() -> None:
    names = entity_types("Kesäleiri nuorille.Vekkuran Kuvataiteilijat rf1 000 €\n"
                         "Syysnäyttely.Tolmosin Taideseura rf2 000 €")
    assert names.get("Vekkuran Kuvataiteilijat rf") == "Association"
    assert names.get("Tolmosin Taideseura rf") == "Association"


def test_a_form_glued_to_the_next_name_of_a_list_is_its_own_token() -> None:
    """"Vekkuran Kuoro ryTolmosin Soittajat ry": a page's list lost the break between its items."""
    assert [t.text for t in tokenize("Kuoro ryTolmosin")] == ["Kuoro", "ry", "Tolmosin"]
    assert [t.text for t in tokenize("Kurmela OyVekkura Ab")] == ["Kurmela", "Oy", "Vekkura", "Ab"]
    assert [t.text for t in tokenize("Ryhmä ryömii ja RyTeam")] == ["Ryhmä", "ryömii", "ja", "RyTeam"]


@needs_voikko
def test_glued_list_items_are_two_associations() -> None:
    names = entity_types("Yhteistyössä ovat mukana Vekkuran Kuoroyhdistys ryTolmosin Soittajat ry sekä kaupunki.")
    assert names.get("Vekkuran Kuoroyhdistys ry") == "Association"
    assert names.get("Tolmosin Soittajat ry") == "Association"

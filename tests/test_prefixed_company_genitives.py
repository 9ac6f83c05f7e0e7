"""A company whose legal form comes first ("Ki Oy X", "Asunto Oy Y") written in the genitive before the word it
qualifies: its last word, unknown to the dictionary, is put in its base form by the noun its compound ends in
(extract/organisation_names.py `_prefixed_head`). Invented companies."""

from __future__ import annotations

from helpers import typed_labels


def test_an_unknown_compound_in_the_genitive_takes_its_base_form() -> None:
    got = typed_labels("Kunta myöntää takauksen Ki Oy Vyrkkijoen lainalle.", "minutes")
    assert ("Company", "Ki Oy Vyrkkijoki") in got, got


def test_a_known_word_in_the_genitive_as_before() -> None:
    got = typed_labels("Kunta myy Kiinteistö Oy Kylämäen Ekopirtin osakkeet.", "minutes")
    assert ("Company", "Kiinteistö Oy Kylämäen Ekopirtti") in got, got


def test_a_lake_bay_compound_too() -> None:
    got = typed_labels("Kunnanhallitus käsitteli Asunto Oy Pyrkälahden yhtiökokouksen kutsun.", "minutes")
    assert ("Company", "Asunto Oy Pyrkälahti") in got, got

"""A cell's word in capitals glued to the name before it by a transcript ("Olli SeppäläPOISSA"): two words
(extract/entities.py `_split_glued_labels`). The minutes are invented for these tests."""

from __future__ import annotations

from helpers import needs_voikko, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.entities import split_glued_labels
from welfare_kg.extract.text import tokenize


def test_a_glued_presence_cell_is_a_word_of_its_own() -> None:
    assert [t.text for t in split_glued_labels(tokenize("Olli SeppäläPOISSA", 0))] == ["Olli", "Seppälä", "POISSA"]
    assert [t.text for t in split_glued_labels(tokenize("Anna Aho-KiviJÄSEN", 0))] == ["Anna", "Aho-Kivi", "JÄSEN"]
    # capitals that are no cell's word stay in the word
    assert [t.text for t in split_glued_labels(tokenize("KuntaPROJEKTI", 0))] == ["KuntaPROJEKTI"]


@needs_voikko
def test_the_person_is_named_without_the_cell() -> None:
    text = ("Kylämäen kunta\nKunnanhallitus\nPÖYTÄKIRJA 3/2002\n\nLäsnä\nVeikko Ranta puheenjohtaja\n"
            "Outi SaloPOISSA\nPentti Lahti jäsen\n\n1 § Kokouksen avaus\n\nPuheenjohtaja avasi kokouksen.\n")
    ex = extract_document(record(text, kind="minutes"))
    people = {e.label for e in ex.entities.values() if e.type == "Person"}
    assert "Outi Salo" in people and not any("POISSA" in p for p in people)

"""A member's town or a list's label before "Given Surname (Party)" is no part of the name (twenty-ninth session,
fresh-page audit of people in minutes).

The text is written for this test: invented members of an invented joint committee of Swedish municipalities,
each row written as the member's municipality, the name and the party's bracket ("Vallby Peter Lund (S)"), and
an "Adjungerade" label before the first co-opted member. The party's bracket reads up to three capitalised words
before it as the name; a word no register holds as a given name before a known given name is the row's town or
label.
"""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document


def _people(text: str) -> set[str]:
    ex = extract_document(record(text, kind="news"))
    return {e.label for e in ex.entities.values() if e.type == "Person"}


def test_a_town_or_a_label_before_a_given_name_and_a_party_is_no_name() -> None:
    people = _people("Medlemskommunerna har utsett följande ledamöter och ersättare Vallbyholm Peter Lund (S) "
                     "ledamot Ekbyträsk Johnny Carlsson (C) ersättare. Adjungerade Jana Nilsson (S) deltog.\n")
    assert {"Peter Lund", "Johnny Carlsson", "Jana Nilsson"} <= people, people
    assert not any(w in p for p in people for w in ("Vallbyholm", "Ekbyträsk", "Adjungerade")), people


def test_two_given_names_before_a_surname_stay_one_name() -> None:
    people = _people("Ledamöter Carl Johan Lund (S) och Eva-Mai Mineur Tynong (SD) deltog.\n")
    assert "Carl Johan Lund" in people and "Eva-Mai Mineur Tynong" in people, people

"""People whose first names Voikko does not know as first names: Swedish and hyphenated ones.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.helpers import person_labels


def people(text: str) -> set[str]:
    return person_labels(text, kind="news")


@pytest.mark.parametrize(("text", "expected"), [
    # Voikko reads "Malin" only as the genitive of Mali; the surname after it says it is a first name
    ("Närvarande: ordförande Malin Grönqvist och Carola Ek.", "Malin Grönqvist"),
    # a hyphenated first name whose first part is a known first name
    ("Mötet leddes av Ulla-Maj Wideroos.", "Ulla-Maj Wideroos"),
])
def test_swedish_first_names(text: str, expected: str) -> None:
    assert expected in people(text)


def test_a_place_genitive_before_a_surname_is_no_person() -> None:
    assert people("Helsingin Virtanen ja Turun Laine kokoontuivat.") == set()


def test_a_swedish_name_in_s_before_a_preposition_is_no_genitive() -> None:
    # a genitive owns the noun after it; before "till" the -s is the surname's own
    from tests.helpers import entity_labels

    labels = entity_labels("Fullmäktige har valt Otto Domars till välfärdsdirektör.", "Person")
    assert "Otto Domars" in labels and "Otto Domar" not in labels


def test_a_saints_name_opens_a_routes_name_not_a_persons() -> None:
    from tests.helpers import entity_labels

    text = ("Pilgrimsleder\n\nKommunen deltar i St Olav Pathway tillsammans med församlingen. "
            "Sankt Erik Vandring ordnas i maj. Anna Berg leder projektet.\n")
    people = entity_labels(text, "Person")
    assert "Anna Berg" in people
    assert not {"Olav Pathway", "Erik Vandring"} & people

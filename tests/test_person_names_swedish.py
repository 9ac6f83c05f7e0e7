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

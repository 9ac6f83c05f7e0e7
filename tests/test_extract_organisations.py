"""Registered names before "ry" / "Oy": lower-case kinds inside, places in the genitive, case endings after.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.helpers import record
from welfare_kg.extract.document import extract_document


def orgs(text: str) -> set[tuple[str, str]]:
    ex = extract_document(record(text))
    return {(e.type, e.label) for e in ex.entities.values() if e.type in {"Association", "Company"}}


@pytest.mark.parametrize(("text", "expected"), [
    ("- Koivukylän asukastaloyhdistys Kajastus ry 8 000 euroa",
     ("Association", "Koivukylän asukastaloyhdistys Kajastus ry")),
    ("Avustus maksetaan Lintulahti-Kallio -kaupunginosayhdistys ry:lle.",
     ("Association", "Lintulahti-Kallio -kaupunginosayhdistys ry")),
    ("Hankkeen toteuttaa Kajaanin Ladun Hiihtäjät ry yhdessä kaupungin kanssa.",
     ("Association", "Kajaanin Ladun Hiihtäjät ry")),
    ("Sopimus tehtiin Oulun Kiinteistöhuolto Oy:n kanssa.", ("Company", "Oulun Kiinteistöhuolto Oy")),
])
def test_registered_names(text: str, expected: tuple[str, str]) -> None:
    assert expected in orgs(text)


def test_name_starts_at_its_capital_and_stops_at_other_words() -> None:
    got = orgs("Kaupunki ja pieni Kotiapu ry sopivat asiasta.")
    assert got == {("Association", "Kotiapu ry")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Avustus myönnettiin Osuuskunta Kylän Kauppa -yhdistykselle.", ("Company", "Osuuskunta Kylän Kauppa")),
    ("Palvelun tuottaa Tmi Hoivakoti Lähde.", ("Company", "Tmi Hoivakoti Lähde")),
    ("Vuokrasopimus tehtiin Kiinteistö Oy Kajaanin Torni kanssa.", ("Company", "Kiinteistö Oy Kajaanin Torni")),
    ("Mukana on Stiftelsen Folkhälsan sr.", ("Association", "Stiftelsen Folkhälsan sr")),
])
def test_legal_form_written_first_or_swedish(text: str, expected: tuple[str, str]) -> None:
    assert expected in orgs(text)

"""Programmes read only from lower-case common words name nothing unless the document capitalises the name
somewhere. Sentences written for these tests."""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document


def undertakings(text: str) -> set[str]:
    ex = extract_document(record(text))
    return {e.label for e in ex.entities.values() if e.type in {"Programme", "Project"}}


def test_lower_case_plan_is_no_programme() -> None:
    got = undertakings("Yhdistykselle laadittiin viestinnän kehittämisen ohjelma ja talouden tasapainotusohjelma.")
    assert not got


def test_name_capitalised_elsewhere_keeps_its_lower_case_mention() -> None:
    text = ("Kaupunki käynnisti Ikäihmisten hyvinvoinnin ohjelman keväällä. "
            "Myöhemmin ikäihmisten hyvinvoinnin ohjelma laajeni naapurikuntiin.")
    assert "Ikäihmisten hyvinvoinnin ohjelma" in undertakings(text)


def test_national_programme_in_lower_case_stays() -> None:
    text = ("Miljoonia nuoriso- ja kulttuuripolitiikan uudistusohjelmalle\nMinisteriö on myöntänyt 2 000 000 euroa "
            "hallituksen nuoriso- ja kulttuuripolitiikan uudistusohjelman toimeenpanoon.")
    got = undertakings(text)
    assert "Nuoriso- ja kulttuuripolitiikan uudistusohjelma" in got

"""A surname that is also an organisation's one-word short name ("Koske", a competence centre, and the surname
"Koski" in the genitive "Kosken"; "Kela"), read as the person's after a first name (extract/entities.py
`_surname_place`). The texts are invented for these tests.
"""

from __future__ import annotations

from helpers import needs_voikko, record

from welfare_kg.extract.document import extract_document


def _people_and_orgs(text: str) -> tuple[set[str], set[str]]:
    ex = extract_document(record(text, kind="news"))
    people = {e.label for e in ex.entities.values() if e.type == "Person"}
    return people, {e.label for e in ex.entities.values() if e.type != "Person"}


@needs_voikko
def test_a_first_name_before_an_organisation_s_short_name_that_is_a_surname_makes_a_person() -> None:
    people, _ = _people_and_orgs("Uutinen\n\nJaana Kosken mukaan työ jatkuu. Eero Kelan mielestä tuki riittää.\n")
    assert {"Jaana Koski", "Eero Kela"} <= people


@needs_voikko
def test_the_organisation_stays_without_a_first_name_in_capitals_or_when_no_surname() -> None:
    people, orgs = _people_and_orgs("Uutinen\n\nTukea maksaa Kela. Sari KELAN tiedote. Sari Sitran mukaan kaikki "
                                    "on hyvin. Anna Kelalle tiedot ajoissa.\n")
    assert "Kansaneläkelaitos" in orgs
    assert not {"Sari Kela", "Sari Sitra", "Anna Kela"} & people

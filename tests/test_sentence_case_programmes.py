"""A common noun glued to "-ohjelma" is capitalised only by its sentence: extract/programme_compounds.py."""

from __future__ import annotations

from tests.helpers import extract, needs_voikko


def _programmes(text: str) -> set[str]:
    return {e.label for e in extract(text, "minutes").entities.values() if e.type == "Programme"}


@needs_voikko
def test_the_same_compound_in_lower_case_elsewhere_says_it_is_no_name() -> None:
    text = ("Lautakunta hyväksyi esityksen liikunta-ohjelmaksi. Kaupunki julkaisee myöhemmin Liikunta-ohjelman "
            "verkkosivuillaan.")
    assert "Liikunta-ohjelma" not in _programmes(text)


@needs_voikko
def test_a_coined_name_opening_a_sentence_stays_a_programme() -> None:
    text = "Uusi hanke käynnistyi. Ikävoimaa-avustusohjelman tavoitteena on edistää ikääntyneiden toimintakykyä."
    assert "Ikävoimaa-avustusohjelma" in _programmes(text)

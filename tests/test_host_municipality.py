"""The host municipality of a joint arrangement runs it: "X on isäntäkunta", and the one host named in a partitive
relative clause after the list of parties ("A, B ja C, joista B on isäntäkunta") is that one, not the first party.
Invented sentences; the towns are real municipalities."""

from __future__ import annotations

from helpers import labelled_facts, needs_voikko

_AGREEMENT = ("Lahden kaupungin sekä Hollolan ja Asikkalan kuntien sopimus jätehuollon yhteistoiminta-alueen "
              "muodostamisesta")


@needs_voikko
def test_the_host_in_a_partitive_clause_after_the_parties_coordinates_the_agreement() -> None:
    facts = labelled_facts(f"{_AGREEMENT} 1 Osapuolet Tämän sopimuksen osapuolet ovat Lahden kaupunki sekä Hollolan ja "
                           "Asikkalan kunnat, joista Hollolan kunta on isäntäkunta.")
    assert {s for s, p, _o in facts if p == "coordinates"} == {"Hollola"}
    assert {"Lahti", "Asikkala"} <= {s for s, p, _o in facts if p == "participatesIn"}


@needs_voikko
def test_without_a_host_nobody_coordinates() -> None:
    facts = labelled_facts(f"{_AGREEMENT} 1 Osapuolet Tämän sopimuksen osapuolet ovat Lahden kaupunki sekä Hollolan ja "
                           "Asikkalan kunnat, joista Hollolan kunta on suurin.")
    assert not {s for s, p, _o in facts if p == "coordinates"}

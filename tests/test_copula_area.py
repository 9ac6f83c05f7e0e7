"""What an organisation is, said by the area its places make: "X ry on A:n, B:n ja C:n alueen Leader-ryhmä".

The copula right before a list of places in the genitive and "alueen" right after them says where the organisation
works. Written for these tests: an invented action group and club in real municipalities.
"""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document

HEAD = "Kunnanhallitus, kokous 4.4.2025\n\n§ 21 Leader-toiminta\n\nKuvaus\n\n"


def _areas(sentence: str) -> set[tuple[str, str]]:
    ex = extract_document(record(HEAD + sentence + "\n", kind="minutes"))
    labels = {iri: e.label for iri, e in ex.entities.items()}
    return {(labels.get(f.subject, f.subject), labels.get(f.object, f.object)) for f in ex.facts
            if f.predicate == "coversArea"}


def test_the_places_before_alueen_after_the_copula_are_the_groups_area() -> None:
    found = _areas("Kehittämisyhdistys Tuohikas ry on Isonkyrön, Laihian ja Vöyrin alueen paikallinen Leader-ryhmä.")
    assert {("Kehittämisyhdistys Tuohikas ry", t) for t in ("Isokyrö", "Laihia", "Vöyri")} <= found, found


def test_a_district_no_list_holds_may_follow_its_town() -> None:
    found = _areas("Kehittämisyhdistys Tuohikas ry on Laihian ja Vaasan Kuuskorven alueen Leader-ryhmä.")
    assert ("Kehittämisyhdistys Tuohikas ry", "Laihia") in found, found
    assert ("Kehittämisyhdistys Tuohikas ry", "Vaasa") in found, found


def test_without_the_copula_a_genitive_area_says_nothing_of_the_subject() -> None:
    found = _areas("Kehittämisyhdistys Tuohikas ry kokosi Laihian ja Vöyrin alueen yrittäjät seminaariin.")
    assert not found, found

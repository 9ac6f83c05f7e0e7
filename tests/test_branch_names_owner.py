"""A national association's branch named with the association's acronym or name is part of it
(extract/branch_parents.py). Texts written for these tests; the branches are invented."""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document


def part_of(text: str) -> set[tuple[str, str]]:
    ex = extract_document(record(text))
    return {(ex.entities[f.subject].label, ex.entities[f.object].iri.rsplit("/", 1)[-1])
            for f in ex.facts if f.predicate == "partOf"}


def test_acronym_genitive_branch_is_part_of_the_association() -> None:
    facts = part_of("Lahjoituksen saivat SPR:n Kuusiston osasto ja MLL:n Kuusiston paikallisyhdistys.")
    owners = {owner for _branch, owner in facts}
    assert {"spr", "mll"} <= owners


def test_name_as_written_before_the_district() -> None:
    facts = part_of("Mukana ovat Mannerheimin lastensuojeluliitto Pohjois-Savon piiri ja kaupunki.")
    assert any(owner == "mll" for _branch, owner in facts)


def test_full_genitive_names_the_branch_alone() -> None:
    facts = part_of("Kokoukseen osallistui Eläkeliiton Kuusiston yhdistys ry.")
    assert not any("Kuusiston" in branch for branch, _owner in facts)


def test_nominative_acronym_opening_a_registered_name() -> None:
    # the registered name itself says whose branch it is, as the genitive does ("MLL:n Kuusiston piiri")
    facts = part_of("Työryhmään kuuluu Anna Virtanen, MLL Kuusiston piiri ry, ja Pekka Laine.")
    assert any(owner == "mll" for _branch, owner in facts)

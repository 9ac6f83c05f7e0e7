"""A Swedish town name written uninflected before its board across a coordinated prefix owns the board
(extract/body_parents.py, owner_genitive_bodies); a capitalised word after a town opens another name.

The sentences are invented for these tests.
"""

from __future__ import annotations

from tests.helpers import ID, extract


def _owners(text: str) -> set[tuple[str, str]]:
    ex = extract(text)
    return {(ex.entities[f.subject].label, f.object.removeprefix(ID)) for f in ex.facts
            if f.predicate == "partOf" and f.subject in ex.entities}


def test_an_uninflected_town_before_a_coordinated_board_owns_it() -> None:
    owners = _owners("Ansökningstiden går ut i oktober. Esbo social- och hälsovårdsnämnd delar ut understöden.")
    assert ("Esbo social- och hälsovårdsnämnd", "municipality/049") in owners


def test_a_capital_after_the_town_opens_another_name() -> None:
    assert not any(o == "municipality/478" for _l, o in _owners("Mariehamn Förbundsstyrelsens protokoll 3/2024"))

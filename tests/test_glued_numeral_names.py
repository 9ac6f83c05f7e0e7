"""A registered name that opens with a numeral glued to a capital ("4H-yhdistys ry").

The tokeniser splits "4H-yhdistys" into "4" and "H-yhdistys"; the name reader stopped at the numeral and made
"H-yhdistys ry" of "Puumalan 4H-yhdistys ry". Written for these tests: invented associations of real towns.
"""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document


def _associations(text: str) -> set[str]:
    ex = extract_document(record(text, kind="minutes"))
    return {e.label for e in ex.entities.values() if e.type == "Association"}


def test_a_place_genitive_and_a_glued_numeral_stay_in_the_name() -> None:
    found = _associations("Kunnanhallitus, kokous 2.2.2025\n\n§ 7 Avustus\n\nSallan 4H-yhdistys ry anoo avustusta.\n")
    assert "Sallan 4H-yhdistys ry" in found, found
    assert "H-yhdistys ry" not in found, found


def test_a_name_that_opens_with_the_numeral_keeps_it() -> None:
    found = _associations("Kunnanhallitus, kokous 2.2.2025\n\n§ 8 Avustus\n\n4H-yhdistys ry anoo avustusta.\n")
    assert "4H-yhdistys ry" in found, found


def test_a_free_standing_number_opens_no_name() -> None:
    found = _associations("Kunnanhallitus, kokous 2.2.2025\n\n§ 9 Avustus\n\nAvustusta haki 3 Kuohun Latu ry.\n")
    assert not any(label.startswith("3") for label in found), found

"""A foundation's or association's board named by the kind word its own name ends in ("Maija Mallin säätiön
hallitus"), as a registered association's board is named by its legal form ("X ry:n hallitus").

All texts here are invented; they imitate layouts, not particular documents.
"""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document


def _read(text: str) -> tuple[set[str], set[tuple[str, str]]]:
    out = extract_document(record(text, kind="news"))
    labels = {e.label for e in out.entities.values() if e.type == "Body"}
    part_of = {(out.entities[f.subject].label, out.entities[f.object].label) for f in out.facts
               if f.predicate == "partOf" and f.subject in out.entities and f.object in out.entities}
    return labels, part_of


def test_a_foundations_board_is_a_body_of_the_foundation() -> None:
    labels, part_of = _read("Maija Mallin säätiön hallitus on päättänyt tämän vuoden apurahoista.")
    assert "Maija Mallin säätiön hallitus" in labels
    assert ("Maija Mallin säätiön hallitus", "Maija Mallin säätiö") in part_of


def test_a_bare_foundation_genitive_names_no_board() -> None:
    labels, _ = _read("Säätiön hallitus kokoontui keväällä.")
    assert not any(x.endswith("säätiön hallitus") for x in labels)

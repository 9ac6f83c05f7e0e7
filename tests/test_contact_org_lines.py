"""A contact block's organisation line read by matching it to a name found elsewhere (extract/contact_org_lines.py).

All names are invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.contact_org_lines import INLINE_RULE, RULE
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko

_OPENING = ("Kuusiston Tiedekampuksen johtaman hankkeen nimi on Oma polku. Hanke alkaa syksyllä.\n\n"
            "Hanke on Kuusiston Tiedekampukselta koordinoitu.\n\nLisätiedot\n\n")


def posts(text: str) -> set[tuple[str, str, str]]:
    record = DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news")
    return {(f.subject.rsplit("/", 1)[-1], f.object.rsplit("/", 1)[-1], f.rule)
            for f in extract_document(record).facts if f.predicate == "holdsPost"}


def test_title_and_name_over_an_organisation_line() -> None:
    text = _OPENING + "Pääsihteeri Marjut Halkola\nKuusiston Tiedekampus\np. 050 000 0000\n"
    assert ("marjut-halkola", "kuusiston-tiedekampus", RULE) in posts(text)


def test_name_title_and_organisation_on_three_lines() -> None:
    text = _OPENING + "Marjut Halkola\npääsihteeri\nKuusiston Tiedekampus\n"
    assert ("marjut-halkola", "kuusiston-tiedekampus", RULE) in posts(text)


def test_a_line_that_is_no_known_name_says_nothing() -> None:
    text = _OPENING + "Pääsihteeri Marjut Halkola\nTakametsän Tutkimuspaja\n"
    assert not any(r == RULE for _, _, r in posts(text))


def test_a_labelled_contact_row_with_the_organisation_after_a_comma() -> None:
    text = _OPENING + "Lisätietoja: pääsihteeri Marjut Halkola, Kuusiston Tiedekampus, p. 050 000 0000\n"
    assert ("marjut-halkola", "kuusiston-tiedekampus", INLINE_RULE) in posts(text)


def test_a_row_without_a_title_says_nothing() -> None:
    text = _OPENING + "Lisätietoja: Marjut Halkola, Kuusiston Tiedekampus, p. 050 000 0000\n"
    assert not any(r == INLINE_RULE for _, _, r in posts(text))

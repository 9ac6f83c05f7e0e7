"""An abbreviation a page gives in brackets after a name that a later name pass reads (a capitalised genitive and an
institution compound, extract/genitive_institutions.py) is echoed too: the bracket echoes run again after the last
name pass (extract/document.py). All names are invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def test_a_later_abbreviation_of_an_institution_is_the_same_entity() -> None:
    text = ("Rahoituksen myönsi Tapoeen edistämiskeskus (TEK). Sirola-hanke on TEK:n rahoittama kolmivuotinen "
            "hanke.")
    ex = extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))
    funders = {ex.entities[f.subject].label for f in ex.facts if f.predicate == "funds" and f.subject in ex.entities}
    assert funders == {"Tapoeen edistämiskeskus"}
    assert not any(e.label == "TEK" for e in ex.entities.values())

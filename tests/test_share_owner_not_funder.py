"""The genitive owner of a share of a project's money is no funder of the whole ("kokonaisrahoitus on N €, josta X:n
osuus on M €": extract/relations.py `_SHARE_AFTER`). Invented names."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def test_share_owner_contributes_and_funds_nothing() -> None:
    ex = extract_document(DocumentRecord(
        source=Path("x.txt"), text="Tutkija sai rahoituksen hankkeeseen Oppimisen Kiihdytin (OKI). Hankkeen "
        "kokonaisrahoitus on 1 500 000 €, josta Tampereen yliopiston osuus on 300 000 €.", checksum="x", fmt="txt",
        kind="news"))
    labels = {k: e.label for k, e in ex.entities.items()}
    facts = {(labels[f.subject], f.predicate) for f in ex.facts}
    assert ("Tampereen yliopisto", "funds") not in facts

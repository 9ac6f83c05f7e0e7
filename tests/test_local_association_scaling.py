"""extract/local_associations.py looks up what follows a town by offset, not by scanning every mention per town."""

from __future__ import annotations

import pytest
from helpers import record

from welfare_kg.extract import local_associations
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer
from welfare_kg.extract.model import Mention


def test_branches_found_and_each_lookup_sees_only_its_offset(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int] = []
    branch = local_associations._branch

    def counting(place: Mention, mentions: list[Mention], text: str) -> Mention | None:
        seen.append(len(mentions))
        return branch(place, mentions, text)

    monkeypatch.setattr(local_associations, "_branch", counting)
    towns = ["Iisalmen", "Kuopion", "Nokian", "Porin", "Oulun", "Lahden"]
    text = " ".join(f"Loppuvuodesta {t} SPR järjesti ensiapukurssin nuorille {t[:-1] if t != 'Porin' else 'Pori'}ssa."
                    for t in towns)
    out = extract_document(record(text, kind="news"), gazetteer=reference_gazetteer())
    names = {e.label: e.type for e in out.entities.values()}
    assert all(names.get(f"{t} SPR") == "Association" for t in towns)
    assert seen and max(seen) <= 2  # the mentions right after the town, not the document's dozens

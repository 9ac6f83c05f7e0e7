"""Every annotation file in the repository obeys the contract's own consistency rule: a required fact has at least
one alternative whose two entities are required. A required fact over an optional entity can never be found by
name alone and lowers recall for every extractor alike, so such a slip must not wait for a scorer to show it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLD_FILES = [*sorted((ROOT / "eval" / "gold").glob("*.jsonl")),
              *sorted((ROOT / "eval" / "holdout").glob("holdout*.jsonl"))]


def _problems(path: Path) -> list[str]:
    problems = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        doc = json.loads(line)
        optional = {e["key"]: e["optional"] for e in doc["entities"]}
        for fact in doc["facts"]:
            unknown = {k for s, _, o in fact["any"] for k in (s, o)} - optional.keys()
            if unknown:
                problems.append(f"line {n} {doc['doc']}: keys {sorted(unknown)} not among its entities")
            if not fact["optional"] and not any(optional.get(s) is False and optional.get(o) is False
                                                for s, _, o in fact["any"]):
                problems.append(f"line {n} {doc['doc']}: required fact {fact['any']} over an optional entity")
    return problems


def test_there_are_annotation_files_to_check() -> None:
    assert len(GOLD_FILES) >= 10


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_required_facts_join_required_entities(path: Path) -> None:
    assert _problems(path) == []


def test_the_check_finds_a_required_fact_over_an_optional_entity(tmp_path: Path) -> None:
    doc = {"doc": "x.txt", "kind": "news",
           "entities": [{"key": "a", "types": ["Person"], "names": ["A"], "optional": False},
                        {"key": "b", "types": ["Municipality"], "names": ["B"], "optional": True}],
           "facts": [{"any": [["a", "holdsPost", "b"]], "amount_eur": None, "optional": False},
                     {"any": [["a", "holdsPost", "c"]], "amount_eur": None, "optional": True}]}
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(doc) + "\n", encoding="utf-8")
    found = _problems(bad)
    assert len(found) == 2 and "over an optional entity" in found[0] and "'c'" in found[1]

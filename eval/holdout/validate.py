"""Checks every holdout*.jsonl (holdout.jsonl, holdout2.jsonl) against the contract's vocabulary and the saved corpus.

Why: a gold line that names an unknown key, type or predicate silently lowers every score;
this catches such slips before anyone measures against the file.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

TYPES = {"Ministry", "Agency", "CompetenceCentre", "CooperationArea", "Region", "Municipality", "JointAuthority",
         "WellbeingCounty", "Company", "Association", "Parish", "Body", "Project", "Programme", "WorkPackage",
         "Agreement", "Person"}
PREDICATES = {"funds", "coordinates", "participatesIn", "contributes", "partOf", "coversArea", "holdsPost", "decides"}
KINDS = {"minutes", "news", "agreement"}


def main() -> int:
    here = Path(__file__).parent
    errors: list[str] = []
    seen_docs: set[str] = set()
    lines = [(gold.name, n, line) for gold in sorted(here.glob("holdout*.jsonl"))
             for n, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1)]
    for gold_name, n, line in lines:
        try:
            d = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{gold_name} line {n}: not JSON ({exc})")
            continue
        name = d["doc"]
        if name in seen_docs:
            errors.append(f"{name}: annotated twice")
        seen_docs.add(name)
        if not (here / "corpus" / name).is_file():
            errors.append(f"{name}: no such file in corpus/")
        if d["kind"] not in KINDS:
            errors.append(f"{name}: kind {d['kind']}")
        ents: dict[str, bool] = {}
        for e in d["entities"]:
            if e["key"] in ents:
                errors.append(f"{name}: key {e['key']} twice")
            ents[e["key"]] = e["optional"]
            bad = set(e["types"]) - TYPES
            if bad or not e["types"]:
                errors.append(f"{name}: {e['key']} types {e['types']}")
            if not e["names"]:
                errors.append(f"{name}: {e['key']} has no name")
        for f in d["facts"]:
            for s, p, o in f["any"]:
                if p not in PREDICATES:
                    errors.append(f"{name}: predicate {p}")
                for k in (s, o):
                    if k not in ents:
                        errors.append(f"{name}: fact key {k} not among entities")
            required_ok = any(not ents.get(s, True) and not ents.get(o, True) for s, _, o in f["any"])
            if not f["optional"] and not required_ok:
                errors.append(f"{name}: required fact {f['any']} has no alternative over required entities")
            if f.get("amount_eur") is not None and not any(p in ("funds", "contributes") for _, p, _ in f["any"]):
                errors.append(f"{name}: amount on a non-funding fact {f['any']}")
    on_disk = {p.name for p in (here / "corpus").glob("*.txt")}
    for missing in sorted(on_disk - seen_docs):
        errors.append(f"{missing}: in corpus/ but not annotated")
    for e in errors:
        print(e)
    print(f"{len(seen_docs)} documents, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

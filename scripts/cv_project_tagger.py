"""Cross-validate the project-name CRF: does it pay on documents its model never saw?

    python scripts/cv_project_tagger.py [--threshold 0.5 ...] [--keep-models DIR]

Five folds grouped by publisher (scripts/train_project_tagger.py). For each fold, a model is trained on
the other four and the pipeline is run on the fold's documents twice: (a) rules only
(WELFARE_KG_PROJECT_MODEL=none) and (b) rules plus that model's spans. The sums over the folds of entity,
Project-entity and fact counts are printed as JSON. Only the development corpus is read.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_project_tagger import CORPUS, FOLDS, folds, gold_documents, train

from welfare_kg.evaluation.gold import load_gold
from welfare_kg.evaluation.run import contract_rows
from welfare_kg.evaluation.scoring import document_name, score_rows
from welfare_kg.extract.project_tagger import MODEL_ENV, THRESHOLD_ENV

ROOT = Path(__file__).resolve().parent.parent


def run(paths: list[Path], gold: list, model: str, threshold: float | None) -> dict[str, int]:
    """Counts of one pipeline run over `paths` with the given model ("none": rules only)."""
    from welfare_kg.graph.store import KGStore
    from welfare_kg.ingest import ingest

    os.environ[MODEL_ENV] = model
    if threshold is not None:
        os.environ[THRESHOLD_ENV] = str(threshold)
    store = KGStore(None)
    ingest([str(p) for p in paths], store, jobs=1)
    entity_rows, fact_rows = contract_rows(store)
    names = {p.name for p in paths}
    scored = [g for g in gold if g.doc in names]
    ev = score_rows(scored, entity_rows, fact_rows)
    project_iris: dict[str, set[str]] = defaultdict(set)
    for row in entity_rows:
        if (row.get("type") or "").endswith("Project") and row.get("document"):
            project_iris[document_name(row["document"])].add(row["entity"])
    c = defaultdict(int)
    t = ev.total
    for k, v in (("ent", t.entities), ("fact", t.facts)):
        c[f"{k}_right"] += v.right
        c[f"{k}_extracted"] += v.extracted
        c[f"{k}_found"] += v.found
        c[f"{k}_required"] += v.required
    for g, d in zip(scored, ev.documents, strict=True):
        required = [e for e in g.entities if not e.optional and "Project" in e.types]
        c["proj_required"] += len(required)
        c["proj_found"] += sum(e.key in d.iris_of_key for e in required)
        c["proj_extracted"] += len(project_iris.get(g.doc, ()))
        c["proj_spurious"] += sum("Project" in s.rsplit("(", 1)[-1] for s in d.spurious_entities)
    return dict(c)


def prf(c: dict[str, int], k: str) -> dict[str, float]:
    if k == "proj":
        p = 1 - c["proj_spurious"] / c["proj_extracted"] if c["proj_extracted"] else 0.0
        r = c["proj_found"] / c["proj_required"]
    else:
        p = c[f"{k}_right"] / c[f"{k}_extracted"] if c[f"{k}_extracted"] else 0.0
        r = c[f"{k}_found"] / c[f"{k}_required"]
    return {"P": round(p, 3), "R": round(r, 3), "F1": round(2 * p * r / (p + r), 3) if p + r else 0.0}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--threshold", type=float, action="append", default=[])
    ap.add_argument("--keep-models", type=Path, default=Path("/tmp/project_tagger_cv"))
    ap.add_argument("--reuse", action="store_true", help="use fold models already in --keep-models")
    args = ap.parse_args(argv)
    gold = load_gold(sorted((ROOT / "eval" / "gold").glob("dev-*.jsonl")))
    names = sorted(n for n in gold_documents() if (CORPUS / n).is_file())
    fold_of = folds(names)
    configs = ["rules"] + [f"tagger@{t}" for t in (args.threshold or [0.5])]
    sums: dict[str, dict[str, int]] = {c: defaultdict(int) for c in configs}
    args.keep_models.mkdir(parents=True, exist_ok=True)
    for k in range(FOLDS):
        model = args.keep_models / f"fold{k}.crfsuite"
        if not (args.reuse and model.is_file()):
            train(model, fold=k)
        paths = [CORPUS / n for n in names if fold_of[n] == k]
        for cfg in configs:
            thr = float(cfg.split("@")[1]) if "@" in cfg else None
            c = run(paths, gold, "none" if cfg == "rules" else str(model), thr)
            for key, v in c.items():
                sums[cfg][key] += v
            print(f"fold {k} {cfg}: project {prf(c, 'proj')} facts {prf(c, 'fact')}", file=sys.stderr)
    out = {cfg: {"entities": prf(c, "ent"), "projects": prf(c, "proj"), "facts": prf(c, "fact"), "counts": c}
           for cfg, c in sums.items()}
    print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

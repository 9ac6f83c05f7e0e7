"""Cross-validate the project-name CRF on documents the hand rules were not written from (held-out sets 1-7).

    python scripts/cv_project_tagger_holdout.py features            # cache the feature sequences (dev + 68)
    python scripts/cv_project_tagger_holdout.py train --fold K      # model of fold K: dev + the other folds
    python scripts/cv_project_tagger_holdout.py eval --fold K --threshold 0.5   # counts of fold K (JSON)
    python scripts/cv_project_tagger_holdout.py eval --rules        # rules only, all 68 documents
    python scripts/cv_project_tagger_holdout.py final --out M.crfsuite   # dev + all 68
    python scripts/cv_project_tagger_holdout.py table               # sums over the folds
    python scripts/cv_project_tagger_holdout.py spans --weight 3    # the model alone, out of fold, exact spans

Why: the rules were written from the 218 development documents, so cross-validation there compares an
in-sample rule set with an out-of-sample model (scripts/cv_project_tagger.py). The held-out sets 1-7
(68 documents, eval/holdout/holdout.jsonl, holdout2-7.jsonl) are no longer blind and the rules were not fitted
to them: five folds grouped by publisher (eval/holdout/sources.csv, sources4-7.csv); a fold's model is trained
on the 218 development documents and the other four folds, whose sequences are repeated --weight times.
Later held-out sets (8 and on) are the blind measure and are never read here.

Result (2026-12-03, the table in extract/project_tagger.py): the tagger does not beat the rules on facts F1
(rules 0.422; tagger 0.410 at thresholds 0.5 and 0.7, 0.422 at 0.9), so it stays off. `spans`: the model on its
own, out of fold, finds 22 of the 151 aligned gold project spans exactly, at precision 0.58 (22/38).
"""

from __future__ import annotations

import argparse
import csv
import json
import pickle
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cv_project_tagger import prf, run
from train_project_tagger import C1, C2, CORPUS, FOLDS, ITERATIONS, gold_documents, sequences

from welfare_kg.evaluation.gold import load_gold
from welfare_kg.extract.morphology import get_morphology

ROOT = Path(__file__).resolve().parent.parent
HELD = ROOT / "eval" / "holdout"
HELD_CORPUS = HELD / "corpus"
HELD_GOLD = [HELD / "holdout.jsonl"] + [HELD / f"holdout{i}.jsonl" for i in range(2, 8)]
HELD_SOURCES = [HELD / "sources.csv"] + [HELD / f"sources{i}.csv" for i in range(4, 8)]
BLIND = ("h8_", "h9_", "h10_", "h11_", "h12_")  # the blind sets: never read
WORK = Path("/tmp/project_tagger_holdout_cv")
WEIGHT = 3


def _not_blind(name: str) -> str:
    if name.startswith(BLIND):
        raise SystemExit(f"refusing a blind held-out document: {name}")
    return name


def held_documents() -> dict[str, dict]:
    """The gold of held-out sets 1-7 by document name."""
    docs = {}
    for f in HELD_GOLD:
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                docs[_not_blind(d["doc"])] = d
    return docs


def held_folds(names: list[str]) -> dict[str, int]:
    """Document -> fold, grouped by publisher; publishers dealt largest first to the emptiest fold."""
    pub = {}
    for f in HELD_SOURCES:
        with f.open(encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                pub[r["file"]] = r["publisher"].split(" (via")[0].strip()
    groups: dict[str, list[str]] = {}
    for n in sorted(names):
        groups.setdefault(pub.get(n, n), []).append(n)
    sizes = [0] * FOLDS
    out = {}
    for p in sorted(groups, key=lambda p: (-len(groups[p]), p)):
        k = min(range(FOLDS), key=lambda i: (sizes[i], i))
        sizes[k] += len(groups[p])
        for n in groups[p]:
            out[n] = k
    return out


def features() -> None:
    """Feature sequences of every dev and held-out (1-7) document, cached: training several models reuses them."""
    morph = get_morphology()
    dev = gold_documents()
    held = held_documents()
    cache = {"dev": {}, "held": {}, "counts": defaultdict(int)}
    for n in sorted(n for n in dev if (CORPUS / n).is_file()):
        cache["dev"][n] = sequences(n, dev[n], morph)[0]
    for n in sorted(held):
        seqs, counts = sequences(n, held[n], morph, corpus=HELD_CORPUS)
        cache["held"][n] = seqs
        for k, v in counts.items():
            cache["counts"][k] += v
    cache["counts"] = dict(cache["counts"])
    print(json.dumps({"held_alignment": cache["counts"]}), file=sys.stderr)
    WORK.mkdir(parents=True, exist_ok=True)
    with (WORK / "features.pkl").open("wb") as fh:
        pickle.dump(cache, fh)


def train(out: Path, fold: int | None, weight: int) -> None:
    """A model on all dev documents and the held-out documents outside `fold` (None: all), these `weight` times."""
    import pycrfsuite

    with (WORK / "features.pkl").open("rb") as fh:
        cache = pickle.load(fh)
    fold_of = held_folds(list(cache["held"]))
    trainer = pycrfsuite.Trainer(verbose=False)
    for seqs in cache["dev"].values():
        for xs, ys in seqs:
            trainer.append(xs, ys)
    for n, seqs in sorted(cache["held"].items()):
        if fold is not None and fold_of[n] == fold:
            continue
        for _ in range(weight):
            for xs, ys in seqs:
                trainer.append(xs, ys)
    trainer.set_params({"c1": C1, "c2": C2, "max_iterations": ITERATIONS, "feature.possible_transitions": True,
                        "feature.minfreq": 2})
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))


def evaluate(fold: int | None, threshold: float | None, model: str) -> dict[str, int]:
    """Counts of the pipeline on fold `fold`'s documents (None: all 68) with `model` ("none": rules only)."""
    gold = load_gold(HELD_GOLD)
    names = sorted(_not_blind(g.doc) for g in gold)
    fold_of = held_folds(names)
    paths = [HELD_CORPUS / n for n in names if fold is None or fold_of[n] == fold]
    return run(paths, gold, model, threshold)


def spans(weight: int, threshold: float) -> dict[str, int]:
    """The model on its own, out of fold: its Project spans against the aligned gold spans (exact character match)."""
    from train_project_tagger import gold_names

    from welfare_kg.extract.project_tagger import align_names, tag_spans
    from welfare_kg.extract.text import tokenize

    morph = get_morphology()
    held = held_documents()
    fold_of = held_folds(list(held))
    c = {"gold": 0, "tagged": 0, "exact": 0}
    for n in sorted(held):
        text = (HELD_CORPUS / n).read_text(encoding="utf-8")
        toks = tokenize(text)
        gold = {(toks[i].start, toks[j - 1].end) for i, j, lab in align_names(text, gold_names(held[n]), morph, toks)
                if lab == "PROJ"}
        model = str(WORK / f"w{weight}_fold{fold_of[n]}.crfsuite")
        got = {(a, b) for a, b, _ in tag_spans(text, morph, path=model, threshold=threshold)}
        c["gold"] += len(gold)
        c["tagged"] += len(got)
        c["exact"] += len(gold & got)
    return c


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("stage", choices=["features", "train", "eval", "final", "table", "folds", "spans"])
    ap.add_argument("--fold", type=int, default=None)
    ap.add_argument("--threshold", type=float, default=None)
    ap.add_argument("--rules", action="store_true", help="eval: rules only")
    ap.add_argument("--weight", type=int, default=WEIGHT, help="repetitions of each held-out training document")
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--tag", default="", help="eval: suffix of the configuration's name (a variant of the step)")
    args = ap.parse_args(argv)
    tag = f"w{args.weight}"
    out_tag = tag + args.tag
    if args.stage == "features":
        features()
    elif args.stage == "folds":
        for n, k in sorted(held_folds(list(held_documents())).items()):
            print(f"{n}\t{k}")
    elif args.stage == "train":
        train(WORK / f"{tag}_fold{args.fold}.crfsuite", args.fold, args.weight)
    elif args.stage == "final":
        train(args.out or WORK / f"{tag}_final.crfsuite", None, args.weight)
    elif args.stage == "spans":
        print(json.dumps(spans(args.weight, args.threshold or 0.5)))
    elif args.stage == "eval":
        if args.rules:
            name = "rules" if args.fold is None else f"rulesfold{args.fold}"
            c = evaluate(args.fold, None, "none")
        else:
            model = WORK / f"{tag}_fold{args.fold}.crfsuite"
            c, name = evaluate(args.fold, args.threshold, str(model)), f"{out_tag}_fold{args.fold}_t{args.threshold}"
        (WORK / f"counts_{name}.json").write_text(json.dumps(c), encoding="utf-8")
        print(json.dumps({name: {"projects": prf(c, "proj"), "facts": prf(c, "fact")}}))
    else:
        sums: dict[str, dict[str, int]] = {}
        for f in sorted(WORK.glob("counts_*.json")):
            name = f.stem[len("counts_"):]
            if name.startswith("rulesfold"):
                continue  # the per-fold rules runs add up to "rules"
            variant, thr = name.split("_fold")[0], name.split("_t")[-1]
            cfg = "rules" if name == "rules" else f"{variant}@{thr}"
            if cfg != "rules" and len(list(WORK.glob(f"counts_{variant}_fold*_t{thr}.json"))) < FOLDS:
                continue  # a configuration not yet run on every fold
            s = sums.setdefault(cfg, defaultdict(int))
            for k, v in json.loads(f.read_text(encoding="utf-8")).items():
                s[k] += v
        out = {cfg: {"entities": prf(c, "ent"), "projects": prf(c, "proj"), "facts": prf(c, "fact"), "counts": c}
               for cfg, c in sums.items()}
        print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Train the project-name CRF (extract/project_tagger.py) on the development corpus gold.

    python scripts/train_project_tagger.py --out M.crfsuite      # all documents; then WELFARE_KG_PROJECT_MODEL=M...
    python scripts/train_project_tagger.py --fold 2 --out F     # train without fold 2 (cross-validation)
    python scripts/train_project_tagger.py --coverage           # only report how many gold names align

Labels come from aligning each document's gold Project and Programme names (base forms) with its text
(`align_names`). Deterministic: fixed c1/c2/iterations, documents in name order, folds by publisher
(every document of a publisher in one fold; publishers dealt to folds largest first, each to the fold
with fewest documents so far, ties to the lower fold).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

from welfare_kg.extract.morphology import get_morphology
from welfare_kg.extract.project_tagger import (
    LABELS,
    align_names,
    doc_context,
    line_features,
    line_tokens,
    lines,
    to_crfsuite,
)

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "eval" / "corpus"
C1, C2, ITERATIONS = 0.05, 0.01, 150
FOLDS = 5


def gold_documents() -> dict[str, dict]:
    """The development gold by document name (never eval/holdout)."""
    docs = {}
    for f in sorted((ROOT / "eval" / "gold").glob("dev-*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                docs[d["doc"]] = d
    return docs


def publishers() -> dict[str, str]:
    out = {}
    for f in sorted((ROOT / "eval" / "sources").glob("*.csv")):
        with f.open(encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                out[r["file"]] = r["publisher"]
    return out


def folds(names: list[str]) -> dict[str, int]:
    """Document -> fold, grouped by publisher."""
    pub = publishers()
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


def gold_names(doc: dict) -> list[tuple[str, str]]:
    names = []
    for e in doc.get("entities", []):
        label = next((LABELS[t] for t in ("Project", "Programme") if t in e.get("types", [])), None)
        if label:
            names += [(n, label) for n in e.get("names", [])]
    return names


def sequences(name: str, doc: dict, morph, corpus: Path = CORPUS) -> tuple[list, dict[str, int]]:
    """(features, BIO labels) per line piece of a document (in `corpus`), and its alignment counts."""
    text = (corpus / name).read_text(encoding="utf-8")
    entities = [e for e in doc.get("entities", []) if {"Project", "Programme"} & set(e.get("types", []))]
    out = []
    aligned_keys: set[str] = set()
    ctx = doc_context(text, morph)
    for lineno, (a, b) in enumerate(lines(text)):
        for toks in line_tokens(text, a, b):
            tags = ["O"] * len(toks)
            for i, j, label in align_names(text, gold_names(doc), morph, tokens=toks):
                tags[i] = f"B-{label}"
                for k in range(i + 1, j):
                    tags[k] = f"I-{label}"
            out.append((to_crfsuite(line_features(toks, text[a:b], morph, ctx, lineno)), tags))
    # which gold entities align anywhere in the text
    for e in entities:
        label = LABELS["Project"] if "Project" in e["types"] else LABELS["Programme"]
        if align_names(text, [(n, label) for n in e["names"]], morph):
            aligned_keys.add(e["key"])
    counts = {"projects": 0, "projects_aligned": 0, "programmes": 0, "programmes_aligned": 0}
    for e in entities:
        kind = "projects" if "Project" in e["types"] else "programmes"
        counts[kind] += 1
        counts[f"{kind}_aligned"] += e["key"] in aligned_keys
    return out, counts


def train(out: Path, *, fold: int | None = None, coverage_only: bool = False,
          params: dict[str, float] | None = None) -> dict[str, int]:
    import pycrfsuite

    morph = get_morphology()
    docs = gold_documents()
    names = sorted(n for n in docs if (CORPUS / n).is_file())
    fold_of = folds(names)
    trainer = pycrfsuite.Trainer(verbose=False)
    totals = {"projects": 0, "projects_aligned": 0, "programmes": 0, "programmes_aligned": 0}
    for n in names:
        if fold is not None and fold_of[n] == fold:
            continue
        seqs, counts = sequences(n, docs[n], morph)
        for k, v in counts.items():
            totals[k] += v
        if not coverage_only:
            for xs, ys in seqs:
                trainer.append(xs, ys)
    if not coverage_only:
        trainer.set_params({"c1": C1, "c2": C2, "max_iterations": ITERATIONS, "feature.possible_transitions": True,
                            "feature.minfreq": 2, **(params or {})})
        out.parent.mkdir(parents=True, exist_ok=True)
        trainer.train(str(out))
    return totals


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("project_tagger.crfsuite"))
    ap.add_argument("--fold", type=int, default=None, help="leave this fold (0-4) out")
    ap.add_argument("--coverage", action="store_true", help="only report alignment coverage")
    ap.add_argument("--list-folds", action="store_true", help="print document<TAB>fold")
    args = ap.parse_args(argv)
    if args.list_folds:
        docs = gold_documents()
        for n, k in sorted(folds([n for n in docs if (CORPUS / n).is_file()]).items()):
            print(f"{n}\t{k}")
        return 0
    totals = train(args.out, fold=args.fold, coverage_only=args.coverage)
    print(json.dumps(totals), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""How far two careful human annotators agree on the same documents (an upper bound for any extractor).

The development gold is one person's reading of each text. A second annotation of the same documents, made
independently from the same conventions, scored against the first with the project's own evaluator, tells what
facts F1 a perfect extractor could still expect to lose to the conventions leaving choices open. The second
annotation is turned into rows of the two saved queries' shape (entities.rq: entity,type,label,document, one row
per name; facts.rq: subject,predicate,object,amount,document), as if it were an extractor's output, and
`welfare-kg evaluate --entities --facts --json` scores it; then the roles swap (B as gold, A as output), because
precision one way is recall the other only up to the any-of alternatives and optional items each side has.

Only required items become rows: an optional item is one the annotator would not blame an extractor for
missing, so it is not what the annotator "extracted". Of a fact's any-of alternatives one is the row (an
extractor states one reading): the first whose two ends are required entities, else the first, whose optional
ends then become entity rows too. Entity IRIs are made from the annotation's keys; the evaluator aligns them by
name.

Usage (from the worktree; the CLI is run with the same interpreter and PYTHONPATH):
    PYTHONPATH=_pkg python3 eval/agreement.py [--second eval/agreement/second.jsonl] [--out DIR]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

HERE = Path(__file__).resolve().parent
IRI_BASE = "https://w3id.org/welfare-kg/agreement/"
ENTITY_COLUMNS = ("entity", "type", "label", "document")
FACT_COLUMNS = ("subject", "predicate", "object", "amount", "document")


def read_annotation(path: Path) -> list[dict]:
    """JSON lines of an annotation file (the gold format of FACTS.md)."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def first_annotation(docs: Iterable[str], gold_dir: Path) -> list[dict]:
    """The development gold's lines for `docs`, gathered from every dev-*.jsonl (a document lives in one file)."""
    wanted = set(docs)
    found = [d for path in sorted(gold_dir.glob("dev-*.jsonl")) for d in read_annotation(path) if d["doc"] in wanted]
    if missing := wanted - {d["doc"] for d in found}:
        raise SystemExit(f"no first annotation for: {', '.join(sorted(missing))}")
    return found


def iri(side: str, key: str) -> str:
    """One IRI per key and annotator: the same key in two documents is one thing, as the gold's keys mean."""
    return f"{IRI_BASE}{side}/{key}"


def _reading(fact: dict, required: set[str]) -> list[str]:
    """The any-of reading an extractor would state: the first whose two ends are required entities, else the first.

    A reading through an optional entity (a body named only "Kh") would otherwise make the row depend on an
    entity the annotator did not require, and the other side could not align it.
    """
    return next((a for a in fact["any"] if a[0] in required and a[2] in required), fact["any"][0])


def _stated_keys(doc: dict) -> set[str]:
    """Keys an annotator 'extracted' in a document: its required entities and the ends of its required facts."""
    required = {e["key"] for e in doc["entities"] if not e.get("optional")}
    ends = {k for f in doc["facts"] if not f.get("optional") for k in _reading(f, required)[::2]}
    return required | ends


def entity_rows(annotation: Iterable[dict], side: str) -> list[dict[str, str]]:
    """entities.rq rows for the stated entities: one row per type and name, as the query gives them."""
    rows = []
    for d in annotation:
        stated = _stated_keys(d)
        rows += [{"entity": iri(side, e["key"]), "type": t, "label": name, "document": d["doc"]}
                 for e in d["entities"] if e["key"] in stated for t in e["types"] for name in e["names"]]
    return rows


def _amount(value: float | None) -> str:
    """Euros as a plain number, as facts.rq gives them (no '.0' on whole euros)."""
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value)


def fact_rows(annotation: Iterable[dict], side: str) -> list[dict[str, str]]:
    """facts.rq rows for the required facts, each stated in its first any-of reading."""
    rows = []
    for d in annotation:
        required = {e["key"] for e in d["entities"] if not e.get("optional")}
        for f in d["facts"]:
            if f.get("optional"):
                continue
            subject, predicate, obj = _reading(f, required)
            rows.append({"subject": iri(side, subject), "predicate": predicate, "object": iri(side, obj),
                         "amount": _amount(f.get("amount_eur")), "document": d["doc"]})
    return rows


def write_csv(path: Path, columns: tuple[str, ...], rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=columns)
        w.writeheader()
        w.writerows(rows)


def write_jsonl(path: Path, annotation: Iterable[dict]) -> None:
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in annotation), encoding="utf-8")


def evaluate(gold: list[dict], output: list[dict], side: str, work: Path, corpus: Path) -> dict:
    """Score `output` (as if extracted) against `gold` with `welfare-kg evaluate --json`; its parsed result."""
    gold_file, ents, facts = work / f"gold-{side}.jsonl", work / f"entities-{side}.csv", work / f"facts-{side}.csv"
    write_jsonl(gold_file, gold)
    write_csv(ents, ENTITY_COLUMNS, entity_rows(output, side))
    write_csv(facts, FACT_COLUMNS, fact_rows(output, side))
    docs = [str(corpus / d["doc"]) for d in gold]
    cmd = [sys.executable, "-P", "-c", "from welfare_kg.cli import main; main()", "evaluate", *docs,
           "--gold", str(gold_file), "--entities", str(ents), "--facts", str(facts), "--json"]
    done = subprocess.run(cmd, capture_output=True, text=True, env=os.environ.copy(), check=False)
    if done.returncode != 0:
        raise SystemExit(f"evaluate failed ({done.returncode}): {done.stderr.strip()}")
    result = json.loads(done.stdout)
    (work / f"result-{side}.json").write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    return result


def table(result: dict, title: str) -> str:
    """Entities F1, typed F1, facts P/R/F1 (right/extracted, found/required) per document and in total."""
    lines = [title, f"{'document':58} {'ent F1':>6} {'typed':>6} {'fact P':>6} {'fact R':>6} {'fact F1':>7}  counts"]
    for d in [*result["documents"], {"doc": "TOTAL", **result["total"]}]:
        f = d["facts"]
        lines.append(f"{d['doc'][:58]:58} {d['entities']['f1']:6.3f} {d['entities_typed']['f1']:6.3f} "
                     f"{f['precision']:6.3f} {f['recall']:6.3f} {f['f1']:7.3f}  "
                     f"{f['right']}/{f['extracted']} right, {f['found']}/{f['required']} found")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--second", type=Path, default=HERE / "agreement" / "second.jsonl")
    ap.add_argument("--gold-dir", type=Path, default=HERE / "gold")
    ap.add_argument("--corpus", type=Path, default=HERE / "corpus")
    ap.add_argument("--out", type=Path, help="keep the rows, gold files and JSON results here")
    args = ap.parse_args(argv)
    second = read_annotation(args.second)
    first = first_annotation([d["doc"] for d in second], args.gold_dir)
    work = args.out or Path(tempfile.mkdtemp(prefix="agreement-"))
    work.mkdir(parents=True, exist_ok=True)
    print(table(evaluate(first, second, "B", work, args.corpus), "A (first annotation) as gold, B (second) as output"))
    print()
    print(table(evaluate(second, first, "A", work, args.corpus), "B (second annotation) as gold, A (first) as output"))


if __name__ == "__main__":
    main()

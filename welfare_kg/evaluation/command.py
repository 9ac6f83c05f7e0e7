"""What `welfare-kg evaluate` does, as one library call the CLI wraps (and tests can call)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from welfare_kg.evaluation.gold import GoldError, load_gold
from welfare_kg.evaluation.report import DETAIL_LISTS, format_text, to_json, write_report
from welfare_kg.evaluation.run import evaluate_documents, read_results
from welfare_kg.evaluation.scoring import Evaluation, score_rows


@dataclass
class CommandResult:
    evaluation: Evaluation
    output: str  # for standard output
    notes: list[str] = field(default_factory=list)  # for standard error


def _results_file(path: Path) -> list[dict[str, str]]:
    try:
        return read_results(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, KeyError) as exc:
        raise GoldError(f"{path}: not a SPARQL CSV or JSON results file ({exc.__class__.__name__}: {exc})") from exc


def conceal(ev: Evaluation, groups: set[str], keys: frozenset[str] = frozenset()) -> int:
    """Drop the mistakes of held-out documents from every listing, keeping their scores.

    A held-out set is only an honest estimate while nobody reads what the extractor gets wrong
    on it: lists of missed and spurious items would turn it into a development set. Error classes
    ("missed fact: funds (an entity not found)") keep their counts, without examples. That includes
    the things it annotates in several documents that were not resolved to one IRI: `keys` (the
    held-out annotation's entity keys) leave every cross-document listing, the counts stay. The
    documents' names go too ("held-out document 3"): a name beside a low score says which text to
    go and read, and which kind of document to write rules for, as much as a missed item would.
    """
    hidden = 0
    for d in ev.documents:
        if d.group in groups:
            for name in DETAIL_LISTS:
                setattr(d, name, [])
            # The class of each mistake stays (counts per class say where a blind set loses, as the
            # per-predicate totals do); what was missed or invented, the item, goes.
            d.errors = [replace(e, item="") for e in d.errors]
            d.diagnoses = [replace(e, item="") for e in d.diagnoses]
            d.unlinked = []
            d.unfound = []
            d.concealed = True
            hidden += 1
            d.doc = f"held-out document {hidden}"
    for t in [ev.total, *ev.groups, *ev.families]:
        cd = t.cross_document
        t.cross_document = replace(cd, unresolved=tuple(k for k in cd.unresolved if k not in keys))
    return hidden


def run_evaluate(paths: Sequence[Path], gold_files: Sequence[Path], *, entities: Path | None = None,
                 facts: Path | None = None, as_json: bool = False, details: bool = False,
                 report: Path | None = None, command: str = "welfare-kg evaluate", jobs: int = 1,
                 held_out: Sequence[Path] = (), by_rule: bool = False) -> CommandResult:
    """Evaluate documents (or saved query results) against annotation files and render the result.

    `held_out` annotation files are scored like the others (their own TOTAL line) but their
    mistakes are never listed. `by_rule` adds the fact counts per extraction rule (counts only, so held-out
    documents keep theirs); it needs the pipeline, not saved results. Raises `GoldError` (a one-line
    message naming the file) for unusable input.
    """
    if (entities is None) != (facts is None):
        raise GoldError("--entities and --facts go together (the results of entities.rq and facts.rq)")
    if entities is None and not paths:
        raise GoldError("give the documents to evaluate (files or folders), or --entities and --facts")
    if stray := [p for p in paths if Path(p).suffix.lower() == ".jsonl"]:
        # `--gold a.jsonl b.jsonl` binds only a.jsonl to --gold; b.jsonl would be ingested as a document
        raise GoldError(f"{stray[0]}: an annotation file among the documents; give each with its own --gold")
    gold = load_gold([*gold_files, *held_out])
    if not gold:
        raise GoldError(f"{', '.join(map(str, [*gold_files, *held_out]))}: no annotated documents")
    if by_rule and entities is not None:
        raise GoldError("--by-rule needs the documents: saved entities.rq/facts.rq results name no rules")
    if entities is not None and facts is not None:
        ev = score_rows(gold, _results_file(entities), _results_file(facts))
    else:
        ev = evaluate_documents(paths, gold, jobs=jobs, by_rule=by_rule)
    notes = [f"error: {line}" for line in ev.failed]
    held = [d for d in gold if d.source in set(map(str, held_out))]
    if held and (hidden := conceal(ev, {d.group for d in held}, frozenset(e.key for d in held for e in d.entities))):
        notes.append(f"note: {hidden} held-out document(s) scored; their mistakes are not listed")
    if ev.skipped_gold:
        notes.append(f"note: {len(ev.skipped_gold)} annotated document(s) not among the given documents, "
                     f"not scored: {', '.join(ev.skipped_gold)}")
    if not ev.documents:
        raise GoldError("none of the annotated documents is among the given documents")
    if report is not None:
        image = write_report(ev, report, command=command)
        notes.append(f"wrote {report} and {image}")
    out = (json.dumps(to_json(ev), ensure_ascii=False, indent=1) if as_json
           else format_text(ev, details=details, by_rule=by_rule))
    return CommandResult(ev, out, notes)

"""Run the real pipeline on documents and score what the contract queries return.

The documents go through the project's own ingest into a fresh in-memory Oxigraph store,
and the two saved contract queries are run on it and read back as W3C SPARQL CSV: the
same path a researcher takes with `ingest` and `query --format csv`, so the evaluation
cannot drift from what users get.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from pathlib import Path

from welfare_kg.evaluation.gold import GoldDocument, load_gold
from welfare_kg.evaluation.scoring import Evaluation, document_stem, score_rows

Rows = list[dict[str, str]]


def read_results(text: str) -> Rows:
    """Rows of a SPARQL results document: W3C CSV, or W3C JSON when it starts with '{'."""
    if text.lstrip().startswith("{"):
        data = json.loads(text)
        return [{k: v.get("value", "") for k, v in b.items()} for b in data["results"]["bindings"]]
    return [dict(row) for row in csv.DictReader(io.StringIO(text))]


def contract_rows(store: object) -> tuple[Rows, Rows]:
    """Entity and fact rows of the two saved contract queries on a store.

    Each runs as `welfare-kg query` runs it on the store: its local form, or that form's fallback on a store
    without the derived fact rows (`SavedQuery.local_for`), which the local form of `facts` reads.
    """
    from welfare_kg.queries import load_query, run_query

    return tuple(read_results(run_query(store, load_query(name).local_for(store), fmt="csv"))  # type: ignore[return-value]
                 for name in ("entities", "facts"))


# The contract's fact rows with the rule that stated each (a row stated by two rules comes twice).
RULE_ROWS_QUERY = """PREFIX wkg: <https://w3id.org/welfare-kg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT DISTINCT ?subject ?predicate ?object ?amount ?document ?rule WHERE {
  GRAPH ?g { ?fact a wkg:Fact ; wkg:subject ?subject ; wkg:predicate ?predicate ; wkg:object ?object ;
                   prov:wasDerivedFrom ?doc . ?doc wkg:fileName ?document .
             OPTIONAL { ?fact wkg:amount ?amount } OPTIONAL { ?fact wkg:rule ?rule } }
}"""


def rule_rows(store: object) -> Rows:
    """Fact rows with their rule, for the counts per rule."""
    from welfare_kg.queries import run_query

    return read_results(run_query(store, RULE_ROWS_QUERY, fmt="csv"))


def document_files(paths: Iterable[str | Path]) -> list[Path]:
    """The files the pipeline will be given (folders walked as ingest walks them)."""
    from welfare_kg.loaders import LoadError, iter_paths

    return [p for p in iter_paths(paths) if not isinstance(p, LoadError)]


def evaluate_documents(paths: Sequence[str | Path], gold: Sequence[GoldDocument] | Sequence[str | Path],
                       *, jobs: int = 1, by_rule: bool = False) -> Evaluation:
    """Ingest `paths` into a temporary store, run the contract queries and score them against `gold`.

    `gold` is parsed documents or annotation files. Annotated documents that are not
    among `paths` are left out of the scores and listed in `skipped_gold` (so one can
    evaluate a subset against a larger annotation); documents that fail to load stay
    in and score zero, since a reader that fails is a pipeline error.
    """
    from welfare_kg.graph.store import KGStore
    from welfare_kg.ingest import ingest

    gold_docs = [g for g in gold if isinstance(g, GoldDocument)]
    if len(gold_docs) != len(gold):
        gold_docs = load_gold(gold)  # type: ignore[arg-type]
    files = document_files(paths)
    given = {p.name for p in files} | {document_stem(p.name) for p in files}
    scored = [g for g in gold_docs if g.doc in given or document_stem(g.doc) in given]
    skipped = [g.doc for g in gold_docs if g not in scored]
    store = KGStore(None)
    report = ingest([str(p) for p in paths], store, jobs=jobs)
    entity_rows, fact_rows = contract_rows(store)
    return score_rows(scored, entity_rows, fact_rows, skipped_gold=skipped, failed=list(report.failed),
                      texts=document_texts(files, scored), rule_rows=rule_rows(store) if by_rule else None)


def document_texts(files: Sequence[Path], gold: Sequence[GoldDocument]) -> dict[str, str]:
    """Texts of the annotated documents as the pipeline reads them, for the near-miss diagnosis (a file
    that does not load has none: the diagnosis then leaves out where its missed names are written)."""
    from welfare_kg.loaders import LoadError, load_document

    wanted = {g.doc for g in gold} | {document_stem(g.doc) for g in gold}
    texts: dict[str, str] = {}
    for path in files:
        if path.name not in wanted and document_stem(path.name) not in wanted:
            continue
        try:
            text = load_document(path).text
        except LoadError:
            continue
        for g in gold:
            if g.doc in (path.name, document_stem(path.name)) or document_stem(g.doc) == document_stem(path.name):
                texts.setdefault(g.doc, text)
    return texts

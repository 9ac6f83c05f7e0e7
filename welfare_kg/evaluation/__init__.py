"""The project's own evaluation of extraction quality against hand-made gold annotations.

`evaluate_documents` runs the real pipeline (ingest -> contract queries) and scores it;
`score_rows` scores rows that are already at hand (saved CSV, a remote endpoint, tests).
The rules are those of the extraction contract (FACTS.md); see `scoring` for them.
"""

from welfare_kg.evaluation.gold import (
    PREDICATES,
    TYPES,
    GoldDocument,
    GoldEntity,
    GoldError,
    GoldFact,
    load_gold,
    parse_gold,
)
from welfare_kg.evaluation.run import contract_rows, evaluate_documents, read_results
from welfare_kg.evaluation.scoring import (
    Amounts,
    Counts,
    CrossDocument,
    DocumentScore,
    ErrorItem,
    Evaluation,
    Totals,
    normalise_name,
    score_rows,
)

__all__ = [
    "PREDICATES", "TYPES", "Amounts", "Counts", "CrossDocument", "DocumentScore", "ErrorItem", "Evaluation",
    "GoldDocument", "GoldEntity", "GoldError", "GoldFact", "Totals", "contract_rows", "evaluate_documents",
    "load_gold", "normalise_name", "parse_gold", "read_results", "score_rows",
]

"""Counts that tell a user what the store holds: documents, entities by type, facts by predicate."""

from __future__ import annotations

from dataclasses import dataclass

from welfare_kg.graph.store import KGStore


@dataclass
class StoreStats:
    documents: int
    triples: int
    entities_by_type: dict[str, int]
    facts_by_predicate: dict[str, int]


def store_stats(store: KGStore) -> StoreStats:
    docs = next(iter(store.query("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a wkg:Document }")))["n"]
    types = {
        row["t"].value.rsplit("#", 1)[-1]: int(row["n"].value)
        for row in store.query(
            """SELECT ?t (COUNT(DISTINCT ?e) AS ?n) WHERE {
                 GRAPH ?g { ?doc wkg:mentions ?e . ?e a ?t } FILTER(STRSTARTS(STR(?t), STR(wkg:)))
               } GROUP BY ?t ORDER BY DESC(?n)""")
    }
    preds = {
        row["p"].value.rsplit("#", 1)[-1]: int(row["n"].value)
        for row in store.query(
            "SELECT ?p (COUNT(?f) AS ?n) WHERE { ?f a wkg:Fact ; wkg:predicate ?p } GROUP BY ?p ORDER BY DESC(?n)")
    }
    return StoreStats(int(docs.value), len(store), types, preds)


def format_stats(s: StoreStats) -> str:
    lines = [f"documents: {s.documents}", f"triples:   {s.triples}", "entities by type:"]
    lines += [f"  {t:<18} {n}" for t, n in s.entities_by_type.items()] or ["  (none)"]
    lines.append("facts by predicate:")
    lines += [f"  {p:<18} {n}" for p, n in s.facts_by_predicate.items()] or ["  (none)"]
    return "\n".join(lines)

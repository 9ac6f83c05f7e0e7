"""graph/stats.py on the example store: each count checked against the quads themselves."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pyoxigraph as ox
from click.testing import CliRunner

from welfare_kg.cli import main
from welfare_kg.graph.stats import format_stats, store_stats
from welfare_kg.graph.store import KGStore
from welfare_kg.graphs import DOCUMENT_PREFIX

WKG = "https://w3id.org/welfare-kg/ontology#"
TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
EXAMPLE_DOCUMENTS = 5


def _by_graph(store: KGStore) -> dict[str, list[ox.Quad]]:
    out: dict[str, list[ox.Quad]] = {}
    for q in store.quads_in(store.named_graphs()):
        out.setdefault(q.graph_name.value, []).append(q)
    return out


def test_counts_equal_the_quads(store: KGStore) -> None:
    stats = store_stats(store)
    graphs = _by_graph(store)
    assert stats.documents == EXAMPLE_DOCUMENTS == sum(g.startswith(DOCUMENT_PREFIX) for g in graphs)
    assert stats.triples == len(store) == sum(map(len, graphs.values()))
    # entities by type: what a document mentions, typed in that same document graph
    entities: dict[str, set[str]] = {}
    facts: Counter[str] = Counter()
    for quads in graphs.values():
        mentioned = {q.object for q in quads if q.predicate.value == WKG + "mentions"}
        for q in quads:
            if q.predicate == TYPE and q.subject in mentioned and q.object.value.startswith(WKG):
                entities.setdefault(q.object.value[len(WKG):], set()).add(q.subject.value)
            if q.predicate.value == WKG + "predicate":
                facts[q.object.value[len(WKG):]] += 1
    assert stats.entities_by_type == {t: len(es) for t, es in entities.items()}
    assert stats.facts_by_predicate == dict(facts)
    assert stats.entities_by_type["Municipality"] >= 1 and sum(stats.facts_by_predicate.values()) >= 10


def test_largest_first(store: KGStore) -> None:
    stats = store_stats(store)
    for counts in (stats.entities_by_type, stats.facts_by_predicate):
        assert list(counts.values()) == sorted(counts.values(), reverse=True)


def test_format_and_command(store: KGStore, seed_store_dir: Path) -> None:
    stats = store_stats(store)
    text = format_stats(stats)
    lines = text.splitlines()
    assert lines[:2] == [f"documents: {EXAMPLE_DOCUMENTS}", f"triples:   {stats.triples}"]
    for kind, n in stats.entities_by_type.items():
        assert f"  {kind:<18} {n}" in lines
    result = CliRunner().invoke(main, ["stats", "--store", str(seed_store_dir)])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == text


def test_an_empty_store() -> None:
    stats = store_stats(KGStore())
    assert (stats.documents, stats.entities_by_type, stats.facts_by_predicate) == (0, {}, {})
    assert "  (none)" in format_stats(stats)

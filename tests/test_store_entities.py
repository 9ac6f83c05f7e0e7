"""The entity layer kept up write by write equals the layer recomputed from scratch, whatever the order.

Documents come from the frozen generated store of tests/fixtures/query_answers (60 documents
that share many entities), written in random groups, replaced (with names taken away and
added) and removed; after every step the layer must equal `EntityLayer.expected()`.
"""

from __future__ import annotations

import gzip
import random
from pathlib import Path

import pyoxigraph as ox
import pytest

from welfare_kg.graph.entities import DISPLAY, MENTION_COUNT, PREF, REFERENCED_BY, EntityLayer
from welfare_kg.graph.store import KGStore
from welfare_kg.graphs import CONTACT_PREFIX, DOCUMENT_PREFIX, ENTITIES_GRAPH, REFERENCE

FROZEN = Path(__file__).resolve().parent / "fixtures" / "query_answers" / "generated.nq.gz"
RDFS_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"


def _graphs() -> dict[str, str]:
    """Source graphs of the frozen store as N-Triples text, reference first."""
    quads = ox.parse(gzip.decompress(FROZEN.read_bytes()), format=ox.RdfFormat.N_QUADS)
    out: dict[str, list[str]] = {}
    for q in quads:
        g = q.graph_name.value
        if g == REFERENCE or g.startswith((DOCUMENT_PREFIX, CONTACT_PREFIX)):
            out.setdefault(g, []).append(f"{q.subject} {q.predicate} {q.object} .\n")
    return {g: "".join(lines) for g, lines in sorted(out.items(), key=lambda kv: kv[0] != REFERENCE)}


@pytest.fixture(scope="module")
def graphs() -> dict[str, str]:
    return _graphs()


def _consistent(store: KGStore) -> None:
    layer = EntityLayer(store.oxigraph)
    actual, expected = layer.actual(), layer.expected()
    assert actual == expected, (sorted(map(str, actual - expected))[:5], sorted(map(str, expected - actual))[:5])


@pytest.mark.parametrize("seed", [1, 2])
def test_incremental_layer_equals_rebuild(graphs: dict[str, str], seed: int) -> None:
    rng = random.Random(seed)
    store = KGStore()
    store.write_documents({REFERENCE: graphs[REFERENCE]})
    docs = [g for g in graphs if g.startswith(DOCUMENT_PREFIX)]
    rng.shuffle(docs)
    i = 0
    while i < len(docs):
        n = rng.choice([1, 3, 8])
        group = docs[i:i + n]
        i += n
        batch = {g: graphs[g] for g in group}
        batch.update({c: graphs[c] for g in group
                      if (c := CONTACT_PREFIX + g.removeprefix(DOCUMENT_PREFIX)) in graphs})
        store.write_documents(batch)
    _consistent(store)
    full = EntityLayer(store.oxigraph).actual()

    # replace documents: one loses its names, one gets a shorter name for a shared entity
    a, b, c = docs[:3]
    stripped = "".join(line for line in graphs[a].splitlines(keepends=True) if RDFS_LABEL not in line)
    store.write_documents({a: stripped})
    _consistent(store)
    some_entity = next(line.split()[0] for line in graphs[b].splitlines() if RDFS_LABEL in line)
    store.write_documents({b: graphs[b] + f'{some_entity} {RDFS_LABEL} "X"@fi .\n'}, drop=[c])
    _consistent(store)
    label = ox.Literal("X", language="fi")
    assert any(True for _ in store.oxigraph.quads_for_pattern(
        ox.NamedNode(some_entity[1:-1]), PREF, label, ox.NamedNode(ENTITIES_GRAPH)))

    # remove several, then put everything back: the layer is what it was
    gone = docs[3:12]
    store.remove_graphs(gone)
    _consistent(store)
    store.write_documents({g: graphs[g] for g in (a, b, c, *gone)})
    _consistent(store)
    assert EntityLayer(store.oxigraph).actual() == full


def test_counts_documents_and_labels(graphs: dict[str, str]) -> None:
    """Mention counts and referencing documents follow the documents; every mentioned entity has a display label."""
    store = KGStore()
    store.write_documents(graphs)
    layer = ox.NamedNode(ENTITIES_GRAPH)
    counts = {q.subject: int(q.object.value)
              for q in store.oxigraph.quads_for_pattern(None, MENTION_COUNT, None, layer)}
    refs: dict[ox.Term, int] = {}
    for q in store.oxigraph.quads_for_pattern(None, REFERENCED_BY, None, layer):
        refs[q.subject] = refs.get(q.subject, 0) + 1
    assert refs and all(counts[e] == n for e, n in refs.items())
    assert max(refs.values()) > 5  # shared entities are counted once per document, not once per mention
    labelled = {q.subject for q in store.oxigraph.quads_for_pattern(None, DISPLAY, None, layer)}
    assert set(refs) <= labelled


def test_a_failed_write_changes_nothing(graphs: dict[str, str]) -> None:
    store = KGStore()
    docs = [g for g in graphs if g.startswith(DOCUMENT_PREFIX)]
    store.write_documents({REFERENCE: graphs[REFERENCE], docs[0]: graphs[docs[0]]})
    before = set(store.oxigraph)
    from welfare_kg.graph.store import StoreError

    with pytest.raises(StoreError):
        store.write_documents({docs[1]: graphs[docs[1]], docs[2]: graphs[docs[2]] + "<broken\n"})
    assert set(store.oxigraph) == before

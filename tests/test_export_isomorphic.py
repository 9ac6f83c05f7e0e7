"""The streamed export against the original one (every quad copied into a temporary store, then dumped).

The export was rewritten for speed; a researcher opening the file in rdflib must find
the very graph the original export gave. The reference is rebuilt here the original way,
on the example store, and both files are compared as rdflib graphs.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from welfare_kg.graph.export import export_store
from welfare_kg.graph.store import KGStore
from welfare_kg.graphs import is_private


@pytest.fixture(scope="module")
def store(seed_store_dir: Path) -> KGStore:
    return KGStore(seed_store_dir, read_only=True)


def _original_export(store: KGStore, out: Path, fmt: str, *, include_contacts: bool) -> int:
    """The export as it was before streaming: one `add` per quad into an in-memory store, then a dump."""
    keep = ox.Store()
    dataset = fmt == "trig"
    for g in store.named_graphs():
        if is_private(g) and not include_contacts:
            continue
        for q in store.quads_in([g]):
            keep.add(q if dataset else ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()))
    if dataset:
        keep.dump(str(out), ox.RdfFormat.TRIG)
    else:
        keep.dump(str(out), ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph())
    return len(keep)


@pytest.mark.parametrize("contacts", [False, True])
def test_turtle_is_the_graph_the_original_export_gave(store: KGStore, tmp_path: Path, contacts: bool) -> None:
    before, after = tmp_path / "before.ttl", tmp_path / "after.ttl"
    n_before = _original_export(store, before, "turtle", include_contacts=contacts)
    n_after = export_store(store, after, "turtle", include_contacts=contacts)
    old, new = Graph().parse(before, format="turtle"), Graph().parse(after, format="turtle")
    assert n_after == n_before == len(new) == len(old)
    assert isomorphic(old, new)
    # documents restate the entities they mention: the union really had duplicates to drop
    assert sum(1 for g in store.named_graphs() if contacts or not is_private(g)
               for _ in store.quads_in([g])) > n_after


def test_trig_is_the_dataset_the_original_export_gave(store: KGStore, tmp_path: Path) -> None:
    before, after = tmp_path / "before.trig", tmp_path / "after.trig"
    n_before = _original_export(store, before, "trig", include_contacts=False)
    n_after = export_store(store, after, "trig")
    old, new = Dataset(), Dataset()
    old.parse(before, format="trig")
    new.parse(after, format="trig")
    old_graphs = {g.identifier: g for g in old.graphs() if len(g)}
    new_graphs = {g.identifier: g for g in new.graphs() if len(g)}
    assert n_after == n_before == sum(len(g) for g in new_graphs.values())
    assert old_graphs.keys() == new_graphs.keys()
    assert all(isomorphic(old_graphs[k], new_graphs[k]) for k in old_graphs)


def test_union_of_graphs_holds_each_restated_triple_once() -> None:
    """Validation and Turtle read the union; a fact restated by two documents must come once."""
    import pyoxigraph as ox

    from welfare_kg.graph.store import KGStore

    store = KGStore(None)
    s, p = ox.NamedNode("https://example.org/s"), ox.NamedNode("https://example.org/p")
    graphs = [f"https://example.org/g{i}" for i in range(3)]
    store.oxigraph.bulk_extend([ox.Quad(s, p, ox.Literal(str(k)), ox.NamedNode(g))
                                for g in graphs for k in range(2)])
    assert sorted(str(t.object) for t in store.distinct_triples(graphs)) == ['"0"', '"1"']
    assert len(list(store.distinct_triples(graphs[:1]))) == 2
    nt = store.union_of(graphs).decode()
    assert nt.count("\n") == 2 and nt.count('"0"') == 1

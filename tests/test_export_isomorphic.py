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
from welfare_kg.graphs import FACT_ROW_GRAPHS, FACTS_GRAPH, is_private


def _original_export(store: KGStore, out: Path, fmt: str, *, include_contacts: bool) -> int:
    """The export as it was before streaming: one `add` per quad into an in-memory store, then a dump."""
    keep = ox.Store()
    dataset = fmt == "trig"
    for g in store.named_graphs():
        if (is_private(g) and not include_contacts) or g in (FACTS_GRAPH, *FACT_ROW_GRAPHS):  # the fact rows: never
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


def _awkward_store() -> KGStore:
    """Terms that could break a line-based Turtle writer: escapes, line breaks, tabs, odd datatypes, blank nodes."""
    store = KGStore(None)
    wkg = "https://w3id.org/welfare-kg/ontology#"
    s, b = ox.NamedNode("https://w3id.org/welfare-kg/id/project/x"), ox.BlankNode("b1")
    texts = ["tab\there", "line\nbreak", "cr\rx", 'quote " and \\ backslash', "para\u2028sep", "form\x0cfeed",
             "ends with backslash \\", "", "ääkköset ja emoji 🙂", "@prefix x: <y> .", "a .\n<s> <p> <o> ."]
    objects: list[ox.Term] = [ox.Literal(t) for t in texts]
    objects += [ox.Literal(t, language="fi") for t in texts[:3]]
    objects += [ox.Literal("+05", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
                ox.Literal("-1.50", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")),
                ox.Literal("1.0E3", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#double")),
                ox.Literal("1", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean")),
                ox.Literal("true", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean")),
                ox.Literal("2024-01-31", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")),
                ox.Literal("x\ty", datatype=ox.NamedNode("https://example.org/dt")),
                ox.NamedNode("https://example.org/a?b=c&d=%20#frag"), b]
    predicates = [ox.NamedNode(wkg + local) for local in ("name", "has.dot", "1st", "ends-", "x_y")]
    predicates += [ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), ox.NamedNode("urn:p")]
    quads = []
    for i, p in enumerate(predicates):
        for k, o in enumerate(objects):
            g = ox.NamedNode(f"https://w3id.org/welfare-kg/graph/document/d{(i + k) % 3}")
            quads.append(ox.Quad(s, p, o, g))
            quads.append(ox.Quad(b, p, o, g))
    # contact data shares one predicate with the documents and has one of its own
    contact = ox.NamedNode("https://w3id.org/welfare-kg/graph/contact/d0")
    quads.append(ox.Quad(s, predicates[0], ox.Literal("only in contacts"), contact))
    quads.append(ox.Quad(s, ox.NamedNode(wkg + "email"), ox.Literal("x@example.org"), contact))
    quads.append(ox.Quad(s, predicates[0], objects[0], contact))
    store.oxigraph.bulk_extend(quads)
    return store


@pytest.mark.parametrize("contacts", [False, True])
def test_turtle_keeps_awkward_terms_exactly(tmp_path: Path, contacts: bool) -> None:
    """Every term survives the line-based Turtle writer: the file parses to the very triple set of the graphs."""
    store = _awkward_store()
    out = tmp_path / "kg.ttl"
    n = export_store(store, out, "turtle", include_contacts=contacts)
    got = list(ox.parse(path=str(out), format=ox.RdfFormat.TURTLE))
    expected = {(q.subject, q.predicate, q.object) for q in store.oxigraph
                if contacts or not is_private(q.graph_name.value)}
    # blank node labels are the file's own: compare them by the one blank node there is
    def key(t: tuple[ox.Term, ox.Term, ox.Term]) -> tuple[str, str, str]:
        return tuple("_:b" if isinstance(x, ox.BlankNode) else str(x) for x in t)  # type: ignore[return-value]
    assert n == len(got) == len(expected)
    assert {key((t.subject, t.predicate, t.object)) for t in got} == {key(t) for t in expected}
    assert (ox.Literal("only in contacts") in {t.object for t in got}) is contacts
    rdflib_graph = Graph().parse(out, format="turtle")
    assert len(rdflib_graph) == n

"""graph/export.py in every format: the output parses back to exactly the statements of the chosen graphs."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from welfare_kg.graph.export import EXPORT_FORMATS, export_store
from welfare_kg.graph.store import KGStore
from welfare_kg.graphs import CONTACT_PREFIX, DOCUMENT_PREFIX, FACT_ROW_GRAPHS, FACTS_GRAPH, REFERENCE, is_private

CONTACT_DATA = ox.NamedNode("https://w3id.org/welfare-kg/ontology#contactData")
UNION_FORMATS = ("turtle", "ntriples", "jsonld")
QUAD_FORMATS = ("trig", "nquads")


def _graphs(store: KGStore, *, contacts: bool, reference: bool = True) -> list[str]:
    """What an export holds: the chosen graphs, never the derived fact rows (an index the next writer rebuilds)."""
    return [g for g in store.named_graphs() if (contacts or not is_private(g)) and (reference or g != REFERENCE)
            and g not in (FACTS_GRAPH, *FACT_ROW_GRAPHS)]


def test_the_fact_rows_stay_out_of_every_export(store: KGStore, tmp_path: Path) -> None:
    """They restate the facts with the fact IRIs as properties: in a file they would only mislead."""
    assert store.has_fact_rows()
    for fmt in (*QUAD_FORMATS, *UNION_FORMATS):
        quads = _parse(tmp_path / f"kg.{fmt}", fmt) if export_store(store, tmp_path / f"kg.{fmt}", fmt) else []
        assert quads
        assert not any(q.graph_name.value.startswith(FACTS_GRAPH) for q in quads
                       if isinstance(q.graph_name, ox.NamedNode)), fmt
        assert not any(q.predicate.value.startswith("https://w3id.org/welfare-kg/ontology#row") for q in quads), fmt
        assert not any(q.predicate.value.startswith("https://w3id.org/welfare-kg/id/fact/") for q in quads), fmt


def _expected_quads(store: KGStore, graphs: list[str]) -> set[tuple[ox.Term, ...]]:
    return {(q.subject, q.predicate, q.object, q.graph_name) for q in store.quads_in(graphs)}


def _parse(path: Path, fmt: str) -> list[ox.Quad]:
    return list(ox.parse(path=str(path), format=EXPORT_FORMATS[fmt]))


def test_the_example_store_has_what_these_tests_need(store: KGStore) -> None:
    assert any(is_private(g) for g in store.named_graphs()), "no contact graph: the privacy checks would be empty"
    assert REFERENCE in store.named_graphs()


@pytest.mark.parametrize("fmt", QUAD_FORMATS)
@pytest.mark.parametrize("contacts", [False, True])
def test_quad_formats_keep_each_graph(store: KGStore, tmp_path: Path, fmt: str, contacts: bool) -> None:
    out = tmp_path / f"kg.{fmt}"
    n = export_store(store, out, fmt, include_contacts=contacts)
    quads = _parse(out, fmt)
    got = {(q.subject, q.predicate, q.object, q.graph_name) for q in quads}
    assert len(quads) == n == len(got)
    assert got == _expected_quads(store, _graphs(store, contacts=contacts))
    has_contacts = any(q.predicate == CONTACT_DATA for q in quads)
    assert has_contacts == contacts
    assert any(is_private(q.graph_name.value) for q in quads) == contacts


@pytest.mark.parametrize("fmt", UNION_FORMATS)
@pytest.mark.parametrize("contacts", [False, True])
def test_union_formats_hold_each_triple_once(store: KGStore, tmp_path: Path, fmt: str, contacts: bool) -> None:
    out = tmp_path / f"kg.{fmt}"
    n = export_store(store, out, fmt, include_contacts=contacts)
    triples = [(q.subject, q.predicate, q.object) for q in _parse(out, fmt)]
    assert all(isinstance(q.graph_name, ox.DefaultGraph) for q in _parse(out, fmt))
    assert len(triples) == len(set(triples)) == n  # no duplicates although documents restate entities
    expected = {q[:3] for q in _expected_quads(store, _graphs(store, contacts=contacts))}
    assert set(triples) == expected
    assert any(p == CONTACT_DATA for _s, p, _o in triples) == contacts


def test_all_formats_agree_on_the_triples(store: KGStore, tmp_path: Path) -> None:
    triple_sets = {}
    for fmt in EXPORT_FORMATS:
        out = tmp_path / f"kg.{fmt}"
        export_store(store, out, fmt)
        triple_sets[fmt] = {(q.subject, q.predicate, q.object) for q in _parse(out, fmt)}
    first = triple_sets["ntriples"]
    assert all(s == first for s in triple_sets.values())


def test_turtle_uses_the_project_prefixes(store: KGStore, tmp_path: Path) -> None:
    out = tmp_path / "kg.ttl"
    export_store(store, out, "turtle")
    head = out.read_text(encoding="utf-8")[:3000]
    assert "@prefix wkg: <https://w3id.org/welfare-kg/ontology#>" in head


@pytest.mark.parametrize("fmt", ["nquads", "turtle"])
def test_reference_graph_can_be_left_out(store: KGStore, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"kg.{fmt}"
    with_ref = export_store(store, out, fmt)
    without = export_store(store, out, fmt, include_reference=False)
    assert without < with_ref
    quads = _parse(out, fmt)
    assert len(quads) == without
    if fmt == "nquads":
        assert not any(q.graph_name.value == REFERENCE for q in quads)
        assert {(q.subject, q.predicate, q.object, q.graph_name) for q in quads} == _expected_quads(
            store, _graphs(store, contacts=False, reference=False))


def test_unknown_format_is_refused(store: KGStore, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown export format 'rdfxml'"):
        export_store(store, tmp_path / "x.rdf", "rdfxml")
    assert not (tmp_path / "x.rdf").exists()


def test_turtle_holds_each_restated_statement_once(tmp_path: Path) -> None:
    """Many graphs restating interleaved statements, some also in contact graphs that are left out (the
    Turtle writer reads one predicate over all graphs and takes those graphs out with MINUS): each
    statement exactly once, the contact-only one not at all. Guards any cheaper de-duplication."""
    ex = "https://example.org/"
    p, q = ox.NamedNode(ex + "p"), ox.NamedNode(ex + "q")
    quads = []
    for g in range(12):
        doc = ox.NamedNode(f"{DOCUMENT_PREFIX}d{g}")
        for i in range(40):
            s = ox.NamedNode(f"{ex}s{(i * 7 + g) % 40}")
            quads += [ox.Quad(s, p, ox.Literal(f"value {i % 5}"), doc),
                      ox.Quad(s, p, ox.NamedNode(f"{ex}o{i % 3}"), doc)]
        contact = ox.NamedNode(f"{CONTACT_PREFIX}d{g}")
        quads.append(ox.Quad(ox.NamedNode(f"{ex}s{g}"), q, ox.Literal("private"), contact))
        quads.append(ox.Quad(ox.NamedNode(f"{ex}s{g}"), q, ox.Literal("public"), doc))
    kg = KGStore(tmp_path / "kg")
    kg.oxigraph.extend(quads)
    out = tmp_path / "kg.ttl"
    n = export_store(kg, out, "turtle")
    triples = [(t.subject, t.predicate, t.object) for t in _parse(out, "turtle")]
    expected = {(t.subject, t.predicate, t.object) for t in quads if t.object != ox.Literal("private")}
    assert len(triples) == n == len(expected)
    assert set(triples) == expected


XSD = "http://www.w3.org/2001/XMLSchema#"


def _odd_objects() -> list[ox.NamedNode | ox.Literal | ox.BlankNode]:
    """Objects whose written form a query must read back as the same term: language tags, escapes,
    non-canonical numbers, an unknown datatype, non-ASCII IRIs and text."""
    def lit(value: str, dt: str) -> ox.Literal:
        return ox.Literal(value, datatype=ox.NamedNode(XSD + dt))
    return [ox.Literal("Sosiaali- ja terveysministeriö", language="fi"), ox.Literal('a "quoted"\ttab\nline \\ end'),
            lit("+1", "integer"), lit("007", "integer"), lit("-0", "integer"), lit("1.50", "decimal"),
            lit(".5", "decimal"), lit("1.0E0", "double"), lit("1e3", "double"), lit("true", "boolean"),
            lit("1", "boolean"), lit("2026-12-07", "date"), lit("NaN", "double"), lit("-INF", "float"),
            lit("-0.0", "double"), lit("abc", "integer"), lit("12345678901234567890123", "integer"),
            ox.Literal("\x07bell"), ox.Literal("x", datatype=ox.NamedNode("https://example.org/dt")),
            ox.NamedNode("https://example.org/ä%C3%A4#x"), ox.Literal("Åbo ✓", language="sv-FI")]


@pytest.mark.parametrize("blank", [False, True])
def test_turtle_writes_every_odd_object_back(tmp_path: Path, blank: bool) -> None:
    """A predicate with few objects is written one object at a time with the object a constant of the query
    (graph/export.py `_write_predicate`); every object above must find its own statements again, and a predicate
    with a blank-node object, which cannot be a constant, is still written whole."""
    ex = "https://example.org/"
    p = ox.NamedNode(ex + "p")
    objects = [*_odd_objects(), *([ox.BlankNode("b1")] if blank else [])]
    quads = [ox.Quad(ox.NamedNode(f"{ex}s{i}-{k}"), p, o, ox.NamedNode(f"{DOCUMENT_PREFIX}d{k}"))
             for i, o in enumerate(objects) for k in range(3)]
    kg = KGStore(tmp_path / "kg")
    kg.oxigraph.extend(quads)
    out = tmp_path / "kg.ttl"
    n = export_store(kg, out, "turtle")
    triples = {(t.subject, t.predicate, t.object) for t in _parse(out, "turtle")}
    # as the store holds them: Oxigraph keeps numbers by value ("+1" is read back as 1)
    expected = {(q.subject, q.predicate, q.object) for q in kg.quads_in(kg.named_graphs())}
    assert len(expected) == len(quads)
    if blank:  # a blank node is written under a new label: compare it by position only
        triples = {t for t in triples if not isinstance(t[2], ox.BlankNode)}
        expected = {t for t in expected if not isinstance(t[2], ox.BlankNode)}
    assert n == len(quads)
    assert triples == expected

"""The local form of `facts` (queries/oxigraph/facts.rq) reads the derived fact rows (graph/factrows.py) instead of the
document graphs: the same rows as the portable form wherever the writer made the store. The cases where the two
could part: a fact with several sentences, spans, amounts, relations or objects (the rows repeat it, DISTINCT must
fold them), a fact without a sentence (its kind is in graph/facts/bare), two facts that state the same row, the same
row in two documents, a document with two file names, and a node with a fact's statements but no `wkg:Fact` type
(which the rows restate: the local form asks for the type as the portable one does)."""

from __future__ import annotations

import pyoxigraph as ox

from welfare_kg.graph.check import check_fact_sources
from welfare_kg.graph.store import KGStore
from welfare_kg.graphs import DOCUMENT_PREFIX, FACT_ROW_GRAPHS
from welfare_kg.queries import saved_queries

WKG = "https://w3id.org/welfare-kg/ontology#"
PROV = "http://www.w3.org/ns/prov#"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
ID = "https://example.org/id/"


def _p(name: str, base: str = WKG) -> ox.NamedNode:
    return ox.NamedNode(base + name)


def _fact(g: ox.NamedNode, doc: ox.NamedNode, key: str, *, subjects: tuple[str, ...] = ("kunta",),
          predicates: tuple[str, ...] = ("funds",), objects: tuple[str, ...] = ("hanke",),
          sentences: tuple[str, ...] = ("Kunta rahoittaa hanketta.",), starts: tuple[int, ...] = (0,),
          amounts: tuple[str, ...] = (), typed: bool = True) -> list[ox.Quad]:
    """A fact's statements as the writer makes them (typed, derived from the graph's document), each field a tuple so
    that a case can give one several values or none."""
    fact = ox.NamedNode(f"{ID}fact/{g.value[-2:]}/{key}")
    quads = [ox.Quad(fact, _p("wasDerivedFrom", PROV), doc, g), *([ox.Quad(fact, RDF_TYPE, _p("Fact"), g)] * typed),
             ox.Quad(fact, _p("rule"), ox.Literal("sääntö"), g),
             ox.Quad(fact, _p("confidence"), ox.Literal("0.9", datatype=_p("decimal", XSD)), g)]
    quads += [ox.Quad(fact, _p("subject"), ox.NamedNode(ID + s), g) for s in subjects]
    quads += [ox.Quad(fact, _p("predicate"), _p(p), g) for p in predicates]
    quads += [ox.Quad(fact, _p("object"), ox.NamedNode(ID + o), g) for o in objects]
    quads += [ox.Quad(fact, _p("value", PROV), ox.Literal(s), g) for s in sentences]
    quads += [q for start in starts for q in (
        ox.Quad(fact, _p("charStart"), ox.Literal(str(start), datatype=_p("integer", XSD)), g),
        ox.Quad(fact, _p("charEnd"), ox.Literal(str(start + 20), datatype=_p("integer", XSD)), g))]
    quads += [ox.Quad(fact, _p("amount"), ox.Literal(a, datatype=_p("decimal", XSD)), g) for a in amounts]
    return quads


def _store() -> KGStore:
    kg = KGStore()
    quads: list[ox.Quad] = []
    for d, names in enumerate((("eka.txt",), ("toka.txt", "toinen nimi.txt"), ("kolmas.txt",))):
        g, doc = ox.NamedNode(f"{DOCUMENT_PREFIX}d{d}"), ox.NamedNode(f"https://example.org/doc/{d}")
        quads += [ox.Quad(doc, RDF_TYPE, _p("Document"), g)]
        quads += [ox.Quad(doc, _p("fileName"), ox.Literal(n), g) for n in names]
        for e, cls in (("kunta", "Municipality"), ("hanke", "Project"), ("yhdistys", "Organization")):
            quads += [ox.Quad(doc, _p("mentions"), ox.NamedNode(ID + e), g),
                      ox.Quad(ox.NamedNode(ID + e), RDF_TYPE, _p(cls), g)]
        if d == 0:
            quads += _fact(g, doc, "a", sentences=("Yksi lause.", "Toinen lause."), starts=(0, 40), amounts=("1000",))
            quads += _fact(g, doc, "b", sentences=(), predicates=("coordinates",), subjects=("yhdistys",))
            quads += _fact(g, doc, "c", amounts=("1000", "2500.5"))
            quads += _fact(g, doc, "same-as-a", amounts=("1000",), starts=(60,))
            quads += _fact(g, doc, "two", predicates=("participatesIn", "contributes"), objects=("hanke", "kunta"),
                           subjects=("yhdistys",))
        elif d == 1:
            quads += _fact(g, doc, "a", amounts=("1000",))
            quads += _fact(g, doc, "bare", sentences=(), starts=())
        else:  # no `wkg:Fact`: the writer never makes such a node, the portable form lists none, the rows restate it
            quads += _fact(g, doc, "untyped", subjects=("yhdistys",), typed=False)
    kg.oxigraph.extend(quads)
    kg.rebuild_derived()
    return kg


def _rows(kg: KGStore, text: str) -> list[tuple[str, ...]]:
    return sorted(tuple("" if t is None else str(t) for t in sol) for sol in kg.query(text))  # type: ignore[union-attr]


def test_the_local_form_of_facts_gives_the_portable_rows() -> None:
    facts = next(q for q in saved_queries() if q.name == "facts")
    assert facts.reads_fact_rows and "?fact a wkg:Fact" in facts.text
    kg = _store()
    assert kg.has_fact_rows() and not check_fact_sources(kg).problems
    assert facts.local_for(kg) == facts.local
    portable, local = _rows(kg, facts.text), _rows(kg, facts.local)
    assert local == portable
    # d0: a (stated again by same-as-a and by c's first amount) 1, c's second amount 1, b 1, two 2 x 2;
    # d1: a and bare (no amount), each under two file names
    assert len(local) == 1 + 1 + 1 + 4 + 2 * 2
    assert len({r[-1] for r in local}) == 3  # eka.txt, toka.txt, toinen nimi.txt; kolmas.txt states no typed fact
    untyped = ox.NamedNode(f"{ID}fact/d2/untyped")  # has its rows all the same
    assert any(kg.oxigraph.quads_for_pattern(None, untyped, None, ox.NamedNode(FACT_ROW_GRAPHS[0])))

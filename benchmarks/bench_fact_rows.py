"""Derived fact rows for `evidence` and `project_network`: a prototype layout measured on a copy of a benchmark store.

Not what the store writes (yet): this adds the rows to a COPY of a `bench_queries.py` store
with the bulk loader, then times the saved local forms on the original against forms that read
the rows on the copy, in turn in one process (CPU s, medians), and compares the answers.

Why rows at all: both listings spend about half their CPU evaluating ten one-property scans of
40,000 facts hash-joined on (graph, fact), or one sub-query per document (`evidence`'s LATERAL
form). The rows state each fact in three statements and two small tables, in graphs of their own:

* `graph/facts/links`: `subject fact object` (the fact IRI as the property): subject, fact and
  object in one scan;
* `graph/facts/rows`: `fact kind sentence`, where a *kind* node stands for one (relation, rule,
  confidence) triple (19 kinds at a million quads: 18 rules, 9 confidences); a fact
  without a sentence gets `fact kind rdf:nil` in `graph/facts/bare` instead, and the forms read the
  two graphs as a `UNION` (fourteenth pass: the first prototype kept `rdf:nil` in `rows` and read it
  back as unbound with `IF(isIRI(?said), ?none, ?said)`, which decodes every sentence from RocksDB and
  internalizes it again: 0.05-0.1 CPU s of `evidence`);
* `graph/facts/spans`: `fact source "charStart charEnd"`, where a *source* node stands for one
  (document graph, document node) pair; the span is one literal of at most 15 bytes, which
  Oxigraph keeps inline (no store read to take it apart);
* `graph/facts`: the kinds' relation, rule and confidence, the sources' file name and sort key,
  the facts' amounts, under predicates no saved query reads elsewhere (`wkg:rowFileName`, not
  `wkg:fileName`: a first try with the documents' own predicates put 4,600 more "documents" into
  every `GRAPH ?g { ?doc wkg:fileName ?f }` and took the local `evidence` from 1.3 to 17 s).

The sort key of a source is the first 15 bytes (UTF-8) of its file name plus a space, as one
`xsd:decimal` (Oxigraph keeps decimals inline, so comparing two is no store read); it only ever
orders documents the way `CONCAT(STR(?document), " ")` does or ties, and ties fall through to
that string. Cross products stay as the saved forms give them (a kind per (relation, rule,
confidence) combination, a span per (start, end) pair, a sentence per stated sentence).

    python benchmarks/bench_fact_rows.py --store CACHE/queries-1000000-layer3 --rounds 5
    python benchmarks/bench_fact_rows.py --fixtures   # answers on tests/fixtures/query_answers' two frozen stores
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import shutil
import statistics
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox

from welfare_kg.ontology.namespace import PREFIXES

WKG = "https://w3id.org/welfare-kg/ontology#"
PROV = "http://www.w3.org/ns/prov#"
BASE = "https://w3id.org/welfare-kg/graph/facts"
META, LINKS, ROWS, SPANS, BARE = (ox.NamedNode(BASE + s) for s in ("", "/links", "/rows", "/spans", "/bare"))
NIL = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#nil")
DECIMAL = ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")
DOCUMENT_PREFIX = "https://w3id.org/welfare-kg/graph/document/"
READ = {WKG + "subject": "s", WKG + "predicate": "p", WKG + "object": "o", PROV + "wasDerivedFrom": "doc",
        PROV + "value": "sentence", WKG + "charStart": "start", WKG + "charEnd": "end", WKG + "rule": "rule",
        WKG + "confidence": "confidence", WKG + "amount": "amount"}
ROOT = Path(__file__).resolve().parent.parent
OLD_DERIVED = ("https://w3id.org/welfare-kg/graph/labels", "https://w3id.org/welfare-kg/graph/entities")
ORDER_COLUMNS = {"evidence": (11, 7, 2)}  # document, charStart, predicate: what `evidence` orders by


def _node(kind: str, *parts: object) -> ox.NamedNode:
    return ox.NamedNode(f"{BASE}/{kind}/" + hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:16])


def sort_key(file_name: str) -> ox.Literal:
    """A decimal that orders file names as `CONCAT(name, " ")` does, or ties (first 15 UTF-8 bytes)."""
    n = int.from_bytes((file_name + " ").encode()[:15].ljust(15, b"\0"), "big")
    return ox.Literal(f"{n // 10**18}.{n % 10**18:018d}", datatype=DECIMAL)


def fact_rows(store: ox.Store, *, kinds_per_graph: bool = False) -> set[ox.Quad]:
    """Every document graph's fact rows, as the module docstring lays them out.

    `kinds_per_graph`: a kind node per (graph, relation, rule, confidence), so that no node is shared
    between documents (a writer then adds and drops each document's rows without counting users).
    """
    facts: dict[tuple[ox.Term, ox.Term], dict[str, set[ox.Term]]] = defaultdict(lambda: defaultdict(set))
    for iri, key in READ.items():
        for q in store.quads_for_pattern(None, ox.NamedNode(iri), None, None):
            if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value.startswith(DOCUMENT_PREFIX):
                facts[(q.graph_name, q.subject)][key].add(q.object)
    files: dict[tuple[ox.Term, ox.Term], set[ox.Term]] = defaultdict(set)
    for q in store.quads_for_pattern(None, ox.NamedNode(WKG + "fileName"), None, None):
        files[(q.graph_name, q.subject)].add(q.object)
    out: set[ox.Quad] = set()
    for (g, fact), v in facts.items():
        if not (v["s"] and v["p"] and v["o"] and v["doc"]):
            continue
        out |= {ox.Quad(s, fact, o, LINKS) for s in v["s"] for o in v["o"]}  # type: ignore[arg-type]
        for p in v["p"]:
            for rule in v["rule"] or {None}:
                for conf in v["confidence"] or {None}:
                    kind = _node("kind", *((g,) if kinds_per_graph else ()), p, rule, conf)
                    out.add(ox.Quad(kind, ox.NamedNode(WKG + "rowPredicate"), p, META))
                    if rule is not None:
                        out.add(ox.Quad(kind, ox.NamedNode(WKG + "rowRule"), rule, META))
                    if conf is not None:
                        out.add(ox.Quad(kind, ox.NamedNode(WKG + "rowConfidence"), conf, META))
                    if v["sentence"]:
                        out |= {ox.Quad(fact, kind, s, ROWS) for s in v["sentence"]}  # type: ignore[arg-type]
                    else:
                        out.add(ox.Quad(fact, kind, NIL, BARE))
        for doc in v["doc"]:
            source = _node("source", g, doc)
            for f in files.get((g, doc), ()):
                out.add(ox.Quad(source, ox.NamedNode(WKG + "rowFileName"), f, META))
                out.add(ox.Quad(source, ox.NamedNode(WKG + "rowFileKey"), sort_key(f.value), META))
            for start in v["start"] or {None}:
                for end in v["end"] or {None}:
                    span = f"{start.value if start else ''} {end.value if end else ''}"
                    out.add(ox.Quad(fact, source, ox.Literal(span), SPANS))  # type: ignore[arg-type]
        out |= {ox.Quad(fact, ox.NamedNode(WKG + "rowAmount"), a, META) for a in v["amount"]}  # type: ignore[arg-type]
    return out


G = f"GRAPH <{BASE}"
E = "GRAPH <https://w3id.org/welfare-kg/graph/entities>"
EVIDENCE = f"""PREFIX wkg: <{WKG}>
SELECT ?subjectIri ?subjectLabel ?predicate ?objectIri ?objectLabel
       ?amount ?sentence ?charStart ?charEnd ?rule ?confidence ?document ?fact
WHERE {{
  {{ SELECT ?subjectIri ?fact ?objectIri WHERE {{ {G}/links> {{ ?subjectIri ?fact ?objectIri }} }} }}
  {{ {{ SELECT ?fact ?kind ?sentence WHERE {{ {G}/rows> {{ ?fact ?kind ?sentence }} }} }}
    UNION {{ SELECT ?fact ?kind WHERE {{ {G}/bare> {{ ?fact ?kind ?none }} }} }} }}
  {{ SELECT ?fact ?source ?span WHERE {{ {G}/spans> {{ ?fact ?source ?span }} }} }}
  {{ SELECT ?kind ?predicate ?byRelation ?rule ?confidence WHERE {{ {G}> {{ ?kind wkg:rowPredicate ?predicate
      OPTIONAL {{ ?kind wkg:rowRule ?rule }} OPTIONAL {{ ?kind wkg:rowConfidence ?confidence }} }}
      BIND(IF(isLiteral(?predicate), CONCAT("~", STR(?predicate)), CONCAT(STR(?predicate), " ")) AS ?byRelation) }} }}
  {{ SELECT ?source ?document ?byDocument ?fileKey WHERE {{
      {G}> {{ ?source wkg:rowFileKey ?fileKey ; wkg:rowFileName ?document }}
      BIND(CONCAT(STR(?document), " ") AS ?byDocument) }} }}
  OPTIONAL {{ SELECT ?fact ?amount WHERE {{ {G}> {{ ?fact wkg:rowAmount ?amount }} }} }}
  BIND(xsd:integer(STRBEFORE(?span, " ")) AS ?charStart)
  BIND(xsd:integer(STRAFTER(?span, " ")) AS ?charEnd)
  OPTIONAL {{ SELECT ?subjectIri ?subjectLabel WHERE {{ {E} {{ ?subjectIri wkg:displayLabel ?subjectLabel }} }} }}
  OPTIONAL {{ SELECT ?objectIri ?objectLabel WHERE {{ {E} {{ ?objectIri wkg:displayLabel ?objectLabel }} }} }}
}}
ORDER BY ?fileKey ?byDocument ?charStart ?byRelation
"""

PROJECT_NETWORK = f"""PREFIX wkg: <{WKG}>
SELECT DISTINCT ?projectIri ?projectLabel ?relation ?direction ?partnerIri ?partnerLabel ?amount ?document ?sentence
WHERE {{
  {{ {{ SELECT ?fact ?projectIri ?partnerIri WHERE {{ {G}/links> {{ ?partnerIri ?fact ?projectIri }} }} }}
    BIND("in" AS ?direction)
  }} UNION {{
    {{ SELECT ?fact ?projectIri ?partnerIri WHERE {{ {G}/links> {{ ?projectIri ?fact ?partnerIri }} }} }}
    BIND("out" AS ?direction) }}
  {{ SELECT DISTINCT ?projectIri WHERE {{
      VALUES ?projectType {{ wkg:Project wkg:Programme wkg:Agreement wkg:WorkPackage }}
      GRAPH <https://w3id.org/welfare-kg/graph/entities> {{ ?projectIri a ?projectType }} }} }}
  {{ {{ SELECT ?fact ?kind ?sentence WHERE {{ {G}/rows> {{ ?fact ?kind ?sentence }} }} }}
    UNION {{ SELECT ?fact ?kind WHERE {{ {G}/bare> {{ ?fact ?kind ?none }} }} }} }}
  {{ SELECT ?fact ?source WHERE {{ {G}/spans> {{ ?fact ?source ?span }} }} }}
  {{ SELECT ?kind ?relation WHERE {{ {G}> {{ ?kind wkg:rowPredicate ?p }}
      BIND(STRAFTER(STR(?p), "#") AS ?relation) }} }}
  {{ SELECT ?source ?document ?byDocument WHERE {{ {G}> {{ ?source wkg:rowFileName ?document }}
      BIND(CONCAT(?document, " ") AS ?byDocument) }} }}
  OPTIONAL {{ SELECT ?fact ?amount WHERE {{ {G}> {{ ?fact wkg:rowAmount ?amount }} }} }}
  OPTIONAL {{ SELECT ?projectIri ?projectLabel ?byProject WHERE {{
      GRAPH <https://w3id.org/welfare-kg/graph/entities> {{ ?projectIri wkg:displayLabel ?projectLabel }}
      BIND(CONCAT(?projectLabel, " ") AS ?byProject) }} }}
  OPTIONAL {{ SELECT ?partnerIri ?partnerLabel ?byPartner WHERE {{
      GRAPH <https://w3id.org/welfare-kg/graph/entities> {{ ?partnerIri wkg:displayLabel ?partnerLabel }}
      BIND(CONCAT(?partnerLabel, " ") AS ?byPartner) }} }}
}}
ORDER BY ?byProject ?relation ?byPartner ?byDocument
"""


def count_form(text: str) -> str:
    """The same query under `COUNT(*)`: its evaluation without decoding a result term."""
    i = text.index("SELECT")
    return f"{text[:i]}SELECT (COUNT(*) AS ?n) WHERE {{ {text[i:]} }}"


def cpu(store: ox.Store, text: str) -> float:
    c0 = time.process_time()
    sum(1 for _ in store.query(text, prefixes=PREFIXES))  # type: ignore[union-attr]
    return time.process_time() - c0


def rows(store: ox.Store, text: str) -> list[tuple[str, ...]]:
    return [tuple("" if t is None else str(t) for t in s) for s in store.query(text, prefixes=PREFIXES)]  # type: ignore[union-attr]


def same_answers(name: str, a: list[tuple[str, ...]], b: list[tuple[str, ...]]) -> tuple[bool, bool]:
    """(the same rows as sorted lists, the same order of the ORDER BY keys)."""
    key = ORDER_COLUMNS.get(name)  # rows tied on the ORDER BY keys may come in either order
    order = a == b if key is None else [tuple(r[i] for i in key) for r in a] == [tuple(r[i] for i in key) for r in b]
    return sorted(a) == sorted(b), order


def check_fixtures() -> None:
    """The rows forms against the saved forms on the frozen stores of tests/test_queries_answers.py (the
    examples and a 60-document generated corpus), their entity layer rebuilt as that test does."""
    from welfare_kg.graph.store import KGStore

    fixtures = ROOT / "tests" / "fixtures" / "query_answers"
    for name in ("examples", "generated"):
        store = KGStore()
        raw = store.oxigraph
        raw.load(gzip.decompress((fixtures / f"{name}.nq.gz").read_bytes()), format=ox.RdfFormat.N_QUADS)
        for g in OLD_DERIVED:  # as the test does: the frozen layer is rebuilt by the current code
            if raw.contains_named_graph(ox.NamedNode(g)):
                raw.remove_graph(ox.NamedNode(g))
        store.rebuild_derived()
        before = {q: rows(raw, text) for q, text in saved_forms().items()}
        raw.extend(fact_rows(raw))
        for q, text in {"evidence": EVIDENCE, "project_network": PROJECT_NETWORK}.items():
            after = rows(raw, text)
            same, order = same_answers(q, before[q], after)
            print(f"{name} {q}: {len(before[q]):,} / {len(after):,} rows; same rows: {same}; same order: {order}")


def saved_forms() -> dict[str, str]:
    """What a local store runs for the two listings today."""
    return {"evidence": (ROOT / "queries" / "oxigraph" / "evidence.rq").read_text(encoding="utf-8"),
            "project_network": (ROOT / "queries" / "project_network.rq").read_text(encoding="utf-8")}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", type=Path, help="a bench_queries.py store folder (queries-N-KEY)")
    ap.add_argument("--fixtures", action="store_true", help="compare answers on the test fixtures' stores, then stop")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--kinds-per-graph", action="store_true", help="no kind node shared between documents")
    args = ap.parse_args(argv)
    if args.fixtures:
        check_fixtures()
        return
    if args.store is None:
        ap.error("--store or --fixtures")
    work = Path(tempfile.mkdtemp(prefix="wkg-fact-rows-"))
    try:
        shutil.copytree(args.store / "kg", work / "kg")
        copy = ox.Store(str(work / "kg"))
        c0 = time.process_time()
        quads = fact_rows(copy, kinds_per_graph=args.kinds_per_graph)
        derive = time.process_time() - c0
        c0 = time.process_time()
        copy.extend(quads)  # one transaction, as the writer would add them
        write = time.process_time() - c0
        copy.optimize()
        kinds = len({q.subject for q in quads if q.predicate.value == WKG + "rowPredicate"})
        print(f"{len(quads):,} row statements ({kinds:,} kinds): derived in {derive:.1f} CPU s, "
              f"written in one transaction in {write:.1f} CPU s")
        del copy
        old_store, new_store = ox.Store.read_only(str(args.store / "kg")), ox.Store.read_only(str(work / "kg"))
        saved = saved_forms()
        new = {"evidence": EVIDENCE, "project_network": PROJECT_NETWORK}
        for name in saved:
            a, b = rows(old_store, saved[name]), rows(new_store, new[name])
            same, order = same_answers(name, a, b)
            print(f"{name}: {len(a):,} / {len(b):,} rows; same rows: {same}; same order: {order}")
            times: dict[str, list[float]] = defaultdict(list)
            for _ in range(args.rounds):
                for label, store, text in (("saved", old_store, saved[name]), ("rows", new_store, new[name]),
                                           ("saved, evaluation", old_store, count_form(saved[name])),
                                           ("rows, evaluation", new_store, count_form(new[name]))):
                    times[label].append(cpu(store, text))
            for label, ts in times.items():
                print(f"  {label:18s} median {statistics.median(ts):.3f}  min {min(ts):.3f} CPU s")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

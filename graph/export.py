"""Writing the store out as RDF files, with readable prefixes and without contact data by default."""

from __future__ import annotations

import contextlib
import functools
import io
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from welfare_kg.graph.store import KGStore
from welfare_kg.graphs import FACT_ROW_GRAPHS, FACTS_GRAPH, LISTINGS_GRAPH, REFERENCE, is_private
from welfare_kg.ontology.namespace import PREFIXES

EXPORT_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS,
    "ntriples": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
}
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
FACT_ROWS = frozenset((FACTS_GRAPH, *FACT_ROW_GRAPHS))  # never exported (see `export_store`)
# a local name every Turtle parser takes after a prefix (a subset of PN_LOCAL, no escapes needed)
_LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
# threads of a Turtle export (`_in_lanes`): each core decodes terms for one lane
EXPORT_LANES = min(4, os.cpu_count() or 1)
_SPOOL_BYTES = 64 << 20  # a lane's output kept in memory up to this size, then in a temporary file
_Part = Callable[[BinaryIO], int]  # writes one piece of the export into a file, returns its statements
_FEW = 64  # a predicate with at most this many distinct objects is read one object at a time (`_write_predicate`)


def export_store(store: KGStore, out: Path, fmt: str = "turtle", *, include_contacts: bool = False,
                 include_reference: bool = True) -> int:
    """Write the graph to `out`; returns the number of statements written.

    Formats without named graphs (Turtle, N-Triples, JSON-LD) get the union of all
    graphs, each triple once; TriG and N-Quads keep one graph per document. Contact
    data (officials' e-mails and phones) stays out unless asked for. The derived fact rows
    (graph/factrows.py) stay out always: they restate the documents' facts for two saved queries,
    and a store loaded from the export gets them back from its first write or `check --repair`.

    Speed (benchmarks/README.md, export): every path streams straight from the store,
    with no intermediate parse or temporary store. Turtle, the common case, is written
    by `_write_turtle` without handing a single term to Python.
    """
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (use one of {', '.join(EXPORT_FORMATS)})")
    named = store.named_graphs()
    graphs = [g for g in named if g not in FACT_ROWS
              and (include_contacts or not is_private(g)) and (include_reference or g != REFERENCE)]
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "turtle":
        chosen = set(graphs)
        return _write_turtle(store.oxigraph, [g for g in named if g not in chosen or g in FACT_ROWS], out)
    rdf_fmt = EXPORT_FORMATS[fmt]
    kwargs = {"prefixes": PREFIXES} if fmt == "trig" else {}
    counted = _Counted(store.quads_in(graphs) if fmt in {"trig", "nquads"} else store.distinct_triples(graphs))
    try:
        ox.serialize(counted, str(out), rdf_fmt, **kwargs)
    except OSError as exc:  # Oxigraph's message does not name the file; the caller's one-line error should
        raise type(exc)(exc.errno, exc.strerror or str(exc), str(out)) from exc  # same class: BrokenPipe stays one
    return counted.n


def _write_turtle(raw: ox.Store, excluded: list[str], out: Path) -> int:
    """Every named graph but `excluded`, united, as Turtle in N-Triples layout: `s p o .` a line.

    Why this shape: the cost of an export is Oxigraph decoding terms from RocksDB's string
    table (about 1 µs each), not writing. So the union is read one predicate at a time,
    with the predicate a constant of the query, never decoded (a third of all decodes);
    `SELECT DISTINCT ?s ?o` de-duplicates on internal ids before anything is decoded
    (exact at any size, unlike CONSTRUCT's de-duplication); and Oxigraph writes the rows
    itself as TSV, whose terms are Turtle terms (literals escaped, so a tab or a newline
    only ever separates terms or rows). Turning a TSV row into a statement is then two
    byte replacements, with no Python object per term. The predicate is written with the
    project prefixes; subjects and objects stay full IRIs, and a subject's statements are
    not grouped with `;` (the file is about three times the size of grouped Turtle).

    Each predicate is one index range over all graphs. Where it also occurs in an excluded
    graph (contact data, or the reference graph when left out), the rows of those graphs are
    taken out by a hash anti-join (`MINUS` on the graph); reading the chosen graphs one by one
    instead costs a RocksDB seek per graph and predicate.

    The entity layer's listing rows (graph/entities.py) use some 35,000 listing nodes as properties, one per
    (file name, class), in a graph of their own: that graph is written with one query of three columns instead
    of a query per property (its properties occur in no other graph, so its rows need no de-duplication
    against the others).

    The fact rows' graphs (graph/factrows.py; in `excluded`) use the facts as properties in the same way:
    they are left out of the predicate listing altogether, as the listing rows are.
    """
    listings = f"<{LISTINGS_GRAPH}>"
    apart = f"MINUS {{ VALUES ?g {{ {' '.join(f'<{g}>' for g in (LISTINGS_GRAPH, *sorted(FACT_ROWS)))} }} }}"
    predicates = sorted((r[0] for r in raw.query(f"SELECT DISTINCT ?p WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {apart} }}")),
                        key=lambda p: p.value)
    shared: set[ox.NamedNode] = set()
    if excluded:
        shared = {r[0] for r in raw.query("SELECT DISTINCT ?p WHERE { ?s ?p ?o }",
                                          default_graph=[ox.NamedNode(g) for g in excluded])}
    minus = f"MINUS {{ VALUES ?g {{ {' '.join(f'<{g}>' for g in excluded)} }} }}"
    parts: list[_Part] = [functools.partial(_write_predicate, raw=raw, p=p, keep=minus if p in shared else "")
                          for p in predicates]
    if LISTINGS_GRAPH not in excluded:
        def listing_rows(f: BinaryIO) -> int:
            lines = _TsvAsTurtle(f, None)
            raw.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH {listings} {{ ?s ?p ?o }} }}").serialize(
                lines, ox.QueryResultsFormat.TSV)
            return lines.n
        parts.append(listing_rows)
    with out.open("wb") as f:
        f.writelines(f"@prefix {k}: <{v}> .\n".encode() for k, v in PREFIXES.items())
        f.write(b"\n")
        return _in_lanes(parts, f)


def _in_lanes(parts: list[_Part], f: BinaryIO, lanes: int | None = None) -> int:
    """Run the export's parts on `lanes` threads; the number of statements written.

    Why threads: Oxigraph evaluates a query and writes its rows without holding the GIL, and
    the parts are independent (one predicate each), so two cores halve the export's wall time
    (benchmarks/README.md, export). Lane 0 writes straight into `f`; every other lane into a
    spool (memory, then a temporary file past `_SPOOL_BYTES`) that is appended after it, so the
    file is the same whatever the timing: lane 0's parts, then lane 1's, and so on. The parts
    are dealt round-robin in the predicates' order, which spreads the large ones (a fact node's
    ten predicates sort together).
    """
    lanes = max(1, min(EXPORT_LANES if lanes is None else lanes, len(parts)))
    if lanes == 1:
        return sum(part(f) for part in parts)
    with contextlib.ExitStack() as stack, ThreadPoolExecutor(lanes - 1) as pool:
        spools = [stack.enter_context(tempfile.SpooledTemporaryFile(_SPOOL_BYTES)) for _ in range(lanes - 1)]
        others = [pool.submit(_run_lane, parts[k + 1::lanes], spool) for k, spool in enumerate(spools)]
        n = _run_lane(parts[0::lanes], f)
        n += sum(done.result() for done in others)
        for spool in spools:
            spool.seek(0)
            shutil.copyfileobj(spool, f, 1 << 20)
        return n


def _run_lane(parts: list[_Part], f: BinaryIO) -> int:
    return sum(part(f) for part in parts)


def _write_predicate(f: BinaryIO, raw: ox.Store, p: ox.NamedNode, keep: str) -> int:
    """Write `p`'s statements (`keep`: the MINUS of excluded graphs, or ""); the number written.

    Why one object at a time when the objects are few (classes, rule names, kinds): decoding a
    term from the store's string table is most of an export's cost, and a predicate like rdf:type
    restates a handful of classes hundreds of thousands of times. With the object a constant of the
    query, only the subjects are decoded. The probe stops at the first `_FEW` + 1 distinct objects,
    so a predicate with many costs almost nothing before it is read whole.
    The objects come from the TSV writer, so they are written exactly as other rows are; a TSV
    term (an IRI, an escaped literal, a bare number or boolean) is also a SPARQL term, except
    a blank node, so a predicate with a blank-node object is read whole. Should a term ever
    not find its own statements again (a lexical form the query parser reads differently), the
    statements of the objects that did not are read whole at the end: nothing is lost, and the
    output may be a pipe, so nothing written is taken back.
    """
    token = _predicate_token(p)
    buf = io.BytesIO()
    raw.query(f"SELECT DISTINCT ?o WHERE {{ GRAPH ?g {{ ?s {p} ?o }} {keep} }} LIMIT {_FEW + 1}").serialize(
        buf, ox.QueryResultsFormat.TSV)
    objects = buf.getvalue().split(b"\n")[1:-1]  # a header line, then one term a line
    if len(objects) > _FEW or any(o.startswith(b"_:") for o in objects):
        return _write_whole(raw, f, p, token, keep)
    n, found = 0, []
    for o in sorted(objects):
        lines = _TsvAsTurtle(f, None, suffix=b" " + token + b" " + o)
        raw.query(f"SELECT DISTINCT ?s WHERE {{ GRAPH ?g {{ ?s {p} {o.decode()} }} {keep} }}").serialize(
            lines, ox.QueryResultsFormat.TSV)
        n += lines.n
        if lines.n:
            found.append(o.decode())
    if len(found) < len(objects):  # the rest, read whole; sameTerm, since `!=` would take 1 and 1.0 as one
        rest = " && ".join(f"!sameTerm(?o, {o})" for o in found) or "true"
        n += _write_whole(raw, f, p, token, f"{keep} FILTER({rest})")
    return n


def _write_whole(raw: ox.Store, f: BinaryIO, p: ox.NamedNode, token: bytes, keep: str) -> int:
    """Every distinct (subject, object) of `p` over the graphs `keep` leaves, as `s p o .` lines."""
    lines = _TsvAsTurtle(f, token)
    raw.query(f"SELECT DISTINCT ?s ?o WHERE {{ GRAPH ?g {{ ?s {p} ?o }} {keep} }}").serialize(
        lines, ox.QueryResultsFormat.TSV)
    return lines.n


def _predicate_token(p: ox.NamedNode) -> bytes:
    if p.value == RDF_TYPE:
        return b"a"
    for prefix, ns in PREFIXES.items():
        if p.value.startswith(ns) and _LOCAL.fullmatch(p.value[len(ns):]):
            return f"{prefix}:{p.value[len(ns):]}".encode()
    return str(p).encode()


class _TsvAsTurtle:
    """A file-like sink for two-column TSV results (`?s ?o`) that writes `s p o .` lines to `out`.

    The TSV writer escapes tabs and line breaks inside literals, and IRIs and blank node
    labels cannot hold them, so in a row the one tab separates the two terms and the
    newline ends it: both can be replaced as bytes, whatever the chunking.
    """

    def __init__(self, out: BinaryIO, predicate: bytes | None, *, suffix: bytes = b"") -> None:
        """`predicate` None: the rows hold all three terms (`?s ?p ?o`), each tab a space; or, with
        `suffix` (the predicate and the object of a one-column `?s` result), the rest of each statement."""
        self.out = out
        self.sep = b" " if predicate is None else b" " + predicate + b" "
        self.end = suffix + b" .\n"
        self.header = True  # the first line names the variables
        self.n = 0

    def write(self, chunk: bytes) -> int:
        data = bytes(chunk)
        if self.header:
            end = data.find(b"\n")
            if end < 0:
                return len(chunk)
            self.header = False
            data = data[end + 1:]
        self.n += data.count(b"\n")
        self.out.write(data.replace(b"\t", self.sep).replace(b"\n", self.end))
        return len(chunk)

    def flush(self) -> None:
        """Nothing buffered here; `out` is flushed when it is closed."""


class _Counted:
    """An iterator that counts what passes through it (the serialiser does not say)."""

    def __init__(self, items: Iterable[ox.Quad] | Iterable[ox.Triple]) -> None:
        self.items = items
        self.n = 0

    def __iter__(self) -> Iterator[ox.Quad | ox.Triple]:
        for item in self.items:
            self.n += 1
            yield item

"""Saved SPARQL queries (the .rq files beside this module) and running them on a store.

Each .rq file starts with comment lines: the first is the question it answers,
`# param: NAME - meaning` lines declare parameters, `# param: NAME (TYPE) - meaning` typed ones
(queries/params.py: PARAM_TYPES), whose values are checked before the query runs. Parameters are bound as RDF
terms in a `VALUES` block at the top of the WHERE clause, each term written in
N-Triples syntax by pyoxigraph (which escapes quotes, backslashes and newlines), so
a value can never end its literal and become query text. The engine's own
`substitutions` are not used: Oxigraph accepts only projected variables there and a
remote endpoint has no such mechanism, and one binding method keeps local and
remote results identical. Queries test `!BOUND(?param) || ...` in a FILTER at the
top level of the WHERE clause, which makes a parameter optional.

A saved query may also have a local form, `oxigraph/NAME.rq` beside it: the same question with the same
parameters, columns, rows and order, written with what Oxigraph runs faster but a SPARQL 1.1 endpoint
would refuse (`LATERAL`), or reading what only a store written by this code holds (the derived fact rows,
graph/factrows.py). The local store runs the local form (`SavedQuery.local_for`); an endpoint, the
query page and anything that shows the query run the portable `.rq` (`SavedQuery.text`). A local form that
reads the fact rows has a fallback for a store without them (written before them and opened read-only):
`oxigraph/no-rows/NAME.rq` when there is one, else the portable text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

import pyoxigraph as ox

from welfare_kg.queries import binding
from welfare_kg.queries.binding import BindingError, param_term

FORMATS = ("table", "csv", "tsv", "json", "turtle")
LOCAL_DIR = "oxigraph"  # local forms of saved queries, in this folder beside the .rq files
NO_ROWS_DIR = "no-rows"  # in LOCAL_DIR: local forms for a store without the fact rows
FACT_ROWS = "<https://w3id.org/welfare-kg/graph/facts"  # a local form holding this reads the fact rows
MEMORY_DIR = "memory"  # forms for an in-memory copy of the store (graph/memory.py), in this folder


class QueryError(Exception):
    """A query could not be found, parsed or run; the message says which and why."""


@dataclass
class SavedQuery:
    name: str
    path: Path
    text: str
    question: str = ""
    params: dict[str, str] = field(default_factory=dict)
    local: str = ""  # the local form's text (`oxigraph/NAME.rq`), empty when the query has none
    types: dict[str, str] = field(default_factory=dict)  # parameter -> declared type, for the typed ones only
    memory: str = ""  # the in-memory form's text (`memory/NAME.rq`), empty when the query has none
    no_rows: str = ""  # the local form for a store without fact rows (`oxigraph/no-rows/NAME.rq`), or empty

    @property
    def local_text(self) -> str:
        """What a local Oxigraph store runs: the local form when there is one, else the portable text."""
        return self.local or self.text

    @property
    def reads_fact_rows(self) -> bool:
        return FACT_ROWS in self.local

    def local_for(self, store) -> str:
        """What the local `KGStore` `store` runs: `local_text`, or its fallback when the store has no fact rows."""
        if self.reads_fact_rows and store is not None and not store.has_fact_rows():
            return self.no_rows or self.text
        return self.local_text

    @property
    def memory_text(self) -> str:
        """What an in-memory copy of the store runs (graph/memory.py): its own form, else the local text."""
        return self.memory or self.local_text


def _parse(path: Path, *, with_local: bool = False) -> SavedQuery:
    text = read_query_file(path)
    comments = [line[1:].strip() for line in text.splitlines() if line.startswith("#")]
    question = next((c for c in comments if c and not c.lower().startswith(("param", "example"))), "")
    params, types = {}, {}
    for c in comments:
        m = re.match(r"param:\s*(\w+)\s*(?:\((\w+)\))?\s*[-–:]?\s*(.*)", c, re.IGNORECASE)
        if m:
            params[m.group(1)] = m.group(3)
            if m.group(2):
                types[m.group(1)] = m.group(2)
    alt = path.parent / LOCAL_DIR / path.name
    local = alt.read_text(encoding="utf-8") if with_local and alt.is_file() else ""
    mem = path.parent / MEMORY_DIR / path.name
    memory = mem.read_text(encoding="utf-8") if with_local and mem.is_file() else ""
    older = path.parent / LOCAL_DIR / NO_ROWS_DIR / path.name
    no_rows = older.read_text(encoding="utf-8") if with_local and older.is_file() else ""
    return SavedQuery(path.stem, path, text, question, params, local, types, memory, no_rows)


def read_query_file(path: Path) -> str:
    """A query file's text; SPARQL is UTF-8 by definition, so any other encoding is the user's to fix, named."""
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise QueryError(f"{path}: not UTF-8 text (byte {exc.start}); save the query as UTF-8") from exc
    except IsADirectoryError as exc:
        raise QueryError(f"{path}: a folder, not a query file") from exc


def saved_queries() -> list[SavedQuery]:
    root = resources.files(__package__)
    return sorted((_parse(Path(str(p)), with_local=True) for p in root.iterdir() if str(p).endswith(".rq")),
                  key=lambda q: q.name)


def load_query(ref: str) -> SavedQuery:
    """A saved query by name ("entities") or a path to an .rq file."""
    p = Path(ref)
    if p.suffix and p.exists():  # .rq, .sparql, .txt...: saved names have no suffix, so a file it is
        return _parse(p)  # a file of the user's: run as written
    name = p.stem if p.suffix == ".rq" else ref
    for q in saved_queries():
        if q.name == name:
            return q
    known = ", ".join(q.name for q in saved_queries())
    raise QueryError(f"{ref}: no such query file or saved query (saved: {known})")


_IRIREF = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def values_block(params: dict[str, str]) -> str:
    """`VALUES (?a ?b) { (term term) }` for the parameters; names are checked, terms escaped (queries/binding.py)."""
    names = sorted(params)
    try:
        terms = [param_term(params[n]) for n in names]
    except BindingError as exc:  # an invalid IRI in <...>
        raise QueryError(f"bad parameter value: {exc}") from exc
    try:
        return binding.values_block(names, [terms])
    except BindingError as exc:  # a name that cannot be a SPARQL variable
        raise QueryError(str(exc)) from exc


def _where_brace(text: str) -> int:
    """Index of the `{` opening the WHERE clause; comments, strings, IRIs and a CONSTRUCT template are skipped."""
    i, n = 0, len(text)
    head: list[str] = []
    depth = 0
    while i < n:
        c = text[i]
        if c == "#":
            j = text.find("\n", i)
            i = n if j < 0 else j + 1
            continue
        if c in "\"'":
            quote = c * 3 if text.startswith(c * 3, i) else c
            j = i + len(quote)
            while j < n and not text.startswith(quote, j):
                j += 2 if text[j] == "\\" else 1
            i = j + len(quote)
            continue
        if c == "<" and (m := _IRIREF.match(text, i)):
            i = m.end()
            continue
        if (c.isalpha() or c == "_") and (m := _WORD.match(text, i)):
            if depth == 0:
                head.append(m.group().upper())
            i = m.end()
            continue
        if c == "{":
            if depth == 0 and ("CONSTRUCT" not in head or "WHERE" in head or "}" in head):
                return i
            depth += 1
        elif c == "}" and depth:
            depth -= 1
            if depth == 0:
                head.append("}")
        i += 1
    raise QueryError("the query has no WHERE clause to bind parameters in")


def bind_params(text: str, params: dict[str, str] | None) -> str:
    """The query with its parameters bound in a VALUES block as the first element of the WHERE clause."""
    if not params:
        return text
    pos = _where_brace(text)
    return f"{text[:pos + 1]}\n  {values_block(params)}\n{text[pos + 1:]}"


def run_query(store, text: str, *, fmt: str = "table", params: dict[str, str] | None = None) -> str:
    """Run SPARQL on a `KGStore` and render the result in `fmt`."""
    sparql = bind_params(text, params)
    try:
        return store.read(lambda s: render(s.query(sparql), fmt))  # rows are read inside: a retry covers them
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {exc}") from exc
    except OSError as exc:
        raise QueryError(f"query failed: {exc}") from exc


def render(result, fmt: str) -> str:
    if isinstance(result, ox.QueryBoolean):
        return "true" if bool(result) else "false"
    if isinstance(result, ox.QueryTriples):
        rdf_fmt = ox.RdfFormat.N_TRIPLES if fmt in {"csv", "tsv"} else ox.RdfFormat.TURTLE
        return result.serialize(format=rdf_fmt).decode("utf-8")
    if fmt == "csv":
        return result.serialize(format=ox.QueryResultsFormat.CSV).decode("utf-8")
    if fmt == "tsv":
        return result.serialize(format=ox.QueryResultsFormat.TSV).decode("utf-8")
    if fmt == "json":
        return result.serialize(format=ox.QueryResultsFormat.JSON).decode("utf-8")
    if fmt != "table":
        raise QueryError(f"unknown format {fmt!r} (use one of {', '.join(FORMATS)})")
    variables = [v.value for v in result.variables]
    rows = [[_cell(term) for term in sol] for sol in result]  # a solution iterates in `variables` order
    return format_table(variables, rows)


def _cell(term) -> str:
    """A term as the terminal table shows it: IRIs in prefix form ("id:municipality/683"), one line."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return compact_iri(term.value)
    return " ".join(term.value.split()) if "\n" in term.value else term.value  # one line per row


@cache
def _namespaces() -> tuple[tuple[str, str], ...]:
    """(prefix, namespace), longest namespace first, sorted once instead of once per table cell."""
    from welfare_kg.ontology.namespace import PREFIXES

    return tuple(sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])))


def compact_iri(iri: str) -> str:
    for prefix, ns in _namespaces():
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def format_table(header: list[str], rows: list[list[str]], max_width: int = 60) -> str:
    cut = [[c if len(c) <= max_width else c[: max_width - 1] + "…" for c in r] for r in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cut]) for i, h in enumerate(header)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in cut]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)

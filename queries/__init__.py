"""Saved SPARQL queries (the .rq files beside this module) and running them on a store.

Each .rq file starts with comment lines: the first is the question it answers,
`# param: NAME - meaning` lines declare parameters. Parameters are bound as RDF
terms through the engine's substitution mechanism, never pasted into query text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import pyoxigraph as ox

FORMATS = ("table", "csv", "tsv", "json", "turtle")


class QueryError(Exception):
    """A query could not be found, parsed or run; the message says which and why."""


@dataclass
class SavedQuery:
    name: str
    path: Path
    text: str
    question: str = ""
    params: dict[str, str] = field(default_factory=dict)


def _parse(path: Path) -> SavedQuery:
    text = path.read_text(encoding="utf-8")
    comments = [line[1:].strip() for line in text.splitlines() if line.startswith("#")]
    question = next((c for c in comments if c and not c.lower().startswith(("param", "example"))), "")
    params = {}
    for c in comments:
        m = re.match(r"param:\s*(\w+)\s*[-–:]?\s*(.*)", c, re.IGNORECASE)
        if m:
            params[m.group(1)] = m.group(2)
    return SavedQuery(path.stem, path, text, question, params)


def saved_queries() -> list[SavedQuery]:
    root = resources.files(__package__)
    return sorted((_parse(Path(str(p))) for p in root.iterdir() if str(p).endswith(".rq")),
                  key=lambda q: q.name)


def load_query(ref: str) -> SavedQuery:
    """A saved query by name ("entities") or a path to an .rq file."""
    p = Path(ref)
    if p.suffix == ".rq" and p.exists():
        return _parse(p)
    name = p.stem if p.suffix == ".rq" else ref
    for q in saved_queries():
        if q.name == name:
            return q
    known = ", ".join(q.name for q in saved_queries())
    raise QueryError(f"{ref}: no such query file or saved query (saved: {known})")


def param_term(value: str) -> ox.Term:
    """A parameter value as an RDF term: IRIs in <...>, numbers typed, anything else a plain literal."""
    if value.startswith("<") and value.endswith(">") and " " not in value:
        return ox.NamedNode(value[1:-1])
    if re.fullmatch(r"-?\d+", value):
        return ox.Literal(value, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return ox.Literal(value, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date"))
    return ox.Literal(value)


def run_query(store, text: str, *, fmt: str = "table", params: dict[str, str] | None = None) -> str:
    """Run SPARQL on a `KGStore` and render the result in `fmt`."""
    subs = {k: param_term(v) for k, v in (params or {}).items()}
    try:
        result = store.query(text, substitutions=subs)
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {exc}") from exc
    except OSError as exc:
        raise QueryError(f"query failed: {exc}") from exc
    return render(result, fmt)


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
    rows = [[_cell(sol[v]) for v in variables] for sol in result]
    return format_table(variables, rows)


def _cell(term) -> str:
    if term is None:
        return ""
    return term.value


def format_table(header: list[str], rows: list[list[str]], max_width: int = 60) -> str:
    cut = [[c if len(c) <= max_width else c[: max_width - 1] + "…" for c in r] for r in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cut]) for i, h in enumerate(header)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in cut]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)

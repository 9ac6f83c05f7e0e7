"""Python values as SPARQL terms: the one way a value gets into a query in this project.

A value is never pasted into query text as it is. It becomes an RDF term first
(pyoxigraph `NamedNode` / `Literal`), and the text is that term's N-Triples form:
pyoxigraph escapes quotes, backslashes and line breaks in literals and refuses an IRI
with a space, `<`, `>`, `{`, `}`, quote or other character that could end it. So a
value can end neither its literal nor its IRI, and a query built from a template
plus `values_block(...)` has the template's structure whatever the values hold.

Binding is done with a SPARQL `VALUES` block rather than Oxigraph's `substitutions=`:
the same text works on a remote endpoint (queries/remote.py), and `VALUES` can bind
variables a query does not project (explain's `?e`, the saved queries' parameters).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal

import pyoxigraph as ox

XSD = "http://www.w3.org/2001/XMLSchema#"
_VARNAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")

Term = ox.NamedNode | ox.Literal | ox.BlankNode


class BindingError(ValueError):
    """A value that cannot be an RDF term (an invalid IRI, an unsupported type) or a bad variable name."""


def _typed(text: str, datatype: str) -> ox.Literal:
    return ox.Literal(text, datatype=ox.NamedNode(XSD + datatype))


def iri(value: str) -> ox.NamedNode:
    """An IRI term; anything that is not a valid absolute IRI is refused (it could not be written safely)."""
    if isinstance(value, ox.NamedNode):
        return value
    try:
        return ox.NamedNode(str(value))
    except ValueError as exc:
        raise BindingError(f"not a valid IRI: {value!r} ({exc})") from exc


def is_iri(value: str) -> bool:
    """Whether `value` can be written as an IRI term (valid and absolute)."""
    try:
        iri(value)
    except BindingError:
        return False
    return True


def term(value: object) -> Term:
    """A Python value as an RDF term: strings are plain literals (use `iri()` for IRIs), numbers,
    booleans, dates and decimals are typed literals, RDF terms pass unchanged."""
    if isinstance(value, ox.NamedNode | ox.Literal | ox.BlankNode):
        return value
    if isinstance(value, bool):  # before int: bool is an int
        return _typed("true" if value else "false", "boolean")
    if isinstance(value, int):
        return _typed(str(value), "integer")
    if isinstance(value, float):
        text = "NaN" if math.isnan(value) else ("INF" if value > 0 else "-INF") if math.isinf(value) else repr(value)
        return _typed(text, "double")
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise BindingError(f"not a finite decimal: {value}")
        return _typed(format(value, "f"), "decimal")
    if isinstance(value, dt.datetime):
        return _typed(value.isoformat(), "dateTime")
    if isinstance(value, dt.date):
        return _typed(value.isoformat(), "date")
    if isinstance(value, str):
        return ox.Literal(value)
    raise BindingError(f"cannot bind a {type(value).__name__} value in SPARQL")


def sparql_term(value: object) -> str:
    """The term for `value` in SPARQL (N-Triples) syntax, escaped."""
    return str(term(value))


def _variable(name: str) -> str:
    if not isinstance(name, str) or not _VARNAME.fullmatch(name):
        raise BindingError(f"{name!r} is not a valid parameter name (letters, digits and _)")
    return "?" + name


def values_block(variables: str | Sequence[str], rows: Iterable[object]) -> str:
    """A `VALUES` block binding `variables` to `rows` of values (each turned into a term; None is UNDEF).

    One variable name as a string takes rows of single values: `values_block("e", [iri(x)])`
    gives `VALUES ?e { <x> }`; a sequence of names takes rows of tuples:
    `VALUES (?a ?b) { (<x> "y") }`. No rows bind nothing (the pattern has no solution).
    """
    if isinstance(variables, str):
        var = _variable(variables)
        cells = " ".join("UNDEF" if v is None else sparql_term(v) for v in rows)
        return f"VALUES {var} {{ {cells} }}"
    names = [_variable(n) for n in variables]
    lines = []
    for row in rows:
        cells = tuple(row)
        if len(cells) != len(names):
            raise BindingError(f"a VALUES row has {len(cells)} values for {len(names)} variables")
        lines.append("(" + " ".join("UNDEF" if v is None else sparql_term(v) for v in cells) + ")")
    return f"VALUES ({' '.join(names)}) {{ {' '.join(lines)} }}"


def param_term(value: str) -> Term:
    """A parameter typed on the command line as an RDF term: `<...>` an IRI, digits an integer,
    YYYY-MM-DD a date, anything else a plain literal."""
    if value.startswith("<") and value.endswith(">") and " " not in value:
        return iri(value[1:-1])
    if re.fullmatch(r"-?\d+", value):
        return _typed(value, "integer")
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return _typed(value, "date")
    return ox.Literal(value)

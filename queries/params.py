"""Parameters of saved queries, as users give them: `NAME=VALUE` strings or keyword arguments.

The command line, the library (`KnowledgeGraph.query`) and the endpoint client all take
parameters the same way, so the rules live here: names are checked against what the
saved query declares, a typed one (`# param: year (year) - ...`) must parse as its type,
and a parameter documented as an `<IRI>` also accepts a name, looked up the way `explain`
does. Values are bound later as RDF terms (queries.bind_params), never pasted into the query text.

A saved query matches a NAME parameter once per query, not once per row: a sub-select keys every label of the
two label graphs in lower case (one row per entity and key), hash-joined on (entity, the parameter's key) inside
an OPTIONAL, and the row test is BOUND of its marker. The EXISTS per row it replaced read the entity's labels in
every graph (12-14 s at a million quads for projects_by_area); without the parameter the OPTIONAL is dropped
before evaluation (BOUND of a variable bound nowhere is false). Same rows (tests/test_queries_name_params.py;
benchmarks/HISTORY.md, the seventeenth bench_queries pass). The queries stay portable SPARQL, so the endpoint
and remote runs use the same text.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

from welfare_kg.queries import QueryError, SavedQuery


class ParamError(QueryError):
    """A parameter given wrongly; the message says which and what was expected."""


# Declarable parameter types: (full-match pattern, how the message describes it). A query compares such a
# parameter to a typed value (YEAR() gives xsd:integer, dcterms:date is xsd:date), and a value of another form
# would bind as a plain string that equals nothing: 0 rows and no error. Each pattern accepts only what
# queries.binding.param_term turns into the matching typed literal (xsd:integer, xsd:date).
PARAM_TYPES: dict[str, tuple[re.Pattern[str], str]] = {
    "year": (re.compile(r"\d{4}"), "a year, 4 digits, e.g. 2021"),
    "integer": (re.compile(r"-?\d+"), "a whole number, e.g. 12"),
    "date": (re.compile(r"\d{4}-\d{2}-\d{2}"), "a date, YYYY-MM-DD, e.g. 2021-03-31"),
}


def type_label(saved: SavedQuery, name: str) -> str:
    """`year (year)` for a typed parameter, `funder` for an untyped one: how listings show it."""
    kind = saved.types.get(name)
    return f"{name} ({kind})" if kind else name


def check_types(saved: SavedQuery, params: dict[str, Any]) -> None:
    """Refuse a value that does not parse as its parameter's declared type, naming both."""
    for name, value in params.items():
        kind = saved.types.get(name)
        if kind is None:
            continue
        if kind not in PARAM_TYPES:  # the query file's mistake, not the user's
            raise QueryError(f"{saved.name}: parameter {name} has an unknown type ({kind}); "
                             f"known types: {', '.join(PARAM_TYPES)}")
        pattern, expected = PARAM_TYPES[kind]
        text = str(value)
        ok = pattern.fullmatch(text) is not None
        if ok and kind == "date":
            try:
                dt.date.fromisoformat(text)
            except ValueError:
                ok = False
        if not ok:
            raise ParamError(f"--param {name}={text}: not {expected} (parameter {name} of {saved.name})")


def parse_params(pairs: Iterable[str]) -> dict[str, str]:
    """`["municipality=Ranua", "?year=2021"]` -> {"municipality": "Ranua", "year": "2021"}."""
    params: dict[str, str] = {}
    for p in pairs:
        name, sep, value = p.partition("=")
        if not sep or not name.strip("?$"):
            raise ParamError(f"{p!r} is not NAME=VALUE")
        params[name.lstrip("?$")] = value
    return params


def check_params(saved: SavedQuery | None, params: dict[str, Any], text: str | None = None) -> None:
    """Refuse parameters a saved query does not take (a typo would otherwise silently bind nothing),
    and a missing one it needs.

    A query that declares no parameters (a saved one without `# param:` lines, a user's file,
    or `text` given with -e) takes any of its own variables, but a parameter whose variable
    does not occur in it would bind nothing and change no answer, so it is refused too.
    """
    if saved is None or not saved.params:
        query_text = saved.text if saved is not None else text
        if query_text is not None:
            absent = sorted(n for n in params if not re.search(rf"[?$]{re.escape(n)}(?![\w])", query_text))
            if absent:
                where = f"the query {saved.name}" if saved is not None else "the query"
                raise ParamError(f"{', '.join(absent)}: no such variable in {where} "
                                 f"(--param NAME=VALUE binds ?NAME)")
        return
    unknown = sorted(set(params) - set(saved.params))
    if unknown:
        raise ParamError(f"{', '.join(unknown)}: not a parameter of {saved.name} "
                         f"(it takes: {', '.join(saved.params)})")
    # a parameter documented without "optional" (or "without it, ...") is what the query is about:
    # left unbound, `entity` described every subject of the store
    missing = [name for name, doc in saved.params.items()
               if name not in params and "optional" not in doc and "without it" not in doc]
    if missing:
        raise ParamError(f"{saved.name} needs " + ", ".join(f"--param {n}=... ({saved.params[n]})" for n in missing))
    check_types(saved, params)


def resolve_iri_params(saved: SavedQuery, params: dict[str, str], store: Any | None) -> dict[str, str]:
    """Parameters that take only an IRI (`# param: entity - the entity's <IRI>`) also accept a name.

    A bare http(s) IRI gets its angle brackets; a name is looked up the way `explain`
    does (any label, case-insensitive, one entity only) in the local store (`store=None`:
    a remote endpoint, where names cannot be looked up).
    """
    out = dict(params)
    for name, value in params.items():
        doc = saved.params.get(name, "")
        if "<IRI>" not in doc or "name" in doc.lower() or (value.startswith("<") and value.endswith(">")):
            continue
        if value.startswith(("http://", "https://")):
            out[name] = f"<{value}>"
            continue
        if store is None:
            raise ParamError(f"{name}={value}: {saved.name} needs an entity IRI (names are looked up "
                             "only in a local store)")
        from welfare_kg.graph.explain import find_entity

        try:
            out[name] = f"<{find_entity(store, value)}>"
        except LookupError as exc:
            raise ParamError(f"{saved.name} needs an entity IRI or a known name: {exc}") from exc
    return out

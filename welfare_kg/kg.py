"""`KnowledgeGraph`: the library entry point a notebook or script uses, and the CLI is a thin layer over.

    from welfare_kg import KnowledgeGraph
    kg = KnowledgeGraph("kg-store")
    kg.ingest("docs/")
    rows = kg.query("funding", municipality="Ranua")
    rows.df()            # a pandas DataFrame, when pandas is installed

Each method calls the one library function the matching CLI command calls, so the two
never drift apart; the store is opened once and kept open for the object's lifetime.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from welfare_kg.graph.store import KGStore

_XSD = "http://www.w3.org/2001/XMLSchema#"
_NUMERIC = {f"{_XSD}{t}": int for t in ("integer", "int", "long", "short", "nonNegativeInteger", "positiveInteger")}
_NUMERIC |= {f"{_XSD}decimal": Decimal, f"{_XSD}double": float, f"{_XSD}float": float}


_STRING = ox.NamedNode(f"{_XSD}string")
_LANG_STRING = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#langString")


def python_value(term: ox.Term | None) -> Any:
    """A SPARQL result term as a plain Python value: IRIs and strings as str, numbers and dates typed."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        # most cells of a listing are IRIs or plain strings: those cost one attribute read, not a datatype table walk
        # (kg.query("entities") at a million quads: 0.87 -> 0.43 s of Python on top of the query)
        datatype = term.datatype
        if datatype in (_STRING, _LANG_STRING):
            return term.value
        dt = datatype.value
        try:
            if dt in _NUMERIC:
                return _NUMERIC[dt](term.value)
            if dt == f"{_XSD}date":
                return date.fromisoformat(term.value)
            if dt == f"{_XSD}boolean":
                return term.value in {"true", "1"}
        except ValueError:
            return term.value
    return term.value


class Rows(list):
    """Query results: a list of dicts (one per solution), with the variable order kept in `columns`."""

    def __init__(self, columns: list[str], rows: Iterable[dict[str, Any]]) -> None:
        super().__init__(rows)
        self.columns = columns

    def df(self):
        """The rows as a pandas DataFrame (pandas is optional: `pip install pandas`)."""
        try:
            import pandas as pd
        except ImportError as exc:
            raise ImportError("Rows.df() needs pandas: pip install pandas") from exc
        return pd.DataFrame(list(self), columns=self.columns)


class KnowledgeGraph:
    """A store of documents' knowledge graph, with everything the CLI can do as methods.

    `path=None` keeps the store in memory (for experiments); `read_only=True` opens an
    existing store for reading while another process may be writing it.
    """

    def __init__(self, path: str | Path | None = "kg-store", *, read_only: bool = False) -> None:
        self.store = KGStore(path, read_only=read_only)

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Release the store (and its lock) now rather than when the object is collected."""
        self.store.flush()
        del self.store

    def __repr__(self) -> str:
        return f"KnowledgeGraph({str(self.store.path) if self.store.path else None!r})"

    # -- building -----------------------------------------------------------------
    def ingest(self, *paths: str | Path, jobs: int = 1, strict: bool = False,
               on_progress: Callable[[str, str], None] | None = None):
        """Read documents (files or folders); returns the report of what went in, was unchanged or failed."""
        from welfare_kg.ingest import ingest

        return ingest(paths, self.store, jobs=jobs, strict=strict, on_progress=on_progress)

    # -- reading ------------------------------------------------------------------
    def query(self, query: str, **params: str) -> Rows | bool | str:
        """Run a saved query by name, an .rq file or SPARQL text; keyword arguments bind its parameters.

        SELECT gives `Rows`, ASK a bool, CONSTRUCT/DESCRIBE Turtle text. Parameters are
        bound as RDF terms in a VALUES block, never pasted into the query text; one that
        takes an entity's IRI also accepts its name (`kg.query("entity", entity="Ranua")`).
        """
        from welfare_kg.queries import QueryError, bind_params, load_query
        from welfare_kg.queries.params import check_params, resolve_iri_params

        text = query
        values = {k: str(v) for k, v in params.items()}
        if "{" not in query:  # a name or a path, not SPARQL text
            saved = load_query(query)
            check_params(saved, values)
            values = resolve_iri_params(saved, values, self.store)
            text = saved.local_for(self.store)  # its local form, when it has one (queries/oxigraph/)
        try:
            result = self.store.query(bind_params(text, values))
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {exc}") from exc
        if isinstance(result, ox.QueryBoolean):
            return bool(result)
        if isinstance(result, ox.QueryTriples):
            return result.serialize(format=ox.RdfFormat.TURTLE).decode("utf-8")
        columns = [v.value for v in result.variables]
        # a solution iterates its values in `columns` order: no lookup by name per cell
        return Rows(columns, (dict(zip(columns, map(python_value, sol), strict=True)) for sol in result))

    def explain(self, entity: str) -> str:
        """Every fact about an entity (IRI or any of its names), each with the sentence it came from."""
        from welfare_kg.graph.explain import explain_entity

        return explain_entity(self.store, entity)

    def stats(self):
        from welfare_kg.graph.stats import store_stats

        return store_stats(self.store)

    def analyse(self):
        """Centrality, communities and bridges of the actor network (see `welfare-kg analyse`)."""
        from welfare_kg.viz.analyse import analyse_store

        return analyse_store(self.store)

    # -- writing files --------------------------------------------------------------
    def map(self, out: str | Path = "map.html", *, title: str = "welfare-kg network", view: str | None = None,
            focus: str | None = None, depth: int = 1, area: str | None = None) -> Path:
        """Write an interactive, offline HTML network map; returns its path."""
        from welfare_kg.viz.map import write_map
        from welfare_kg.viz.select import Selection

        out = Path(out)
        write_map(self.store, out, title, selection=Selection(view=view, focus=focus, depth=depth, area=area))
        return out

    def export(self, out: str | Path, fmt: str = "turtle", *, include_contacts: bool = False) -> int:
        """Write the graph as Turtle (or trig, nquads, ntriples, jsonld); returns the number of statements."""
        from welfare_kg.graph.export import export_store

        return export_store(self.store, Path(out), fmt, include_contacts=include_contacts)

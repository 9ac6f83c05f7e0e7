"""A read-only SPARQL 1.1 Protocol endpoint over a store, with a small query page.

Researchers who want to point their own tools (YASGUI, R's SPARQL package, pandas
via SPARQLWrapper) at the graph need an HTTP endpoint, not a CLI. This one uses only
the standard library's ThreadingHTTPServer and pyoxigraph, opens the store read-only
(so it can run beside other readers), refuses every update, and binds 127.0.0.1
unless told otherwise. Contact-data graphs are invisible unless `include_contacts`.

Routes: `GET /` the query page, `GET /queries` the saved queries as JSON, and
`GET|POST /query` (alias `/sparql`) the protocol endpoint. Result formats follow
the Accept header: SPARQL JSON (default), XML, CSV, TSV for SELECT/ASK; Turtle
(default), N-Triples, RDF/XML, JSON-LD for CONSTRUCT/DESCRIBE.
"""

from __future__ import annotations

import json
import sys
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path

import pyoxigraph as ox

from welfare_kg import __version__
from welfare_kg.graph.store import KGStore
from welfare_kg.graphs import is_private
from welfare_kg.ontology.namespace import PREFIXES

TURTLE_PREFIXES = {k: v for k, v in PREFIXES.items() if k != "id"}  # id:a\/b is unreadable
MAX_BODY = 1_000_000  # bytes: a query, not a data upload

SOLUTION_TYPES = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}
PAGE_CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
            "connect-src 'self'; form-action 'self'; base-uri 'none'")


def negotiate(accept: str | None, offered: list[str]) -> str | None:
    """The offered media type the Accept header likes best (first offered on ties); None if none is acceptable."""
    if not accept:
        return offered[0]
    prefs: list[tuple[float, int, str]] = []
    for i, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        q = 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        prefs.append((q, i, fields[0].lower()))
    best: tuple[float, int, int] | None = None
    chosen = None
    for q, i, pattern in prefs:
        if q <= 0:
            continue
        for rank, media in enumerate(offered):
            major = media.split("/")[0]
            if pattern in (media, "*/*", f"{major}/*"):
                key = (q, -i if pattern == media else -i - 1000, -rank)
                if best is None or key > best:
                    best, chosen = key, media
    return chosen


class SparqlServer(ThreadingHTTPServer):
    """ThreadingHTTPServer holding the store and the visibility policy for contact graphs."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], store: KGStore, *, include_contacts: bool = False) -> None:
        self.store = store
        self.include_contacts = include_contacts
        super().__init__(address, SparqlHandler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def visible_graphs(self) -> list[ox.NamedNode]:
        return [ox.NamedNode(g) for g in self.store.named_graphs()
                if self.include_contacts or not is_private(g)]


class SparqlHandler(BaseHTTPRequestHandler):
    server: SparqlServer
    server_version = f"welfare-kg/{__version__}"
    protocol_version = "HTTP/1.1"

    # -- plumbing ------------------------------------------------------------------
    def log_message(self, format: str, *args: object) -> None:
        sys.stderr.write(f"{self.address_string()} {format % args}\n")

    def _send(self, status: int, body: bytes, content_type: str, extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, message: str) -> None:
        self._send(status, (message.rstrip() + "\n").encode("utf-8"), "text/plain; charset=utf-8")

    # -- routes --------------------------------------------------------------------
    def do_GET(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        if url.path in ("/", "/index.html"):
            page = resources.files("welfare_kg.viz").joinpath("static/query.html").read_bytes()
            self._send(200, page, "text/html; charset=utf-8", {"Content-Security-Policy": PAGE_CSP})
        elif url.path == "/queries":
            from welfare_kg.queries import saved_queries

            data = [{"name": q.name, "question": q.question, "params": q.params, "text": q.text}
                    for q in saved_queries()]
            self._send(200, json.dumps(data, ensure_ascii=False).encode("utf-8"), "application/json")
        elif url.path in ("/query", "/sparql"):
            self._dispatch(urllib.parse.parse_qs(url.query, keep_blank_values=True))
        else:
            self._error(404, f"not found: {url.path} (the endpoint is /query)")

    do_HEAD = do_GET

    def do_POST(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        if url.path not in ("/query", "/sparql", "/update"):
            self._error(404, f"not found: {url.path} (the endpoint is /query)")
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self._error(413, f"request body over {MAX_BODY} bytes")
            return
        body = self.rfile.read(length).decode("utf-8", "replace")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        form = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        if url.path == "/update" or ctype == "application/sparql-update":
            self._refuse_update()
            return
        if ctype == "application/x-www-form-urlencoded":
            form.update(urllib.parse.parse_qs(body, keep_blank_values=True))
        elif ctype == "application/sparql-query":
            form["query"] = [body]
        else:
            self._error(415, "POST a query as application/x-www-form-urlencoded or application/sparql-query")
            return
        self._dispatch(form)

    def _dispatch(self, form: dict[str, list[str]]) -> None:
        """One protocol request, from GET or POST: updates refused, a query answered."""
        if "update" in form:
            self._refuse_update()
        elif "query" not in form:
            self._error(400, "missing 'query' parameter (SPARQL 1.1 Protocol)")
        else:
            self._query(form)

    def do_PUT(self) -> None:
        self._refuse_update()

    do_DELETE = do_PATCH = do_PUT

    def _refuse_update(self) -> None:
        self._error(403, "this endpoint is read-only: SPARQL Update and graph uploads are refused")

    # -- the query -----------------------------------------------------------------
    def _query(self, form: dict[str, list[str]]) -> None:
        if len(form["query"]) != 1:
            self._error(400, "exactly one 'query' parameter is allowed")
            return
        visible = self.server.visible_graphs()
        allowed = {g.value for g in visible}
        defaults = [ox.NamedNode(g) for g in form.get("default-graph-uri", []) if g in allowed]
        named = [ox.NamedNode(g) for g in form.get("named-graph-uri", []) if g in allowed]
        try:
            result = self.server.store.oxigraph.query(
                form["query"][0], prefixes=PREFIXES,
                default_graph=(defaults if "default-graph-uri" in form else visible) or ox.DefaultGraph(),
                named_graphs=named if "named-graph-uri" in form else visible)
            self._answer(result)
        except SyntaxError as exc:
            self._error(400, f"SPARQL syntax error: {exc}")
        except (OSError, RuntimeError, ValueError) as exc:
            self._error(500, f"query failed: {exc}")

    def _answer(self, result) -> None:
        accept = self.headers.get("Accept")
        if isinstance(result, ox.QueryTriples):
            media = negotiate(accept, list(GRAPH_TYPES))
            if media is None:
                self._error(406, f"CONSTRUCT/DESCRIBE results are available as {', '.join(GRAPH_TYPES)}")
                return
            fmt = GRAPH_TYPES[media]
            kwargs = {"prefixes": TURTLE_PREFIXES} if fmt == ox.RdfFormat.TURTLE else {}
            body = ox.serialize(list(result), format=fmt, **kwargs) or b""
        else:
            media = negotiate(accept, list(SOLUTION_TYPES))
            if media is None:
                self._error(406, f"SELECT/ASK results are available as {', '.join(SOLUTION_TYPES)}")
                return
            body = result.serialize(format=SOLUTION_TYPES[media])
        self._send(200, body, f"{media}; charset=utf-8", {"Vary": "Accept"})


def make_server(store_dir: str | Path, host: str = "127.0.0.1", port: int = 7878, *,
                include_contacts: bool = False) -> SparqlServer:
    """A server over the store at `store_dir`, opened read-only; call `serve_forever()` on it."""
    store = KGStore(store_dir, read_only=True)
    return SparqlServer((host, port), store, include_contacts=include_contacts)

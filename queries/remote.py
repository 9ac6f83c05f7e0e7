"""Running saved queries against any SPARQL 1.1 endpoint (Fuseki, Oxigraph, Virtuoso, GraphDB ...).

Researchers often keep the graph on a shared server rather than in a local store.
The query text and parameter binding are exactly those of the local path
(`bind_params`), and the endpoint's answer is parsed back into pyoxigraph result
objects so that `render` prints it in the same table/CSV/TSV/JSON/Turtle shapes as
a local query: one code path for output, whatever the server.

Every failure (timeout, refused connection, HTTP error, a body that is not a
SPARQL result) becomes a `QueryError` with a one-line message naming the endpoint.
"""

from __future__ import annotations

import socket
import urllib.error
import urllib.parse
import warnings
from dataclasses import dataclass

import pyoxigraph as ox
from SPARQLWrapper import BASIC, DIGEST, JSON, POST, TURTLE, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

from welfare_kg import __version__
from welfare_kg.ontology.namespace import PREFIXES
from welfare_kg.queries import QueryError, bind_params, render

USER_AGENT = f"welfare-kg/{__version__}"
PASSWORD_ENV = "WELFARE_KG_PASSWORD"
# Above this many characters (URL-encoded) a GET URL risks 414 URI Too Long on common servers.
MAX_GET_CHARS = 2000
# `id:` would turn every entity into an escaped local name (id:ministry\/stm); full IRIs read better.
TURTLE_PREFIXES = {k: v for k, v in PREFIXES.items() if k != "id"}


@dataclass(frozen=True)
class Endpoint:
    """Where and how to reach a SPARQL endpoint."""

    url: str
    user: str | None = None
    password: str | None = None
    auth: str = "basic"  # or "digest"
    timeout: float = 60.0


def _one_line(text: str | bytes | None, limit: int = 200) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    line = " ".join((text or "").split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _client(endpoint: Endpoint, sparql: str) -> SPARQLWrapper:
    client = SPARQLWrapper(endpoint.url, agent=USER_AGENT)
    # Only content negotiation: the extra format=/output= URL parameters SPARQLWrapper
    # adds by default are rejected by some servers (Oxigraph answers 400).
    client.setOnlyConneg(True)
    client.setTimeout(int(max(1, round(endpoint.timeout))))
    with warnings.catch_warnings():  # an unrecognised query form is the server's to judge
        warnings.simplefilter("ignore", RuntimeWarning)
        client.setQuery(sparql)
    # SPARQLWrapper strips only every other line of a comment block and takes the first keyword it then
    # finds anywhere: "under load;" in a saved query's comments made it a LOAD. The endpoint's lexer
    # (comments, strings and IRIs skipped) reads the form after the prologue.
    from welfare_kg.serve.sparql import QUERY_KEYWORDS, query_form

    form = query_form(sparql)
    if form in QUERY_KEYWORDS:
        client.queryType = form
    if len(sparql.encode("utf-8")) * 3 > MAX_GET_CHARS:  # worst case of percent-encoding
        client.setMethod(POST)
    if endpoint.user:
        client.setHTTPAuth(DIGEST if endpoint.auth == "digest" else BASIC)
        client.setCredentials(endpoint.user, endpoint.password or "")
    return client


def _check_url(url: str) -> None:
    """An endpoint is an http(s) URL with a host; urllib would fail deep inside SPARQLWrapper otherwise."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise QueryError(f"{url}: not an endpoint URL (expected http://HOST[:PORT]/PATH, e.g. "
                         "http://127.0.0.1:7878/query)")


def fetch_result(endpoint: Endpoint, sparql: str):
    """Send the query; return a pyoxigraph QuerySolutions / QueryBoolean, or a list of triples."""
    _check_url(endpoint.url)
    client = _client(endpoint, sparql)
    qtype = client.queryType
    if qtype not in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"):
        raise QueryError(f"{endpoint.url}: only SELECT, ASK, CONSTRUCT and DESCRIBE queries are sent (got {qtype})")
    graph_result = qtype in ("CONSTRUCT", "DESCRIBE")
    client.setReturnFormat(TURTLE if graph_result else JSON)
    where = endpoint.url
    try:
        response = client.query().response
        body = response.read()
        media_type = (response.headers.get("Content-Type") or "").split(";")[0].strip().lower()
    except SPARQLWrapperException as exc:
        code = {"QueryBadFormed": 400, "Unauthorized": 401, "EndPointNotFound": 404, "URITooLong": 414,
                "EndPointInternalError": 500}.get(type(exc).__name__, "")
        detail = _one_line(str(exc).split("Response:", 1)[-1].strip().strip("b'\""))
        raise QueryError(f"{where}: HTTP {code} {exc.msg.rstrip('.')}: {detail}".replace("  ", " ")) from exc
    except urllib.error.HTTPError as exc:
        raise QueryError(f"{where}: HTTP {exc.code} {exc.reason}: {_one_line(exc.read())}") from exc
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (TimeoutError, socket.timeout)):
            raise QueryError(f"{where}: no answer within {endpoint.timeout:g} s (timeout)") from exc
        if isinstance(reason, ConnectionRefusedError):
            raise QueryError(f"{where}: connection refused (is the server running?)") from exc
        raise QueryError(f"{where}: cannot connect ({_one_line(str(reason))})") from exc
    except TimeoutError as exc:
        raise QueryError(f"{where}: no answer within {endpoint.timeout:g} s (timeout)") from exc
    except (ConnectionError, OSError) as exc:
        raise QueryError(f"{where}: connection failed ({_one_line(str(exc))})") from exc
    return _parse_body(where, body, media_type, graph_result)


def _parse_body(where: str, body: bytes, media_type: str, graph_result: bool):
    """The endpoint's bytes as pyoxigraph objects; anything unparsable is a malformed response."""
    try:
        if graph_result:
            rdf_format = ox.RdfFormat.from_media_type(media_type) if media_type else None
            if rdf_format is None:
                rdf_format = ox.RdfFormat.TURTLE
            return list(ox.parse(body, format=rdf_format))
        results_format = ox.QueryResultsFormat.from_media_type(media_type) if media_type else None
        if results_format is None:
            results_format = ox.QueryResultsFormat.JSON
        return ox.parse_query_results(body, format=results_format)
    except (SyntaxError, ValueError, OSError) as exc:
        kind = "RDF" if graph_result else "SPARQL results"
        raise QueryError(f"{where}: malformed response, not {kind} ({media_type or 'no content type'}): "
                         f"{_one_line(str(exc))}") from exc


def run_remote(endpoint: Endpoint, text: str, *, fmt: str = "table", params: dict[str, str] | None = None) -> str:
    """Run a query on a remote endpoint and render it like a local one."""
    result = fetch_result(endpoint, bind_params(text, params))
    if isinstance(result, list):
        rdf_format = ox.RdfFormat.N_TRIPLES if fmt in {"csv", "tsv"} else ox.RdfFormat.TURTLE
        kwargs = {"prefixes": TURTLE_PREFIXES} if rdf_format == ox.RdfFormat.TURTLE else {}
        return (ox.serialize(result, format=rdf_format, **kwargs) or b"").decode("utf-8")
    return render(result, fmt)


def select_rows(endpoint: Endpoint, sparql: str) -> list[dict[str, ox.Term]]:
    """A SELECT query's solutions as dicts (for callers that check data, e.g. `push --verify`)."""
    result = fetch_result(endpoint, sparql)
    if not isinstance(result, ox.QuerySolutions):
        raise QueryError(f"{endpoint.url}: expected SELECT results")
    names = [v.value for v in result.variables]
    return [{n: sol[n] for n in names if sol[n] is not None} for sol in result]

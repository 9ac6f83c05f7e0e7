"""`welfare-kg serve`: a read-only SPARQL 1.1 Protocol endpoint, queried as any client would (SPARQLWrapper)."""

from __future__ import annotations

import csv
import io
import json
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from SPARQLWrapper import CSV, JSON, POST, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

from welfare_kg.graph.store import KGStore
from welfare_kg.queries import load_query, run_query
from welfare_kg.server import SparqlServer, make_server, negotiate


@pytest.fixture(scope="module")
def server(query_store_dir: Path) -> Iterator[SparqlServer]:
    srv = make_server(query_store_dir, "127.0.0.1", 0)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


def client(server: SparqlServer, query: str, fmt: str = JSON) -> SPARQLWrapper:
    c = SPARQLWrapper(server.url + "/query")
    c.setOnlyConneg(True)
    c.setQuery(query)
    c.setReturnFormat(fmt)
    return c


def test_select_json_matches_local(server: SparqlServer, query_store_dir: Path) -> None:
    text = load_query("funding").text
    remote = client(server, text).queryAndConvert()
    got = sorted(tuple(b.get(v, {}).get("value", "") for v in remote["head"]["vars"])
                 for b in remote["results"]["bindings"])
    local = json.loads(run_query(KGStore(query_store_dir, read_only=True), text, fmt="json"))
    want = sorted(tuple(b.get(v, {}).get("value", "") for v in local["head"]["vars"])
                  for b in local["results"]["bindings"])
    assert got == want and got


@pytest.mark.parametrize(("fmt", "media"), [(CSV, "text/csv"), (TSV, "text/tab-separated-values"),
                                            (XML, "application/sparql-results+xml")])
def test_result_formats_by_accept(server: SparqlServer, fmt: str, media: str) -> None:
    res = client(server, "SELECT ?d WHERE { GRAPH ?g { ?x wkg:fileName ?d } } ORDER BY ?d", fmt).query()
    assert res.response.headers["Content-Type"].startswith(media)
    body = res.response.read().decode()
    assert "000_64301359fe3ae2a6.txt" in body
    if fmt == CSV:
        assert len(list(csv.reader(io.StringIO(body)))) == 6  # header + 5 documents


def test_post_ask_and_construct(server: SparqlServer) -> None:
    c = client(server, "ASK { GRAPH ?g { ?s a wkg:Decision } }")
    c.setMethod(POST)
    assert c.queryAndConvert()["boolean"] is True
    g = client(server, load_query("entity").text.replace(
        "WHERE {", "WHERE {\n  VALUES ?entity { <https://w3id.org/welfare-kg/id/ministry/stm> }", 1), TURTLE)
    res = g.query()
    assert res.response.headers["Content-Type"].startswith("text/turtle")
    assert b"Ministry of Social Affairs and Health" in res.response.read()


def test_contact_graphs_are_not_served(server: SparqlServer, query_store_dir: Path) -> None:
    store = KGStore(query_store_dir, read_only=True)
    assert any("/graph/contact/" in g for g in store.named_graphs())
    res = client(server, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s wkg:contactData ?o } }").queryAndConvert()
    assert res["results"]["bindings"][0]["n"]["value"] == "0"
    res = client(server, "SELECT (COUNT(*) AS ?n) WHERE { ?s wkg:contactData ?o }").queryAndConvert()
    assert res["results"]["bindings"][0]["n"]["value"] == "0"


def _post(url: str, body: bytes, ctype: str) -> int:
    req = urllib.request.Request(url, data=body, method="POST", headers={"Content-Type": ctype})
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status
    except urllib.error.HTTPError as exc:
        return exc.code


def test_updates_are_refused(server: SparqlServer, query_store_dir: Path) -> None:
    drop = "DROP ALL"
    assert _post(server.url + "/query", urllib.parse.urlencode({"update": drop}).encode(),
                 "application/x-www-form-urlencoded") == 403
    assert _post(server.url + "/update", drop.encode(), "application/sparql-update") == 403
    assert _post(server.url + "/query", drop.encode(), "application/sparql-update") == 403
    assert _post(server.url + "/query", drop.encode(), "application/sparql-query") == 400  # not a query
    c = SPARQLWrapper(server.url + "/query", updateEndpoint=server.url + "/update")
    c.setMethod(POST)
    c.setQuery("INSERT DATA { GRAPH <http://x/g> { <http://x/s> <http://x/p> 1 } }")
    with pytest.raises((SPARQLWrapperException, urllib.error.HTTPError)):
        c.query()
    res = client(server, "ASK { GRAPH ?g { ?s ?p ?o } }").queryAndConvert()
    assert res["boolean"] is True  # still all there


def test_errors_are_plain_messages(server: SparqlServer) -> None:
    with pytest.raises(SPARQLWrapperException, match="syntax error"):
        client(server, "SELECT WHERE nonsense").query()
    with pytest.raises(urllib.error.HTTPError) as exc:
        urllib.request.urlopen(server.url + "/query", timeout=10)
    assert exc.value.code == 400


def test_query_page_and_examples(server: SparqlServer) -> None:
    with urllib.request.urlopen(server.url + "/", timeout=10) as resp:
        page = resp.read().decode()
        assert "default-src 'none'" in resp.headers["Content-Security-Policy"]
    assert "<textarea" in page and "textContent" in page and "innerHTML" not in page.replace(
        "never innerHTML", "")
    with urllib.request.urlopen(server.url + "/queries", timeout=10) as resp:
        examples = json.load(resp)
    assert {"funding", "decisions", "evidence"} <= {q["name"] for q in examples}


def test_binds_localhost_by_default(query_store_dir: Path) -> None:
    import inspect

    assert inspect.signature(make_server).parameters["host"].default == "127.0.0.1"


def test_negotiate() -> None:
    offered = ["application/sparql-results+json", "text/csv"]
    assert negotiate(None, offered) == offered[0]
    assert negotiate("text/csv;q=0.9, application/json;q=0.1", offered) == "text/csv"
    assert negotiate("*/*", offered) == offered[0]
    assert negotiate("image/png", offered) is None


def test_serve_command(query_store_dir: Path) -> None:
    """The CLI wiring: `welfare-kg serve` in a subprocess answers SPARQLWrapper and stops cleanly."""
    import socket
    import subprocess
    import sys
    import time

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "welfare_kg.cli", "serve", "--store", str(query_store_dir),
                             "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        c = SPARQLWrapper(f"http://127.0.0.1:{port}/query")
        c.setOnlyConneg(True)
        c.setReturnFormat(JSON)
        c.setQuery("ASK { GRAPH ?g { ?d a wkg:Document } }")
        deadline = time.monotonic() + 30
        while True:
            try:
                assert c.queryAndConvert()["boolean"] is True
                break
            except urllib.error.URLError:
                assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
                assert time.monotonic() < deadline, "serve did not come up"
                time.sleep(0.2)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        if proc.stderr:
            proc.stderr.close()

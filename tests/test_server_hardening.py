"""`welfare-kg serve` against hostile and careless clients: SERVICE, updates, runaway queries, broken framing.

A real endpoint (worker processes included) listens on 127.0.0.1 on a free port;
malformed requests are written byte for byte on raw sockets, because HTTP client
libraries refuse to send them.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from served import start_in_thread

from welfare_kg.serve import SparqlServer
from welfare_kg.serve.sparql import is_update, query_form, uses_service

pytestmark = pytest.mark.server

CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
SIMPLE = "SELECT ?d WHERE { GRAPH ?g { ?d a wkg:Document } }"


_start = start_in_thread


@pytest.fixture(scope="module")
def server(query_store_dir: Path) -> Iterator[SparqlServer]:
    srv = _start(query_store_dir, timeout=3.0, workers=2)
    yield srv
    srv.shutdown()
    srv.server_close()


def get(srv: SparqlServer, query: str, accept: str = "text/csv", timeout: float = 60) -> tuple[int, str]:
    req = urllib.request.Request(srv.url + "/query?" + urllib.parse.urlencode({"query": query}),
                                 headers={"Accept": accept})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, resp.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def raw(srv: SparqlServer, data: bytes, wait: float = 10.0) -> bytes:
    """Send bytes on a fresh connection; everything the server writes until it closes or goes quiet."""
    host, port = srv.server_address[:2]
    with socket.create_connection((host, port), timeout=wait) as s:
        s.sendall(data)
        out = b""
        try:
            while chunk := s.recv(65536):
                out += chunk
        except TimeoutError:
            pass
    return out


# -- SERVICE -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "select * {service silent <http://127.0.0.1:9/sparql>{?s ?p ?o}}",
    "SELECT * WHERE {}SERVICE<http://127.0.0.1:9/>{}",
    "SELECT * WHERE { ?s ?p 1SERVICE<http://127.0.0.1:9/>{} }",  # the engine needs no space after a number
    "PREFIX e: <http://127.0.0.1:9/> SELECT * WHERE { SERVICEe:x{} }",  # the keyword, then a prefixed name
    "SELECT * WHERE { # a comment\rSERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",  # CR ends a comment
    'SELECT * WHERE { ?s ?p "a\\\\" SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }',  # the string ended before
    "SELECT * WHERE { ?s ex:a\\# SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",  # \\# is part of a name
    'SELECT * WHERE { BIND("\\u0022" AS ?x) SERVICE <http://127.0.0.1:9/> {} BIND("""x""" AS ?y) }',
    # a less-than then text up to a '>' fits the IRI pattern, but the engine compares and then calls the service
    "PREFIX e: <http://127.0.0.1:9/> SELECT * WHERE { BIND(1 AS ?a) FILTER(?a<?a)SERVICEe:x#>\n{ ?s ?p ?o } }",
    "PREFIX e: <http://127.0.0.1:9/> SELECT * WHERE { BIND(1 AS ?a) FILTER(1<=?a)SERVICEe:x#>\n{} }",
    "PREFIX e: <http://127.0.0.1:9/> SELECT * WHERE { FILTER(EXISTS{?s ?p ?o}<?a)SERVICEe:x#>\n{} }",
])
def test_service_is_refused(server: SparqlServer, query: str) -> None:
    assert uses_service(query)
    status, body = get(server, query)
    assert status == 400
    assert "SERVICE is not allowed" in body and "--allow-service" in body


@pytest.mark.parametrize("query", [
    "SELECT ?d WHERE { # SERVICE <http://127.0.0.1:9/> { }\n GRAPH ?g { ?d a wkg:Document } }",
    'SELECT ?d WHERE { GRAPH ?g { ?d a wkg:Document } FILTER(?d != "SERVICE <http://127.0.0.1:9/> {}") }',
    "SELECT ?d WHERE { GRAPH ?g { ?d a wkg:Document } FILTER(?d != <http://example.org/SERVICE>) }",
    "SELECT ?SERVICE WHERE { GRAPH ?g { ?SERVICE a wkg:Document } }",
    "SELECT ?d WHERE { GRAPH ?g { ?d a wkg:Document } OPTIONAL { ?d wkg:Service ?x } }",
    "SELECT ?d WHERE { GRAPH ?g { ?d a wkg:Document } FILTER(?d NOT IN (<http://x/SERVICE>, <http://y/service>)) }",
    "SELECT ?d WHERE { GRAPH ?g { ?d a wkg:Document } FILTER(NOT EXISTS { ?d ?p <http://x/SERVICE> }) }",
])
def test_service_in_comments_strings_and_names_is_no_service(server: SparqlServer, query: str) -> None:
    assert not uses_service(query)
    status, body = get(server, query)
    assert status == 200 and body.count("\n") == 6  # header + 5 documents


def test_allow_service_follows_service(query_store_dir: Path, server: SparqlServer) -> None:
    """With --allow-service the clause runs: here against the other endpoint."""
    srv = _start(query_store_dir, workers=2, allow_service=True)
    try:
        status, body = get(srv, f"SELECT ?d WHERE {{ SERVICE <{server.url}/query> {{ {SIMPLE[18:-1]} }} }}")
        assert status == 200, body
        assert body.count("\n") == 6
    finally:
        srv.shutdown()
        srv.server_close()


# -- updates ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["DROP ALL", "PREFIX x: <http://x/> INSERT DATA { x:a x:b x:c }",
                                  "# a comment\nBASE <http://x/> DELETE WHERE { ?s ?p ?o }",
                                  "with <http://x/g> delete { ?s ?p ?o } where { ?s ?p ?o }"])
def test_update_sent_as_query_says_read_only(server: SparqlServer, text: str) -> None:
    assert is_update(text)
    status, body = get(server, text)
    assert status == 400
    assert body.startswith("this endpoint is read-only: SPARQL Update is not accepted")
    req = urllib.request.Request(server.url + "/query", data=text.encode(), method="POST",
                                 headers={"Content-Type": "application/sparql-query"})
    with pytest.raises(urllib.error.HTTPError) as exc:
        urllib.request.urlopen(req, timeout=30)
    assert exc.value.code == 400 and b"read-only" in exc.value.read()
    assert get(server, "ASK { GRAPH ?g { ?s a wkg:Document } }")[1].strip() == "true"


def test_query_form() -> None:
    assert query_form("PREFIX a: <http://a/> select * {}") == "SELECT"
    assert query_form("# x\nCONSTRUCT WHERE { ?s ?p ?o }") == "CONSTRUCT"
    assert query_form("ASK{}") == "ASK"
    assert not is_update("SELECT * { ?s <http://x/INSERT> ?o }")


# -- the time limit ---------------------------------------------------------------------------------------------

def _worker_pids(srv: SparqlServer) -> set[int]:
    return {w.process.pid for w in srv.pool._all}


def test_timeout_stops_the_query_and_others_are_served(server: SparqlServer) -> None:
    before = _worker_pids(server)
    result: dict[str, object] = {}

    def slow() -> None:
        t0 = time.monotonic()
        result["answer"] = get(server, CARTESIAN)
        result["seconds"] = time.monotonic() - t0

    thread = threading.Thread(target=slow)
    thread.start()
    time.sleep(0.5)
    t0 = time.monotonic()
    status, body = get(server, SIMPLE)  # the other worker answers meanwhile
    assert status == 200 and body.count("\n") == 6
    assert time.monotonic() - t0 < 2.5
    thread.join(30)
    status, body = result["answer"]  # type: ignore[misc]
    assert status == 503
    assert "time limit of 3 s" in body
    assert 2.5 < result["seconds"] < 10  # type: ignore[operator]
    # the worker that ran it is gone (killed, not left computing) and a fresh one took its place
    gone = before - _worker_pids(server)
    assert len(gone) == 1
    pid = gone.pop()
    deadline = time.monotonic() + 10
    while os.path.exists(f"/proc/{pid}") and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not os.path.exists(f"/proc/{pid}")
    deadline = time.monotonic() + 60
    while len(_worker_pids(server)) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert len(_worker_pids(server)) == 2
    assert get(server, SIMPLE)[0] == 200


# -- malformed requests (raw sockets) ---------------------------------------------------------------------------

def _post_head(length: str, extra: str = "") -> bytes:
    return (f"POST /query HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
            f"Content-Length: {length}\r\n{extra}\r\n").encode()


def _status(reply: bytes) -> int:
    assert reply.startswith(b"HTTP/1.1 "), reply[:100]
    return int(reply[9:12])


@pytest.mark.parametrize(("length", "status"), [("abc", 400), ("-1", 400), ("+5", 400), ("1e3", 400),
                                                ("99999999999", 413)])
def test_bad_content_length(server: SparqlServer, length: str, status: int,
                            capfd: pytest.CaptureFixture[str]) -> None:
    t0 = time.monotonic()
    reply = raw(server, _post_head(length) + b"ASK {}")
    assert time.monotonic() - t0 < 5  # answered, not hung waiting for a body
    assert _status(reply) == status
    assert b"Connection: close" in reply  # the unread body is never parsed as a request
    assert b"Traceback" not in reply
    assert "Traceback" not in capfd.readouterr().err


def test_chunked_body_is_read_and_the_next_request_is_not_confused(server: SparqlServer) -> None:
    query = b"ASK { GRAPH ?g { ?s a wkg:Document } }"
    chunked = (b"POST /query HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
               b"Accept: text/csv\r\nTransfer-Encoding: chunked\r\n\r\n"
               + f"{10:x}\r\n".encode() + query[:10] + b"\r\n"
               + f"{len(query) - 10:x};ext=1\r\n".encode() + query[10:] + b"\r\n0\r\n\r\n")
    follow = b"GET /queries HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
    reply = raw(server, chunked + follow)
    assert reply.count(b"HTTP/1.1 ") == 2
    first, second = reply.split(b"HTTP/1.1 ")[1:]
    assert first.startswith(b"200") and first.rstrip().endswith(b"true")
    assert second.startswith(b"200") and b'"funding"' in second


@pytest.mark.parametrize(("head", "status"), [
    (b"POST /query HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
     b"Transfer-Encoding: gzip\r\n\r\n", 501),
    (b"POST /query HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
     b"Transfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n", 400),
    (b"POST /query HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n\r\n", 411),
    (b"POST /query HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
     b"Transfer-Encoding: chunked\r\n\r\nzz\r\nASK {}\r\n0\r\n\r\n", 400),
    (b"POST /query HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
     b"Transfer-Encoding: chunked\r\n\r\nfffffff\r\n", 413),
    (b"POST /query HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
     b"Content-Length: 5\r\nContent-Length: 6\r\n\r\nASK {}", 400),
    # two Transfer-Encoding lines: a proxy may frame by the other one, so the body is not to be trusted
    (b"POST /query HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
     b"Transfer-Encoding: chunked\r\nTransfer-Encoding: identity\r\n\r\n6\r\nASK {}\r\n0\r\n\r\n", 400),
    # chunk sizes are bare hex digits; Python's int() would also take 0x6, +6 and 0_6
    (b"POST /query HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
     b"Transfer-Encoding: chunked\r\n\r\n0x6\r\nASK {}\r\n0\r\n\r\n", 400),
    (b"POST /query HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
     b"Transfer-Encoding: chunked\r\n\r\n+6\r\nASK {}\r\n0\r\n\r\n", 400),
    (b"POST /query HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
     b"Transfer-Encoding: chunked\r\n\r\n0_6\r\nASK {}\r\n0\r\n\r\n", 400),
])
def test_bad_framing(server: SparqlServer, head: bytes, status: int) -> None:
    reply = raw(server, head + b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
    assert _status(reply) == status
    assert reply.count(b"HTTP/1.1 ") == 1  # nothing after the bad request is taken as a request


def test_oversized_body_is_413(server: SparqlServer) -> None:
    body = b"ASK {} " + b"#" * 1_100_000
    reply = raw(server, _post_head(str(len(body))) + body[:1000])
    assert _status(reply) == 413


def test_keep_alive_serves_several_requests(server: SparqlServer) -> None:
    q = urllib.parse.urlencode({"query": "ASK {}"})
    req = f"GET /query?{q} HTTP/1.1\r\nHost: x\r\nAccept: text/csv\r\n\r\n".encode()
    last = f"GET /query?{q} HTTP/1.1\r\nHost: x\r\nAccept: text/csv\r\nConnection: close\r\n\r\n".encode()
    reply = raw(server, req * 3 + last)
    assert reply.count(b"HTTP/1.1 200") == 4


def test_many_concurrent_clients(server: SparqlServer) -> None:
    """100 clients at once: every one answered (the listen backlog is no longer 5)."""
    results: list[int] = []
    barrier = threading.Barrier(100)

    def client() -> None:
        barrier.wait()
        results.append(get(server, "ASK { GRAPH ?g { ?s a wkg:Document } }")[0])

    threads = [threading.Thread(target=client) for _ in range(100)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert results.count(200) == 100


# -- the process tree ---------------------------------------------------------------------------------------------

def _children(pid: int) -> set[int]:
    out: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        out |= {int(c) for c in (task / "children").read_text().split()}
    return out


def _serve(store: Path) -> tuple[subprocess.Popen[bytes], int]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "welfare_kg.cli", "serve", "--store", str(store),
                             "--port", str(port), "--workers", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", timeout=5):
                return proc, port
        except OSError:
            assert proc.poll() is None and time.monotonic() < deadline, "serve did not come up"
            time.sleep(0.2)


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_workers_and_snapshot_go_with_the_server(query_store_dir: Path, tmp_path: Path) -> None:
    store = tmp_path / "kg"
    shutil.copytree(query_store_dir, store)
    proc, _ = _serve(store)
    workers = _children(proc.pid)
    assert len(workers) == 2
    assert list(tmp_path.glob(".kg.serve-*"))  # the public snapshot beside the store
    proc.terminate()  # SIGTERM: a clean stop
    proc.wait(30)
    assert not list(tmp_path.glob(".kg.serve-*"))
    deadline = time.monotonic() + 10
    while any(Path(f"/proc/{w}").exists() for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(Path(f"/proc/{w}").exists() for w in workers)

    proc, _ = _serve(store)
    workers = _children(proc.pid)
    proc.kill()  # SIGKILL: no clean-up in the server; the kernel stops the workers
    proc.wait(30)
    deadline = time.monotonic() + 10
    while any(Path(f"/proc/{w}").exists() for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(Path(f"/proc/{w}").exists() for w in workers)
    assert list(tmp_path.glob(".kg.serve-*"))  # left behind by the killed server...
    proc, _ = _serve(store)
    try:
        assert len(list(tmp_path.glob(".kg.serve-*"))) == 1  # ...and removed by the next one
    finally:
        proc.terminate()
        proc.wait(30)

"""The endpoint frames a request once (`serve.framing`), and caps the request bytes held over all connections.

The front and the handler each had a parser for where a body ends; they disagreed on
an empty Transfer-Encoding line and on an overlong trailer line (the front refused the
framing, the handler answered the query). And each connection could hold 1 MB with no
cap over all of them, so a few thousand slow uploads could take gigabytes.
"""

from __future__ import annotations

import http.client
import io
import socket
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from served import read_all, start_in_thread

from welfare_kg.serve import SparqlServer
from welfare_kg.serve.framing import BadRequest, frame, read_body

pytestmark = pytest.mark.server

ASK = b"ASK {}"
HEAD = b"POST /query HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\nAccept: text/csv\r\n"
CHUNKED = HEAD + b"Transfer-Encoding: chunked\r\n"

REQUESTS = [
    HEAD + b"Content-Length: 6\r\n\r\n" + ASK,
    HEAD + b"Content-Length: 0\r\n\r\n",
    HEAD + b"Content-Length: abc\r\n\r\n" + ASK,
    HEAD + b"Content-Length: 6\r\nContent-Length: 6\r\n\r\n" + ASK,
    HEAD + b"Transfer-Encoding: \r\nContent-Length: 6\r\n\r\n" + ASK,
    HEAD + b"Transfer-Encoding: identity\r\n\r\n" + ASK,
    HEAD + b"\r\n" + ASK,  # POST without a length
    CHUNKED + b"\r\n3\r\nASK\r\n3;x=1\n {}\r\n0\r\n\r\n",
    CHUNKED + b"\r\n6\r\nASK {}\r\n0\r\nT: 1\r\n\r\n",
    CHUNKED + b"\r\n6\r\nASK {}\r\n0\r\nT: " + b"x" * 9000 + b"\r\n\r\n",  # an overlong trailer line
    CHUNKED + b"\r\n6\r\nASK {}XY0\r\n\r\n",
    CHUNKED + b"\r\n-6\r\nASK {}\r\n0\r\n\r\n",
    CHUNKED + b"\r\n" + b"7" * 20 + b"\r\n",
    b"GET /query?query=ASK%7B%7D HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET /query?query=ASK%7B%7D HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc",
]


def _handler_reads(request: bytes, max_body: int) -> bytes | BadRequest:
    """What the handler makes of a request as the front cut it: its body, or the refusal."""
    stream = io.BytesIO(request)
    method = stream.readline().split()[0].decode()
    headers = http.client.parse_headers(stream)
    try:
        return read_body(request, stream.tell(), headers, method, max_body)
    except BadRequest as exc:
        return exc


@pytest.mark.parametrize("request_bytes", REQUESTS)
def test_front_and_handler_agree_on_the_framing(request_bytes: bytes) -> None:
    follow = b"GET / HTTP/1.1\r\nHost: x\r\n\r\n"
    f = frame(request_bytes + follow, 1000)
    assert f.end is not None
    read = _handler_reads((request_bytes + follow)[:f.end], 1000)
    # a framing the front trusts is one the handler reads; one it does not is one the handler refuses
    assert f.close == isinstance(read, BadRequest), (f, read)
    if not f.close:
        assert f.end == len(request_bytes)
        assert read in (ASK, b"", b"abc")


def test_chunked_body_is_decoded_by_the_same_rules() -> None:
    request = CHUNKED + b"\r\n3\r\nASK\r\n3;x=1\n {}\r\n0\r\n\r\n"
    assert _handler_reads(request, 1000) == ASK
    assert isinstance(_handler_reads(request, 5), BadRequest) and _handler_reads(request, 5).status == 413


# -- a real server -------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def capped(query_store_dir: Path) -> Iterator[SparqlServer]:
    srv = start_in_thread(query_store_dir, workers=1, max_buffered=300_000, request_timeout=30.0)
    yield srv
    srv.shutdown()
    srv.server_close()


def _connect(srv: SparqlServer) -> socket.socket:
    host, port = srv.server_address[:2]
    return socket.create_connection((host, port), timeout=10)


def _ask(srv: SparqlServer) -> int:
    url = srv.url + "/query?" + urllib.parse.urlencode({"query": "ASK {}"})
    with urllib.request.urlopen(url, timeout=10) as resp:
        return resp.status


def _wait_for(condition, seconds: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the server did not get there"
        time.sleep(0.05)


def test_an_empty_transfer_encoding_still_counts_as_one(capped: SparqlServer) -> None:
    with _connect(capped) as s:
        s.sendall(HEAD + b"Transfer-Encoding: \r\nContent-Length: 6\r\n\r\n" + ASK)
        reply = read_all(s)
    assert reply.startswith(b"HTTP/1.1 400 "), reply[:200]
    assert b"Connection: close" in reply


def test_bytes_held_over_all_connections_are_capped(capped: SparqlServer) -> None:
    body_head = HEAD + b"Content-Length: 900000\r\n\r\n"
    held = [_connect(capped) for _ in range(2)]
    try:
        for s in held:  # two large bodies, each under the 1 MB limit, neither finished: 280 kB held
            s.sendall(body_head + b"#" * 140_000)
        _wait_for(lambda: capped.front.buffered >= 280_000)
        assert capped.front.buffered < 300_000
        with _connect(capped) as third:  # 30 kB more is over the 300 kB cap
            third.sendall(body_head + b"#" * 30_000)
            reply = read_all(third)
        assert reply.startswith(b"HTTP/1.1 503 "), reply[:200]
        assert b"Retry-After: " in reply and b"--max-buffered" in reply
        assert capped.front.refused_for_memory == 1
        _wait_for(lambda: capped.front.buffered < 300_000)  # the refused one's bytes are let go
        assert _ask(capped) == 200  # a small query still fits
    finally:
        for s in held:
            s.close()
    _wait_for(lambda: capped.front.buffered == 0)  # closed connections hold nothing, answered requests neither
    assert _ask(capped) == 200
    _wait_for(lambda: capped.front.buffered == 0)


def test_a_request_under_the_cap_is_answered_after_others_were_refused(capped: SparqlServer) -> None:
    body = b"ASK {} " + b"#" * 200_000  # 200 kB of a 300 kB cap, in full: answered, then its bytes let go
    with _connect(capped) as s:
        s.sendall(HEAD + f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode() + body)
        reply = read_all(s)
    assert reply.startswith(b"HTTP/1.1 200 "), reply[:200]
    assert reply.rstrip().endswith(b"true")
    _wait_for(lambda: capped.front.buffered == 0)

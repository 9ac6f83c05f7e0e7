"""`welfare-kg serve` against slow clients (slowloris): hundreds of connections that never finish a request.

Before, every connection held a thread and threads were capped at 512, so 512 slow
clients made normal clients wait for as long as the slow ones kept sending. A real
`welfare-kg serve` runs in a subprocess on a free port; the slow clients are raw
sockets in this process.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from served import read_all

from welfare_kg.serve.front import MAX_HEAD, frame

pytestmark = pytest.mark.server

ASK = "ASK { GRAPH ?g { ?s a wkg:Document } }"


class Served:
    def __init__(self, proc: subprocess.Popen[bytes], port: int) -> None:
        self.proc = proc
        self.port = port

    def query(self, text: str = ASK, timeout: float = 10.0) -> tuple[int, str]:
        url = f"http://127.0.0.1:{self.port}/query?" + urllib.parse.urlencode({"query": text})
        with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": "text/csv"}),
                                    timeout=timeout) as resp:
            return resp.status, resp.read().decode()

    def connect(self) -> socket.socket:
        return socket.create_connection(("127.0.0.1", self.port), timeout=10)


def _start(store: Path, *args: str) -> Served:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "welfare_kg.cli", "serve", "--store", str(store),
                             "--port", str(port), "--workers", "2", *args],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    served = Served(proc, port)
    deadline = time.monotonic() + 60
    while True:
        try:
            served.query("ASK {}", timeout=5)
            return served
        except OSError:
            assert proc.poll() is None and time.monotonic() < deadline, "serve did not come up"
            time.sleep(0.2)


def _stop(served: Served) -> None:
    served.proc.terminate()
    served.proc.wait(30)


@pytest.fixture(scope="module")
def patient(query_store_dir: Path) -> Iterator[Served]:
    """A server whose request deadline (60 s) outlasts the test: slow clients stay open while it answers."""
    served = _start(query_store_dir, "--request-timeout", "60")
    yield served
    _stop(served)


@pytest.fixture(scope="module")
def strict(query_store_dir: Path) -> Iterator[Served]:
    served = _start(query_store_dir, "--request-timeout", "1.5", "--max-per-client", "40")
    yield served
    _stop(served)


_read_all = read_all


def test_600_slow_connections_do_not_stall_normal_clients(patient: Served) -> None:
    slow: list[socket.socket] = []
    try:
        for i in range(600):
            s = patient.connect()
            # a third never send a byte, a third stop inside the headers, a third inside a body
            if i % 3 == 1:
                s.sendall(b"GET /query?query=ASK%7B%7D HTTP/1.1\r\nHost: x\r\nX-Slow: ")
            elif i % 3 == 2:
                s.sendall(b"POST /query HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                          b"Content-Length: 100\r\n\r\nASK")
            slow.append(s)
        for s in slow[1::3]:
            s.sendall(b"a")  # and go on dribbling
        t0 = time.monotonic()
        for _ in range(5):
            status, body = patient.query()
            assert status == 200 and body.strip().endswith("true")
        assert time.monotonic() - t0 < 5
        # the slow ones are still open (answered by the front's patience, not by dropping them)
        for s in slow[::50]:
            s.settimeout(0.05)
            with pytest.raises(TimeoutError):
                s.recv(1)
    finally:
        for s in slow:
            s.close()


def test_slow_headers_get_408_after_the_deadline(strict: Served) -> None:
    with strict.connect() as s:
        t0 = time.monotonic()
        s.sendall(b"GET /query?query=ASK%7B%7D HTTP/1.1\r\nHo")
        reply = b""
        s.settimeout(0.3)
        for byte in b"st: example\r\nAccept: text/csv\r\n":  # a byte every 0.3 s never finishes in time
            try:
                s.sendall(bytes([byte]))
                reply += s.recv(65_536)
            except TimeoutError:
                continue
            except (BrokenPipeError, ConnectionResetError):
                break
            if reply:
                break
        reply += _read_all(s)
        elapsed = time.monotonic() - t0
    assert reply.startswith(b"HTTP/1.1 408 "), reply[:200]
    assert b"Connection: close" in reply and b"--request-timeout" in reply
    assert 1.2 < elapsed < 5


@pytest.mark.parametrize("data", [
    b"",  # connects and says nothing
    b"POST /query HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\nContent-Length: 40\r\n\r\nASK",
    b"POST /query HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
    b"Transfer-Encoding: chunked\r\n\r\n6\r\nASK {}\r\n",  # the last chunk never comes
])
def test_requests_not_in_full_get_408(strict: Served, data: bytes) -> None:
    with strict.connect() as s:
        t0 = time.monotonic()
        s.sendall(data)
        reply = _read_all(s)
    assert reply.startswith(b"HTTP/1.1 408 "), reply[:200]
    assert 1.2 < time.monotonic() - t0 < 5


def test_a_complete_request_on_a_slow_line_is_answered(strict: Served) -> None:
    """Bytes trickling in are fine as long as the whole request arrives within the deadline."""
    q = urllib.parse.quote(ASK)
    req = f"GET /query?query={q} HTTP/1.1\r\nHost: x\r\nAccept: text/csv\r\nConnection: close\r\n\r\n".encode()
    with strict.connect() as s:
        for i in range(0, len(req), 3):
            s.sendall(req[i:i + 3])
            time.sleep(0.01)
        reply = _read_all(s)
    assert reply.startswith(b"HTTP/1.1 200 "), reply[:200]
    assert reply.rstrip().endswith(b"true")


def test_expect_100_continue_is_answered_before_the_body(strict: Served) -> None:
    body = ASK.encode()
    head = (f"POST /query HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\nAccept: text/csv\r\n"
            f"Content-Length: {len(body)}\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n").encode()
    with strict.connect() as s:
        s.sendall(head)
        s.settimeout(5)
        assert s.recv(65_536).startswith(b"HTTP/1.1 100 Continue\r\n\r\n")
        s.sendall(body)
        reply = _read_all(s)
    assert reply.startswith(b"HTTP/1.1 200 ") and reply.count(b"HTTP/1.1 ") == 1
    assert reply.rstrip().endswith(b"true")


def test_connections_per_client_are_capped(strict: Served) -> None:
    held = [strict.connect() for _ in range(40)]
    try:
        time.sleep(0.3)
        with strict.connect() as extra:
            reply = _read_all(extra, 5)
        assert reply.startswith(b"HTTP/1.1 503 "), reply[:200]
        assert b"--max-per-client" in reply
    finally:
        for s in held:
            s.close()
    time.sleep(0.3)
    assert strict.query()[0] == 200  # the closed ones no longer count


def test_head_too_large_is_refused(strict: Served) -> None:
    with strict.connect() as s:
        s.sendall(b"GET / HTTP/1.1\r\n" + b"X-Big: " + b"a" * (MAX_HEAD + 10))
        reply = _read_all(s)
    assert reply.startswith(b"HTTP/1.1 431 "), reply[:200]


# -- framing (where one request ends and the next begins) --------------------------------------------------------

def test_frame_pipelined_requests() -> None:
    one = b"GET /a HTTP/1.1\r\nHost: x\r\n\r\n"
    two = b"POST /query HTTP/1.1\r\nContent-Length: 6\r\n\r\nASK {}"
    assert frame(one + two, 1000).end == len(one)
    assert frame(two + one, 1000).end == len(two)
    assert frame(two[:-1], 1000).end is None
    chunked = b"POST /q HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nASK\n3;x=1\r\n {}\r\n0\r\nT: 1\r\n\r\n"
    assert frame(chunked + one, 1000).end == len(chunked)
    for cut in range(len(chunked)):
        assert frame(chunked[:cut], 1000).end is None, cut


@pytest.mark.parametrize("data", [
    b"POST /q HTTP/1.1\r\nContent-Length: -1\r\n\r\nGET / HTTP/1.1\r\n\r\n",
    b"POST /q HTTP/1.1\r\nContent-Length: \xc2\xb2\r\n\r\n",
    b"POST /q HTTP/1.1\r\nContent-Length: 2000\r\n\r\n",  # over the body limit
    b"POST /q HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n",
    b"POST /q HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0x6\r\nASK {}\r\n0\r\n\r\n",
])
def test_frame_untrusted_framing_closes(data: bytes) -> None:
    f = frame(data, 1000)
    assert f.end is not None and f.close


def test_a_client_reading_slowly_cannot_hold_a_handler() -> None:
    """The handler's writes are bounded as a whole: a reader taking a little now and then still times out."""
    import threading

    from welfare_kg.serve.http import _Writer

    ours, theirs = socket.socketpair()
    ours.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 16_384)
    theirs.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 16_384)
    ours.settimeout(1.0)
    done = threading.Event()

    def trickle() -> None:  # 4 kB every 50 ms: progress, but 5 MB would take a minute
        while not done.wait(0.05):
            try:
                theirs.recv(4096)
            except OSError:
                return

    reader = threading.Thread(target=trickle, daemon=True)
    reader.start()
    t0 = time.monotonic()
    try:
        with pytest.raises(TimeoutError):
            _Writer(ours).write(b"x" * 5_000_000)
        assert time.monotonic() - t0 < 5
    finally:
        done.set()
        ours.close()
        theirs.close()
        reader.join(5)

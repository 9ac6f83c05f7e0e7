"""The connection front: one thread reads every connection without blocking; a request costs a thread only once whole.

With a thread per connection (capped at 512), 512 clients that open a connection and
send their headers a byte at a time, or never finish (slowloris), held every thread
and normal clients waited in the listen backlog for as long as the attackers liked:
a socket timeout bounds the gap between bytes, not the whole request. Here one
selector thread reads all connections. A request whose line, headers and body have
not all arrived within the request deadline gets a 408 and is closed; a complete
request is handed to a handler thread as bytes, so a handler never waits on a
client's reads. Idle keep-alive connections wait in the selector too, costing a file
descriptor and no thread, and when the connection cap is reached the connection
that has waited longest is dropped rather than the new one refused.

The front frames requests (where one ends and the next begins) with `framing.frame`,
whose rules are those the handler reads the body by (`framing.read_body`); when it
cannot trust the framing it hands over what it has and the connection is closed after
the answer, so stray bytes are never read as a next request. The handler
(`http.SparqlHandler`) keeps every answer and refusal.

Each connection may hold up to a request's worth of bytes (1 MB of body), so ten
thousand connections could hold 10 GB. The bytes held over all connections (in the
front's buffers, and requests handed to handlers until they are answered) are
therefore capped (`max_buffered`): a connection whose bytes would go over the cap gets
a 503 with Retry-After and is closed, and its bytes are freed.
"""

from __future__ import annotations

import collections
import contextlib
import heapq
import selectors
import socket
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from welfare_kg.serve.framing import MAX_HEAD, WAIT, Frame, frame

__all__ = ["MAX_BUFFERED", "MAX_HEAD", "WAIT", "Conn", "Frame", "Front", "frame"]

MAX_BUFFERED = 64_000_000  # request bytes held at once over all connections (64 bodies at the 1 MB limit)
RETRY_AFTER = 5  # seconds a client refused for memory is asked to wait


@dataclass(eq=False)
class Conn:
    """One client connection while the front owns it (between requests, or while one arrives)."""

    sock: socket.socket
    address: tuple[str, int]
    deadline: float
    idle: bool = False  # waiting for a next request on a kept-alive connection (expiry closes silently)
    since: float = field(default_factory=time.monotonic)
    buf: bytearray = field(default_factory=bytearray)
    continued: bool = False  # a 100 Continue has been sent for the request arriving
    head_open: bool = False  # the last framing found the head incomplete
    held: int = 0  # request bytes of this connection counted in `Front.buffered`


Dispatch = Callable[[Conn, bytes, bool], None]


class Front:
    """The selector loop over the listening socket and every connection not in a handler."""

    def __init__(self, listener: socket.socket, dispatch: Dispatch, *, max_body: int, request_timeout: float,
                 idle_timeout: float, max_connections: int, max_per_client: int = 0,
                 max_buffered: int = MAX_BUFFERED) -> None:
        self.listener = listener
        self.dispatch = dispatch
        self.max_body = max_body
        self.request_timeout = request_timeout
        self.idle_timeout = idle_timeout
        self.max_connections = max_connections
        self.max_per_client = max_per_client
        self.max_buffered = max_buffered
        self.buffered = 0  # request bytes held: the front's buffers, and requests in handlers (front thread only)
        self.conns: set[Conn] = set()  # every open connection, in the front or in a handler
        self.waiting: set[Conn] = set()  # those the front reads
        self.per_client: collections.Counter[str] = collections.Counter()
        self._back: collections.deque[tuple[Conn, bool]] = collections.deque()
        # (deadline, n, conn) for every deadline set; stale ones (the conn moved on) are skipped when reached,
        # so the loop finds the next deadline without scanning hundreds of connections per event
        self._deadlines: list[tuple[float, int, Conn]] = []
        self._pushed = 0
        self._wake_r, self._wake_w = socket.socketpair()
        self._wake_r.setblocking(False)
        self._wake_w.setblocking(False)
        self._stop = threading.Event()
        self._stopped = threading.Event()
        self._stopped.set()
        self.timed_out = 0  # 408 answers, for tests and the log
        self.refused_for_memory = 0  # 503 answers for `max_buffered`

    # -- called from other threads ---------------------------------------------------
    def give_back(self, conn: Conn, close: bool) -> None:
        """A handler is done with `conn`: the front reads its next request, or closes it."""
        self._back.append((conn, close))
        self._wake()

    def stop(self) -> None:
        """End `run` and wait for it (as `socketserver.BaseServer.shutdown`)."""
        self._stop.set()
        self._wake()
        self._stopped.wait()

    def close(self) -> None:
        """Close the connections still open (after `run` has ended) and the wake-up pair."""
        for conn in list(self.conns):
            self._shut(conn.sock)
        self.conns.clear()
        self.waiting.clear()
        self._deadlines.clear()
        self._wake_r.close()
        self._wake_w.close()

    def _wake(self) -> None:
        with contextlib.suppress(OSError):
            self._wake_w.send(b"\0")

    # -- the loop ----------------------------------------------------------------------
    def run(self, poll_interval: float = 0.5) -> None:
        self._stop.clear()
        self._stopped.clear()
        self.listener.setblocking(False)
        sel = selectors.DefaultSelector()
        self.sel = sel
        sel.register(self.listener, selectors.EVENT_READ, None)
        sel.register(self._wake_r, selectors.EVENT_READ, "wake")
        try:
            while not self._stop.is_set():
                timeout = poll_interval
                if self._deadlines:
                    timeout = max(0.0, min(timeout, self._deadlines[0][0] - time.monotonic()))
                for key, _ in sel.select(timeout):
                    if key.data is None:
                        self._accept()
                    elif key.data == "wake":
                        with contextlib.suppress(OSError):
                            while self._wake_r.recv(4096):
                                pass
                    else:
                        self._read(key.data)
                self._take_back()
                self._expire()
        finally:
            for c in list(self.waiting):
                self._close(c)
            sel.unregister(self.listener)
            sel.unregister(self._wake_r)
            sel.close()
            self._stopped.set()

    def _accept(self) -> None:
        for _ in range(256):  # a burst at once, then the others get a turn
            try:
                sock, address = self.listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:  # out of file descriptors, say: let the backlog hold the clients
                sys.stderr.write(f"accept failed: {exc}\n")
                return
            host = address[0]
            if self.max_per_client and self.per_client[host] >= self.max_per_client:
                self._answer_and_close(sock, 503, f"too many connections from {host} (at most "
                                       f"{self.max_per_client}; serve --max-per-client)")
                continue
            while len(self.conns) >= self.max_connections and self.waiting:
                oldest = min(self.waiting, key=lambda c: c.since)
                self._expire_one(oldest)
            sock.setblocking(False)
            now = time.monotonic()
            conn = Conn(sock, address, now + self.request_timeout, since=now)
            self.conns.add(conn)
            self.per_client[host] += 1
            self._watch(conn)

    def _watch(self, conn: Conn) -> None:
        self.waiting.add(conn)
        self.sel.register(conn.sock, selectors.EVENT_READ, conn)
        self._track(conn)

    def _track(self, conn: Conn) -> None:
        self._pushed += 1
        heapq.heappush(self._deadlines, (conn.deadline, self._pushed, conn))

    def _read(self, conn: Conn) -> None:
        try:
            data = conn.sock.recv(65_536)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            data = b""
        if not data:  # the client closed
            self._close(conn)
            return
        if conn.idle:  # a next request begins: its own deadline
            conn.idle = False
            conn.since = time.monotonic()
            conn.deadline = conn.since + self.request_timeout
            self._track(conn)
        conn.buf += data
        self._hold(conn, len(conn.buf))
        if self.buffered > self.max_buffered:
            self.refused_for_memory += 1
            self._release(conn)
            self._answer_and_close(conn.sock, 503, "server busy: too many request bytes held at once (serve "
                                   "--max-buffered); try again later", retry_after=RETRY_AFTER)
            return
        if conn.head_open and b"\n" not in data and len(conn.buf) <= MAX_HEAD:
            return  # a head a byte at a time: nothing to frame until a line ends
        self._advance(conn)

    def _advance(self, conn: Conn) -> None:
        """Hand the next request to a handler if it is all here; answer a 100 Continue if it asks."""
        f = frame(conn.buf, self.max_body)
        conn.head_open = f is WAIT
        if f.reject:
            self._release(conn)
            self._answer_and_close(conn.sock, *f.reject)
            return
        if f.end is None:
            if f.expect_continue and not conn.continued:
                conn.continued = True
                with contextlib.suppress(OSError):
                    conn.sock.send(b"HTTP/1.1 100 Continue\r\n\r\n")
            return
        request = bytes(conn.buf[:f.end])
        if f.close:
            conn.buf.clear()  # nothing after an untrusted request is read as a request
        else:
            del conn.buf[:f.end]
        self._hold(conn, len(request) + len(conn.buf))  # held until the handler gives the connection back
        self.sel.unregister(conn.sock)
        self.waiting.discard(conn)
        conn.sock.setblocking(True)
        self.dispatch(conn, request, f.close)

    def _take_back(self) -> None:
        while self._back:
            conn, close = self._back.popleft()
            if close or self._stop.is_set():
                self._close(conn)
                continue
            try:
                conn.sock.setblocking(False)
            except OSError:
                self._close(conn)
                continue
            conn.continued = False
            self._hold(conn, len(conn.buf))
            conn.since = time.monotonic()
            conn.idle = not conn.buf  # else pipelined: the next request (or part of it) is already here
            conn.deadline = conn.since + (self.idle_timeout if conn.idle else self.request_timeout)
            self._watch(conn)
            if conn.buf:
                self._advance(conn)

    def _expire(self) -> None:
        now = time.monotonic()
        while self._deadlines and self._deadlines[0][0] <= now:
            deadline, _, conn = heapq.heappop(self._deadlines)
            if conn in self.waiting and conn.deadline == deadline:  # else stale: the conn has moved on
                self._expire_one(conn)

    def _expire_one(self, conn: Conn) -> None:
        """A kept-alive connection with nothing more to ask closes quietly; a request not in full gets a 408."""
        self._release(conn)
        if conn.idle:
            self._shut(conn.sock)
            return
        self.timed_out += 1
        self._answer_and_close(conn.sock, 408, f"request not received in full within {self.request_timeout:g} s "
                               "(serve --request-timeout)")

    def _hold(self, conn: Conn, n: int) -> None:
        """`conn` now holds `n` request bytes."""
        self.buffered += n - conn.held
        conn.held = n

    # -- closing ---------------------------------------------------------------------------
    def _release(self, conn: Conn) -> None:
        self._hold(conn, 0)
        if conn in self.waiting:
            self.waiting.discard(conn)
            with contextlib.suppress(KeyError, ValueError):
                self.sel.unregister(conn.sock)
        if conn in self.conns:
            self.conns.discard(conn)
            host = conn.address[0]
            self.per_client[host] -= 1
            if self.per_client[host] <= 0:
                del self.per_client[host]

    def _close(self, conn: Conn) -> None:
        self._release(conn)
        self._shut(conn.sock)

    @staticmethod
    def _shut(sock: socket.socket) -> None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_WR)
        sock.close()

    def _answer_and_close(self, sock: socket.socket, status: int, message: str, retry_after: int = 0) -> None:
        """A short answer the front writes itself (it fits the socket buffer: one non-blocking send)."""
        body = (message + "\n").encode()
        reason = {408: "Request Timeout", 414: "URI Too Long", 431: "Request Header Fields Too Large",
                  503: "Service Unavailable"}[status]
        retry = f"Retry-After: {retry_after}\r\n" if retry_after else ""
        head = (f"HTTP/1.1 {status} {reason}\r\nContent-Type: text/plain; charset=utf-8\r\n"
                f"Content-Length: {len(body)}\r\n{retry}Connection: close\r\n\r\n").encode()
        with contextlib.suppress(OSError):
            sock.setblocking(False)
            with contextlib.suppress(BlockingIOError):  # unread input would make close() send a reset
                while sock.recv(65_536):
                    pass
            sock.send(head + body)
        self._shut(sock)

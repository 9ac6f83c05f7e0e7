"""The HTTP side of the endpoint: protocol parsing, refusals, and handing queries to the workers.

The standard library's BaseHTTPRequestHandler carries the protocol, hardened where
it was weak: a listen backlog that holds a burst of clients (the default of 5 made
the kernel drop SYNs and clients retry after seconds), connections read by a
non-blocking front (`front.Front`: slow or idle clients cost no thread, a request
not in full within `request_timeout` gets a 408), a bound on handler threads,
idle keep-alive connections closed after a while, request bodies framed strictly
and by the same rules as the front (`framing`: a bad or negative Content-Length is
a 400, a chunked body is decoded, an oversized one is a 413 that closes the
connection so its bytes are never read as the next request), a cap on the request
bytes held over all connections, and no traceback ever reaching the client or the log. The
parent never touches the store: queries run in `workers.WorkerPool`.
"""

from __future__ import annotations

import contextlib
import io
import json
import queue
import socket
import sys
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, HTTPServer
from importlib import resources
from pathlib import Path

from welfare_kg import __version__
from welfare_kg.serve.framing import BadRequest, read_body
from welfare_kg.serve.front import MAX_BUFFERED, Conn, Front
from welfare_kg.serve.sparql import is_update, uses_service
from welfare_kg.serve.workers import Busy, QueryTimeout, Task, WorkerPool

MAX_BODY = 1_000_000  # bytes: a query, not a data upload
PAGE_CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
            "connect-src 'self'; form-action 'self'; base-uri 'none'")
READ_ONLY = "this endpoint is read-only: SPARQL Update is not accepted (use `welfare-kg ingest` to change the store)"
MAX_HANDLERS = 512  # threads answering whole requests at once; further requests wait their turn
MAX_CONNECTIONS = 10_000  # open connections (fewer if the file descriptor limit is lower)
IDLE_SECONDS = 15.0  # a keep-alive connection with no new request for this long is closed; also the write timeout
REQUEST_SECONDS = 5.0  # the request line, headers and body must all arrive within this (else 408)


def connection_limit() -> int:
    """Connections the front may hold: raise the soft file descriptor limit to the hard one, keep some spare.

    Hundreds of slow clients each hold a descriptor; the common soft limit of 1,024
    would make accept() fail long before the front is in trouble.
    """
    try:
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        if hard == resource.RLIM_INFINITY or soft < hard:
            want = hard if hard != resource.RLIM_INFINITY else max(soft, 65_536)
            with contextlib.suppress(ValueError, OSError):
                resource.setrlimit(resource.RLIMIT_NOFILE, (want, hard))
                soft = want
    except ImportError:  # not a Unix
        return 500
    return max(64, min(MAX_CONNECTIONS, soft - 200))


class SparqlServer(HTTPServer):
    """An HTTP server whose connections are read by a selector front and whose queries run in a worker pool.

    `serve_forever`/`shutdown`/`server_close` work as on any socketserver server; the
    endpoint's policy (contacts, SERVICE) is read from here by the handler.
    """

    request_queue_size = 1024  # listen backlog (the kernel caps it at net.core.somaxconn)

    def __init__(self, address: tuple[str, int], pool: WorkerPool | None, *, allow_service: bool = False,
                 request_timeout: float = REQUEST_SECONDS, max_per_client: int = 0,
                 max_buffered: int = MAX_BUFFERED) -> None:
        # None: make_server binds the address first and hands the pool over once its workers run
        self.pool = pool
        self.allow_service = allow_service
        self.request_timeout = request_timeout
        super().__init__(address, SparqlHandler)
        self.front = Front(self.socket, self._dispatch, max_body=MAX_BODY, request_timeout=request_timeout,
                           idle_timeout=IDLE_SECONDS, max_connections=connection_limit(),
                           max_per_client=max_per_client, max_buffered=max_buffered)
        self._jobs: queue.SimpleQueue[tuple[Conn, bytes, bool]] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._threads = 0
        self._idle = 0

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def include_contacts(self) -> bool:
        return self.pool.include_contacts

    def serve_forever(self, poll_interval: float = 0.5) -> None:
        self.front.run(poll_interval)

    def shutdown(self) -> None:
        self.front.stop()

    def _dispatch(self, conn: Conn, request: bytes, close: bool) -> None:
        """Queue a whole request for a handler thread, starting one if none is free and the cap allows."""
        self._jobs.put((conn, request, close))
        with self._lock:
            spawn = self._idle < self._jobs.qsize() and self._threads < MAX_HANDLERS
            if spawn:
                self._threads += 1
        if spawn:
            threading.Thread(target=self._work, name="wkg-handler", daemon=True).start()

    def _work(self) -> None:
        while True:
            with self._lock:
                self._idle += 1
            conn, request, close = self._jobs.get()
            with self._lock:
                self._idle -= 1
            keep = False
            try:
                conn.sock.settimeout(IDLE_SECONDS)  # a client that does not read its answer is dropped
                handler = SparqlHandler(conn.sock, conn.address, self, request)
                keep = not handler.close_connection
            except Exception:
                self.handle_error(conn.sock, conn.address)
            self.front.give_back(conn, close or not keep)

    def handle_error(self, request, client_address) -> None:  # type: ignore[no-untyped-def]
        exc = sys.exc_info()[1]
        if not isinstance(exc, (ConnectionError, TimeoutError)):
            sys.stderr.write(f"{client_address[0]} internal error: {type(exc).__name__}: {exc}\n")

    def server_close(self) -> None:
        super().server_close()
        front = getattr(self, "front", None)  # absent when the bind failed (port taken): socketserver closes then
        if front is not None:
            front.close()
        if self.pool is not None:  # None: the bind failed before make_server started any worker
            self.pool.close()


class _Writer(io.RawIOBase):
    """The handler's output: each write is one `sendall`, so the socket timeout bounds the whole write.

    `socket.makefile` sends with `send`, whose timeout restarts with every byte the client
    takes: a client reading its answer a byte at a time would hold a handler thread for good.
    """

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock

    def writable(self) -> bool:
        return True

    def write(self, b: bytes) -> int:  # type: ignore[override]
        self.sock.sendall(b)
        with memoryview(b) as view:
            return view.nbytes


class SparqlHandler(BaseHTTPRequestHandler):
    """One whole request, already read by the front: it is parsed from bytes and answered on the socket."""

    server: SparqlServer
    server_version = f"welfare-kg/{__version__}"
    protocol_version = "HTTP/1.1"

    def __init__(self, sock: socket.socket, client_address: tuple[str, int], server: SparqlServer,
                 data: bytes) -> None:
        self._data = data
        super().__init__(sock, client_address, server)

    # -- plumbing ------------------------------------------------------------------
    def setup(self) -> None:
        self.connection = self.request
        self.rfile = io.BytesIO(self._data)  # type: ignore[assignment]
        self.wfile = io.BufferedWriter(_Writer(self.connection))  # type: ignore[assignment]

    def handle(self) -> None:
        """One request only: the connection goes back to the front, which waits for the next without a thread."""
        self.close_connection = True
        self.handle_one_request()

    def handle_expect_100(self) -> bool:
        return True  # the front sent the 100 Continue when the head arrived, before reading the body

    def log_message(self, format: str, *args: object) -> None:
        line = "".join(c if c.isprintable() and c.isascii() else repr(c)[1:-1] for c in format % args)
        sys.stderr.write(f"{self.address_string()} {line}\n")  # control characters escaped: no forged lines

    def handle_one_request(self) -> None:
        try:
            super().handle_one_request()
        except (ConnectionError, TimeoutError):
            self.close_connection = True
        except BadRequest as exc:
            self.close_connection = True
            self._error(exc.status, str(exc), close=True)
        except Exception as exc:  # never a traceback to the client; one line in the log
            self.close_connection = True
            self.log_message("internal error: %s: %s", type(exc).__name__, exc)
            with contextlib.suppress(OSError):
                self._error(500, "internal error", close=True)

    def _send(self, status: int, body: bytes, content_type: str, extra: dict[str, str] | None = None, *,
              close: bool = False) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        if close:
            self.close_connection = True
            self.send_header("Connection", "close")
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, message: str, extra: dict[str, str] | None = None, *, close: bool = False) -> None:
        self._send(status, (message.rstrip() + "\n").encode("utf-8"), "text/plain; charset=utf-8", extra,
                   close=close)

    def _body(self) -> bytes:
        """The request body, framed by Content-Length or chunked encoding as the front framed it (`framing`)."""
        return read_body(self._data, self.rfile.tell(), self.headers, self.command, MAX_BODY)

    # -- routes --------------------------------------------------------------------
    def do_GET(self) -> None:
        self._body()  # a body is ignored, but its framing is checked as the front's (`framing.frame`)
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
        body = self._body().decode("utf-8", "replace")
        if url.path not in ("/query", "/sparql", "/update"):
            self._error(404, f"not found: {url.path} (the endpoint is /query)")
            return
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
        if self.headers.get("Content-Length") not in (None, "0") or self.headers.get("Transfer-Encoding"):
            self.close_connection = True  # the upload is not read: do not parse it as the next request
        self._refuse_update()

    do_DELETE = do_PATCH = do_PUT

    def _refuse_update(self) -> None:
        self._error(403, READ_ONLY, close=self.close_connection)

    # -- the query -----------------------------------------------------------------
    def _query(self, form: dict[str, list[str]]) -> None:
        if len(form["query"]) != 1:
            self._error(400, "exactly one 'query' parameter is allowed")
            return
        text = form["query"][0]
        if is_update(text):
            self._error(400, READ_ONLY)
            return
        if not self.server.allow_service and uses_service(text):
            self._error(400, "SERVICE is not allowed on this endpoint: it would make the server fetch other "
                        "URLs (start it with `welfare-kg serve --allow-service` to allow federated queries)")
            return
        task = Task(text, self.headers.get("Accept"),
                    tuple(form["default-graph-uri"]) if "default-graph-uri" in form else None,
                    tuple(form["named-graph-uri"]) if "named-graph-uri" in form else None)
        pool = self.server.pool
        try:
            status, body, media = pool.run(task)
        except QueryTimeout:
            self._error(503, f"query stopped: it ran past the time limit of {pool.timeout:g} s "
                        "(serve --timeout); narrow it down or add a LIMIT")
            return
        except Busy:
            self._error(503, f"server busy: all {pool.size} query workers stayed in use for {pool.timeout:g} s; "
                        "try again later", {"Retry-After": "5"})
            return
        if status == 200:
            self._send(200, body, f"{media}; charset=utf-8", {"Vary": "Accept"})
        else:
            self._send(status, body, "text/plain; charset=utf-8")


def default_workers() -> int:
    """Query workers: the cores plus two, so that a couple of slow queries leave others running."""
    import os

    return min(8, (os.cpu_count() or 1) + 2)


def make_server(store_dir: str | Path, host: str = "127.0.0.1", port: int = 7878, *,
                include_contacts: bool = False, timeout: float = 30.0, workers: int | None = None,
                allow_service: bool = False, request_timeout: float = REQUEST_SECONDS,
                max_per_client: int = 0, max_buffered: int = MAX_BUFFERED, in_memory: bool = False) -> SparqlServer:
    """A server over the store at `store_dir` (read-only, in worker processes); call `serve_forever()` on it.

    Raises `StoreError` if the store cannot be opened, OSError if the address is taken.
    The address is bound first: a port in use is refused at once, before any worker process starts.
    """
    from welfare_kg.graph.store import StoreError

    server = SparqlServer((host, port), None, allow_service=allow_service, request_timeout=request_timeout,
                          max_per_client=max_per_client, max_buffered=max_buffered)
    try:
        views = None
        if not include_contacts and not in_memory:  # an in-memory copy leaves the contact graphs out itself
            from welfare_kg.serve.views import PublicViews

            views = PublicViews(store_dir)
        pool = WorkerPool(store_dir, workers or default_workers(), include_contacts=include_contacts,
                          timeout=timeout, views=views, in_memory=in_memory)
        server.pool = pool  # server_close() now stops the workers too
        try:
            pool.wait_ready()
            if views is not None:
                views.start()
        except RuntimeError as exc:
            raise StoreError(str(exc)) from exc
    except BaseException:
        server.server_close()
        raise
    return server

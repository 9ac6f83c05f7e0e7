"""An endpoint in this process for server tests, and reading a raw socket to its end."""

from __future__ import annotations

import socket
import threading
from pathlib import Path

from welfare_kg.serve import SparqlServer, make_server


def start_in_thread(store: Path, **kwargs: object) -> SparqlServer:
    """A real server on 127.0.0.1, a free port, its front loop in a daemon thread (stop: shutdown, server_close)."""
    srv = make_server(store, "127.0.0.1", 0, **kwargs)  # type: ignore[arg-type]
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv


def read_all(sock: socket.socket, timeout: float = 10.0) -> bytes:
    """Everything the server writes until it closes, resets or goes quiet for `timeout`."""
    sock.settimeout(timeout)
    out = b""
    try:
        while chunk := sock.recv(65_536):
            out += chunk
    except (TimeoutError, ConnectionResetError):
        pass
    return out

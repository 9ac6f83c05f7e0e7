"""Request framing, in one place: where a request's head and body end, and which framings are refused.

The front (`front.Front`) must know where one request ends before it hands it to a
handler, and the handler (`http.SparqlHandler`) must read the body and say why a
framing is refused. They once did this with two parsers, one for each, which could
disagree on a request a client crafted to be read two ways (request smuggling).
Both now ask this module: `frame` for the front, `read_body` for the handler, with
`body_framing` (the headers) and `chunked_end` (a chunked body) beneath both.
"""

from __future__ import annotations

import http.client
import io
import re
from dataclasses import dataclass
from email.message import Message

MAX_HEAD = 65_536  # request line and headers together; http.server allows 65,536 per line
MAX_HEADERS = 100  # as http.client, which counts the empty line that ends them
MAX_CHUNK_LINE = 1026  # a chunk-size line with its extensions and line end
MAX_TRAILER_LINE = 8194
MAX_TRAILERS = 100
_HEX = re.compile(rb"[0-9A-Fa-f]{1,16}")  # a chunk size: bare hex digits (int(x, 16) also takes 0x6, +6, 0_6)
_BLANK = re.compile(rb"\n\r?\n")  # a line end, then an empty line


class BadRequest(Exception):
    """A request answered with `status` and a closed connection, because its body framing cannot be trusted."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def _too_large(max_body: int) -> BadRequest:
    return BadRequest(413, f"request body over {max_body} bytes (a query, not a data upload)")


@dataclass(frozen=True)
class BodyFraming:
    """How the body after the head is framed: chunked, or `length` bytes (0: no body)."""

    chunked: bool = False
    length: int = 0


def body_framing(headers: Message, method: str, max_body: int) -> BodyFraming:
    """The body's framing by the headers; BadRequest for one that a proxy could read otherwise, or too large."""
    te = headers.get_all("Transfer-Encoding") or []
    cl = headers.get_all("Content-Length") or []
    if te:
        if len(te) > 1:  # a proxy may frame by the other line
            raise BadRequest(400, "a request may have only one Transfer-Encoding")
        if cl:
            raise BadRequest(400, "a request may not have both Transfer-Encoding and Content-Length")
        if te[0].strip().lower() != "chunked":
            raise BadRequest(501, f"Transfer-Encoding {te[0].strip().lower()!r} is not supported "
                             "(use chunked or Content-Length)")
        return BodyFraming(chunked=True)
    if len(cl) > 1:
        raise BadRequest(400, "a request may have only one Content-Length")
    if not cl:
        if method == "POST":
            raise BadRequest(411, "POST needs a Content-Length (or a chunked body)")
        return BodyFraming()
    length = cl[0].strip()
    if not (length.isascii() and length.isdigit()):  # '²'.isdigit() too
        raise BadRequest(400, f"bad Content-Length {length[:40]!r}: must be a non-negative integer")
    if int(length) > max_body:
        raise _too_large(max_body)
    return BodyFraming(length=int(length))


def _next_line(buf: bytes | bytearray, pos: int, limit: int, what: str) -> int | None:
    """Where the line at `pos` ends (after its LF); None: not all here yet; BadRequest: longer than `limit`."""
    nl = buf.find(b"\n", pos)
    if nl >= 0:
        return nl + 1
    if len(buf) - pos < limit:
        return None
    raise BadRequest(400, f"malformed chunked body ({what} too long)")


def chunked_end(buf: bytes | bytearray, pos: int, max_body: int, out: bytearray | None = None) -> int | None:
    """End of a chunked body starting at `pos` (None: more to come), its data appended to `out` if given.

    BadRequest (400) for a malformed body, (413) for one over `max_body`.
    """
    total = 0
    while True:
        line_end = _next_line(buf, pos, MAX_CHUNK_LINE, "chunk-size line")
        if line_end is None:
            return None
        line = buf[pos:line_end]
        size_text = line.split(b";", 1)[0].strip()
        if len(line) > MAX_CHUNK_LINE or not _HEX.fullmatch(size_text):
            raise BadRequest(400, "malformed chunked body")
        size = int(size_text, 16)
        pos = line_end
        if size == 0:
            break
        total += size
        if total > max_body:
            raise _too_large(max_body)
        if len(buf) < pos + size + 1:
            return None
        after = buf[pos + size:pos + size + 2]  # the line end after the data: CRLF or LF
        if after[:1] == b"\n":
            step = size + 1
        elif after == b"\r":
            return None
        elif after == b"\r\n":
            step = size + 2
        else:
            raise BadRequest(400, "malformed chunked body")
        if out is not None:
            out += buf[pos:pos + size]
        pos += step
    for _ in range(MAX_TRAILERS):  # trailer fields, up to the empty line
        line_end = _next_line(buf, pos, MAX_TRAILER_LINE, "trailer line")
        if line_end is None:
            return None
        line, pos = buf[pos:line_end], line_end
        if line in (b"\r\n", b"\n"):
            return pos
    raise BadRequest(400, "malformed chunked body (too many trailer lines)")


def read_body(data: bytes, pos: int, headers: Message, method: str, max_body: int) -> bytes:
    """The body of a request whose head ends at `pos` in `data` (all of it, as `frame` cut it)."""
    framing = body_framing(headers, method, max_body)
    if framing.chunked:
        out = bytearray()
        if chunked_end(data, pos, max_body, out) is None:
            raise BadRequest(400, "malformed chunked body (it ends before its last chunk)")
        return bytes(out)
    if len(data) - pos < framing.length:
        raise BadRequest(400, "request body shorter than its Content-Length")
    return data[pos:pos + framing.length]


@dataclass(frozen=True)
class Frame:
    """How much of a connection's buffer is its next request, or why there is none yet.

    `end` None: not all of the request has arrived. `close`: the framing is not to be
    trusted (the handler will refuse the request), so the connection closes after the
    answer. `expect_continue`: the head is in and asks for a 100 before the body.
    `reject`: the front answers this status itself and closes (a head too large to hand over).
    """

    end: int | None
    close: bool = False
    expect_continue: bool = False
    reject: tuple[int, str] | None = None


WAIT = Frame(None)  # (this object itself) the head is not in yet: only a line end or too much can change that


def frame(buf: bytes | bytearray, max_body: int) -> Frame:
    """Where the first request in `buf` ends, by the rules `read_body` reads it with."""
    nl = buf.find(b"\n")
    if nl < 0:
        return Frame(None, reject=(414, "request line too long")) if len(buf) > MAX_HEAD else WAIT
    words = buf[:nl + 1].split()
    if len(words) < 3:  # an empty line or an HTTP/0.9 request: the handler closes after it
        return Frame(nl + 1, close=True)
    # the head ends at the first empty line (the handler's parser stops at b"\r\n" or b"\n"); searched and
    # counted in C, because a client sending a byte at a time has the buffer framed again after every byte
    blank = _BLANK.search(buf, nl)
    end_of_lines = blank.start() + 1 if blank else len(buf)
    if buf.count(b"\n", nl + 1, end_of_lines) >= MAX_HEADERS or (blank.end() if blank else len(buf)) > MAX_HEAD:
        return Frame(None, reject=(431, "request headers too large"))
    if blank is None:
        return WAIT
    head_end = blank.end()
    try:
        headers = http.client.parse_headers(io.BytesIO(bytes(buf[nl + 1:head_end])))
        body = body_framing(headers, words[0].decode("latin-1"), max_body)
    except (http.client.HTTPException, ValueError, BadRequest):
        return Frame(head_end, close=True)
    expect = (headers.get("Expect") or "").strip().lower() == "100-continue" and words[-1] == b"HTTP/1.1"
    if body.chunked:
        try:
            end = chunked_end(buf, head_end, max_body)
        except BadRequest:
            return Frame(len(buf), close=True)
        return Frame(None, expect_continue=expect) if end is None else Frame(end)
    end = head_end + body.length
    return Frame(end) if len(buf) >= end else Frame(None, expect_continue=expect and len(buf) == head_end)

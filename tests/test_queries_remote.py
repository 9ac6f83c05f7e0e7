"""`welfare-kg query --endpoint`: what is sent (agent, method, auth) and one-line errors for what goes wrong."""

from __future__ import annotations

import base64
import json
import socket
import threading
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from click.testing import CliRunner

from welfare_kg import __version__
from welfare_kg.cli import main
from welfare_kg.queries import QueryError
from welfare_kg.queries.remote import Endpoint, run_remote

SELECT_JSON = json.dumps({"head": {"vars": ["x"]},
                          "results": {"bindings": [{"x": {"type": "literal", "value": "hello"}}]}}).encode()


class Stub(BaseHTTPRequestHandler):
    """Answers by path: /ok, /malformed, /html, /slow, /secret (basic auth), /boom (503)."""

    seen: list[dict[str, str]] = []  # noqa: RUF012 - shared on purpose between handler instances

    def log_message(self, *args: object) -> None:
        pass

    def _record(self, query: str) -> None:
        Stub.seen.append({"method": self.command, "agent": self.headers.get("User-Agent", ""),
                          "auth": self.headers.get("Authorization", ""), "query": query,
                          "accept": self.headers.get("Accept", "")})

    def do_GET(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        self._handle(url.path, urllib.parse.parse_qs(url.query).get("query", [""])[0])

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
        self._handle(urllib.parse.urlsplit(self.path).path, urllib.parse.parse_qs(body).get("query", [""])[0])

    def _reply(self, code: int, body: bytes, ctype: str) -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _handle(self, path: str, query: str) -> None:
        self._record(query)
        if path == "/slow":
            threading.Event().wait(3)
            return
        if path == "/boom":
            self._reply(503, b"maintenance\nback soon", "text/plain")
        elif path == "/malformed":
            self._reply(200, b'{"head": {"vars": ["x"]}, "results": {"bindi', "application/sparql-results+json")
        elif path == "/html":
            self._reply(200, b"<html>login page</html>", "text/html")
        elif path == "/secret" and self.headers.get("Authorization") != "Basic " + base64.b64encode(
                b"anna:s3cret").decode():
            self._reply(401, b"who are you", "text/plain")
        else:
            self._reply(200, SELECT_JSON, "application/sparql-results+json")


@pytest.fixture(scope="module")
def stub() -> Iterator[str]:
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Stub)
    srv.daemon_threads = True
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


def test_agent_method_and_output(stub: str) -> None:
    Stub.seen.clear()
    out = run_remote(Endpoint(stub + "/ok"), "SELECT ?x WHERE { ?x ?p ?o }", fmt="csv")
    assert out.splitlines() == ["x", "hello"]
    assert Stub.seen[-1]["agent"] == f"welfare-kg/{__version__}" and Stub.seen[-1]["method"] == "GET"
    long_query = "SELECT ?x WHERE { ?x ?p ?o FILTER(?o != " + " || ".join(['"v"'] * 500) + ") }"
    run_remote(Endpoint(stub + "/ok"), long_query)
    assert Stub.seen[-1]["method"] == "POST" and Stub.seen[-1]["query"] == long_query


def test_params_are_bound_before_sending(stub: str) -> None:
    run_remote(Endpoint(stub + "/ok"), "SELECT ?x WHERE { ?x ?p ?o FILTER(?o = ?v) }", params={"v": 'a"} DROP'})
    assert 'VALUES (?v) { ("a\\"} DROP") }' in Stub.seen[-1]["query"]


@pytest.mark.parametrize(("path", "message"), [
    ("/malformed", "malformed response, not SPARQL results"),
    ("/html", "malformed response"),
    ("/boom", "HTTP 503"),
    ("/secret", "HTTP 401"),
])
def test_errors_are_one_line(stub: str, path: str, message: str) -> None:
    with pytest.raises(QueryError, match=message) as exc:
        run_remote(Endpoint(stub + path), "SELECT ?x WHERE { ?x ?p ?o }")
    assert "\n" not in str(exc.value) and stub in str(exc.value)


def test_timeout(stub: str) -> None:
    with pytest.raises(QueryError, match=r"no answer within 1 s \(timeout\)"):
        run_remote(Endpoint(stub + "/slow", timeout=1), "SELECT ?x WHERE { ?x ?p ?o }")


def test_connection_refused() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{s.getsockname()[1]}/query"
    with pytest.raises(QueryError, match="connection refused"):
        run_remote(Endpoint(url), "ASK {}")


def test_updates_are_not_sent(stub: str) -> None:
    with pytest.raises(QueryError, match="only SELECT"):
        run_remote(Endpoint(stub + "/ok"), "DELETE WHERE { ?s ?p ?o }")


def test_a_comment_block_naming_an_update_word_is_still_a_select(stub: str) -> None:
    """SPARQLWrapper kept every other line of a comment block and took "under load" for a LOAD."""
    query = "# which rows\n# the same rows, faster under load; see notes\n# more\n# drop this line later\n" \
            "SELECT ?x WHERE { ?x ?p ?o }"
    assert run_remote(Endpoint(stub + "/ok"), query, fmt="csv").splitlines() == ["x", "hello"]
    assert Stub.seen[-1]["query"] == query


def test_cli_basic_auth_password_from_env(stub: str) -> None:
    runner = CliRunner()
    args = ["query", "-e", "SELECT ?x WHERE { ?x ?p ?o }", "--endpoint", stub + "/secret", "--user", "anna"]
    res = runner.invoke(main, args, env={"WELFARE_KG_PASSWORD": "s3cret"})
    assert res.exit_code == 0, res.output
    assert "hello" in res.output and "s3cret" not in res.output
    res = runner.invoke(main, args, env={"WELFARE_KG_PASSWORD": ""}, input="wrong\n")
    assert res.exit_code == 1 and "HTTP 401" in res.output and "wrong" not in res.output


def test_cli_sends_the_portable_form_of_a_saved_query(stub: str) -> None:
    """A saved query with a local form (queries/oxigraph/, Oxigraph's LATERAL) goes to an endpoint as SPARQL 1.1."""
    from welfare_kg.queries import load_query

    saved = load_query("evidence")
    assert saved.local and "LATERAL" in saved.local
    Stub.seen.clear()
    res = CliRunner().invoke(main, ["query", "evidence", "--endpoint", stub + "/ok", "--format", "csv"])
    assert res.exit_code == 0, res.output
    sent = Stub.seen[-1]["query"]
    assert "LATERAL" not in sent and "wkg:fileName" in sent

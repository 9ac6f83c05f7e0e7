"""Publishing the store's named graphs to a triple store with the SPARQL 1.1 Graph Store HTTP Protocol.

Each named graph (one per document, plus the reference graph) is sent with
`PUT GRAPH_STORE?graph=IRI`, which *replaces* the graph on the server. That makes
a push idempotent and resumable: if the connection drops half-way, pushing again
rewrites every graph and no triple is ever duplicated. A very large graph is sent
in batches: the first batch with PUT (replace), the rest with POST (append); blank
nodes cannot be split across requests, so a graph with blank nodes goes whole.

Contact-data graphs (officials' e-mails and phones) are private by design and are
skipped unless the caller asks for them explicitly.

PUT alone never removes anything, so a document replaced or removed locally would stay
published in its old version. `prune` deletes the server's graphs under the project's
graph namespace that the store no longer has (other graphs on the server are never
touched), and verification reports such leftovers; likewise contact graphs that an earlier
push with --include-contacts published and this one holds back.

Only the standard library is used (urllib), so pushing needs no extra dependency.
"""

from __future__ import annotations

import base64
import socket
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field

import pyoxigraph as ox

from welfare_kg import __version__
from welfare_kg.graph.store import KGStore
from welfare_kg.graphs import is_ours, is_private

USER_AGENT = f"welfare-kg/{__version__}"
DEFAULT_BATCH = 50_000  # triples per request


class PushError(Exception):
    """A push stopped; `report` says what had been sent before the failure."""

    def __init__(self, message: str, report: PushReport) -> None:
        super().__init__(message)
        self.report = report


@dataclass
class PushReport:
    graph_store: str
    sent: list[tuple[str, int, int]] = field(default_factory=list)  # (graph, triples, requests)
    skipped: list[str] = field(default_factory=list)  # contact graphs left out
    pruned: list[str] = field(default_factory=list)  # server graphs removed: gone from the store, or held back

    @property
    def triples(self) -> int:
        return sum(n for _, n, _ in self.sent)

    def lines(self) -> list[str]:
        out = [f"PUT {g}  {n} triples in {r} request{'s' if r != 1 else ''}" for g, n, r in self.sent]
        if self.skipped:
            out.append(f"skipped {len(self.skipped)} contact-data graphs (use --include-contacts to send them)")
        held = set(self.skipped)
        out += [f"DELETE {g}  ({'contact data, held back by this push' if g in held else 'no longer in the store'})"
                for g in self.pruned]
        return out

    def summary(self) -> str:
        pruned = f", removed {len(self.pruned)} stale graphs" if self.pruned else ""
        return f"pushed {len(self.sent)} graphs, {self.triples} triples to {self.graph_store}{pruned}"


def graph_store_url(endpoint: str) -> str:
    """The Graph Store URL beside a query endpoint: Oxigraph's /query -> /store (and /sparql -> /store).

    Other servers name it differently (Fuseki: /ds/data), hence `--graph-store`.
    """
    parts = urllib.parse.urlsplit(endpoint)
    path = parts.path.rstrip("/")
    head, _, last = path.rpartition("/")
    if last in {"query", "sparql"}:
        path = f"{head}/store"
    elif not path:
        path = "/store"
    else:
        raise ValueError(f"{endpoint}: cannot guess the Graph Store URL; give it with --graph-store")
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def graphs_to_push(store: KGStore, *, include_contacts: bool = False) -> tuple[list[str], list[str]]:
    """(graphs to send, contact graphs held back), in a stable order."""
    send, skipped = [], []
    for g in store.named_graphs():
        (skipped if is_private(g) and not include_contacts else send).append(g)
    return send, skipped


def _batches(store: KGStore, graph: str, batch_size: int) -> list[bytes]:
    quads = list(store.quads_in([graph]))
    has_blank = any(isinstance(q.subject, ox.BlankNode) or isinstance(q.object, ox.BlankNode) for q in quads)
    size = len(quads) if has_blank or not quads else batch_size
    chunks = [quads[i:i + size] for i in range(0, len(quads), size)] or [[]]
    return [ox.serialize([ox.Triple(q.subject, q.predicate, q.object) for q in c], format=ox.RdfFormat.N_TRIPLES)
            or b"" for c in chunks]


class _Sender:
    def __init__(self, graph_store: str, user: str | None, password: str | None, auth: str, timeout: float) -> None:
        self.graph_store = graph_store
        self.timeout = timeout
        handlers: list[urllib.request.BaseHandler] = []
        self.headers = {"User-Agent": USER_AGENT, "Content-Type": "application/n-triples"}
        if user:
            if auth == "digest":
                mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
                mgr.add_password(None, graph_store, user, password or "")
                handlers.append(urllib.request.HTTPDigestAuthHandler(mgr))
            else:  # send basic credentials up front; no challenge round-trip per request
                token = base64.b64encode(f"{user}:{password or ''}".encode()).decode("ascii")
                self.headers["Authorization"] = f"Basic {token}"
        self.opener = urllib.request.build_opener(*handlers)

    def send(self, method: str, graph: str, body: bytes) -> None:
        sep = "&" if "?" in self.graph_store else "?"
        url = f"{self.graph_store}{sep}{urllib.parse.urlencode({'graph': graph})}"
        req = urllib.request.Request(url, data=body, method=method, headers=self.headers)
        with self.opener.open(req, timeout=self.timeout) as resp:
            resp.read()


def _describe(exc: BaseException, url: str, timeout: float) -> str:
    if isinstance(exc, urllib.error.HTTPError):
        detail = " ".join(exc.read().decode("utf-8", "replace").split())[:200]
        return f"{url}: HTTP {exc.code} {exc.reason}{': ' + detail if detail else ''}"
    reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
    if isinstance(reason, ConnectionRefusedError):
        return f"{url}: connection refused (is the server running?)"
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return f"{url}: no answer within {timeout:g} s (timeout)"
    return f"{url}: {' '.join(str(reason).split())}"


def push_store(store: KGStore, graph_store: str, *, include_contacts: bool = False, batch_size: int = DEFAULT_BATCH,
               user: str | None = None, password: str | None = None, auth: str = "basic", timeout: float = 60.0,
               on_graph: Callable[[str, int], None] | None = None, prune_from: str | None = None) -> PushReport:
    """PUT every named graph to `graph_store`; raises `PushError` (with the partial report) on failure.

    `on_graph(graph, triples)` is called after each graph is complete on the server.
    With `prune_from` (the server's SPARQL query endpoint), graphs under the project's
    namespace that the store no longer has are deleted from the server afterwards.
    """
    if batch_size < 1:
        raise ValueError("batch size must be positive")
    report = PushReport(graph_store)
    graphs, report.skipped = graphs_to_push(store, include_contacts=include_contacts)
    sender = _Sender(graph_store, user, password, auth, timeout)
    for graph in graphs:
        bodies = _batches(store, graph, batch_size)
        try:
            for i, body in enumerate(bodies):
                sender.send("PUT" if i == 0 else "POST", graph, body)
        except (urllib.error.URLError, OSError) as exc:
            msg = _describe(exc, graph_store, timeout)
            done = len(report.sent)
            raise PushError(f"{msg}; {done} of {len(graphs)} graphs were sent, push again to complete "
                            "(PUT replaces, so nothing is duplicated)", report) from exc
        n = sum(body.count(b"\n") for body in bodies)
        report.sent.append((graph, n, len(bodies)))
        if on_graph:
            on_graph(graph, n)
    if prune_from:
        server = remote_counts(prune_from, user=user, password=password, auth=auth, timeout=timeout)
        stale = stale_graphs(store, server) + held_back_graphs(report, server)
        for graph in stale:
            try:
                sender.send("DELETE", graph, b"")
            except urllib.error.HTTPError as exc:
                if exc.code != 404:  # already gone is what we wanted
                    raise PushError(_describe(exc, graph_store, timeout), report) from exc
            except (urllib.error.URLError, OSError) as exc:
                raise PushError(_describe(exc, graph_store, timeout), report) from exc
            report.pruned.append(graph)
    return report


def stale_graphs(store: KGStore, server_graphs: dict[str, int] | list[str]) -> list[str]:
    """Graphs on the server under the project's namespace that the store no longer has."""
    local = set(store.named_graphs())
    return sorted(g for g in server_graphs if is_ours(g) and g not in local)


def held_back_graphs(report: PushReport, server_graphs: dict[str, int] | list[str]) -> list[str]:
    """Contact graphs this push held back that a push with --include-contacts once published.

    PUT never removes them, so officials' e-mails and phones would stay public after
    the user stopped publishing them, with nothing said.
    """
    held = set(report.skipped)
    return sorted(g for g in server_graphs if g in held)


@dataclass
class Verification:
    """Push verification: graphs whose triple count differs, and stale graphs of ours left on the server."""

    checked: int
    wrong: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    private: list[str] = field(default_factory=list)  # contact graphs on the server that this push held back

    @property
    def ok(self) -> bool:
        return not self.wrong and not self.extra and not self.private

    def message(self) -> str:
        if self.ok:
            return f"verified: all {self.checked} graphs on the server have the same triple counts"
        parts = []
        if self.wrong:
            parts.append("verification failed: " + "; ".join(self.wrong))
        if self.extra:
            parts.append(f"{len(self.extra)} graphs on the server are no longer in the store "
                         f"(remove them with --prune): " + ", ".join(self.extra[:5])
                         + (" ..." if len(self.extra) > 5 else ""))
        if self.private:
            parts.append(f"{len(self.private)} contact-data graphs (officials' e-mails and phones) are still on the "
                         "server from an earlier push with --include-contacts: remove them with --prune, or push "
                         "with --include-contacts to keep them public")
        return "\n".join(parts)


def verify_push(store: KGStore, report: PushReport, endpoint: str, *, user: str | None = None,
                password: str | None = None, auth: str = "basic", timeout: float = 60.0) -> Verification:
    """Compare every pushed graph's triple count on the server with the store, and look for stale graphs."""
    expected = local_counts(store, [g for g, _, _ in report.sent])
    found = remote_counts(endpoint, user=user, password=password, auth=auth, timeout=timeout)
    wrong = [f"{g}: {found.get(g, 0)} on the server, {n} local" for g, n in expected.items() if found.get(g, 0) != n]
    return Verification(len(expected), wrong, stale_graphs(store, found), held_back_graphs(report, found))


def local_counts(store: KGStore, graphs: list[str]) -> dict[str, int]:
    """Triples per named graph in the local store (what the server should hold after a push)."""
    return {g: store.count_in(g) for g in graphs}


COUNT_QUERY = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"


def remote_counts(endpoint: str, *, user: str | None = None, password: str | None = None, auth: str = "basic",
                  timeout: float = 60.0) -> dict[str, int]:
    """Triples per named graph on the server, through its SPARQL query endpoint."""
    from welfare_kg.queries.remote import Endpoint, select_rows

    rows = select_rows(Endpoint(endpoint, user, password, auth, timeout), COUNT_QUERY)
    return {r["g"].value: int(r["n"].value) for r in rows if "g" in r}

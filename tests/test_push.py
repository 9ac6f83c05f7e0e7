"""`welfare-kg push` to a real `oxigraph serve`, then querying it remotely like a researcher would."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from click.testing import CliRunner

from welfare_kg.cli import main
from welfare_kg.graph.push import (
    PushError,
    graph_store_url,
    graphs_to_push,
    local_counts,
    push_store,
    remote_counts,
)
from welfare_kg.graph.store import KGStore
from welfare_kg.graphs import CONTACT_PREFIX
from welfare_kg.queries import load_query, run_query
from welfare_kg.queries.remote import Endpoint, run_remote

if TYPE_CHECKING:
    from tests.conftest import OxigraphServer

pytestmark = pytest.mark.server

COMPARED = ["entities", "facts", "funding", "decisions", "projects_by_area", "people_posts", "evidence",
            "merged_entities", "competence_centres"]


@pytest.fixture(scope="module")
def store(query_store_dir: Path) -> KGStore:
    return KGStore(query_store_dir, read_only=True)


def sorted_rows(csv_text: str) -> list[str]:
    header, *rows = csv_text.splitlines()
    return [header, *sorted(rows)]


def test_push_then_remote_queries_equal_local(oxigraph_server: OxigraphServer, store: KGStore) -> None:
    report = push_store(store, oxigraph_server.store_url, batch_size=100)
    sent = [g for g, _, _ in report.sent]
    assert sent and not any(g.startswith(CONTACT_PREFIX) for g in sent)
    assert report.skipped and all(g.startswith(CONTACT_PREFIX) for g in report.skipped)
    assert any(r > 1 for _, _, r in report.sent)  # the big graphs went in several batches
    assert remote_counts(oxigraph_server.query_url) == local_counts(store, sent)

    endpoint = Endpoint(oxigraph_server.query_url)
    for name in COMPARED:
        text = load_query(name).text
        local = run_query(store, text, fmt="csv")
        assert sorted_rows(run_remote(endpoint, text, fmt="csv")) == sorted_rows(local), name
    params = {"from": "2020-01-01", "to": "2020-12-31"}
    assert sorted_rows(run_remote(endpoint, load_query("decisions").text, fmt="csv", params=params)) == \
        sorted_rows(run_query(store, load_query("decisions").text, fmt="csv", params=params))


def test_cli_query_endpoint(oxigraph_server: OxigraphServer, store: KGStore) -> None:
    push_store(store, oxigraph_server.store_url)
    runner = CliRunner()
    res = runner.invoke(main, ["query", "funding", "--endpoint", oxigraph_server.query_url, "--format", "tsv",
                               "-p", "funder=STM"])
    assert res.exit_code == 0, res.output
    assert "?funderIri" in res.output.splitlines()[0] and "ministry/stm" in res.output
    res = runner.invoke(main, ["query", "entity", "--endpoint", oxigraph_server.query_url, "--format", "turtle",
                               "-p", "entity=<https://w3id.org/welfare-kg/id/ministry/stm>"])
    assert res.exit_code == 0 and "@prefix wkg:" in res.output
    res = runner.invoke(main, ["query", "-e", "SELECT * WHERE { ?s ?p }", "--endpoint", oxigraph_server.query_url])
    assert res.exit_code == 1 and "HTTP 400" in res.output and len(res.output.strip().splitlines()) == 1


def test_push_interrupted_then_resumed_without_duplicates(oxigraph_server: OxigraphServer, store: KGStore) -> None:
    graphs, _ = graphs_to_push(store)
    sent: list[str] = []

    def kill_after_two(graph: str, _n: int) -> None:
        sent.append(graph)
        if len(sent) == 2:
            oxigraph_server.stop()

    with pytest.raises(PushError, match="connection refused") as exc:
        push_store(store, oxigraph_server.store_url, on_graph=kill_after_two, timeout=5)
    assert len(exc.value.report.sent) == 2 and "2 of" in str(exc.value) and "push again" in str(exc.value)

    oxigraph_server.start()
    assert set(remote_counts(oxigraph_server.query_url)) == set(graphs[:2])  # what made it before the crash
    push_store(store, oxigraph_server.store_url)
    push_store(store, oxigraph_server.store_url)  # and once more: PUT replaces, nothing doubles
    assert remote_counts(oxigraph_server.query_url) == local_counts(store, graphs)


def test_cli_push_reports_and_verifies(oxigraph_server: OxigraphServer, query_store_dir: Path) -> None:
    res = CliRunner().invoke(main, ["push", "--store", str(query_store_dir), "--endpoint", oxigraph_server.query_url])
    assert res.exit_code == 0, res.output
    assert "PUT https://w3id.org/welfare-kg/graph/reference" in res.output
    assert "skipped" in res.output and "verified" in res.output
    res = CliRunner().invoke(main, ["push", "--store", str(query_store_dir), "--endpoint", oxigraph_server.query_url,
                                    "--include-contacts", "--no-verify"])
    assert res.exit_code == 0
    assert any(g.startswith(CONTACT_PREFIX) for g in remote_counts(oxigraph_server.query_url))


def test_cli_push_connection_refused(query_store_dir: Path) -> None:
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{s.getsockname()[1]}/query"
    res = CliRunner().invoke(main, ["push", "--store", str(query_store_dir), "--endpoint", url])
    assert res.exit_code == 1
    assert "connection refused (is the server running?)" in res.output


def test_graph_store_url() -> None:
    assert graph_store_url("http://h:7878/query") == "http://h:7878/store"
    assert graph_store_url("http://h:7878") == "http://h:7878/store"
    with pytest.raises(ValueError, match="--graph-store"):
        graph_store_url("http://h/ds/whatever")


def test_prune_removes_only_our_stale_graphs(oxigraph_server: OxigraphServer, tmp_path: Path) -> None:
    import gc
    import shutil
    import urllib.request

    from welfare_kg.ingest import ingest

    docs = tmp_path / "docs"
    docs.mkdir()
    examples = Path(__file__).resolve().parent.parent / "examples" / "documents"
    for f in sorted(examples.iterdir())[:2]:
        shutil.copy(f, docs / f.name)
    store_dir = tmp_path / "kg"
    store = KGStore(store_dir)
    assert ingest([docs], store).ok
    del store
    foreign = "http://example.org/somebody-elses-graph"
    req = urllib.request.Request(f"{oxigraph_server.store_url}?graph={foreign}", method="PUT",
                                 data=b"<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n",
                                 headers={"Content-Type": "application/n-triples"})
    urllib.request.urlopen(req, timeout=10).read()
    args = ["push", "--store", str(store_dir), "--endpoint", oxigraph_server.query_url]
    assert CliRunner().invoke(main, args).exit_code == 0
    before = set(remote_counts(oxigraph_server.query_url))

    changed = sorted(docs.iterdir())[0]  # a new version of one document replaces its graph locally
    changed.write_text(changed.read_text(encoding="utf-8") + "\nLisäys.\n", encoding="utf-8")
    store = KGStore(store_dir)
    assert ingest([docs], store).replaced == [str(changed)]
    local = set(store.named_graphs())
    del store
    stale = sorted(g for g in before - local if g != foreign)
    assert stale, "the old version's graph should be gone locally"

    res = CliRunner().invoke(main, args)  # without --prune: the push works, verification names the leftovers
    assert res.exit_code == 1 and "no longer in the store" in res.output and "--prune" in res.output
    assert set(stale) <= set(remote_counts(oxigraph_server.query_url))
    del res  # its traceback holds the failed command's open store (and so the store's lock)
    gc.collect()

    res = CliRunner().invoke(main, [*args, "--prune"])
    assert res.exit_code == 0, res.output
    assert "removed" in res.output and "verified" in res.output
    after = set(remote_counts(oxigraph_server.query_url))
    assert not set(stale) & after
    assert foreign in after  # a graph outside the project's namespace is never touched


def test_contact_graphs_left_on_the_server_are_reported_and_pruned(oxigraph_server: OxigraphServer,
                                                                   query_store_dir: Path) -> None:
    """Pushed once with --include-contacts, then without: the officials' contacts stayed published, unnoticed."""
    import gc

    args = ["push", "--store", str(query_store_dir), "--endpoint", oxigraph_server.query_url]
    res = CliRunner().invoke(main, [*args, "--include-contacts"])
    assert res.exit_code == 0, res.output
    contacts = {g for g in remote_counts(oxigraph_server.query_url) if g.startswith(CONTACT_PREFIX)}
    assert contacts, "the example documents have contact data"

    res = CliRunner().invoke(main, args)
    assert res.exit_code == 1 and "contact" in res.output and "--prune" in res.output, res.output
    del res
    gc.collect()
    res = CliRunner().invoke(main, [*args, "--prune"])
    assert res.exit_code == 0, res.output
    assert "verified" in res.output
    assert not {g for g in remote_counts(oxigraph_server.query_url) if g.startswith(CONTACT_PREFIX)}

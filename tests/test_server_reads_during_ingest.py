"""Reading while `welfare-kg ingest` writes: every reader works, and sees what has been committed.

A real ingest runs in a subprocess (it holds RocksDB's write lock) over a generated
corpus large enough to still be running while the readers go: the endpoint started
before it, the reader commands in this process, and a second ingest that must be
told in plain words which process is writing. The ingest is then killed, as a crash
would, and the endpoint must catch up with exactly what was committed.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from welfare_kg.cli import main
from welfare_kg.serve import SparqlServer, make_server
from welfare_kg.synthetic.generate import write_corpus

pytestmark = pytest.mark.server

COUNT = "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { GRAPH ?g { ?d a wkg:Document } }"


def served_count(srv: SparqlServer) -> int:
    url = srv.url + "/query?" + urllib.parse.urlencode({"query": COUNT})
    req = urllib.request.Request(url, headers={"Accept": "text/csv"})
    with urllib.request.urlopen(req, timeout=60) as resp:
        return int(resp.read().decode().split()[-1])


def wait_for(pred, timeout: float, what: str) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not pred():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.2)


def test_readers_work_and_see_commits_during_an_ingest(tmp_path: Path) -> None:
    write_corpus(tmp_path / "corpus", 1200, seed=5)
    docs = sorted((tmp_path / "corpus" / "docs").iterdir())
    first = tmp_path / "first"
    first.mkdir()
    for p in docs[:10]:
        shutil.copy(p, first / p.name)
    store = tmp_path / "kg"
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(first), "--store", str(store), "-q"]).exit_code == 0

    srv = make_server(store, "127.0.0.1", 0, workers=2)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    proc = subprocess.Popen([sys.executable, "-m", "welfare_kg.cli", "ingest", str(tmp_path / "corpus" / "docs"),
                             "--store", str(store), "-q"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        assert served_count(srv) == 10
        # the running server sees documents committed after it started
        wait_for(lambda: served_count(srv) > 15, 180, "the server to see new documents")
        seen = served_count(srv)
        assert proc.poll() is None, "the ingest ended too early for this test"

        # a second writer is told who writes
        second = subprocess.run([sys.executable, "-m", "welfare_kg.cli", "ingest", str(first), "--store", str(store),
                                 "-q"], capture_output=True, text=True, timeout=120)
        assert second.returncode != 0
        assert "another process is writing this store" in second.stderr
        assert f"pid {proc.pid}" in second.stderr and "ingest" in second.stderr
        assert "Resource temporarily unavailable" not in second.stderr

        # every reader works and sees at least what the server saw
        out = tmp_path / "out"
        out.mkdir()
        readers = [["stats"], ["query", "-e", COUNT, "--format", "csv"], ["export", "-o", str(out / "kg.ttl")],
                   ["map", "-o", str(out / "map.html")], ["explain", "Ranua"], ["analyse"], ["validate"]]
        for args in readers:
            result = runner.invoke(main, [*args, "--store", str(store)])
            assert "LOCK" not in result.output and "cannot open store" not in result.output, (args, result.output)
            assert result.exit_code == 0 or (args == ["validate"] and result.exit_code == 1), (args, result.output)
            if args == ["stats"]:
                assert int(re.search(r"documents:\s+(\d+)", result.output).group(1)) >= seen  # type: ignore[union-attr]
            if args[0] == "query":
                assert int(result.output.split()[-1]) >= seen
        assert (out / "kg.ttl").stat().st_size > 0 and (out / "map.html").stat().st_size > 0
        assert proc.poll() is None, "the ingest ended before the readers did: make the corpus larger"
    finally:
        proc.kill()  # as a crash would: the store keeps whole documents only
        proc.communicate(timeout=60)
    # the server catches up with everything committed (from a snapshot once the store is quiet)
    committed = served_count_local(store)
    assert committed >= seen
    wait_for(lambda: served_count(srv) == committed, 60, "the server to see every committed document")
    srv.shutdown()
    srv.server_close()
    assert not list(tmp_path.glob(".kg.serve-*")), "the snapshot folder is removed when the server stops"


def served_count_local(store: Path) -> int:
    from welfare_kg.graph.store import KGStore

    return int(next(iter(KGStore(store, read_only=True).query(COUNT)))["n"].value)

"""The in-memory copy (`welfare_kg.graph.snapshot`, `serve --in-memory`) answers as the store on disk does.

Every saved query, without and with parameters (the runs `test_queries_answers` records:
its example's and values picked from its own answer), on the example documents and on a
60-document generated corpus, each ingested into a store on disk: the copy's answers
equal the disk's (rows sorted: the two engines break ORDER BY ties alike only by chance,
and `entities` has no ORDER BY). A copy sees a document committed after it was taken
(on its next query, or on `refresh()` when it does not refresh itself), and the endpoint's
in-memory workers see it too and never show the contact graphs.
"""

from __future__ import annotations

import csv
import io
import shutil
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.test_queries_answers import EXAMPLES, answer, record_runs
from welfare_kg import KnowledgeGraph
from welfare_kg.graph import snapshot
from welfare_kg.graph.memory import MEMORY_QUERIES, memory_form, routes_to_memory
from welfare_kg.graph.store import KGStore
from welfare_kg.ingest import ingest
from welfare_kg.queries import saved_queries

COUNT = "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { GRAPH ?g { ?d a wkg:Document } }"


def _count(store: KGStore) -> int:
    return int(next(iter(store.query(COUNT)))["n"].value)


@pytest.fixture(scope="module")
def disk_stores() -> Iterator[dict[str, Path]]:
    from welfare_kg.synthetic.generate import write_corpus

    with tempfile.TemporaryDirectory() as tmp:
        write_corpus(tmp, 60, seed=0)
        stores = {}
        for name, folder in (("examples", EXAMPLES), ("generated", Path(tmp) / "docs")):
            path = Path(tmp) / f"kg-{name}"
            store = KGStore(path)
            report = ingest([folder], store)
            assert report.ok, report.failed
            store.flush()
            del store
            stores[name] = path
        yield stores


@pytest.mark.parametrize("name", ["examples", "generated"])
def test_every_saved_query_answers_alike_in_memory(disk_stores: dict[str, Path], name: str) -> None:
    """Each form on the copy (portable, local, in-memory) gives the portable form's answer on disk."""
    disk = KGStore(disk_stores[name], read_only=True)
    snap = snapshot(disk_stores[name])
    assert len(snap) == len(disk)
    on_disk = record_runs(disk)  # the portable forms, with parameter values picked from their own answers
    assert len(on_disk) >= 30
    assert sum(len(r["answer"]) for r in on_disk) > 100  # the runs have rows to compare
    assert record_runs(snap.store) == on_disk
    by_name = {q.name: q for q in saved_queries()}
    for run in on_disk:
        q = by_name[run["query"]]
        for form in {q.local_text, q.memory_text}:
            assert answer(snap.store, q.name, form, run["params"]) == run["answer"], (q.name, run["params"])
            if form is q.memory_text and q.name in MEMORY_QUERIES:  # what the snapshot runs for it
                rows = snap.query(q.name, **run["params"])
                got = rows if isinstance(rows, list) else []
                assert len(got) == len(run["answer"]) - 1, (q.name, run["params"])


def test_snapshot_sees_documents_committed_after_it_was_taken(tmp_path: Path) -> None:
    docs = sorted(p for p in EXAMPLES.iterdir() if p.is_file())
    first, later = tmp_path / "first", tmp_path / "later"
    first.mkdir()
    later.mkdir()
    for p in docs[:3]:
        shutil.copy(p, first / p.name)
    shutil.copy(docs[3], later / docs[3].name)
    path = tmp_path / "kg"
    writer = KGStore(path)
    assert ingest([first], writer).ok
    snap = snapshot(path)
    fixed = snapshot(path, auto_refresh=False)
    before = _count(snap.store)
    assert before == 3 and snap.loads == 1

    assert ingest([later], writer).ok  # the writer keeps the store open (as a running ingest does)
    reader = KnowledgeGraph(path, read_only=True)
    expected = {name: sorted(map(repr, reader.query(name))) for name in ("evidence", "entities", "funding")}  # type: ignore[arg-type]
    # at once, whether the copy is taken yet or not (the store was written under a second ago: the disk answers)
    assert next(iter(snap.query(COUNT)))["n"] == before + 1
    for name, rows in expected.items():  # the first two from the copy once it is taken, from the disk until then
        assert sorted(map(repr, snap.query(name))) == rows  # type: ignore[arg-type]
    _wait(lambda: snap.refresh() or not snap.stale, 30, "the store to be quiet and copied")
    assert snap.loads == 2
    for name, rows in expected.items():
        assert sorted(map(repr, snap.query(name))) == rows  # type: ignore[arg-type]
    assert next(iter(snap.query(COUNT)))["n"] == before + 1 and snap.loads == 2  # unchanged store: no copy
    assert next(iter(fixed.query(COUNT)))["n"] == before  # kept as it was ...
    fixed.refresh()
    assert next(iter(fixed.query(COUNT)))["n"] == before + 1  # ... until refreshed
    rows = snap.query("documents")  # a saved query by name, as KnowledgeGraph.query (this one from the disk)
    assert len(rows) == before + 1  # type: ignore[arg-type]
    assert len(snap.query("entities", engine="disk")) == len(snap.query("entities"))  # type: ignore[arg-type]


def test_memory_forms_declare_their_query_s_parameters_and_columns() -> None:
    """An in-memory form (queries/memory/) declares the same parameters and returns the same columns."""
    import re

    forms = [q for q in saved_queries() if q.memory]
    assert {q.name for q in forms} <= MEMORY_QUERIES and forms
    for q in forms:
        declared = dict(re.findall(r"^# param:\s*(\w+)\s*-\s*(.*)$", q.memory, re.MULTILINE))
        assert declared == q.params, q.name
        for name in q.params:
            assert f"?{name}" in q.memory, f"{q.name}: parameter {name} is not used in the in-memory form"
        head = q.memory[q.memory.index("SELECT"):q.memory.index("WHERE")].split()
        assert head == q.text[q.text.index("SELECT"):q.text.index("WHERE")].split(), q.name


def test_only_the_listings_route_to_memory() -> None:
    from welfare_kg.queries import bind_params, load_query

    for name in MEMORY_QUERIES:
        q = load_query(name)
        assert routes_to_memory(q.text) and routes_to_memory(q.local_text)
        param = next(iter(q.params), None)
        if param:
            assert routes_to_memory(bind_params(q.text, {param: "Ranua"}))
    assert not routes_to_memory(load_query("funding").text)
    bound = bind_params(load_query("evidence").text, {"relation": "funds"})
    form = memory_form(bound)
    assert form is not None and 'VALUES (?relation) { ("funds") }' in form
    assert form.index("VALUES (?relation)") < form.index("GRAPH ?g { ?doc wkg:fileName")
    assert not routes_to_memory("SELECT * WHERE { ?s ?p ?o }")


def _wait(pred, timeout: float, what: str) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not pred():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.1)


def test_endpoint_worker_in_memory_sees_new_commits_and_hides_contacts(tmp_path: Path) -> None:
    """A worker of `serve --in-memory`: the disk answers until the copy is in and again as soon as the store changes."""
    from welfare_kg.graphs import is_private
    from welfare_kg.serve.workers import REFRESH_SECONDS, StoreView, Task

    docs = sorted(p for p in EXAMPLES.iterdir() if p.is_file())
    first = tmp_path / "first"
    first.mkdir()
    for p in docs[:-1]:
        shutil.copy(p, first / p.name)
    path = tmp_path / "kg"
    writer = KGStore(path)
    assert ingest([first], writer).ok
    writer.flush()
    private = [g for g in writer.named_graphs() if is_private(g)]
    assert private, "the examples have contact graphs: the test must see them hidden"

    view = StoreView(str(path), include_contacts=False, in_memory=True)
    view.open()

    def served() -> int:
        status, body, _ = view.answer(Task(COUNT, "text/csv"))
        assert status == 200, body
        return int(body.decode().split()[-1])

    count = served()  # from the disk: no copy yet
    assert count == len(docs) - 1 and not view.memory_current()
    view.start_copier()
    _wait(lambda: served() == count and view.memory_current(), 60, "the in-memory copy")  # answering refreshes
    status, body, _ = view.answer(Task("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", "text/csv"))
    assert status == 200 and b"/graph/document/" in body
    assert not any(g.encode() in body for g in private)

    assert ingest([docs[-1]], writer).ok
    time.sleep(REFRESH_SECONDS + 0.1)
    assert served() == count + 1  # at once, from the disk: the copy is stale
    _wait(lambda: served() == count + 1 and view.memory_current(), 60, "the copy taken again")


@pytest.mark.server
def test_serve_in_memory_answers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from welfare_kg.serve import make_server

    # worker processes import this checkout, not a folder named welfare_kg in the working directory (a worktree)
    monkeypatch.setenv("PYTHONSAFEPATH", "1")

    path = tmp_path / "kg"
    writer = KGStore(path)
    assert ingest([EXAMPLES], writer).ok
    writer.flush()
    expected = _count(writer)
    del writer
    srv = make_server(path, "127.0.0.1", 0, workers=1, in_memory=True)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        url = srv.url + "/query?" + urllib.parse.urlencode({"query": COUNT})
        for _ in range(3):
            with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": "text/csv"}), timeout=60) as r:
                assert int(r.read().decode().split()[-1]) == expected
            time.sleep(1.5)
        from welfare_kg.queries import load_query

        evidence = srv.url + "/query?" + urllib.parse.urlencode({"query": load_query("evidence").text})
        with urllib.request.urlopen(urllib.request.Request(evidence, headers={"Accept": "text/csv"}), timeout=60) as r:
            served = list(csv.reader(io.StringIO(r.read().decode())))
        rows = KnowledgeGraph(path, read_only=True).query("evidence")
        assert len(served) == len(rows) + 1  # type: ignore[arg-type]  # the header
    finally:
        srv.shutdown()
        srv.server_close()

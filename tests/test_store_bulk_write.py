"""Large writes through the bulk loader (graph/store.py `_write_bulk`): same statements, still all or nothing.

The threshold is lowered so that small example documents take the bulk path. A real
`kill -9` lands between its two steps (the bulk ingestion and the update that finishes
the write): readers must not see the document, `check` passes and drops its graphs, and a
re-run stores exactly what an uninterrupted ingest stores. A reader opened between the
two steps sees only the documents committed before.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

import welfare_kg.graph.store as store_module
from welfare_kg.cli import main
from welfare_kg.graph.check import check_store
from welfare_kg.graph.store import UNFINISHED, KGStore, StoreError
from welfare_kg.graph.writer import open_read_only
from welfare_kg.graphs import DOCUMENT_PREFIX
from welfare_kg.ingest import Writer, build_file, ensure_reference, ingest
from welfare_kg.queries import load_query, run_query
from welfare_kg.serve.workers import StoreView
from welfare_kg.synthetic.generate import write_corpus

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples" / "documents").glob("*.txt"))
SMALL = 50  # statements: every example document is larger
INGESTED_AT = "https://w3id.org/welfare-kg/ontology#ingestedAt"
# left out when comparing graphs written by different processes (as in test_check.py): the time of ingest, and
# names, because extraction does not yet give the same alternative names in every process (hash order)
VARYING = {INGESTED_AT, "http://www.w3.org/2004/02/skos/core#altLabel", "http://www.w3.org/2004/02/skos/core#hiddenLabel"}
DOCUMENT = ox.NamedNode("https://w3id.org/welfare-kg/ontology#Document")
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


class Spy:
    """Stands in for the pyoxigraph store of a KGStore: counts bulk loads, runs `between` before the next update."""

    def __init__(self, inner: ox.Store, between: Callable[[], None] | None = None) -> None:
        self.inner = inner
        self.between = between
        self.bulk_loads = 0
        self._after_bulk = False

    def bulk_load(self, *args: Any, **kwargs: Any) -> None:
        self.inner.bulk_load(*args, **kwargs)
        self.bulk_loads += 1
        self._after_bulk = True

    def update(self, *args: Any, **kwargs: Any) -> None:
        if self._after_bulk and self.between is not None:
            self.between()
        self._after_bulk = False
        self.inner.update(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


def _quads(store: ox.Store) -> set[str]:
    """Every stored statement as an N-Quads line, the time of ingest left out."""
    return {line for line in store.dump(format=ox.RdfFormat.N_QUADS).decode().split("\n")
            if line and INGESTED_AT not in line}


def _write(store_dir: Path, paths: list[Path], spy: Spy | None = None) -> KGStore:
    store = KGStore(store_dir)
    ensure_reference(store)
    if spy is not None:
        spy.inner = store._store
        store._store = spy  # type: ignore[assignment]
    writer = Writer(store, commit_docs=1)
    for p in paths:
        built = build_file(str(p))
        assert built.error is None, built.error
        writer.write(built)
    writer.close()
    return store


@pytest.fixture(scope="module")
def built_examples() -> list[Any]:
    return [build_file(str(p)) for p in EXAMPLES]


def test_bulk_path_stores_the_same_statements_as_one_update(tmp_path: Path, built_examples: list[Any],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    stores = {}
    for name, threshold in (("update", 10**12), ("bulk", SMALL)):
        monkeypatch.setattr(store_module, "BULK_STATEMENTS", threshold)
        store = KGStore(tmp_path / name)
        ensure_reference(store)
        spy = Spy(store._store)
        store._store = spy  # type: ignore[assignment]
        writer = Writer(store, commit_docs=1)
        for b in built_examples:
            writer.write(b)
        writer.close()
        assert spy.bulk_loads == (2 * len(EXAMPLES) if name == "bulk" else 0)  # each document in two halves
        assert store.unfinished_graphs() == frozenset()
        stores[name] = store
    assert _quads(stores["bulk"].oxigraph.inner) == _quads(stores["update"].oxigraph.inner)  # type: ignore[attr-defined]
    assert check_store(stores["bulk"]).ok
    assert all(not f.problems for f in check_store(stores["bulk"]).findings)


def _reader_view(store_dir: Path) -> dict[str, Any]:
    """What the reading commands see: documents, saved queries' answers, graphs, statement count."""
    store = KGStore(store_dir, read_only=True)
    return {"documents": sorted(d.graph for d in store.documents()),
            "facts": sorted(run_query(store, load_query("facts").text, fmt="csv").splitlines()),
            "entities": sorted(run_query(store, load_query("entities").text, fmt="csv").splitlines()),
            "graphs": store.named_graphs(), "size": len(store)}


def test_a_reader_between_the_two_steps_sees_only_committed_documents(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_module, "BULK_STATEMENTS", SMALL)
    store_dir = tmp_path / "kg"
    del_store = _write(store_dir, EXAMPLES[:2])
    del del_store
    before = _reader_view(store_dir)
    assert len(before["documents"]) == 2 and before["facts"]
    seen: list[dict[str, Any]] = []

    def raw_view(s: KGStore) -> tuple[bool, bool]:
        raw = s.oxigraph  # the bulk step is in: Oxigraph itself shows the new graph
        return (any(raw.quads_for_pattern(None, UNFINISHED, None, None)),
                any(q.graph_name.value not in before["graphs"]  # type: ignore[union-attr]
                    for q in raw.quads_for_pattern(None, RDF_TYPE, DOCUMENT, None)))

    def look() -> None:
        # read as the commands read: again on a fresh handle if the writer compacts a file away meanwhile
        marked, new_document_node = KGStore(store_dir, read_only=True).read(raw_view)
        assert marked and not new_document_node
        seen.append(_reader_view(store_dir))

    spy = Spy(None, look)  # type: ignore[arg-type]
    store = _write(store_dir, EXAMPLES[2:3], spy)
    assert spy.bulk_loads >= 1 and seen
    assert all(view == before for view in seen)
    del store
    after = _reader_view(store_dir)
    assert len(after["documents"]) == 3 and after["facts"] != before["facts"]


KILLER = """
import os, signal, sys
sys.path.insert(0, {tests!r})
import welfare_kg.graph.store as store_module
store_module.BULK_STATEMENTS = {small}
from test_store_bulk_write import Spy, _write
from pathlib import Path
paths = [Path(p) for p in sys.argv[2:]]
_write(Path(sys.argv[1]), paths, Spy(None, lambda: os.kill(os.getpid(), signal.SIGKILL)))
"""


def test_kill_9_between_the_two_steps_leaves_the_document_absent_then_check_and_rerun(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_module, "BULK_STATEMENTS", SMALL)
    store_dir = tmp_path / "kg"
    del_store = _write(store_dir, EXAMPLES[:2])
    del del_store
    before = _reader_view(store_dir)
    script = KILLER.format(tests=str(ROOT / "tests"), small=SMALL)
    proc = subprocess.run([sys.executable, "-c", script, str(store_dir), str(EXAMPLES[2])],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    raw = open_read_only(store_dir)
    left = {q.graph_name.value for q in raw.quads_for_pattern(None, UNFINISHED, None, None)}  # type: ignore[union-attr]
    assert any(g.startswith(DOCUMENT_PREFIX) for g in left), "the kill did not land between the steps"
    del raw
    assert _reader_view(store_dir) == before  # the half-written document is absent to every reader
    view = StoreView(str(store_dir), False)  # and to the endpoint's workers
    view.open()
    assert view.visible_set and not view.visible_set & left and view.has_private
    del view

    result = CliRunner().invoke(main, ["check", "--store", str(store_dir)])
    assert result.exit_code == 0, result.output
    assert "REPAIRED unfinished writes" in result.output and "store is consistent" in result.output
    store = KGStore(store_dir)
    assert store.unfinished_graphs() == frozenset() and not set(store.named_graphs()) & left
    del store

    assert ingest(EXAMPLES, KGStore(store_dir)).ok  # the re-run writes the document again, whole
    clean_dir = tmp_path / "clean"
    assert ingest(EXAMPLES, KGStore(clean_dir)).ok
    store, clean = KGStore(store_dir), KGStore(clean_dir)
    assert _quads(store.oxigraph) == _quads(clean.oxigraph)
    report = check_store(store)
    assert report.ok and all(not f.problems for f in report.findings), report.format("re-run")


def test_the_next_write_drops_an_interrupted_bulk_write_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_module, "BULK_STATEMENTS", SMALL)
    store_dir = tmp_path / "kg"
    proc = subprocess.run([sys.executable, "-c", KILLER.format(tests=str(ROOT / "tests"), small=SMALL),
                           str(store_dir), str(EXAMPLES[0])], capture_output=True, text=True, timeout=300)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    report = ingest(EXAMPLES[:1], KGStore(store_dir))  # not "unchanged": the document was never stored
    assert report.ingested == [str(EXAMPLES[0])]
    store = KGStore(store_dir)
    assert store.unfinished_graphs() == frozenset() and len(list(store.documents())) == 1
    assert all(not f.problems for f in check_store(store).findings)


def _ingest_cmd(docs: Path, store_dir: Path) -> list[str]:
    code = (f"import welfare_kg.graph.store as s; s.BULK_STATEMENTS = {SMALL}; "
            "from welfare_kg.cli import main; main()")
    return [sys.executable, "-c", code, "ingest", str(docs), "--store", str(store_dir), "-q"]


def _document_graphs(store_dir: Path) -> int:
    """Documents committed so far; 0 while the store is being created. Polled while the writer compacts: a
    table file listed when the handle opened may be gone a moment later, and a new handle then reads on."""
    for _ in range(20):
        try:
            return sum(1 for g in KGStore(store_dir, read_only=True).named_graphs() if g.startswith(DOCUMENT_PREFIX))
        except (OSError, RuntimeError, StoreError):
            time.sleep(0.05)
    return 0


def _graph_sizes(store: KGStore) -> dict[str, int]:
    sizes: dict[str, int] = {}
    for g in store.named_graphs():
        if g.startswith(DOCUMENT_PREFIX):
            sizes[g] = sum(1 for q in store.quads_in([g]) if q.predicate.value not in VARYING)
    return sizes


def test_kill_9_at_random_moments_of_bulk_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A real ingest whose every document takes the bulk path, killed three times at random moments."""
    monkeypatch.setattr(store_module, "BULK_STATEMENTS", SMALL)
    write_corpus(tmp_path / "corpus", 40, seed=11)
    docs = tmp_path / "corpus" / "docs"
    clean = KGStore(tmp_path / "clean")
    assert ingest([docs], clean).ok
    expected = _graph_sizes(clean)
    store_dir = tmp_path / "kg"
    rng = random.Random(13)
    for round_ in range(3):
        proc = subprocess.Popen(_ingest_cmd(docs, store_dir), start_new_session=True,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            target = _document_graphs(store_dir) + rng.randint(1, 6)
            deadline = time.monotonic() + 300
            while proc.poll() is None and time.monotonic() < deadline and _document_graphs(store_dir) < target:
                time.sleep(0.01)
            time.sleep(rng.random() * 0.3)
            if proc.poll() is None:
                os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
        reader = KGStore(store_dir, read_only=True)
        sizes = _graph_sizes(reader)
        assert {g: n for g, n in sizes.items() if expected.get(g) != n} == {}, f"round {round_}: a partial document"
        assert len(list(reader.documents())) == len(sizes)
        del reader
        store = KGStore(store_dir)
        report = check_store(store)
        assert report.ok, report.format(f"round {round_}")
        del store
    rerun = subprocess.run(_ingest_cmd(docs, store_dir), capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    store = KGStore(store_dir)
    assert _graph_sizes(store) == expected
    report = check_store(store)
    assert report.ok and all(not f.problems for f in report.findings), report.format("after the re-run")


def test_the_bulk_path_is_for_a_large_document_not_a_large_group(tmp_path: Path, built_examples: list[Any],
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Small documents written together stay one ordinary update however many statements they add up to; one
    document over the threshold takes the bulk path. Either way the store holds the same statements."""
    sizes = sorted(b.ntriples.count("\n") for b in built_examples)
    monkeypatch.setattr(store_module, "BULK_STATEMENTS", sizes[-1] + 1)  # above each document, below their sum
    assert sum(sizes) >= store_module.BULK_STATEMENTS
    stores = []
    for threshold in (sizes[-1] + 1, sizes[-1]):  # then the largest document reaches it
        monkeypatch.setattr(store_module, "BULK_STATEMENTS", threshold)
        store = KGStore(tmp_path / str(threshold))
        ensure_reference(store)
        spy = Spy(store._store)
        store._store = spy  # type: ignore[assignment]
        writer = Writer(store, commit_docs=len(built_examples), commit_quads=10**9, group_scale=1)  # one write
        for b in built_examples:
            writer.write(b)
        writer.close()
        assert spy.bulk_loads == (0 if threshold > sizes[-1] else 2)  # the write in two halves
        stores.append(_quads(spy.inner))  # type: ignore[attr-defined]
    assert stores[0] == stores[1]

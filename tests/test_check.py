"""`welfare-kg check`: a killed ingest leaves a consistent store; stale derived data is found and repaired."""

from __future__ import annotations

import contextlib
import csv
import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from welfare_kg.cli import main
from welfare_kg.graph.check import check_store
from welfare_kg.graph.entities import DISPLAY, REFERENCED_BY
from welfare_kg.graph.store import KGStore
from welfare_kg.graphs import DOCUMENT_PREFIX, ENTITIES_GRAPH, LABELS_GRAPH
from welfare_kg.ingest import ingest
from welfare_kg.queries import load_query, run_query
from welfare_kg.synthetic.generate import write_corpus

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "documents"
N_DOCS = 120
# label columns of saved queries, next to the IRI column they name
LABELLED = {
    "evidence": [("subjectIri", "subjectLabel"), ("objectIri", "objectLabel")],
    "funding": [("funderIri", "funderLabel"), ("fundedIri", "fundedLabel")],
    "co_participation": [("a", "aLabel"), ("b", "bLabel")],
    "people_posts": [("personIri", "personLabel"), ("organisationIri", "organisationLabel")],
    "project_network": [("projectIri", "projectLabel"), ("partnerIri", "partnerLabel")],
}


def _stored(store_dir: Path) -> int:
    """Document graphs committed so far, seen through a read-only handle (works while the ingest writes)."""
    try:
        store = ox.Store.read_only(str(store_dir))
    except (OSError, RuntimeError):  # not created yet, or caught half-way through creation
        return 0
    return sum(1 for g in store.named_graphs() if g.value.startswith(DOCUMENT_PREFIX))


# Left out when comparing document graphs across runs: the time of ingest, and names, because
# extraction does not yet give the same alternative names in every process (hash order).
VARYING = {"https://w3id.org/welfare-kg/ontology#ingestedAt", "http://www.w3.org/2004/02/skos/core#altLabel",
           "http://www.w3.org/2004/02/skos/core#hiddenLabel"}


def _graph_sizes(store: ox.Store) -> dict[str, int]:
    """Statements per document graph (those that vary between runs left out)."""
    sizes: dict[str, int] = {}
    for q in store.quads_for_pattern(None, None, None, None):
        g = q.graph_name
        if isinstance(g, ox.NamedNode) and g.value.startswith(DOCUMENT_PREFIX) and q.predicate.value not in VARYING:
            sizes[g.value] = sizes.get(g.value, 0) + 1
    return sizes


def _blank_labels(store: KGStore) -> list[str]:
    blank = []
    for name, pairs in LABELLED.items():
        out = run_query(store, load_query(name).text, fmt="csv")
        for row in csv.DictReader(io.StringIO(out)):
            blank += [f"{name}: {row[iri]}" for iri, label in pairs if row[iri] and not row[label]]
    return blank


def _ingest_cmd(docs: Path, store_dir: Path) -> list[str]:
    return [sys.executable, "-c", "from welfare_kg.cli import main; main()", "ingest", str(docs),
            "--store", str(store_dir), "--jobs", "2", "-q"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    write_corpus(out, N_DOCS, seed=7)
    return out / "docs"


@pytest.fixture(scope="module")
def clean(corpus: Path) -> KGStore:
    """The same corpus ingested without interruption: what every document graph should hold."""
    store = KGStore()
    assert ingest([corpus], store).ok
    return store


def test_kill_9_during_parallel_ingest_leaves_whole_documents_and_a_matching_entity_layer(
        corpus: Path, clean: KGStore, tmp_path: Path) -> None:
    store_dir = tmp_path / "kg"
    proc = subprocess.Popen(_ingest_cmd(corpus, store_dir), start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 300
        while proc.poll() is None and time.monotonic() < deadline and _stored(store_dir) < 20:
            time.sleep(0.05)
        assert proc.poll() is None, "the ingest finished before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)  # the writer, mid-run
        proc.wait(timeout=30)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)  # workers and fork server this test started, if still there
        if proc.stderr:
            proc.stderr.close()

    store = KGStore(store_dir)
    sizes = _graph_sizes(store.oxigraph)
    assert 20 <= len(sizes) < N_DOCS, f"{len(sizes)} documents stored: the kill was not mid-run"
    expected_sizes = _graph_sizes(clean.oxigraph)
    assert {g: n for g, n in sizes.items() if expected_sizes.get(g) != n} == {}, "a document graph is partial"
    report = check_store(store)
    assert report.ok, report.format("killed store")
    assert all(not f.problems for f in report.findings)  # consistent as found, nothing to repair
    assert _blank_labels(store) == []
    del store

    rerun = subprocess.run(_ingest_cmd(corpus, store_dir), capture_output=True, text=True, timeout=600,
                           start_new_session=True)
    assert rerun.returncode == 0, rerun.stderr
    store = KGStore(store_dir)
    assert _graph_sizes(store.oxigraph) == expected_sizes
    assert check_store(store).ok
    assert _blank_labels(store) == []


@pytest.fixture
def example_dir(tmp_path: Path) -> Path:
    store_dir = tmp_path / "kg"
    store = KGStore(store_dir)
    assert ingest([EXAMPLES], store).ok
    del store
    return store_dir


def _check(store_dir: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["check", "--store", str(store_dir), *args])
    return result.exit_code, result.output


def test_check_passes_on_a_fresh_store(example_dir: Path) -> None:
    code, out = _check(example_dir)
    assert code == 0, out
    assert "5 documents" in out and "store is consistent" in out
    assert "FAIL" not in out


def test_stale_entity_layer_is_reported_then_repaired(example_dir: Path) -> None:
    store = KGStore(example_dir)
    layer = ox.NamedNode(ENTITIES_GRAPH)
    mentioned = {q.subject for q in store.oxigraph.quads_for_pattern(None, REFERENCED_BY, None, layer)}
    labels = [q for q in store.oxigraph.quads_for_pattern(None, DISPLAY, None, layer) if q.subject in mentioned][:7]
    for q in labels:
        store.oxigraph.remove(q)
    store.oxigraph.add(ox.Quad(ox.NamedNode("https://w3id.org/welfare-kg/id/project/ghost"), DISPLAY,
                               ox.Literal("Ghost"), layer))
    del store
    code, out = _check(example_dir)
    assert code == 1
    assert "FAIL     entity layer" in out and "7 statements missing, 1 not explained" in out
    assert "FAIL     labels: 7 mentioned entities have no label" in out
    code, out = _check(example_dir, "--repair")
    assert code == 0, out
    assert "REPAIRED" in out and "rebuilt the entity layer from 5 documents" in out
    code, out = _check(example_dir)
    assert code == 0 and "FAIL" not in out and "REPAIRED" not in out


def test_store_from_before_the_entity_layer_is_migrated(example_dir: Path) -> None:
    """An older store has a labels graph and no entity layer: check says so; opening it for queries builds it."""
    store = KGStore(example_dir)
    store.oxigraph.remove_graph(ox.NamedNode(ENTITIES_GRAPH))
    store.oxigraph.add(ox.Quad(ox.NamedNode("https://w3id.org/welfare-kg/id/project/x"),
                               ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel"), ox.Literal("x"),
                               ox.NamedNode(LABELS_GRAPH)))
    del store
    code, out = _check(example_dir)
    assert code == 1 and "old labels graph" in out
    store = KGStore(example_dir)
    assert store.ensure_derived() is True
    assert not store.oxigraph.contains_named_graph(ox.NamedNode(LABELS_GRAPH))
    assert check_store(store).ok and all(not f.problems for f in check_store(store).findings)


def test_missing_provenance_is_reported_not_repaired(example_dir: Path) -> None:
    store = KGStore(example_dir)
    graph = next(g for g in store.named_graphs() if g.startswith(DOCUMENT_PREFIX))
    checksum = ox.NamedNode("https://w3id.org/welfare-kg/ontology#checksum")
    [q] = list(store.oxigraph.quads_for_pattern(None, checksum, None, ox.NamedNode(graph)))
    store.oxigraph.remove(q)
    orphan = "https://w3id.org/welfare-kg/graph/contact/0000000000000000"
    store.oxigraph.add(ox.Quad(ox.NamedNode("https://w3id.org/welfare-kg/id/person/x"),
                               ox.NamedNode("https://w3id.org/welfare-kg/ontology#contactData"),
                               ox.Literal("x@example.org"), ox.NamedNode(orphan)))
    del store
    code, out = _check(example_dir, "--repair")
    assert code == 1
    assert f"<{graph}>: 0 checksums, 1 sources" in out and "ingest those files again" in out
    assert "REPAIRED contact graphs" in out and "dropped 1 orphaned contact graph" in out
    assert orphan not in KGStore(example_dir).named_graphs()

"""`ingest --jobs N`: the same graph as the serial ingest, and nothing redone on an unchanged folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

import welfare_kg.ingest as ingest_module
from welfare_kg.graph.store import KGStore
from welfare_kg.ingest import ingest
from welfare_kg.ontology.namespace import WKG
from welfare_kg.synthetic.generate import write_corpus

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "documents"

# Both runs happen in child processes with one fixed hash seed. Extraction currently depends
# on set iteration order (the gazetteer trie keeps whichever of two same-token spellings,
# "sosiaali- ja terveysministeriö" / "Sosiaali- ja terveysministeriö", it meets first), so two
# processes with random seeds can differ in an altLabel/hiddenLabel even when both are serial.
INGEST = """
import sys
from pathlib import Path
from welfare_kg.graph.store import KGStore
jobs = int(sys.argv[2])
store = KGStore(Path(sys.argv[1]))
paths = sys.argv[3:]
if jobs == 0:
    from welfare_kg.ingest import ingest
    report = ingest(paths, store)
else:
    from welfare_kg.ingest import ingest
    report = ingest(paths, store, jobs=jobs, batch=2)
print(report.summary())
"""


def _ingest_in_child(store: Path, jobs: int, *paths: Path) -> str:
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    out = subprocess.run([sys.executable, "-c", INGEST, str(store), str(jobs), *map(str, paths)],
                         env=env, capture_output=True, text=True, timeout=240, check=True)
    return out.stdout.strip()


def _normalised(store_dir: Path) -> set[ox.Quad]:
    store = KGStore(store_dir, read_only=True)
    at = ox.NamedNode(str(WKG.ingestedAt))
    quads = {ox.Quad(q.subject, q.predicate, ox.Literal("T") if q.predicate == at else q.object, q.graph_name)
             for q in store.oxigraph}
    del store
    return quads


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("corpus")
    write_corpus(d, 16, seed=11)
    return d / "docs"


def test_jobs_2_equals_serial(tmp_path: Path, corpus: Path) -> None:
    serial = _ingest_in_child(tmp_path / "serial", 0, corpus, EXAMPLES)
    par = _ingest_in_child(tmp_path / "par", 2, corpus, EXAMPLES)
    assert serial == par == "21 ingested, 0 unchanged, 0 replaced, 0 failed"
    a, b = _normalised(tmp_path / "serial"), _normalised(tmp_path / "par")
    assert len(a) > 5000
    assert a == b


def test_rerun_sends_nothing_to_workers(tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = KGStore(tmp_path / "kg")
    first = ingest([corpus], store, jobs=1)
    assert len(first.ingested) == 16
    size = len(store)

    def no_work(*_a: object, **_k: object) -> None:
        raise AssertionError("an unchanged file was sent out for extraction")

    monkeypatch.setattr(ingest_module, "_pool", no_work)
    monkeypatch.setattr(ingest_module, "build_file", no_work)
    again = ingest([corpus], store, jobs=2)
    assert again.ingested == [] and again.replaced == [] and len(again.unchanged) == 16
    assert len(store) == size


def test_changed_duplicate_and_broken_files(tmp_path: Path, corpus: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    files = sorted(corpus.iterdir())[:3]
    for f in files:
        (docs / f.name).write_bytes(f.read_bytes())
    store = KGStore(tmp_path / "kg")
    assert len(ingest([docs], store, jobs=2).ingested) == 3
    old_graphs = set(store.named_graphs())
    changed = docs / files[0].name
    changed.write_text(changed.read_text(encoding="utf-8") + "\nLisäys.\n", encoding="utf-8")
    (docs / "zz_copy.txt").write_bytes((docs / files[1].name).read_bytes())  # same bytes, other name
    (docs / "zz_empty.txt").write_bytes(b"")
    report = ingest([docs], store, jobs=2)
    assert report.replaced == [str(changed)]
    assert sorted(Path(p).name for p in report.unchanged) == sorted([files[1].name, files[2].name, "zz_copy.txt"])
    assert len(report.failed) == 1 and "empty" in report.failed[0]
    assert len(list(store.documents())) == 3
    assert len(set(store.named_graphs()) - old_graphs) == 2  # new document graph + its contact graph


def test_the_fork_server_starts_before_the_reference_loads_and_only_when_workers_are_needed(
        tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The fork server's imports run while the ingest loads the reference graph, not after it (the first
    worker waits for them); an ingest with nothing to do, or in one process, starts no fork server."""
    calls: list[str] = []
    start, reference = ingest_module._start_forkserver, ingest_module.ensure_reference

    def starting(ctx: object) -> None:
        calls.append("fork server")
        start(ctx)  # type: ignore[arg-type]

    def loading(store: KGStore) -> bool:
        calls.append("reference")
        return reference(store)

    monkeypatch.setattr(ingest_module, "_start_forkserver", starting)
    monkeypatch.setattr(ingest_module, "ensure_reference", loading)
    docs = tmp_path / "docs"
    docs.mkdir()
    for f in sorted(corpus.iterdir())[:2]:
        (docs / f.name).write_bytes(f.read_bytes())
    store = KGStore(tmp_path / "kg")
    assert len(ingest([docs], store, jobs=2).ingested) == 2
    assert calls == ["fork server", "reference"]
    assert store.has_reference(reference_version())
    calls.clear()
    assert len(ingest([docs], store, jobs=2).unchanged) == 2
    assert calls == ["reference"]
    calls.clear()
    (docs / "extra.txt").write_text("Kunnanhallitus kokoontui tiistaina.\n", encoding="utf-8")
    assert len(ingest([docs], store, jobs=1).ingested) == 1
    assert calls == ["reference"]


def reference_version() -> str:
    import hashlib

    from welfare_kg.data import reference_path

    return hashlib.sha256(reference_path().read_bytes()).hexdigest()

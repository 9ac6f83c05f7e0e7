"""Committed groups of an ingest are flushed to table files, so that readers open fast during an ingest.

A read-only handle (every reader command, each endpoint worker after a commit) replays
the writer's unflushed write-ahead log when it opens: with the old rule (a flush every
50,000 document statements, the entity layer's writes not counted) a reader during an
ingest of the 218-document dev corpus waited 7.4 s on average and up to 14.6 s to open,
and the endpoint's answers took 16 s; with a flush after each commit, 0.5 s and at most
2.9 s, at the same ingest CPU time (18.3 vs 18.6 s). A checkpoint taken from a read-only
handle holds only table files, so it shows whether a commit reached them.

With several jobs every second commit is flushed (`FLUSH_EVERY`): each flush makes RocksDB merge table files,
rewriting about the whole store every second flush, work that two jobs pay on the workers' cores. Then at most one
committed group is only in the log when a reader opens (benchmarks/HISTORY.md, thirty-fifth session).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox

from welfare_kg.graph import retry
from welfare_kg.graph.store import KGStore
from welfare_kg.graph.writer import open_read_only
from welfare_kg.ingest import Writer, build_file, ensure_reference, flush_every

DOCS = Path(__file__).parent / "documents"


def _in_tables(store_dir: Path, snapshot: Path) -> set[str]:
    """The named graphs of a checkpoint taken from a read-only handle: what reached table files."""

    def checkpoint() -> None:  # the writer's compaction may remove a table file being linked: try again
        for leftover in (snapshot, snapshot.with_name(snapshot.name + ".tmp")):
            shutil.rmtree(leftover, ignore_errors=True)
        open_read_only(store_dir).backup(str(snapshot))

    retry.READS.run(checkpoint)
    return {str(g.value) for g in ox.Store.read_only(str(snapshot)).named_graphs() if isinstance(g, ox.NamedNode)}


def test_a_committed_group_is_in_table_files_not_only_in_the_log(tmp_path: Path) -> None:
    store = KGStore(tmp_path / "kg")
    ensure_reference(store)
    store.flush()
    writer = Writer(store, commit_docs=2, flush_every=flush_every(1))  # one job
    for p in sorted(DOCS.glob("*.txt"))[:2]:  # far below any statement count that used to trigger a flush
        built = build_file(str(p))
        assert built.error is None, built.error
        writer.write(built)  # the second one commits the group
    assert not writer.pending
    graphs = {str(g.value) for g in store.oxigraph.named_graphs() if isinstance(g, ox.NamedNode)}
    in_tables = _in_tables(tmp_path / "kg", tmp_path / "checkpoint")
    assert len(in_tables) == len(graphs) and in_tables == graphs
    writer.close()


def test_with_two_jobs_every_second_group_is_flushed_so_at_most_one_is_only_in_the_log(tmp_path: Path) -> None:
    store = KGStore(tmp_path / "kg")
    ensure_reference(store)
    store.flush()
    writer = Writer(store, commit_docs=2, flush_every=flush_every(2))
    docs = []
    for p in sorted(DOCS.glob("*.txt"))[:4]:  # far below any statement count that used to trigger a flush
        built = build_file(str(p))
        assert built.error is None, built.error
        docs.append(built)
    for built in docs[:2]:
        writer.write(built)  # the second one commits the first group, which is left unflushed
    assert not writer.pending and writer.unflushed == 1
    first = {str(g.value) for g in store.oxigraph.named_graphs() if isinstance(g, ox.NamedNode)}
    assert all(b.graph in first for b in docs[:2])  # committed: in the store
    assert not any(b.graph in _in_tables(tmp_path / "kg", tmp_path / "cp1") for b in docs[:2])  # only in the log
    for built in docs[2:]:
        writer.write(built)  # the fourth one commits the second group, and the flush takes both to table files
    assert not writer.pending and writer.unflushed == 0
    graphs = {str(g.value) for g in store.oxigraph.named_graphs() if isinstance(g, ox.NamedNode)}
    in_tables = _in_tables(tmp_path / "kg", tmp_path / "cp2")
    assert all(b.graph in in_tables for b in docs)
    assert len(in_tables) == len(graphs) and in_tables == graphs
    writer.close()


def test_the_close_flushes_a_last_group_left_in_the_log(tmp_path: Path) -> None:
    store = KGStore(tmp_path / "kg")
    ensure_reference(store)
    store.flush()
    writer = Writer(store, commit_docs=2, flush_every=flush_every(2))
    docs = [build_file(str(p)) for p in sorted(DOCS.glob("*.txt"))[:3]]
    for built in docs:
        writer.write(built)  # one group committed unflushed, one document pending
    assert writer.unflushed == 1 and len(writer.pending) == 1
    writer.close()
    assert writer.unflushed == 0
    assert all(b.graph in _in_tables(tmp_path / "kg", tmp_path / "cp") for b in docs)


_KILLED_WRITER = """
import sys, time
from pathlib import Path
from welfare_kg.graph.store import KGStore
from welfare_kg.ingest import Writer, build_file, ensure_reference, flush_every
store = KGStore(Path(sys.argv[1]))
ensure_reference(store)
store.flush()
writer = Writer(store, commit_docs=2, flush_every=flush_every(2))
for p in sys.argv[2:]:
    writer.write(build_file(p))
assert not writer.pending and writer.unflushed == 1
print("committed", flush=True)
time.sleep(300)
"""


def test_a_killed_writer_loses_no_committed_group_left_unflushed(tmp_path: Path) -> None:
    """kill -9 right after a commit that two jobs leave unflushed: the log holds it, so the store opens with both
    documents whole and `check` finds nothing to repair."""
    import signal
    import subprocess
    import sys

    from welfare_kg.graph.check import check_store

    paths = [str(p) for p in sorted(DOCS.glob("*.txt"))[:2]]
    proc = subprocess.Popen([sys.executable, "-c", _KILLED_WRITER, str(tmp_path / "kg"), *paths],
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "committed"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    store = KGStore(tmp_path / "kg")
    graphs = {str(g.value) for g in store.oxigraph.named_graphs() if isinstance(g, ox.NamedNode)}
    assert all(build_file(p).graph in graphs for p in paths)
    report = check_store(store)
    assert report.ok and all(not f.problems for f in report.findings), report.format("killed store")

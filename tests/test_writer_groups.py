"""The ingest writer's groups grow with the store, and the graphs summarised by the worker store the same.

A group is one transaction and one flush (with two jobs, every second group flushes); RocksDB's work per flush grows
with the store,
so the writer commits small groups while the store is small (a reader soon sees the first
documents, a crash early loses little) and larger ones as it grows, never larger than
`group_scale` times the first size. The worker hands the writer what each graph brings to the
entity layer and the fact rows already derived (`Built.summary`: contributions, listing rows,
fact rows as text); the store must come out exactly as when the writer derives them itself.
"""

from __future__ import annotations

import dataclasses

import pyoxigraph as ox
import pytest

from welfare_kg import ingest as ingest_module
from welfare_kg.graph.entities import summary_text
from welfare_kg.graph.store import KGStore
from welfare_kg.ingest import GROUP_SHARE, Built, Writer, build_file, ensure_reference, flush_every
from welfare_kg.synthetic.generate import write_corpus

N_DOCS = 40


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> list[Built]:
    out = tmp_path_factory.mktemp("corpus")
    write_corpus(out, N_DOCS, seed=11)
    docs = [build_file(str(p)) for p in sorted((out / "docs").iterdir())]
    assert all(b.error is None for b in docs)
    return docs


def _groups(store: KGStore) -> list[int]:
    """Documents per `write_documents` call of `store`, recorded as they are written."""
    sizes: list[int] = []
    write = store.write_documents

    def recording(graphs: dict[str, str], **kw: object) -> None:
        sizes.append(sum(1 for g in graphs if "/graph/document/" in g))
        write(graphs, **kw)  # type: ignore[arg-type]

    store.write_documents = recording  # type: ignore[method-assign]
    return sizes


def _flushes_logged() -> tuple[KGStore, list[str], list[int]]:
    """A store with the reference graph whose flushes are logged with the documents committed before each, and the
    sizes of its `write_documents` calls: what the flush tests compare."""
    store = KGStore()
    ensure_reference(store)
    events: list[str] = []
    sizes = _groups(store)
    flush = store.flush

    def recording_flush() -> None:
        events.append(f"flush after {sum(sizes)}")
        flush()

    store.flush = recording_flush  # type: ignore[method-assign]
    return store, events, sizes


def test_groups_start_small_and_grow_with_the_store_up_to_the_scale(built: list[Built]) -> None:
    store = KGStore()
    ensure_reference(store)
    sizes = _groups(store)
    committed: list[str] = []
    writer = Writer(store, lambda b, _status: committed.append(b.path), commit_docs=1, group_scale=3)
    for b in built:
        writer.write(b)
    writer.close()
    assert sum(sizes) == N_DOCS and len(committed) == N_DOCS
    small = 2 * GROUP_SHARE  # while fewer documents are known, a group is `commit_docs` (one) document
    assert sizes[:small - 1] == [1] * (small - 1)
    assert max(sizes) == 3  # grown, but never beyond `group_scale` times `commit_docs`
    assert len(sizes) < N_DOCS
    stored = {q.graph_name.value for q in store.oxigraph.quads_for_pattern(None, None, None, None)
              if isinstance(q.graph_name, ox.NamedNode) and "/graph/document/" in q.graph_name.value}
    assert stored == {b.graph for b in built}


def test_a_group_grows_to_a_quarter_of_the_store_and_no_further(built: list[Built]) -> None:
    """What a crash can lose (the pending group) is at most a quarter of the store it would complete; groups do
    grow that far (not only to an eighth), because each commit is a flush and RocksDB merges after every second
    flush, rewriting about the whole store each time: fewer commits while the store grows, fewer merges."""
    store = KGStore()
    ensure_reference(store)
    sizes = _groups(store)
    writer = Writer(store, commit_docs=1, group_scale=100)
    for b in built:
        writer.write(b)
    writer.close()
    after = [sum(sizes[:i + 1]) for i in range(len(sizes))]  # documents stored once each group is in
    assert sum(sizes) == N_DOCS
    assert all(size <= max(1, done // 4) for size, done in zip(sizes, after, strict=True))
    assert any(size * 5 > done for size, done in zip(sizes, after, strict=True) if done >= 20)  # beyond a fifth


def test_a_group_waits_for_its_size_before_it_is_written(built: list[Built]) -> None:
    """Documents of an unfinished group are not in the store yet (a crash now would lose only them)."""
    store = KGStore()
    ensure_reference(store)
    writer = Writer(store, commit_docs=4, group_scale=1)
    for b in built[:3]:
        writer.write(b)
    assert not any(store.oxigraph.contains_named_graph(ox.NamedNode(b.graph)) for b in built[:3])
    writer.write(built[3])
    assert all(store.oxigraph.contains_named_graph(ox.NamedNode(b.graph)) for b in built[:4])


def test_the_workers_summary_is_the_writers_and_stores_the_same(built: list[Built]) -> None:
    for b in built[:5]:
        assert b.summary is not None
        assert b.summary == summary_text(b.graph, b.ntriples)
        assert b.summary.entities and b.summary.rows and b.summary.facts.text  # a generated document has all three
    stores = []
    for given in (True, False):
        store = KGStore()
        ensure_reference(store)
        graphs = {g: nt for b in built for g, nt in ((b.graph, b.ntriples), (b.contact_graph, b.contacts))}
        summaries = {b.graph: b.summary for b in built if b.summary is not None} if given else None
        half = len(built) // 2  # two writes: the second one's layer delta starts from the first one's
        for part in (list(graphs)[:2 * half], list(graphs)[2 * half:]):
            store.write_documents({g: graphs[g] for g in part}, summaries=summaries)
        stores.append(set(store.oxigraph.quads_for_pattern(None, None, None, None)))
    assert stores[0] == stores[1]


def test_a_document_without_its_summary_is_summarised_by_the_writer(built: list[Built]) -> None:
    """A `Built` from elsewhere (an older pickle, a caller of its own) has no `summary`: the writer makes it."""
    stores = []
    for docs in (built[:6], [dataclasses.replace(b, summary=None) for b in built[:6]]):
        store = KGStore()
        ensure_reference(store)
        writer = Writer(store, commit_docs=3, group_scale=1)
        for b in docs:
            writer.write(b)
        writer.close()
        stores.append(set(store.oxigraph.quads_for_pattern(None, None, None, None)))
    assert stores[0] == stores[1]
    layer = ox.NamedNode("https://w3id.org/welfare-kg/graph/entities")
    assert any(q.graph_name == layer for q in stores[1])  # the layer was written from the writer's own summary


def test_a_grown_group_stays_below_the_bulk_paths_size(built: list[Built], monkeypatch: pytest.MonkeyPatch) -> None:
    """However far the scale would let a group grow, its statements stop at `GROUP_STATEMENTS` (an ordinary
    transaction: the bulk path costs more CPU for groups of small documents)."""
    monkeypatch.setattr(ingest_module, "GROUP_STATEMENTS", 2_000)
    store = KGStore()
    ensure_reference(store)
    sizes = _groups(store)
    statements: list[int] = []
    write = store.write_documents

    def counting(graphs: dict[str, str], **kw: object) -> None:
        statements.append(sum(nt.count("\n") for nt in graphs.values()))
        write(graphs, **kw)  # type: ignore[arg-type]

    store.write_documents = counting  # type: ignore[method-assign]
    writer = Writer(store, commit_docs=16, commit_quads=500, group_scale=16)
    writer.checksums |= {f"{i:064x}" for i in range(4_000)}  # as if 4,000 documents were stored: scale 16
    for b in built:
        writer.write(b)
    writer.close()
    largest = max(b.ntriples.count("\n") + b.contacts.count("\n") for b in built)
    assert max(statements[:-1]) < 2_000 + largest  # the group that crossed the limit was committed at once
    assert sum(sizes) == N_DOCS and max(sizes) > 1 and len(sizes) < N_DOCS


def test_at_the_end_a_group_is_committed_once_it_has_caught_up_with_what_is_still_to_come(built: list[Built]) -> None:
    """`commit_ahead(coming)`: once every file is handed out, the pending group is committed as soon as it holds
    at least as many documents as the workers still have to return (never fewer than `commit_docs`), so the
    group left for after the workers' last batch, which nothing overlaps, is small."""
    store = KGStore()
    ensure_reference(store)
    sizes = _groups(store)
    writer = Writer(store, commit_docs=2, group_scale=16)
    writer.checksums |= {f"{i:064x}" for i in range(4_000)}  # a grown store: groups of up to 32 documents
    for b in built[:5]:
        writer.write(b)
    assert sizes == []  # an ordinary group waits for 32
    writer.commit_ahead(6)  # more is coming than the group holds: it waits
    assert sizes == []
    writer.commit_ahead(5)
    assert sizes == [5]
    writer.write(built[5])
    writer.commit_ahead(0)  # one document is less than `commit_docs`: it waits for the close
    assert sizes == [5]
    writer.close()
    assert sizes == [5, 1]
    assert all(store.oxigraph.contains_named_graph(ox.NamedNode(b.graph)) for b in built[:6])


def test_the_tails_early_commits_are_not_flushed_and_the_close_flushes_once(built: list[Built]) -> None:
    """`commit_ahead`'s commits are whole transactions (the documents are in the store at once) but leave the
    flush to `close`: each flush at the ingest's end made RocksDB merge table files at the store's largest,
    work two jobs paid on their shared cores. An ordinary group is still flushed as it commits (here on every
    commit: `flush_every=1`)."""
    store, events, sizes = _flushes_logged()
    writer = Writer(store, commit_docs=2, group_scale=16, flush_every=1)
    writer.checksums |= {f"{i:064x}" for i in range(4_000)}  # a grown store: groups of up to 32 documents
    for b in built[:32]:
        writer.write(b)
    assert sizes == [32] and events == ["flush after 32"]  # an ordinary group: committed, then flushed
    for b in built[32:36]:
        writer.write(b)
    writer.commit_ahead(3)
    assert sizes == [32, 4] and events == ["flush after 32"]  # committed, not flushed
    assert all(store.oxigraph.contains_named_graph(ox.NamedNode(b.graph)) for b in built[:36])
    writer.write(built[36])
    writer.commit_ahead(0)  # one document, fewer than `commit_docs`: left for the close
    writer.close()
    assert sizes == [32, 4, 1] and events == ["flush after 32", "flush after 37"]


def test_a_close_after_an_unflushed_commit_flushes_even_with_nothing_pending(built: list[Built]) -> None:
    store = KGStore()
    ensure_reference(store)
    flushes: list[int] = []
    flush = store.flush

    def recording_flush() -> None:
        flushes.append(1)
        flush()

    store.flush = recording_flush  # type: ignore[method-assign]
    writer = Writer(store, commit_docs=2, group_scale=16)
    writer.checksums |= {f"{i:064x}" for i in range(4_000)}  # groups of up to 32: nothing commits by itself
    writer.write(built[0])
    writer.commit_ahead(0)  # one pending is fewer than `commit_docs`: nothing
    assert not flushes and writer.pending
    writer.write(built[1])
    writer.commit_ahead(0)  # two pending: committed without a flush
    assert not flushes and not writer.pending
    writer.close()  # nothing pending, something unflushed
    assert len(flushes) == 1
    writer.close()  # nothing left to flush
    assert len(flushes) == 1


def test_with_two_jobs_every_second_commit_is_flushed(built: list[Built]) -> None:
    """RocksDB merges its table files after every second flush, rewriting about the whole store: flushing every
    second commit halves those merges, which two jobs pay on the workers' cores (one job gets them free on its idle
    core, and a commit into memtables that hold the previous group costs its main thread more). Each commit is
    still its own transaction of whole documents; the close flushes a commit left unflushed."""
    store, events, sizes = _flushes_logged()
    assert flush_every(1) == 1  # one job: every commit is flushed (the merges run free on the idle core)
    writer = Writer(store, commit_docs=2, group_scale=1, flush_every=flush_every(2))  # groups of two, two jobs
    for b in built[:9]:
        writer.write(b)
    assert sizes == [2, 2, 2, 2] and events == ["flush after 4", "flush after 8"]
    assert all(store.oxigraph.contains_named_graph(ox.NamedNode(b.graph)) for b in built[:8])
    writer.write(built[9])
    assert sizes == [2, 2, 2, 2, 2] and events == ["flush after 4", "flush after 8"]  # committed, in the log
    writer.close()
    assert events == ["flush after 4", "flush after 8", "flush after 10"]

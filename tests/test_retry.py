"""The one retry policy for reads racing a writer (graph/retry.py), and the three places that use it.

The policy's own cases run on plain callables (what is retried, how often, what is
raised). Where it is used, the race is produced on a real store: its table files are
moved away (what a writer's compaction does to a reader) and come back during the
policy's back-off, as a compacted store's new files are there a moment later.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from welfare_kg.graph import retry, writer
from welfare_kg.graph.retry import Retry, transient
from welfare_kg.graph.store import KGStore
from welfare_kg.serve.workers import StoreView, Task

GONE = "IO error: No such file or directory: While open a file for random read: kg/000132.sst: No such file"
CORRUPT_GONE = "Corruption: Corruption: IO error: No such file or directory: While open a file for random read"


class Flaky:
    """Raises `error` for the first `failures` calls, then returns "done"; counts its calls."""

    def __init__(self, error: BaseException, failures: int) -> None:
        self.error, self.failures, self.calls = error, failures, 0

    def __call__(self) -> str:
        self.calls += 1
        if self.calls <= self.failures:
            raise self.error
        return "done"


def _policy(attempts: int = 4) -> tuple[Retry, list[float]]:
    slept: list[float] = []
    return Retry(attempts=attempts, backoff=0.05, sleep=slept.append), slept


def test_a_transient_error_is_retried_then_succeeds() -> None:
    policy, slept = _policy()
    action = Flaky(FileNotFoundError(GONE), failures=2)
    retried: list[BaseException] = []
    assert policy.run(action, before_retry=retried.append) == "done"
    assert action.calls == 3 and len(retried) == 2
    assert slept == pytest.approx([0.05, 0.10])  # back-off grows with the attempt


def test_a_persistent_transient_error_is_raised_after_all_attempts_with_its_message() -> None:
    policy, slept = _policy(attempts=4)
    action = Flaky(RuntimeError(CORRUPT_GONE), failures=99)
    with pytest.raises(RuntimeError) as caught:
        policy.run(action)
    assert action.calls == 4 and len(slept) == 3
    assert str(caught.value) == CORRUPT_GONE  # the original error, not a wrapper


@pytest.mark.parametrize("error", [OSError("IO error: No space left on device"), PermissionError("Permission denied"),
                                   RuntimeError("Corruption: block checksum mismatch"), ValueError("No such file"),
                                   SyntaxError("error at 1:5")])
def test_a_non_transient_error_is_not_retried(error: BaseException) -> None:
    policy, slept = _policy()
    action = Flaky(error, failures=1)
    with pytest.raises(type(error)):
        policy.run(action)
    assert action.calls == 1 and slept == []


def test_what_counts_as_transient() -> None:
    assert transient(FileNotFoundError(GONE)) and transient(RuntimeError(CORRUPT_GONE))
    assert transient(RuntimeError("Invalid argument: Column family not found: gspo"))
    assert not transient(OSError("IO error: No space left on device"))
    assert not transient(ValueError("No such file"))  # not an error RocksDB raises for a missing file


def test_a_caller_can_narrow_the_policy() -> None:
    policy, slept = _policy()
    action = Flaky(FileNotFoundError(GONE), failures=1)
    with pytest.raises(FileNotFoundError):
        policy.run(action, retry_if=lambda exc: False)
    assert action.calls == 1 and slept == []


# -- the policy where it is used, on a real store -------------------------------------------------------------

@pytest.fixture
def store_copy(seed_store_dir: Path, tmp_path: Path) -> Path:
    """A copy of the example store: its files may be moved about (the seed store is shared)."""
    path = tmp_path / "kg"
    shutil.copytree(seed_store_dir, path, ignore=shutil.ignore_patterns("LOCK", writer.NOTE))
    return path


class Compaction:
    """Moves a store's table files away (as a writer's compaction removes them) and back on the first back-off."""

    def __init__(self, store_dir: Path) -> None:
        self.aside = store_dir.parent / "aside"
        self.aside.mkdir()
        self.store_dir = store_dir
        self.tables = sorted(store_dir.glob("*.sst"))
        assert self.tables, "the example store has table files"
        self.sleeps = 0

    def remove(self) -> None:
        for f in self.tables:
            f.rename(self.aside / f.name)

    def sleep(self, _seconds: float) -> None:
        self.sleeps += 1
        for f in self.tables:
            if not f.exists():
                (self.aside / f.name).rename(f)


@pytest.fixture
def compaction(store_copy: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Compaction]:
    race = Compaction(store_copy)
    monkeypatch.setattr(retry, "READS", Retry(sleep=race.sleep))
    yield race


def test_open_read_only_waits_for_the_writers_new_files(store_copy: Path, compaction: Compaction) -> None:
    compaction.remove()
    with pytest.raises((OSError, RuntimeError), match="No such file"):
        writer.open_read_only(store_copy, Retry(attempts=1))  # a policy without retries meets the race
    store = writer.open_read_only(store_copy)  # the shared policy: the files are back after one back-off
    assert compaction.sleeps == 1 and len(store) > 0


def test_open_read_only_reports_a_missing_store_at_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    slept: list[float] = []
    monkeypatch.setattr(retry, "READS", Retry(sleep=slept.append))
    with pytest.raises(FileNotFoundError, match="CURRENT"):
        writer.open_read_only(tmp_path)
    assert slept == []  # no CURRENT file: no store, nothing to wait for


def test_a_store_read_is_repeated_on_a_fresh_handle(store_copy: Path, compaction: Compaction) -> None:
    expected = KGStore(store_copy, read_only=True).named_graphs()
    store = KGStore(store_copy, read_only=True)
    old = store.oxigraph
    compaction.remove()

    def whole_read(s: KGStore) -> list[str]:
        if s.oxigraph is old:  # the old handle met a removed file
            raise FileNotFoundError(GONE)
        return s.named_graphs()

    assert store.read(whole_read) == expected and store.oxigraph is not old
    assert compaction.sleeps == 1  # one back-off, then the reopened handle finds the writer's files


def _answer(view: StoreView) -> tuple[int, bytes, str]:
    return view.answer(Task("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "text/csv"))


def test_a_worker_answers_on_a_fresh_handle(store_copy: Path, compaction: Compaction) -> None:
    view = StoreView(str(store_copy), include_contacts=True)
    view.open()
    expected = _answer(view)
    assert expected[0] == 200
    view.store = None  # the next query opens the store again, and meets the compaction
    compaction.remove()
    assert _answer(view) == expected and compaction.sleeps == 1


def test_a_worker_reports_a_lasting_failure_with_its_message(store_copy: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    slept: list[float] = []
    monkeypatch.setattr(retry, "READS", Retry(attempts=3, sleep=slept.append))
    view = StoreView(str(store_copy), include_contacts=True)
    view.open()
    view.store = None
    aside = store_copy.parent / "gone"
    aside.mkdir()
    for f in store_copy.glob("*.sst"):  # removed for good: every attempt fails the same way
        f.rename(aside / f.name)
    status, body, _ = _answer(view)
    assert status == 500 and b"No such file" in body
    assert len(slept) > 0  # it was retried before giving up


def test_a_worker_does_not_retry_a_syntax_error(store_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    slept: list[float] = []
    monkeypatch.setattr(retry, "READS", Retry(sleep=slept.append))
    view = StoreView(str(store_copy), include_contacts=True)
    status, body, _ = view.answer(Task("SELEKT nothing", None))
    assert status == 400 and b"syntax" in body and slept == []


def test_a_worker_that_cannot_open_a_corrupt_store_says_why(store_copy: Path) -> None:
    """RocksDB reports a damaged MANIFEST as a RuntimeError: the pool must pass its message on, not a bare
    "worker died while starting"."""
    from welfare_kg.serve.workers import WorkerPool

    manifest = (store_copy / "CURRENT").read_text().strip()
    (store_copy / manifest).write_bytes(b"not a manifest" * 50)
    pool = WorkerPool(store_copy, 1, timeout=5)
    try:
        with pytest.raises(RuntimeError, match=r"cannot open the store read-only \(Corruption"):
            pool.wait_ready(60)
    finally:
        pool.close()

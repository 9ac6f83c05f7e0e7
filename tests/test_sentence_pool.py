"""One document's sentences in forked processes (extract/sentence_pool.py): the serial result exactly, no orphans,
the document's time budget kept, progress reported."""

from __future__ import annotations

import itertools
import os
import signal
import subprocess
import sys
import textwrap
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from welfare_kg.extract import sentence_hits, sentence_pool
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.sentence_pool import ChildFailed, Later, fold_sentences, map_sentences, split_ranges
from welfare_kg.graph.build import document_ntriples
from welfare_kg.ingest import DocumentTimeout, time_budget
from welfare_kg.loaders import load_document

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="forks")


def _statements(nt: str) -> list[str]:
    return sorted(line for line in nt.splitlines() if "ingestedAt" not in line)


@pytest.fixture(scope="module")
def long_record(tmp_path_factory: pytest.TempPathFactory):
    """The example documents and some development pages as one document: a few hundred sentences, many rules."""
    parts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples" / "documents").glob("*.txt"))]
    parts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "eval" / "corpus").glob("*.txt"))[:12]]
    path = tmp_path_factory.mktemp("long") / "long.txt"
    path.write_text("\n\n".join(parts), encoding="utf-8")
    return load_document(path)


@pytest.mark.parametrize(("workers", "probe"), [(2, True), (2, False), (3, False)])
def test_the_parallel_path_gives_the_serial_extraction(long_record, workers: int, probe: bool,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    serial = extract_document(long_record)
    if not probe:  # fork for the sentence rules even where the probe would say the guesses cannot be used
        monkeypatch.setattr(sentence_pool, "_guess_meets_truth", lambda *a: True)
    sentence_pool.CHILD_CPU.clear()
    parallel = extract_document(long_record, workers=workers, parallel_chars=0)
    # it did fork (the threshold is a parameter): recognition always, the rules unless the probe said no, and the
    # document-level facts that read no sentence's facts beside the rules (one process)
    kids = [len(run) for run in sentence_pool.CHILD_CPU]  # per fork, in the order they ended
    # recognition's, the two beside the mention steps (sentence_pool.Later), the rules' (if any), the facts'
    assert kids[0] == workers - 1 and kids[1:3] == [1, 1] and kids[-1] == 1
    assert all(k == workers - 1 for k in kids[3:-1]) and len(kids) >= (4 if probe else 5)
    assert [vars(f) for f in parallel.facts] == [vars(f) for f in serial.facts]
    assert sorted(parallel.entities) == sorted(serial.entities)
    assert _statements(document_ntriples(long_record, parallel)[0]) == _statements(
        document_ntriples(long_record, serial)[0])


def test_a_small_document_stays_in_one_process(long_record) -> None:
    sentence_pool.CHILD_CPU.clear()
    extract_document(long_record, workers=2)  # under the default threshold
    assert sentence_pool.LAST_FOLD["ranges"] == 1 and not sentence_pool.CHILD_CPU


@dataclass
class Running:
    """A state with a lasting part (`first`: set once, never again) and a short-lived one (`last`)."""

    first: int | None = None
    last: int = 0
    seen: set[int] = field(default_factory=set)


def _step(i: int, st: Running) -> tuple[int, int | None, int]:
    if i % 7 == 3 and st.first is None:
        st.first = i
    if i % 5 == 0:
        st.last = i
    if i % 11 == 0:
        st.seen.add(i % 3)
    return i, st.first, st.last + len(st.seen)


def test_fold_gives_the_serial_results_whether_or_not_the_guessed_state_meets_the_true_one() -> None:
    n = 1000
    serial_state = Running()
    serial = [_step(i, serial_state) for i in range(n)]
    for warm_up in (0, 3, 50):  # 0: the guess lacks `last` for a while; the parent recomputes up to a check
        st = Running()
        assert fold_sentences(n, _step, st, workers=3, warm_up=warm_up, check_every=4, prefix=0.0) == serial
        assert st == serial_state
    # a lasting value set after the prefix: no range's guess ever meets the truth, the parent computes it all
    st = Running()
    assert fold_sentences(n, _step, st, workers=2, prefix=0.0, warm_up=0) == serial
    assert sentence_pool.LAST_FOLD["recomputed"] > 0


def test_map_keeps_order_and_reports_progress() -> None:
    seen: list[int] = []
    out = map_sentences(500, lambda i: i * i, workers=3, progress=seen.append, every=10)
    assert out == [i * i for i in range(500)]
    assert seen and seen == sorted(seen) and seen[-1] <= 500


def _children() -> set[int]:
    """This process's children, alive or zombie: os.waitpid(-1) would also see children that other tests
    (a SPARQL server fixture, a browser) started and keep running."""
    me, out = os.getpid(), set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (FileNotFoundError, ProcessLookupError, IndexError):
            continue
        if int(fields[1]) == me:
            out.add(int(stat.parent.name))
    return out


def _boom(i: int) -> int:
    if i == 300:
        raise ValueError("sentence 300")
    return i


def test_a_childs_error_is_raised_in_the_parent_and_no_child_is_left() -> None:
    before = _children()
    with pytest.raises(ValueError, match="sentence 300"):
        map_sentences(400, _boom, workers=2)
    assert _children() <= before  # every child of the pool reaped (other tests' servers may still run)


def test_a_killed_child_is_an_error_not_a_hang() -> None:
    def die(i: int) -> int:
        if i == 250:
            os.kill(os.getpid(), signal.SIGKILL)
        return i

    with pytest.raises(ChildFailed, match="signal 9"):
        map_sentences(400, die, workers=2)


def test_a_later_job_gives_its_result_and_leaves_no_child() -> None:
    before = _children()
    data = list(range(1000))
    later = Later(lambda: sum(x * x for x in data))  # reads what exists when it starts
    data.append(10**6)  # ... not what this process does meanwhile
    assert later.result() == sum(x * x for x in range(1000))
    assert _children() <= before
    with pytest.raises(RuntimeError, match="taken"):
        later.result()


def test_a_later_jobs_error_and_death_are_raised_when_its_result_is_taken() -> None:
    def fail() -> int:
        raise ValueError("the job's own error")

    with pytest.raises(ValueError, match="the job's own error"):
        Later(fail).result()

    def die() -> int:
        os.kill(os.getpid(), signal.SIGKILL)
        return 0

    with pytest.raises(ChildFailed, match=r"died .*signal 9"):
        Later(die).result()


def test_a_later_dropped_before_its_result_is_killed_and_reaped() -> None:
    pid_file = Path(f"/tmp/later-{os.getpid()}")

    def spin() -> None:
        # written whole, then renamed: the parent polls for the file and must never read it half written
        part = pid_file.with_suffix(".part")
        part.write_text(str(os.getpid()))
        os.replace(part, pid_file)
        while True:
            pass

    later = Later(spin)
    deadline = time.monotonic() + 30
    while not pid_file.exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    pid = int(pid_file.read_text())
    pid_file.unlink()
    assert _running(pid)
    del later  # a document that fails between the start and the result drops it
    assert not _running(pid) and not Path(f"/proc/{pid}").exists()  # killed and reaped, not left a zombie


def test_a_document_whose_later_process_dies_fails_with_a_clear_error(long_record,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    def killed(_sents: object) -> dict:
        os.kill(os.getpid(), signal.SIGKILL)
        return {}

    monkeypatch.setattr(sentence_hits, "hits", killed)  # runs in the process beside the mention steps only
    with pytest.raises(ChildFailed, match="died"):
        extract_document(long_record, workers=2, parallel_chars=0)


def test_the_documents_time_budget_stops_working_children() -> None:
    def spin_after_200(i: int) -> int:  # the parent's own range ends; a child's never does
        while i >= 200:
            pass
        return i

    before = _children()
    t0 = time.monotonic()
    with pytest.raises(DocumentTimeout), time_budget(0.5):
        map_sentences(400, spin_after_200, workers=2)
    assert time.monotonic() - t0 < 30
    assert _children() <= before


def test_children_exit_when_the_parent_is_killed(tmp_path: Path) -> None:
    pids = tmp_path / "pids"
    pids.mkdir()
    script = textwrap.dedent(f"""
        import os, pathlib
        from welfare_kg.extract.sentence_pool import map_sentences
        def spin(i):
            pathlib.Path({str(pids)!r}, str(os.getpid())).touch()
            while True:
                pass
        map_sentences(600, spin, workers=3)
    """)
    parent = subprocess.Popen([sys.executable, "-c", script])
    deadline = time.monotonic() + 60
    while len(list(pids.iterdir())) < 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    children = [int(p.name) for p in pids.iterdir() if int(p.name) != parent.pid]  # the parent works a range too
    assert len(children) == 2
    parent.kill()
    parent.wait()
    deadline = time.monotonic() + 10
    while any(_running(pid) for pid in children) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_running(pid) for pid in children)


def _running(pid: int) -> bool:
    """Alive and not a zombie waiting to be reaped by whoever adopted it."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state not in {"Z", "X"}


def test_ranges_are_contiguous_and_balanced_by_weight() -> None:
    weights = [1] * 100 + [10] * 100
    ranges = split_ranges(200, 2, weights)
    assert ranges[0][0] == 0 and ranges[-1][1] == 200
    assert all(a[1] == b[0] for a, b in itertools.pairwise(ranges))
    left = sum(weights[ranges[0][0]:ranges[0][1]])
    assert abs(left - sum(weights) / 2) <= 10

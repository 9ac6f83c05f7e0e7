"""One large document's per-sentence work spread over forked processes, with the serial result exactly.

A 20 MB page is one document, so `ingest --jobs 2` gave it one core and left the other
idle: recognition and the sentence rules, nearly all of its extraction, ran in one
process. Here the sentences are cut into contiguous ranges: the process extracting computes the first,
processes forked from it (the gazetteer, Voikko and the document's mentions already in their
memory: nothing is sent to them) the others, and the results are put back in sentence order.

Why fork and pipes, not multiprocessing: `ingest`'s workers are daemonic pool processes,
which may not start multiprocessing children, and a forked child needs nothing pickled to
start. A child dies with its parent (PR_SET_PDEATHSIG on Linux; elsewhere it ends at its
next write to the closed pipe), and it inherits the document's CPU budget (`--doc-timeout`):
the parent spends no CPU while it waits on them, so each child arms what is left of the
parent's ITIMER_PROF and reports the time-out, which the parent raises.

Recognition (`map_sentences`) is per sentence. The sentence rules are not: they carry a
context from sentence to sentence (the project in focus, the last funder, funds seen,
pending names...), which the rules themselves update. `fold_sentences` therefore computes
a range from a *guessed* context (the true context after the document's opening, refreshed
by the `WARM_UP` sentences before the range) and records it at checkpoints. The parent,
holding the true context at the range's start, recomputes sentences itself until its context
equals (`==`) one the child recorded at the same sentence; from there on the child's results
are what the serial loop would give, because a sentence's facts and the next context depend
only on the sentence and the context. If the two never meet, the parent computes the whole
range: slower, never different. A probe after the opening forks for the rules only if a
guess can meet the truth: a context that collects something all the document long (every
name seen so far: `Context.seen`) never does, and then the rules run in one process.
Contract for the rules: the context's dicts and sets are for lookups, never iterated into
output (`==` ignores their order).
"""

from __future__ import annotations

import copy
import ctypes
import gc
import itertools
import mmap
import os
import pickle
import select
import signal
import struct
import threading
import weakref
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, TypeVar

from welfare_kg.processes import die_with_parent

T = TypeVar("T")
S = TypeVar("S")

PARALLEL_CHARS = 1_500_000  # below this a document is extracted in one process: forking costs more than it saves
MIN_SENTENCES = 64  # per process: fewer and the checks of the context outweigh the work
PREFIX = 0.08  # of the sentences, computed before forking: the document's opening sets up lasting context
WARM_UP = 200  # sentences a range reads (results discarded) before its own, to rebuild the context
CHECK_EVERY = 16  # sentences between the contexts a range records
PROBE_SLACK = 8  # items a guessed state may lack at the probe and still be worth forking for
CHECKS = 16  # contexts a range records CHECK_EVERY sentences apart; then ever further apart
_HEADER = struct.Struct("!cQ")  # message kind, payload length
# what the last fold in this process did, for benchmarks and tests: ranges computed apart, and the sentences
# the parent computed again because a range's guessed context had not yet met the true one
LAST_FOLD: dict[str, int] = {"ranges": 0, "recomputed": 0, "accepted": 0}
WATCH_SECONDS = 0.5  # the longest a waiting parent goes without passing its children's progress on
CHILD_CPU: list[list[float]] = []  # CPU seconds of each child, per call that forked (benchmarks read and clear it)


class ChildFailed(RuntimeError):
    """A forked process died without a result (killed, out of memory) or its error could not be sent back."""


def workers_for(chars: int, workers: int, threshold: int = PARALLEL_CHARS) -> int:
    """How many processes one document of `chars` characters gets: `workers` if it is large, else one.

    Forking is only possible where os.fork exists (not on Windows).
    """
    if workers <= 1 or chars < threshold or not hasattr(os, "fork"):
        return 1
    return workers


def split_ranges(n: int, parts: int, weights: list[int] | None = None) -> list[tuple[int, int]]:
    """`parts` contiguous ranges of [0, n), of about equal total weight (characters) when weights are given."""
    parts = max(1, min(parts, n // MIN_SENTENCES if n >= MIN_SENTENCES else 1))
    if weights is None:
        weights = [1] * n
    total = sum(weights) or 1
    cuts, acc, k = [0], 0, 1
    for i, w in enumerate(weights):
        acc += w
        while k < parts and acc * parts >= total * k and i + 1 > cuts[-1]:
            cuts.append(i + 1)
            k += 1
    cuts += [n] * (parts + 1 - len(cuts))
    return [(a, b) for a, b in itertools.pairwise(cuts) if b > a] or [(0, n)]


def map_sentences(n: int, fn: Callable[[int], T], *, workers: int = 1, weights: list[int] | None = None,
                  progress: Callable[[int], None] | None = None, every: int = 500,
                  before: Callable[[], None] | Sequence[Callable[[], None]] | None = None) -> list[T]:
    """[fn(0), ..., fn(n - 1)]; with workers > 1 the first range is computed here, the others in forked processes.

    `fn` must depend on nothing but its argument and what existed before the call (it may fill
    caches). Every `every` items, and while this process waits for the children, `progress(done)` is called
    with the weight done so far (the sum of `weights` of the items done, over all processes; the count of
    items without weights).

    `before()` is other work of this process (what the document needs later and can compute from its
    text alone) done here first while the children start on their ranges. With it, the first two ranges
    are not cut in advance: this process works up from the start and the first child down from its
    range's end until they meet (`_Seam`), so the core that had the other work does less of the map,
    and a process that a busy machine slows down is not waited for either. `before` may be several steps,
    run in order: the children's progress is passed on after each (seconds each on a large document).
    """
    w = weights if weights is not None else [1] * n
    ranges = split_ranges(n, workers, w) if workers > 1 else [(0, n)]
    works = [before] if callable(before) else list(before or [])
    if works and len(ranges) > 1:
        return _map_meeting(n, fn, ranges, w, progress, every, works)
    for work in works:
        work()
    if len(ranges) == 1:
        return _run_range(fn, w, 0, n, progress, every)
    mine_done = [0]  # this process's share, also reported while it waits for the children

    def report() -> None:
        progress(mine_done[0] + kids.progress())

    def tick(done: int) -> None:
        mine_done[0] = done
        report()

    with _Children(_range_jobs(fn, w, ranges[1:], every), watch=report if progress is not None else None) as kids:
        mine = _run_range(fn, w, *ranges[0], tick if progress is not None else None, every)
        rest = [kids.result(k) for k in range(len(ranges) - 1)]
    return [x for part in [mine, *rest] for x in part]


def _run_range(fn: Callable[[int], T], w: list[int], a: int, b: int, tick: Callable[[int], None] | None,
               every: int) -> list[T]:
    """fn over [a, b) in order, reporting the weight done every `every` items (both map paths share it)."""
    res, done = [], 0
    for i in range(a, b):
        res.append(fn(i))
        done += w[i]
        if tick is not None and i % every == 0:
            tick(done)
    return res


def _range_jobs(fn: Callable[[int], T], w: list[int], ranges: list[tuple[int, int]], every: int
                ) -> list[Callable[[Callable[[int], None]], list[T]]]:
    """A forked process's job per range: fn over it (both map paths share them)."""
    return [(lambda tick, a=a, b=b: _run_range(fn, w, a, b, tick, every)) for a, b in ranges]


def beside(job: Callable[[], T], here: Callable[[], S]) -> tuple[S, T]:
    """(here(), job()), with `job` run in a forked process while `here` runs in this one.

    For reading a large document, whose steps before the sentences have no other core to share
    (the page's head metadata beside its body text; the record's fields beside the sentence split).
    `job` must depend only on what exists before the call, and its result be picklable; an error it
    raises is raised here, after `here()` (which goes first if it raises too: the serial order).
    """
    with _Children([lambda _tick: job()]) as kids:
        mine = here()
        return mine, kids.result(0)


class Later:
    """`job()` started in a forked process now, its result taken later with `result()`: for work that reads what
    exists now and is needed some steps on, while this process does those steps alone (a large document's mention
    steps, where the second core is otherwise idle). `result()` raises what the job raised, and `ChildFailed`
    if the process died without a result; a Later dropped or closed before its result kills and reaps the
    process (a document that fails in between leaves nothing running)."""

    def __init__(self, job: Callable[[], T]) -> None:
        self._kids: _Children | None = _Children([lambda _tick: job()])
        self._kids.__enter__()
        self._finalizer = weakref.finalize(self, self._kids.__exit__, None, None, None)

    def result(self) -> Any:
        if self._kids is None:
            raise RuntimeError("the result of a Later was taken or dropped already")
        try:
            return self._kids.result(0)
        finally:
            self.close()

    def close(self) -> None:
        self._kids = None
        self._finalizer()  # kills (if still running) and reaps the process, once


SEAM_CHUNK = 32  # items a process claims at a time where two meet: at most this many are computed twice


class _Seam:
    """Where this process (working up from the start) and one child (working down from the end) meet: two
    numbers in memory shared across the fork, each written by one side only. A side claims a chunk by
    writing its bound before computing it, and stops where the other's bound is. Reading a bound late can
    only make both compute a chunk (with the same result), never leave one out: a side stops only at a
    bound the other wrote, and the other computes everything it claimed."""

    def __init__(self, start: int, end: int) -> None:
        self._mem = mmap.mmap(-1, 16)  # anonymous and shared: the child sees the parent's writes and back
        self._up = ctypes.c_int64.from_buffer(self._mem, 0)  # this process: [start, up) claimed
        self._down = ctypes.c_int64.from_buffer(self._mem, 8)  # the child: [down, end) claimed
        self._up.value, self._down.value = start, end

    def claim_up(self, i: int) -> int:
        """The end of the chunk from `i` this process may compute (== i: the child has the rest)."""
        e = min(i + SEAM_CHUNK, self._down.value)
        if e > i:
            self._up.value = e
        return max(e, i)

    def claim_down(self, j: int) -> int:
        """The start of the chunk ending at `j` the child may compute (== j: this process has the rest)."""
        s = max(j - SEAM_CHUNK, self._up.value)
        if s < j:
            self._down.value = s
        return min(s, j)


def _map_meeting(n: int, fn: Callable[[int], T], ranges: list[tuple[int, int]], w: list[int],
                 progress: Callable[[int], None] | None, every: int, before: list[Callable[[], None]]) -> list[T]:
    """map_sentences with `before` run here first, the seam between the first two ranges found as they go."""
    first_end = ranges[1][1]
    seam = _Seam(0, first_end)

    def down(tick: Callable[[int], None]) -> tuple[int, list[T]]:
        parts, j, done = [], first_end, 0
        while (s := seam.claim_down(j)) < j:
            parts.append([fn(i) for i in range(s, j)])
            done += sum(w[s:j])
            tick(done)
            j = s
        return j, [x for part in reversed(parts) for x in part]

    jobs: list[Callable[..., Any]] = [down, *_range_jobs(fn, w, ranges[2:], every)]
    done = 0

    def report() -> None:
        progress(done + kids.progress())

    with _Children(jobs, watch=report if progress is not None else None) as kids:
        for work in before:
            work()
            if progress is not None:
                report()  # what the children did meanwhile
        mine: list[T] = []
        i = 0
        while (e := seam.claim_up(i)) > i:
            mine += [fn(k) for k in range(i, e)]
            done += sum(w[i:e])
            if progress is not None and i // every != e // every:
                report()
            i = e
        low, theirs = kids.result(0)  # the child computed [low, first_end); low <= i
        rest = [kids.result(k) for k in range(1, len(jobs))]
    return [*mine, *theirs[i - low:], *(x for part in rest for x in part)]


def fold_sentences(n: int, step: Callable[[int, S], T], state: S, *, workers: int = 1,
                   weights: list[int] | None = None, prefix: float = PREFIX, warm_up: int = WARM_UP,
                   check_every: int = CHECK_EVERY, progress: Callable[[int], None] | None = None,
                   every: int = 500) -> list[T]:
    """[step(0, state), ..., step(n - 1, state)] in order, `step` updating `state` as it goes: exactly the
    serial loop's results, with ranges after the first computed in forked processes from a guessed state.

    `state` is any object whose attributes (`vars`) are all its state, picklable and compared with `==`;
    `step` must depend on nothing but its index, the state and what existed before the call. The first
    `prefix` of the sentences (a fraction) is computed before forking, so that every range starts from
    what the document's opening set up (its own centre, the first funder, the programmes it names), and a
    probe there says whether a guess meets the truth at all: if not (the context collects something all the
    document long), nothing is forked. The first range is then computed here while the others are guessed;
    a range records its state at checkpoints that grow further apart, and where no record meets the truth
    the parent computes the range itself (the result is the same, only later).

    Every `every` sentences, and while this process waits for the children, `progress(done)` is called with
    the weight of the sentences done (as map_sentences): this process's results so far and what each child
    has computed beyond them, a sentence both computed counted once, so `done` never goes back.
    """
    ranges = split_ranges(n, workers, weights) if workers > 1 else [(0, n)]
    LAST_FOLD.update(ranges=len(ranges), recomputed=0, accepted=0)
    results: list[T] = []
    covered = _Covered(progress, weights or [1] * n, results) if progress is not None else None
    if len(ranges) == 1:
        return _advance(step, state, results, n, covered, every)
    # the opening, computed here: what it sets up (a page's own centre, the first funder) every range needs;
    # the probe (a guess from a quarter of the way in, checked against the truth here) then says if guesses can work
    head = min(int(n * prefix), ranges[0][1] - 1)
    _advance(step, state, results, head // 4, covered, every)
    if not _guess_meets_truth(step, state, results, head, warm_up, check_every, ranges[0][1] - 1, covered, every):
        LAST_FOLD.update(ranges=1, recomputed=0)
        return _advance(step, state, results, n, covered, every)
    head = len(results)
    # the rest cut anew: cut with the opening, the first range would end the opening's length after the others (the
    # children start only now), and the parent would wait for them that long
    ranges = [(head + a, head + b) for a, b in split_ranges(n - head, workers, weights[head:] if weights else None)]
    LAST_FOLD["ranges"] = len(ranges)
    if len(ranges) == 1:
        return _advance(step, state, results, n, covered, every)
    planned = {a: _checkpoints(a, b, check_every) for a, b in ranges[1:]}
    cum = covered.cum if covered is not None else None

    def speculate(a: int, b: int, tick: Callable[[int], None], send: Callable[[int, bytes], None]) -> list[T]:
        for i in range(max(head, a - warm_up), a):  # rebuild the short-lived part of the context
            step(i, state)
        out, marks = [], set(planned[a])
        for i in range(a, b):
            if i in marks:
                send(i, _snapshot(state))
            out.append(step(i, state))
            if cum is not None and i % every == 0:
                tick(cum[i + 1] - cum[a])  # the weight of this range done (its warm-up is not progress)
        send(b, _snapshot(state))
        return out

    with _Children([(lambda tick, send, a=a, b=b: speculate(a, b, tick, send)) for a, b in ranges[1:]],
                   with_states=True, watch=covered) as kids:
        if covered is not None:
            covered.ahead(kids, ranges[1:])
        _advance(step, state, results, ranges[0][1], covered, every)
        for k, (a, b) in enumerate(ranges[1:]):
            i, met = a, False
            for c, nxt in itertools.pairwise([*planned[a], b]):  # here `state` is the true state before c == i
                snap = kids.state(k, c)
                if snap is not None and _same(state, snap):
                    met = True  # the guess meets the truth: the child's results from here on are the serial ones
                    break
                _advance(step, state, results, nxt, covered, every)  # results hold [0, c) before: c ... nxt
                LAST_FOLD["recomputed"] += nxt - c
                i = nxt
            if met:
                results += kids.result(k)[i - a:]
                _restore(state, kids.state(k, b))
                LAST_FOLD["accepted"] += b - i
            else:
                kids.stop(k)  # its guess never met the truth (the parent computed the range itself)
    return results


def _advance(step: Callable[[int, S], T], state: S, results: list[T], end: int, tick: Callable[[], None] | None,
             every: int) -> list[T]:
    """The true steps from len(results) up to `end` appended to `results`, `tick()` every `every` sentences."""
    if tick is None:
        results += [step(i, state) for i in range(len(results), end)]
        return results
    for i in range(len(results), end):
        results.append(step(i, state))
        if i % every == 0:
            tick()
    return results


class _Covered:
    """A fold's progress: the weight of the parent's results so far and of the part of each child's range
    computed beyond them (a child and the parent both compute a range from its start, so the union of what
    they did is the larger of the two)."""

    def __init__(self, progress: Callable[[int], None], weights: list[int], results: list[Any]) -> None:
        self.progress = progress
        self.cum = list(itertools.accumulate(weights, initial=0))  # cum[i]: the weight of sentences [0, i)
        self.results = results
        self.kids: _Children | None = None
        self.ranges: list[tuple[int, int]] = []

    def ahead(self, kids: _Children, ranges: list[tuple[int, int]]) -> None:
        """The children now working on `ranges` (child k on ranges[k])."""
        self.kids, self.ranges = kids, ranges

    def __call__(self) -> None:
        pos = len(self.results)
        done = self.cum[pos]
        if self.kids is not None:
            for k, (a, b) in enumerate(self.ranges):
                if pos < b:
                    done += max(0, self.kids.progress_of(k) - (self.cum[max(pos, a)] - self.cum[a]))
        self.progress(done)


def _guess_meets_truth(step: Callable[[int, S], T], state: S, results: list[T], point: int, warm_up: int,
                       check_every: int, limit: int, tick: Callable[[], None] | None = None,
                       every: int = 500) -> bool:
    """Whether a guess of the state (the state at len(results), refreshed by the `warm_up` sentences before
    `point`) meets the truth within `warm_up` sentences after `point`: a cheap probe before forking processes
    whose guesses could not be used, as when the context collects something all the document long (every
    name seen so far). The true steps go into `results` (nothing is lost but the guess's own steps).
    """
    if point - warm_up <= len(results) or point + warm_up >= limit:
        _advance(step, state, results, point, tick, every)
        return True  # too short to probe: let the checks decide
    start = _snapshot(state)
    _advance(step, state, results, point, tick, every)
    guess = copy.copy(state)
    _restore(guess, start)
    for i in range(point - warm_up, point):
        step(i, guess)
    for i in range(point, point + warm_up):
        if (i - point) % check_every == 0 and _same(state, _snapshot(guess)):
            return True
        _advance(step, state, results, i + 1, tick, every)
        step(i, guess)
    # a guess that lacks a few lasting items (a region named once early on) may still pick them up further on;
    # one that lacks hundreds (every name seen so far) will not
    return _distance(vars(state), _loads(state, _snapshot(guess))) <= PROBE_SLACK


def _distance(a: dict[str, Any], b: dict[str, Any]) -> int:
    """How many items two states differ by: elements of the sets and dicts they hold, other values one each."""
    out = 0
    for k in a.keys() | b.keys():
        x, y = a.get(k), b.get(k)
        if x == y:
            continue
        if isinstance(x, (set, frozenset, dict)) and isinstance(y, (set, frozenset, dict)):
            out += len(set(x) ^ set(y)) + (sum(1 for key in set(x) & set(y) if x[key] != y[key])
                                           if isinstance(x, dict) and isinstance(y, dict) else 0)
        else:
            out += 1
    return out


def _checkpoints(a: int, b: int, every: int) -> list[int]:
    """Where a range records its state: every `every` sentences at first, then ever further apart (a guess
    meets the truth soon or late; the records stay few however long the range)."""
    out, i, gap = [], a, every
    while i < b:
        out.append(i)
        i += gap
        if len(out) >= CHECKS:
            gap = min(gap * 2, 64 * every)
    return out


def _snapshot(state: object) -> bytes:
    """The state's attributes pickled, a read-only mapping (MappingProxyType: an index the document built before
    the loop, the same object in every forked process) by its identity only."""
    return pickle.dumps({k: _Static(id(v)) if isinstance(v, MappingProxyType) else v for k, v in vars(state).items()},
                        protocol=pickle.HIGHEST_PROTOCOL)


@dataclass(frozen=True)
class _Static:
    ident: int


def _loads(state: object, snap: bytes) -> dict[str, Any]:
    """A recorded state with its read-only mappings put back: the objects `state` holds, if they are the same."""
    own = vars(state)
    out = pickle.loads(snap)
    for k, v in out.items():
        if isinstance(v, _Static):
            out[k] = own[k] if k in own and id(own[k]) == v.ident else v
    return out


def _same(state: object, snap: bytes) -> bool:
    """The state equals a recorded one (`==`). Dicts and sets compare whatever their order, which is why the
    rules must use the context's dicts and sets for lookups only, never iterate them into their output."""
    return vars(state) == _loads(state, snap)


def _restore(state: object, snap: bytes) -> None:
    values = _loads(state, snap)
    vars(state).clear()
    vars(state).update(values)


# ---- forked children ---------------------------------------------------------------------------------------

@dataclass
class _Child:
    pid: int
    fd: int
    buf: bytearray = field(default_factory=bytearray)
    progress: int = 0
    states: dict[int, bytes] = field(default_factory=dict)
    outcome: tuple[str, Any] | None = None  # ("ok", result) or ("error", exception)
    closed: bool = False
    stopped: bool = False


class _Children:
    """Jobs running in forked children while this process works on; a thread reads their pipes meanwhile.

    A job gets `tick(done)` (progress) and, `with_states`, `send(i, snapshot)`; what it returns, or raises,
    comes back through `result(k)`. Leaving the block kills and reaps every child (a time-out included).
    """

    def __init__(self, jobs: list[Callable[..., Any]], *, with_states: bool = False,
                 watch: Callable[[], None] | None = None) -> None:
        self.jobs = jobs
        self.with_states = with_states
        self.watch = watch  # called while the parent waits for a child: after each message, or WATCH_SECONDS
        self.kids: list[_Child] = []
        self.cond = threading.Condition()
        self.reader: threading.Thread | None = None
        self.closing = False

    def __enter__(self) -> _Children:
        budget = _remaining_budget()
        parent = os.getpid()
        gc.freeze()  # the children's collector leaves the shared heap alone: fewer pages copied (no collect first:
        # a full collection of a large document's heap costs a second, and unfreeze hands any garbage back)
        try:
            for job in self.jobs:
                r, w = os.pipe()
                pid = os.fork()
                if pid == 0:  # pragma: no cover - runs in the child, which leaves by os._exit
                    os.close(r)
                    for c in self.kids:
                        os.close(c.fd)
                    _child(job, w, parent, budget, self.with_states)
                os.close(w)
                self.kids.append(_Child(pid, r))
        except BaseException:
            self.__exit__(None, None, None)
            raise
        finally:
            gc.unfreeze()
        self.reader = threading.Thread(target=self._read, name="sentence-pool-reader", daemon=True)
        self.reader.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        with self.cond:
            self.closing = True
        cpu = []
        for c in self.kids:
            if c.pid:
                with suppress(OSError):
                    os.kill(c.pid, signal.SIGKILL)
                with suppress(OSError):
                    _, _, usage = os.wait4(c.pid, 0)
                    cpu.append(usage.ru_utime + usage.ru_stime)
                c.pid = 0
        if self.reader is not None:
            self.reader.join()
        for c in self.kids:
            with suppress(OSError):
                os.close(c.fd)
        CHILD_CPU.append(cpu)

    # -- read by the thread ---------------------------------------------------------------------------------
    def _read(self) -> None:
        open_fds = {c.fd: c for c in self.kids}
        while open_fds and not self.closing:
            try:
                ready, _, _ = select.select(list(open_fds), [], [], 0.2)
            except (OSError, ValueError):
                break
            for fd in ready:
                c = open_fds[fd]
                try:
                    chunk = os.read(fd, 1 << 20)
                except OSError:
                    chunk = b""
                with self.cond:
                    if not chunk:
                        del open_fds[fd]
                        c.closed = True
                    else:
                        c.buf += chunk
                        self._parse(c)
                    self.cond.notify_all()
        with self.cond:
            for c in self.kids:
                c.closed = True
            self.cond.notify_all()

    def _parse(self, c: _Child) -> None:
        while len(c.buf) >= _HEADER.size:
            kind, size = _HEADER.unpack_from(c.buf)
            if len(c.buf) < _HEADER.size + size:
                return
            payload = bytes(c.buf[_HEADER.size:_HEADER.size + size])
            del c.buf[:_HEADER.size + size]
            if kind == b"P":
                c.progress = struct.unpack("!Q", payload)[0]
            elif kind == b"S":
                c.states[struct.unpack_from("!Q", payload)[0]] = payload[8:]
            else:
                c.outcome = ("pickled", payload)  # read back only if asked for: a guess may go unused

    # -- asked by the parent --------------------------------------------------------------------------------
    def progress(self) -> int:
        with self.cond:
            return sum(c.progress for c in self.kids)

    def progress_of(self, k: int) -> int:
        with self.cond:
            return self.kids[k].progress

    def state(self, k: int, i: int) -> bytes | None:
        """The state child `k` recorded before sentence `i`, once it has; None if it never will."""
        c = self.kids[k]
        self._wait(lambda: i in c.states or c.outcome is not None or c.closed)
        with self.cond:
            if i in c.states:
                return c.states[i]
        self._raise_if_failed(c)
        return None

    def result(self, k: int) -> Any:
        c = self.kids[k]
        self._wait(lambda: c.outcome is not None or c.closed)
        self._raise_if_failed(c)
        return c.outcome[1]  # type: ignore[index]

    def _wait(self, ready: Callable[[], bool]) -> None:
        """Until `ready()` (read under the lock); `watch()` meanwhile, outside the lock, so that a document's
        progress goes on while this process has nothing to compute but its children do."""
        while True:
            with self.cond:
                if ready():
                    return
                self.cond.wait(WATCH_SECONDS if self.watch is not None else 1.0)
            if self.watch is not None:
                self.watch()

    def stop(self, k: int) -> None:
        c = self.kids[k]
        c.stopped = True
        if c.pid:
            with suppress(OSError):
                os.kill(c.pid, signal.SIGKILL)

    def _raise_if_failed(self, c: _Child) -> None:
        if c.outcome is not None and c.outcome[0] == "pickled":
            try:
                c.outcome = pickle.loads(c.outcome[1])
            except Exception as exc:  # a result that cannot be read back is the child's failure
                c.outcome = ("error", ChildFailed(f"a process's result could not be read ({exc})"))
        if c.outcome is not None and c.outcome[0] == "error":
            raise c.outcome[1]
        if c.outcome is None:
            status = 0
            if c.pid:
                with suppress(OSError):
                    _, status = os.waitpid(c.pid, 0)
                c.pid = 0
            raise ChildFailed(f"a process extracting part of the document died ({_describe(status)})")


def _child(job: Callable[..., Any], w: int, parent: int, budget: float, with_states: bool) -> None:
    """In the child: die with the parent, keep the document's budget, run the job, send what came of it."""
    code = 0
    try:
        die_with_parent(parent)
        if budget > 0:
            signal.setitimer(signal.ITIMER_PROF, budget)  # timers are not inherited; the handler is
        last = [0]

        def tick(done: int) -> None:
            if done > last[0]:
                last[0] = done
                _send(w, b"P", struct.pack("!Q", done))

        def send(i: int, snapshot: bytes) -> None:
            _send(w, b"S", struct.pack("!Q", i) + snapshot)

        result: tuple[str, Any] = ("ok", job(tick, send) if with_states else job(tick))
    except BaseException as exc:  # sent to the parent, which raises it
        result = ("error", exc)
    try:
        with suppress(BaseException):
            signal.setitimer(signal.ITIMER_PROF, 0)
        try:
            data = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as exc:  # an unpicklable error: say what it was
            data = pickle.dumps(("error", ChildFailed(f"{type(result[1]).__name__}: {result[1]} ({exc})")))
        _send(w, b"R", data)
    except BaseException:  # the parent is gone or the pipe broke: nothing left to do
        code = 1
    os._exit(code)


def _send(fd: int, kind: bytes, payload: bytes) -> None:
    view = memoryview(_HEADER.pack(kind, len(payload)) + payload)
    while view:
        view = view[os.write(fd, view):]


def _describe(status: int) -> str:
    if os.WIFSIGNALED(status):
        return f"signal {os.WTERMSIG(status)}"
    return f"exit code {os.WEXITSTATUS(status)}"


def _remaining_budget() -> float:
    """What is left of this process's CPU budget (ITIMER_PROF, armed by ingest's `time_budget`); 0: none."""
    with suppress(AttributeError, OSError):
        return signal.getitimer(signal.ITIMER_PROF)[0]
    return 0.0

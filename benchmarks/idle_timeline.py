"""When does a `welfare-kg ingest --jobs N` leave a core idle, and why: a wants-a-CPU timeline of its process tree.

    python benchmarks/idle_timeline.py DOCS [--jobs 2] [--cores 2] [--interval 0.1] [--out TIMELINE.tsv]

Why: a wall-clock speed-up measured on a shared machine mixes the code with the other work, but whether a
thread of the ingest *wants* a CPU does not: a runnable thread waiting for a core is still in state R. Every
`--interval` s this samples every thread of the ingest's tree (the parent and writer with its RocksDB threads, the
fork server, the workers) from /proc/PID/task/TID/stat, and for a sleeping one the system call it sleeps in
(/proc/.../syscall: a worker sleeping in `write` is blocked sending a result, in `read` or a futex it waits for a
task). A sample with fewer than `--cores` threads in R leaves that many cores idle *whatever the machine's load*:
that is the structural idle, summed here per phase and per situation:

* start: until a worker first runs (imports, the store opening, the fork server's preload, Voikko, the first
  batch's dispatch);
* steady: from then until the last sample in which every worker ran;
* end: the last batches of one worker while the other has none, the final commit, the store's close.

The situation of a sample is the workers' states and the writer's main thread's (R, or the call it sleeps in).
The timeline (one line per sample) goes to `--out`; the tables to stdout, with idle core-seconds per 1,000
documents so runs of different sizes compare.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

CLI = "import sys; sys.argv[0] = 'welfare-kg'; from welfare_kg.cli import main; main()"
SYSCALLS = {"0": "read", "1": "write", "7": "poll", "23": "select", "61": "wait4", "202": "futex",
            "232": "epoll", "270": "pselect", "271": "ppoll", "281": "epoll", "35": "nanosleep", "230": "nanosleep",
            "74": "fsync", "75": "fdatasync", "running": "R"}


@dataclass
class Task:
    pid: int
    tid: int
    comm: str
    state: str
    call: str  # the system call a sleeping thread is in ("R" for a running one)


def _stat(path: str) -> tuple[str, str, int] | None:
    """(comm, state, ppid) of /proc/.../stat, None when the task is gone."""
    try:
        with open(path) as f:
            s = f.read()
    except OSError:
        return None
    comm = s[s.index("(") + 1:s.rindex(")")]
    rest = s[s.rindex(")") + 2:].split()
    return comm, rest[0], int(rest[1])


def _call(pid: int, tid: int) -> str:
    try:
        with open(f"/proc/{pid}/task/{tid}/syscall") as f:
            first = f.read().split(" ", 1)[0].strip()
    except OSError:
        return "?"
    return SYSCALLS.get(first, f"sys{first}")


def _cmdline(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return f.read().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def _tree(root: int) -> dict[int, int]:
    """pid -> ppid of `root` and its descendants."""
    parents: dict[int, int] = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            st = _stat(f"/proc/{name}/stat")
            if st is not None:
                parents[int(name)] = st[2]
    tree, frontier = {root: 0}, [root]
    children: dict[int, list[int]] = defaultdict(list)
    for pid, ppid in parents.items():
        children[ppid].append(pid)
    while frontier:
        for c in children.get(frontier.pop(), []):
            if c not in tree:
                tree[c] = parents[c]
                frontier.append(c)
    return tree


class Roles:
    """Which process of the tree is what: the parent (writer), the fork server, the resource tracker, workers."""

    def __init__(self, root: int) -> None:
        self.root = root
        self.kind: dict[int, str] = {root: "parent"}
        self.worker_no: dict[int, int] = {}
        self.ticks: dict[int, int] = {}  # CPU ticks of each process at its last sample
        self.peak_mb = 0.0  # the parent's (the writer's) peak resident memory

    def of(self, pid: int, ppid: int) -> str:
        if pid not in self.kind:
            cmd = _cmdline(pid)  # a worker forked from the fork server has its command line
            if self.kind.get(ppid) == "forkserver":
                self.kind[pid] = "worker"
                self.worker_no[pid] = len(self.worker_no)
            elif "forkserver" in cmd:
                self.kind[pid] = "forkserver"
            elif "resource_tracker" in cmd:
                self.kind[pid] = "tracker"
            else:
                self.kind[pid] = "other"
        return self.kind[pid]


def _ticks(pid: int) -> int | None:
    """utime + stime of a process (its threads, ended ones included)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            rest = f.read().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return int(rest[11]) + int(rest[12])


def _peak_mb(pid: int) -> float:
    """The process's peak resident memory so far (VmHWM), MB."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def sample(roles: Roles, tree: dict[int, int]) -> list[tuple[str, Task]]:
    out = []
    for pid, ppid in tree.items():
        kind = roles.of(pid, ppid)
        ticks = _ticks(pid)
        if ticks is not None:
            roles.ticks[pid] = ticks
        if kind == "parent":
            roles.peak_mb = max(roles.peak_mb, _peak_mb(pid))
        try:
            tids = [int(t) for t in os.listdir(f"/proc/{pid}/task")]
        except OSError:
            continue
        for tid in tids:
            st = _stat(f"/proc/{pid}/task/{tid}/stat")
            if st is None:
                continue
            comm, state, _ = st
            call = "R" if state == "R" else _call(pid, tid)
            out.append((kind, Task(pid, tid, comm, state, call)))
    return out


def describe(tasks: list[tuple[str, Task]], roles: Roles) -> dict[str, object]:
    """One sample: threads wanting a CPU, and the states that explain the rest."""
    wants = sum(t.state == "R" for _, t in tasks)
    workers: dict[int, str] = {}
    for kind, t in tasks:
        if kind == "worker" and t.tid == t.pid:  # a worker's main thread builds; its watchdog thread only sleeps
            workers[roles.worker_no[t.pid]] = "R" if t.state == "R" else {"write": "send"}.get(t.call, "wait")
    parent_main = next((t.call for k, t in tasks if k == "parent" and t.tid == t.pid), "gone")
    rocks = sum(t.state == "R" and t.comm.startswith("rocksdb") for k, t in tasks if k == "parent")
    parent_other = sum(t.state == "R" and not t.comm.startswith("rocksdb") and t.tid != t.pid
                       for k, t in tasks if k == "parent")
    forkserver = sum(t.state == "R" for k, t in tasks if k in ("forkserver", "tracker", "other"))
    return {"wants": wants, "workers": workers, "parent": parent_main, "rocksdb_R": rocks,
            "parent_threads_R": parent_other, "forkserver_R": forkserver}


Samples = list[tuple[float, dict[str, object]]]


def run(docs: Path, store: Path, jobs: int, interval: float) -> tuple[Samples, float, str]:
    shutil.rmtree(store, ignore_errors=True)
    cmd = [sys.executable, "-P", "-c", CLI, "ingest", str(docs), "--store", str(store), "--jobs", str(jobs), "--quiet"]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            cwd=tempfile.gettempdir())
    roles = Roles(proc.pid)
    samples = []
    tree: dict[int, int] = {}
    while proc.poll() is None:
        t = time.perf_counter() - t0
        if len(roles.worker_no) < jobs or len(samples) % 10 == 0:  # the tree changes at the start only
            tree = _tree(proc.pid)
        samples.append((t, describe(sample(roles, tree), roles)))
        time.sleep(max(0.0, interval - (time.perf_counter() - t0 - t)))
    wall = time.perf_counter() - t0
    err = proc.stderr.read() if proc.stderr else ""
    if proc.returncode != 0:
        raise SystemExit(f"ingest failed ({proc.returncode}): {err[-2000:]}")
    hz = os.sysconf("SC_CLK_TCK")
    cpu: dict[str, float] = Counter()
    for pid, ticks in roles.ticks.items():
        cpu[roles.kind.get(pid, "other")] += ticks / hz
    samples.append((wall, {"cpu": dict(cpu), "peak_mb": roles.peak_mb}))  # the last line: the run's totals
    return samples, wall, err.strip().splitlines()[-1] if err.strip() else ""


def situation(d: dict[str, object]) -> str:
    workers = d["workers"]
    assert isinstance(workers, dict)
    return f"workers {' '.join(sorted(workers.values())) or 'none'}; writer {d['parent']}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("docs", type=Path)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--cores", type=int, default=2)
    ap.add_argument("--interval", type=float, default=0.1)
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "welfare-kg-idle")
    args = ap.parse_args()
    n_docs = sum(1 for p in args.docs.rglob("*") if p.is_file())
    samples, wall, summary = run(args.docs, args.workdir / "store", args.jobs, args.interval)
    totals = samples.pop()[1]
    cpu = totals["cpu"]
    assert isinstance(cpu, dict)
    shutil.rmtree(args.workdir / "store", ignore_errors=True)
    running = [t for t, d in samples if any(s == "R" for s in d["workers"].values())]  # type: ignore[union-attr]
    full = [t for t, d in samples
            if len(d["workers"]) == args.jobs and all(s == "R" for s in d["workers"].values())]  # type: ignore
    first, last = (running[0] if running else wall), (full[-1] if full else wall)
    idle: dict[str, float] = Counter()
    by_situation: dict[tuple[str, str], float] = Counter()
    wants_hist: dict[int, float] = Counter()
    lines = ["t\twants\tidle\tphase\tworkers\twriter\trocksdb_R\tparent_threads_R\tforkserver_R"]
    for i, (t, d) in enumerate(samples):
        dt = (samples[i + 1][0] if i + 1 < len(samples) else wall) - t
        phase = "start" if t < first else "end" if t > last else "steady"
        free = max(0, args.cores - int(d["wants"])) * dt  # type: ignore[call-overload]
        idle[phase] += free
        by_situation[(phase, situation(d))] += free
        wants_hist[min(int(d["wants"]), args.cores + 2)] += dt  # type: ignore[call-overload]
        ws = ",".join(f"{k}:{v}" for k, v in sorted(d["workers"].items()))  # type: ignore[union-attr]
        lines.append(f"{t:.2f}\t{d['wants']}\t{free / dt if dt else 0:.0f}\t{phase}\t{ws}\t{d['parent']}\t"
                     f"{d['rocksdb_R']}\t{d['parent_threads_R']}\t{d['forkserver_R']}")
    if args.out:
        args.out.write_text("\n".join(lines) + "\n")
    per_k = 1000 / max(1, n_docs)
    total = sum(idle.values())
    print(f"{n_docs:,} documents, --jobs {args.jobs}: wall {wall:.1f} s, {len(samples)} samples; {summary}")
    print(f"workers first ran at {first:.1f} s; last sample with all {args.jobs} running at {last:.1f} s")
    print("CPU-s (up to each process's last sample): "
          + ", ".join(f"{k} {v:.1f}" for k, v in sorted(cpu.items())) + f"; all {sum(cpu.values()):.1f}")
    print(f"the writer's peak RSS {totals['peak_mb']:.0f} MB\n")
    print("| phase | seconds | idle core-s | idle core-s per 1,000 docs |\n|---|---:|---:|---:|")
    spans = {"start": first, "steady": last - first, "end": wall - last}
    for phase in ("start", "steady", "end"):
        print(f"| {phase} | {spans[phase]:.1f} | {idle[phase]:.1f} | {idle[phase] * per_k:.2f} |")
    print(f"| all | {wall:.1f} | {total:.1f} | {total * per_k:.2f} |\n")
    print("| threads wanting a CPU | seconds |\n|---:|---:|")
    for k in sorted(wants_hist):
        print(f"| {k}{'+' if k == args.cores + 2 else ''} | {wants_hist[k]:.1f} |")
    print("\n| phase | situation | idle core-s |\n|---|---|---:|")
    for (phase, sit), secs in sorted(by_situation.items(), key=lambda kv: -kv[1])[:25]:
        if secs >= 0.05:
            print(f"| {phase} | {sit} | {secs:.1f} |")


if __name__ == "__main__":
    main()

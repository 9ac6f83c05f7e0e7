"""Who is writing a store: a small note beside RocksDB's lock, so a refused writer can say which process holds it.

Oxigraph allows one writer per store directory (RocksDB's LOCK file); a second
writer used to fail with "LOCK: Resource temporarily unavailable", which tells a
user nothing. The writer leaves `welfare-kg-writer.json` in the store directory
(pid, command line, start time; RocksDB ignores files it did not name) and removes
it when the store is closed. A note left by a killed writer is recognised as stale
because its pid is gone; then, on Linux, the kernel's lock table (/proc/locks) still
names the process that holds the LOCK file, if any.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from pathlib import Path

from welfare_kg.graph import retry

NOTE = "welfare-kg-writer.json"


def is_lock_error(exc: OSError) -> bool:
    """RocksDB's refusal to open a store another handle (this or another process) writes."""
    text = str(exc)
    return "LOCK" in text and ("temporarily unavailable" in text or "lock hold" in text or "No locks" in text)


def write_note(store_dir: Path) -> None:
    """Record this process as the store's writer (best effort: a read-only parent directory is no error)."""
    note = {"pid": os.getpid(), "command": " ".join(_printable(a) for a in sys.argv)[:300],
            "since": time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())}
    tmp = store_dir / f".{NOTE}.{os.getpid()}"
    with contextlib.suppress(OSError):
        tmp.write_text(json.dumps(note), encoding="utf-8")
        os.replace(tmp, store_dir / NOTE)


def remove_note(store_dir: Path, pid: int) -> None:
    """Remove the note if it is still this process's (a later writer may have replaced it)."""
    path = store_dir / NOTE
    with contextlib.suppress(OSError, ValueError):
        if json.loads(path.read_text(encoding="utf-8")).get("pid") == pid:
            path.unlink()


def pid_alive(pid: int) -> bool:
    """Whether a process exists (one of another user counts: it exists, we may just not signal it)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _printable(text: str) -> str:
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def _cmdline(pid: int) -> str:
    with contextlib.suppress(OSError):
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
        return " ".join(_printable(a) for a in raw.decode("utf-8", "replace").split("\0") if a)[:300]
    return ""


def _lock_holder(store_dir: Path) -> int | None:
    """The pid holding a POSIX lock on the store's LOCK file, from /proc/locks (Linux); None if unknown."""
    try:
        st = os.stat(store_dir / "LOCK")
        table = Path("/proc/locks").read_text()
    except OSError:
        return None
    dev = f"{os.major(st.st_dev):02x}:{os.minor(st.st_dev):02x}:{st.st_ino}"
    for line in table.splitlines():
        fields = line.split()
        if len(fields) >= 6 and fields[1] == "POSIX" and fields[5] == dev and fields[4].isdigit():
            return int(fields[4])
    return None


def describe_writer(store_dir: Path) -> str | None:
    """'pid 123: welfare-kg ingest docs, since ...' for the process writing the store, if it can be found."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        note = json.loads((store_dir / NOTE).read_text(encoding="utf-8"))
        pid = int(note["pid"])
        if pid_alive(pid) and pid != os.getpid():
            return f"pid {pid}: {note.get('command') or _cmdline(pid)}, since {note.get('since', '?')}"
    pid = _lock_holder(store_dir)
    if pid is not None and pid != os.getpid():
        return f"pid {pid}: {_cmdline(pid) or 'unknown command'}"
    return None


def locked_message(store_dir: Path, exc: OSError) -> str:
    """The one-line error for a writer refused by the lock."""
    if "lock hold by current process" in str(exc):
        return (f"{store_dir}: this process already has the store open for writing; "
                "close that handle first")
    who = describe_writer(store_dir)
    return (f"{store_dir}: another process is writing this store ({who or 'pid unknown'}); wait until it "
            "finishes. Reading commands (query, stats, export, map, explain, serve) work meanwhile.")


def open_read_only(store_dir: Path, policy: retry.Retry | None = None):  # -> pyoxigraph.Store
    """A read-only handle, retried by `policy` (default `retry.READS`): opening races with a writer's compactions.

    A read-only open reads the manifest, then opens the table files it lists; a
    compaction by the writer in between deletes one of them ("No such file"). The
    store is intact, and a moment later the manifest lists the new files. A store that
    a first ingest is still creating lacks column families for a moment: also worth a
    retry. A directory without a CURRENT file is no store (yet): reported at once.
    """
    import pyoxigraph as ox

    return (policy or retry.READS).run(lambda: ox.Store.read_only(str(store_dir)),
                                       retry_if=lambda exc: retry.transient(exc) and (store_dir / "CURRENT").exists())

"""One retry policy for reading a store that a running writer (an ingest) is changing.

A read-only RocksDB handle needs no lock, so readers (`query`, `stats`, the endpoint's
workers) work while an ingest writes. The price is a race: the writer's compactions
delete the table files (and manifests, write-ahead logs) they replace, and a reader
that has just listed such a file, in opening the store or in reading it (RocksDB opens
table files lazily), meets "No such file" although the store is whole. A store that a
first ingest is still creating also lacks its column families for a moment. Both pass
in milliseconds: the same open or read on a fresh handle works.

Everything else (a full disk, a permission, a corrupt file, a syntax error) is not
transient and is raised at once with its own message: retrying would only delay the
report. Where the store is read from (`KGStore.read`, `writer.open_read_only`, the
endpoint's workers) all use `READS`, so the three cannot drift apart; they look it up
when they run (`retry.READS`), so a test can put a policy with its own `sleep` in its place.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")

# What RocksDB says, through pyoxigraph, when a file listed a moment ago is gone: an OSError
# (FileNotFoundError) from a read, a RuntimeError ("Corruption: ... No such file ...") from an open
# that found the manifest naming a table file the writer has just removed.
_GONE = "No such file"
# A read-only open of a store whose first writer has not yet created every column family.
_CREATING = "Column family not found"


def transient(exc: BaseException) -> bool:
    """Whether `exc` is a reader's race with a writer (files replaced, store being created): worth a retry."""
    if not isinstance(exc, (OSError, RuntimeError)):
        return False
    text = str(exc)
    return _GONE in text or _CREATING in text


@dataclass(frozen=True)
class Retry:
    """Run an action up to `attempts` times while it fails transiently, sleeping `backoff` × attempt between.

    The last failure, or the first one that is not transient, is raised unchanged, so a
    caller reports the original message.
    """

    attempts: int = 6  # a compaction rarely catches a reader twice in a row; six cover a busy writer
    backoff: float = 0.05  # seconds, times the attempt number: 0.75 s in all before giving up
    sleep: Callable[[float], None] = time.sleep

    def run(self, action: Callable[[], T], *, retry_if: Callable[[BaseException], bool] = transient,
            before_retry: Callable[[BaseException], None] | None = None) -> T:
        """`action()`'s result; `before_retry(exc)` (reopen a stale handle) runs after each back-off.

        `retry_if` narrows or replaces `transient` for a caller that knows more (a store
        without its CURRENT file is absent, not being compacted).
        """
        for attempt in range(1, self.attempts + 1):
            try:
                return action()
            except (OSError, RuntimeError) as exc:
                if attempt == self.attempts or not retry_if(exc):
                    raise
                self.sleep(self.backoff * attempt)  # first the wait: the writer's new files are there after it
                if before_retry is not None:
                    before_retry(exc)
        raise AssertionError("unreachable: the last attempt returns or raises")


READS = Retry()

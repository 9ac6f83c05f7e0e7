"""Child processes that must not outlive their parent: ingest's workers, the endpoint's query workers and the
processes that share one large document's sentences all ask the kernel for the same thing."""

from __future__ import annotations

import ctypes
import os
import signal
import sys
from contextlib import suppress

_PR_SET_PDEATHSIG = 1


def kill_when_parent_dies() -> None:
    """Linux sends this process SIGKILL when its parent exits; elsewhere nothing happens, so callers that
    must be sure keep a second guard (a pipe, a watchdog)."""
    if sys.platform.startswith("linux"):
        with suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def die_with_parent(parent: int) -> None:
    """As `kill_when_parent_dies`, and exit at once if `parent` already went before the request took effect."""
    kill_when_parent_dies()
    if os.getppid() != parent:
        os._exit(1)

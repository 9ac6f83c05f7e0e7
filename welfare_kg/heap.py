"""Full collections of the cyclic garbage collector held off while one document is read, extracted and built.

Why: extraction builds millions of long-lived objects (tokens, mentions, facts, per-word caches) and frees
them by reference counting: `gc.collect()` after extracting a 2 MB page finds no cyclic garbage at all (0
objects; 20 after reading it). Yet CPython's collector runs a full collection whenever the objects that
survived the young generations grow by a quarter, each one walking the whole heap: 8 of them cost 1.4 of
the page's 33 CPU-s of extraction, a share that grows with the page (each walks a larger heap), and they
run in the process that is the critical path of a large page (benchmarks/README.md). Inside the block
only the young generations are collected, so a short-lived cycle is still freed as before; an object that
survives them waits for the first full collection after the block, which the ordinary thresholds schedule.
Nothing is frozen or disabled, so an extraction that did make cyclic garbage would only hold it longer.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

NEVER = 1 << 30  # a threshold for the oldest generation that its counter (one per young collection) never reaches


@contextmanager
def young_collections_only() -> Iterator[None]:
    """The block runs with full collections held off (also as a decorator); the thresholds are restored after.

    Nests (an inner block restores the outer one's setting); a disabled collector (threshold 0) stays disabled.
    Forked processes inherit the setting, as they inherit the heap it spares.
    """
    young, middle, old = gc.get_threshold()
    gc.set_threshold(young, middle, max(old, NEVER))
    try:
        yield
    finally:
        gc.set_threshold(young, middle, old)

"""CPU seconds per top-level step of `extract_document`, in one process: which step grows or dominates.

Every function that extract/document.py calls by a module-level name is wrapped for the run; only the
outermost call is timed (a step calling another wrapped step counts once), so the figures add up to about
the extraction's CPU. `map_sentences` is recognition, `fold_sentences` the sentence rules.

    python benchmarks/bench_scaling.py --steps 5            # a 5 MB text
    python benchmarks/bench_scaling.py --steps 20 --html    # the 20.9 MB page
"""

from __future__ import annotations

import functools
import inspect
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any


@contextmanager
def timed_steps(module: Any) -> Iterator[dict[str, float]]:
    """Time the module's own top-level functions (those of welfare_kg) while the block runs; restored after."""
    totals: dict[str, float] = {}
    depth = [0]
    originals = {name: f for name, f in vars(module).items()
                 if inspect.isfunction(f) and (f.__module__ or "").startswith("welfare_kg")}

    def wrap(name: str, f: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(f)
        def timed(*args: Any, **kwargs: Any) -> Any:
            if depth[0]:
                return f(*args, **kwargs)
            depth[0] += 1
            start = time.process_time()
            try:
                return f(*args, **kwargs)
            finally:
                totals[name] = totals.get(name, 0.0) + time.process_time() - start
                depth[0] -= 1
        return timed

    for name, f in originals.items():
        if name != "extract_document":
            setattr(module, name, wrap(name, f))
    try:
        yield totals
    finally:
        for name, f in originals.items():
            setattr(module, name, f)

"""Progress display for long batches: a rich bar on a terminal, silence in CI and pipes."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from welfare_kg.loaders.record import printable


def describe(path: str, status: str) -> str:
    """The bar's text for one file, as rich markup: a file name is data, never markup or control codes.

    "[red]" or "[/x]" in a name would otherwise be styling (or a MarkupError that stops
    the batch), and a newline or escape sequence would redraw the terminal.
    """
    from rich.markup import escape

    return escape(f"{status}: {printable(os.path.basename(path))}")


class Reporter:
    """`reporter(path, status)` after each file; `reporter.chars(path, done, total, phase)` inside a large one.

    A batch of many files moves the file count; one large file would otherwise show a
    spinner and nothing else for minutes, so it gets what is running and how far
    ("reading 20 %", "relations 75 %", "writing"; recognition and the sentence rules are
    the two halves of one percentage, and a step between them says its name: "reading
    (entities) 47 %"), under `--jobs` sent by the worker and called from ingest's reader thread.
    """

    def __init__(self, bar: Any = None) -> None:
        self.bar = bar
        self.task = bar.add_task("ingesting", total=None) if bar is not None else None

    def __call__(self, path: str, status: str) -> None:
        if self.bar is not None:
            self.bar.update(self.task, advance=1, description=describe(path, status))

    def chars(self, path: str, done: int, total: int, phase: str = "reading") -> None:
        if self.bar is not None:
            status = f"{phase} {100 * done // total} %" if total and phase != "writing" else phase
            self.bar.update(self.task, description=describe(path, status))


@contextmanager
def progress_reporter(enabled: bool = True) -> Iterator[Reporter]:
    """Yields a `Reporter`; it shows a spinner-bar only on an interactive terminal, and is silent otherwise."""
    if not enabled or not sys.stderr.isatty() or os.environ.get("CI"):
        yield Reporter()
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TextColumn("{task.completed} files"),
                  TimeElapsedColumn(), transient=True) as bar:
        yield Reporter(bar)

"""Progress display for long batches: a rich bar on a terminal, silence in CI and pipes."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from welfare_kg.loaders.record import printable


def describe(path: str, status: str) -> str:
    """The bar's text for one file, as rich markup: a file name is data, never markup or control codes.

    "[red]" or "[/x]" in a name would otherwise be styling (or a MarkupError that stops
    the batch), and a newline or escape sequence would redraw the terminal.
    """
    from rich.markup import escape

    return escape(f"{status}: {printable(os.path.basename(path))}")


@contextmanager
def progress_reporter(enabled: bool = True) -> Iterator[Callable[[str, str], None]]:
    """Yields `report(path, status)`; shows a spinner-bar only on an interactive terminal."""
    if not enabled or not sys.stderr.isatty() or os.environ.get("CI"):
        yield lambda path, status: None
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TextColumn("{task.completed} files"),
                  TimeElapsedColumn(), transient=True) as bar:
        task = bar.add_task("ingesting", total=None)

        def report(path: str, status: str) -> None:
            bar.update(task, advance=1, description=describe(path, status))

        yield report

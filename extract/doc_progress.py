"""One progress bar for one large document: recognition is its first half, the sentence rules its second.

Only recognition used to report, so a large document's bar stood still for most of its
extraction (a 1.6 MB text: updates from 11 s to 21 s of a 67 s ingest). Both per-sentence
loops now report the characters of the sentences they have done, each on its half of
one scale (`2 * chars`), with a short label for what is running ("reading", "relations").
The loops (extract/sentence_pool.py) call `tick` often and cheaply; what reaches the
caller is thinned here to at most one report per 1 % of the scale, or one per
`SECONDS` when a percent takes longer, so that a report never costs the extraction
anything measurable, and a batch of small documents sends nothing at all.
"""

from __future__ import annotations

import time
from collections.abc import Callable

MIN_CHARS = 50_000  # smaller documents report nothing: their file count moves within a second or two
STEP = 100  # reports per scale at most (1 %), besides the time-based ones and the phase changes
SECONDS = 0.5  # a report at least this often while the document advances, however slowly
PHASES = ("reading", "relations")  # the halves of the scale, in order

Report = Callable[[int, int, str], None]  # (done, total, phase)


class DocumentProgress:
    """`start(phase)` at each half, `tick(done)` with the characters done in the current half, `end()` at the end.

    Reports are in order: `done` never goes back (a loop whose processes report out of step, or a
    half that starts before the last tick of the other arrived, cannot make the bar jump back).
    """

    def __init__(self, report: Report, chars: int) -> None:
        self.report = report
        self.chars = max(chars, 1)
        self.total = len(PHASES) * self.chars
        self.step = max(self.total // STEP, 1)
        self.phase = PHASES[0]
        self.base = 0
        self.last = -1
        self.when = 0.0

    def start(self, phase: str) -> None:
        """Begin a half: always reported, so that the label changes at once."""
        self.phase = phase
        self.base = PHASES.index(phase) * self.chars
        self._send(max(self.base, self.last))

    def tick(self, done: int) -> None:
        """`done` characters of the current half are done (over all processes working on it)."""
        at = self.base + min(done, self.chars)
        if at <= self.last:
            return
        if at - self.last < self.step and time.monotonic() - self.when < SECONDS:
            return
        self._send(at)

    def end(self) -> None:
        """The whole scale done: the last report is always `(total, total)`."""
        if self.last < self.total:
            self._send(self.total)

    def _send(self, at: int) -> None:
        self.last = at
        self.when = time.monotonic()
        self.report(at, self.total, self.phase)


def document_progress(report: Report | None, chars: int) -> DocumentProgress | None:
    """A DocumentProgress for a document of `chars` characters, or None when nobody listens or it is small."""
    if report is None or chars < MIN_CHARS:
        return None
    return DocumentProgress(report, chars)

"""One progress bar for one large document: recognition is its first half, the sentence rules its second.

Only recognition used to report, so a large document's bar stood still for most of its
extraction (a 1.6 MB text: updates from 11 s to 21 s of a 67 s ingest). Both per-sentence
loops now report the characters of the sentences they have done, each on its half of
one scale (`2 * chars`), with a short label for what is running ("reading", "relations").
The loops (extract/sentence_pool.py) call `tick` often and cheaply; what reaches the
caller is thinned here to at most one report per 1 % of the scale, or one per
`SECONDS` when a percent takes longer, so that a report never costs the extraction
anything measurable, and a batch of small documents sends nothing at all.

Between and around the loops a large document has single steps of seconds each (the
text scans beside recognition, the names, entities and bodies after it, the
document-level facts and the co-occurrence fallback after the rules: a 2 MB page had
silent stretches of 6, 8 and 10 s). Each such step is a `stage`: it names itself in the
phase ("reading (lists)", "relations (co-occurrence)") and, where the caller gives a
place, moves the bar into the last `TAIL` of its half, which the loop leaves to them.
A stage is one report, a dozen a document.
"""

from __future__ import annotations

import time
from collections.abc import Callable

MIN_CHARS = 50_000  # smaller documents report nothing: their file count moves within a second or two
STEP = 100  # reports per scale at most (1 %), besides the time-based ones and the phase changes
SECONDS = 0.5  # a report at least this often while the document advances, however slowly
PHASES = ("reading", "relations")  # the halves of the scale, in order
TAIL = 0.2  # of each half, left by its loop to the single steps after it (`stage` with a place)

Report = Callable[[int, int, str], None]  # (done, total, phase)


class DocumentProgress:
    """`start(phase)` at each half, `tick(done)` with the characters done in the current half, `end()` at the end;
    `stage(label, at)` for a single step in between.

    Reports are in order: `done` never goes back (a loop whose processes report out of step, or a
    half that starts before the last tick of the other arrived, cannot make the bar jump back).
    """

    def __init__(self, report: Report, chars: int, tail: float = 0.0) -> None:
        self.report = report
        self.chars = max(chars, 1)
        self.loop = max(round(self.chars * (1 - tail)), 1)  # the part of a half its loop fills
        self.label: str | None = None
        self.total = len(PHASES) * self.chars
        self.step = max(self.total // STEP, 1)
        self.phase = PHASES[0]
        self.base = 0
        self.last = -1
        self.when = 0.0

    def start(self, phase: str) -> None:
        """Begin a half: always reported, so that the label changes at once."""
        self.phase = phase
        self.label = None
        self.base = PHASES.index(phase) * self.chars
        self._send(max(self.base, self.last))

    def stage(self, label: str | None, at: float | None = None) -> None:
        """A single step of the current half begins: always reported, named after the half ("reading (lists)";
        None: the half's loop again), and at `at` (a fraction of the half) if given and not behind."""
        self.label = label
        self._send(self.last if at is None else max(self.last, self.base + round(at * self.chars)))

    def tick(self, done: int) -> None:
        """`done` characters of the current half are done (over all processes working on it)."""
        self._offer(self.base + min(done, self.chars) * self.loop // self.chars)

    def between(self, lo: float, hi: float) -> Callable[[float], None]:
        """A tick for a single step that knows how far it is (a fraction): from `lo` to `hi` of the half."""
        def tick(fraction: float) -> None:
            self._offer(self.base + round((lo + (hi - lo) * min(fraction, 1.0)) * self.chars))
        return tick

    def _offer(self, at: int) -> None:
        """Report `at` if it is ahead by a percent, or by anything after SECONDS."""
        if at <= self.last:
            return
        if at - self.last < self.step and time.monotonic() - self.when < SECONDS:
            return
        self._send(at)

    def end(self) -> None:
        """The whole scale done: the last report is always `(total, total)`."""
        self.label = None
        if self.last < self.total:
            self._send(self.total)

    def _send(self, at: int) -> None:
        self.last = at
        self.when = time.monotonic()
        self.report(at, self.total, f"{self.phase} ({self.label})" if self.label else self.phase)


def document_progress(report: Report | None, chars: int) -> DocumentProgress | None:
    """A DocumentProgress for a document of `chars` characters, or None when nobody listens or it is small."""
    if report is None or chars < MIN_CHARS:
        return None
    return DocumentProgress(report, chars, TAIL)


def between(bar: DocumentProgress | None, lo: float, hi: float) -> Callable[[float], None] | None:
    """`bar.between(lo, hi)` if there is a bar, else None (the step then reports nothing)."""
    return None if bar is None else bar.between(lo, hi)


def stage(bar: DocumentProgress | None, label: str | None, at: float | None = None) -> None:
    """`bar.stage(label, at)` if there is a bar: one line at each step of extract_document."""
    if bar is not None:
        bar.stage(label, at)

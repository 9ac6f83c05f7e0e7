"""spans.Cover answers "does any span hold this one" as the scan over every span did."""

from __future__ import annotations

import random

from welfare_kg.extract.spans import Cover


def test_cover_gives_the_scans_answer() -> None:
    rng = random.Random(3)
    for _ in range(200):
        spans = [(a, a + rng.randint(0, 30)) for a in (rng.randint(0, 100) for _ in range(rng.randint(0, 12)))]
        cover = Cover(spans)
        for start in range(0, 110, 3):
            for end in range(start, start + 40, 4):
                assert cover.holds(start, end) == any(a <= start and end <= b for a, b in spans)

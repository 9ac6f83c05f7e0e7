"""Entity recognition speed: the seed texts repeated to about 1 MB, Voikko and fallback side by side.

    python benchmarks/bench_recognition.py [--mb 1.0]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from welfare_kg.extract.entities import Recogniser
from welfare_kg.extract.gazetteer import reference_gazetteer
from welfare_kg.extract.morphology import FallbackMorphology, Morphology, get_morphology
from welfare_kg.extract.text import sentences

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "documents"


def corpus(mb: float) -> str:
    base = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt")))
    reps = max(1, int(mb * 1_000_000 / len(base.encode())))
    return "\n\n".join([base] * reps)


def run(morph: Morphology, text: str) -> tuple[float, int]:
    rec = Recogniser(reference_gazetteer(), morph)
    t0 = time.perf_counter()
    n = 0
    for s in sentences(text):
        n += len(rec.sentence_mentions(s, text))
    return time.perf_counter() - t0, n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--mb", type=float, default=1.0)
    a = ap.parse_args()
    text = corpus(a.mb)
    print("| morphology | chars | seconds | chars/s | mentions |\n|---|---|---|---|---|")
    for morph in (get_morphology(), FallbackMorphology()):
        secs, n = run(morph, text)
        print(f"| {morph.name} | {len(text):,} | {secs:.1f} | {len(text) / secs:,.0f} | {n:,} |")


if __name__ == "__main__":
    main()

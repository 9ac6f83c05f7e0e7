"""Small helpers the page-layout rules share (fields, lists, tables, titles)."""

from __future__ import annotations

from bisect import bisect_right

from welfare_kg.extract.model import Mention


def insert_mentions(per_sentence: list[list[Mention]], starts: list[int], added: list[Mention],
                    drop: set[int] | None = None) -> list[list[Mention]]:
    """per_sentence with `added` put into the sentence holding each one's start, and the ids in `drop` left out.

    Sentences are found by bisection over their sorted starts, and only the sentences that
    change are rebuilt: a large document with many new mentions stays linear.
    """
    out = [[m for m in ms if id(m) not in drop] for ms in per_sentence] if drop else list(per_sentence)
    touched: set[int] = set()
    for m in added:
        idx = max(bisect_right(starts, m.start) - 1, 0)
        if idx not in touched:
            out[idx] = list(out[idx])
            touched.add(idx)
        out[idx].append(m)
    for idx in touched:
        out[idx].sort(key=lambda x: x.start)
    return out

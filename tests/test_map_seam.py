"""map_sentences with other work first (`before`): this process starts late on the recognition and the first
child works down from its range's end to meet it (extract/sentence_pool.py, `_Seam`). The list is the serial one
whoever computes an item, wherever they meet, however late either side reads the other's bound."""

from __future__ import annotations

import os
import random
import time

import pytest

from welfare_kg.extract import sentence_pool
from welfare_kg.extract.sentence_pool import ChildFailed, map_sentences, split_ranges

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="forks")


@pytest.mark.parametrize("workers", [2, 3])
def test_other_work_first_moves_the_seam_and_keeps_the_list(workers: int) -> None:
    parent = os.getpid()
    calls: list[int] = []

    def slow_other_work() -> None:  # wall time, no CPU: the child meanwhile takes the items the parent would have
        calls.append(1)
        time.sleep(0.5)

    out = map_sentences(600, lambda i: (i, os.getpid()), workers=workers, before=slow_other_work)
    assert [i for i, _ in out] == list(range(600))
    assert calls == [1]
    first_range_end = split_ranges(600, workers)[0][1]
    by_child = [i for i, pid in out[:first_range_end] if pid != parent]
    assert by_child, "the first child did not take over items of the range this process would have had"


def test_meeting_at_any_point_gives_the_serial_list() -> None:
    rng = random.Random(13)
    for _ in range(25):
        n = rng.randrange(64, 700)
        delay = rng.choice([0.0, 0.001, 0.005, 0.02])
        jitter = rng.random() < 0.5

        def fn(i: int, jitter: bool = jitter) -> int:
            if jitter and i % 17 == 0:
                time.sleep(0.0005)  # the two sides race at varying speeds
            return i * 3

        out = map_sentences(n, fn, workers=2, before=lambda delay=delay: time.sleep(delay),
                            weights=[1 + i % 5 for i in range(n)])
        assert out == [i * 3 for i in range(n)]


def test_other_work_runs_once_in_one_process_too() -> None:
    calls: list[int] = []
    assert map_sentences(50, lambda i: -i, workers=1, before=lambda: calls.append(1)) == [-i for i in range(50)]
    assert calls == [1]


def test_a_childs_error_and_death_below_the_seam_reach_the_parent() -> None:
    def boom(i: int) -> int:
        if i == 399 and os.getpid() != parent:
            raise ValueError("the child's item")
        return i

    parent = os.getpid()
    with pytest.raises(ValueError, match="the child's item"):
        map_sentences(400, boom, workers=2, before=lambda: time.sleep(0.2))

    def die(i: int) -> int:
        if i == 399 and os.getpid() != parent:
            os.kill(os.getpid(), 9)
        return i

    with pytest.raises(ChildFailed, match="signal 9"):
        map_sentences(400, die, workers=2, before=lambda: time.sleep(0.2))


def test_seam_claims_never_leave_a_gap() -> None:
    """The two bounds by hand: a late read of the other's bound can only make a chunk computed twice."""
    seam = sentence_pool._Seam(0, 100)
    assert seam.claim_up(0) == sentence_pool.SEAM_CHUNK
    assert seam.claim_down(100) == 100 - sentence_pool.SEAM_CHUNK
    up = seam.claim_up(sentence_pool.SEAM_CHUNK)  # stops at the child's claim
    assert up == min(2 * sentence_pool.SEAM_CHUNK, 100 - sentence_pool.SEAM_CHUNK)
    assert seam.claim_down(100 - sentence_pool.SEAM_CHUNK) >= up  # the child stops where this process claimed

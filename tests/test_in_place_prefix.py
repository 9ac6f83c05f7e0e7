"""The walks back over spaces that replaced copies of the text before a name (quadratic on a 20 MB page) give
what the copies gave: role_slot_organisations._name_at and local_associations._in_title_case against the
copy-based definitions, on generated texts full of spaces, tabs, line ends and capitals."""

from __future__ import annotations

import random
import re

from welfare_kg.extract import local_associations as la
from welfare_kg.extract import role_slot_organisations as rs
from welfare_kg.extract.morphology import get_morphology

_PIECES = ["Kuopion", "Seura", "ja", " ", "  ", "\t", "\n", ".", ":", "•", "Oulun", "yhdistys", ",", "ry", "Åbo"]


def _texts(n: int = 300) -> list[str]:
    rng = random.Random(13)
    return ["".join(rng.choice(_PIECES) + rng.choice(["", " "]) for _ in range(rng.randint(1, 30))) for _ in range(n)]


def _name_at_by_copy(text: str, pos: int) -> tuple[int, int] | None:
    end, words = pos, 0
    while words < rs.MAX_WORDS:
        w = rs._WORD.match(text, end)
        if w is None:
            break
        end, words = w.end(), words + 1
        gap = rs._GAP.match(text, end)
        if gap is None or rs._WORD.match(text, gap.end()) is None:
            break
        end = gap.end()
    end = len(text[:end].rstrip(" \t"))
    if words == 0 or rs._END.match(text, end) is None:
        return None
    return pos, end


def _in_title_case_by_copy(text: str, at: int) -> bool:
    m = re.search(r"([A-ZÅÄÖ][a-zåäö]{2,})[ \t]+$", text[max(0, at - 60):at])
    if m is None:
        return False
    before = text[:at - len(m.group())].rstrip(" \t")
    return bool(before) and before[-1] not in ".!?:•\n"


def test_name_at_reads_as_the_copy_did() -> None:
    morph = get_morphology()
    for text in _texts():
        for pos in range(len(text) + 1):
            assert rs._name_at(text, pos, morph) == _name_at_by_copy(text, pos), (text, pos)


def test_in_title_case_reads_as_the_copy_did() -> None:
    for text in _texts():
        for at in range(len(text) + 1):
            assert la._in_title_case(text, at) == _in_title_case_by_copy(text, at), (text, at)

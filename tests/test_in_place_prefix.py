"""The walks back over spaces that replaced copies of the text before a name (quadratic on a 20 MB page) give
what the copies gave: role_slot_organisations._name_at and local_associations._in_title_case against the
copy-based definitions, on generated texts full of spaces, tabs, line ends and capitals; likewise the reads
in place of the rest of the text that replaced copies of it (body_compositions.rows_end and its colon line,
cell_runs.cross_row's own line)."""

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


_ROW_PIECES = ["Matti", "Virtanen", "Matti\n", "Virtanen\n", "Anna\n", "• ", "- ", "Jäsenet:", ":", " ", "\t", "\n",
               "\n\n", ". ", "(pj)", "x" * 130]


def _row_texts(n: int = 300) -> list[str]:
    rng = random.Random(4)
    return ["".join(rng.choice(_ROW_PIECES) for _ in range(rng.randint(1, 40))) for _ in range(n)]


def _rows_end_by_copy(text: str, at: int) -> int:
    from welfare_kg.extract import body_compositions as bc

    end, bulleted, rows, blank = at, None, 0, False
    for line in re.finditer(r"[^\n]*\n?", text[at:]):
        row = line.group(0)
        if not row:
            break
        if not row.strip():
            blank = True
            continue
        m = bc._ROW.match(row)
        if m is None or rows >= bc.ROWS:
            break
        # since 2026-12-05 a heading line after a blank line ends the list (the next section, not a member)
        if rows and blank and m.group("bullet") is None and bc._HEADING_ROW.match(row):
            break
        blank = False
        has_bullet = m.group("bullet") is not None
        if bulleted is None:
            bulleted = has_bullet
        if has_bullet != bulleted or (not bulleted and (len(row) > bc.ROW_CHARS or ". " in row.strip())):
            break
        rows += 1
        end = at + line.end()
    return end


def test_rows_end_and_colon_line_read_as_the_copies_did() -> None:
    from welfare_kg.extract import body_compositions as bc

    for text in _row_texts():
        for at in range(len(text) + 1):
            assert bc.rows_end(text, at) == _rows_end_by_copy(text, at), (text, at)
            assert bool(bc._COLON_LINE.match(text, at)) == bool(re.match(r"[^\n]*:[ \t]*\n", text[at:])), (text, at)


def test_cross_row_reads_its_line_as_the_copy_did() -> None:
    from welfare_kg.extract import cell_runs

    def first_name(word: str) -> bool:
        return word == "Matti"

    for text in _row_texts():
        for at in (i for i in range(len(text) + 1) if i == 0 or text[i - 1] == "\n"):
            got = cell_runs.cross_row(text, at, first_name, lambda w: True)
            assert got == _cross_row_by_copy(text, at, first_name), (text, at)


def _cross_row_by_copy(text: str, line_start: int, first_name) -> bool:  # type: ignore[no-untyped-def]
    from welfare_kg.extract import cell_runs as cr

    cells = []
    start = line_start
    for _ in range(cr.MAX_CELLS):
        prev = cr._line_before(text, start)
        if prev is None or not cr._CELL.fullmatch(text, *prev):
            break
        cells.append(text[prev[0]:prev[1]].strip())
        start = prev[0]
    if not cells:
        return False
    cells.reverse()
    here = text[line_start:text.find("\n", line_start) if "\n" in text[line_start:] else len(text)].strip()
    run = [*cells, here]
    if len(run) < 2 or first_name(run[0]) or not first_name(run[1]):
        return False
    return len(cells) % 2 == 1

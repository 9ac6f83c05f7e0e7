"""Paths in the messages of every command are escaped, not only the ingest's document names.

A store folder, a query file or an output file named with a newline or an escape
sequence could otherwise forge an "Error:" line or rewrite the terminal, as a
document's name could before the ingest escaped it (tests/test_loaders_hostile.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from welfare_kg.cli import main

FORGED = "x\nError: forged\x1b[2J"


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line]


@pytest.mark.parametrize("args", [
    ["stats", "--store", FORGED],
    ["query", "documents", "--store", FORGED],
    ["check", "--store", FORGED],
    ["serve", "--store", FORGED],
])
def test_a_missing_store_is_named_on_one_escaped_line(tmp_path: Path, args: list[str]) -> None:
    args = [str(tmp_path / a) if a == FORGED else a for a in args]
    result = CliRunner().invoke(main, args)
    assert result.exit_code != 0
    assert len(_lines(result.output)) == 1, result.output
    assert "\x1b" not in result.output and "x\\nError: forged\\x1b[2J" in result.output


def test_a_missing_query_file_is_named_on_one_escaped_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["query", str(tmp_path / f"{FORGED}.rq"), "--store", str(tmp_path / "kg")])
    assert result.exit_code != 0
    assert len(_lines(result.output)) == 1, result.output
    assert "\x1b" not in result.output and "forged\\x1b[2J.rq" in result.output


def test_an_output_file_is_named_on_one_escaped_line(tmp_path: Path) -> None:
    runner = CliRunner()
    store = tmp_path / "kg"
    doc = tmp_path / "d.txt"
    doc.write_text("Ranuan kunnan perusturvalautakunta myönsi avustuksen Hyvä Arki -hankkeelle.\n", encoding="utf-8")
    assert runner.invoke(main, ["ingest", str(doc), "--store", str(store), "-q"]).exit_code == 0
    for args in (["export", "-o"], ["map", "-o"]):
        result = runner.invoke(main, [*args, str(tmp_path / f"{FORGED}.out"), "--store", str(store)])
        assert result.exit_code == 0, result.output
        assert len(_lines(result.output)) == 1, result.output
        assert "\x1b" not in result.output and "forged\\x1b[2J.out" in result.output

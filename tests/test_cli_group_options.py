"""Options given before the command: `--store` works there, any other option gets a hint where it goes.

`welfare-kg --store X stats` (the order git and docker users type) was click's bare
"No such option '--store'" with a usage banner.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from welfare_kg.cli import main


def _error(result) -> str:  # type: ignore[no-untyped-def]
    lines = [line for line in result.output.splitlines() if line]
    assert result.exit_code == 2, result.output
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.output
    return lines[0]


def test_store_before_the_command_is_the_commands_store(seed_store_dir: Path) -> None:
    before = CliRunner().invoke(main, ["--store", str(seed_store_dir), "stats"])
    after = CliRunner().invoke(main, ["stats", "--store", str(seed_store_dir)])
    assert before.exit_code == 0, before.output
    assert before.output == after.output and "documents" in before.output.lower()


def test_store_before_the_command_names_the_folder_it_used(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    result = CliRunner().invoke(main, [f"--store={missing}", "query", "-e", "ASK {}"])
    assert str(missing) in result.output and "no store here" in result.output


def test_store_after_the_command_wins(tmp_path: Path, seed_store_dir: Path) -> None:
    result = CliRunner().invoke(main, ["--store", str(tmp_path / "other"), "stats", "--store", str(seed_store_dir)])
    assert result.exit_code == 0, result.output


def test_store_before_a_command_without_a_store_says_so() -> None:
    line = _error(CliRunner().invoke(main, ["--store", "kg", "queries"]))
    assert "--store" in line and "queries" in line


@pytest.mark.parametrize(("args", "words"), [
    (["--format", "csv", "query", "x"], ["--format", "after the command name", "welfare-kg query --format"]),
    (["-q", "ingest", "docs"], ["-q", "welfare-kg ingest -q"]),
    (["--timeout", "3", "stats"], ["--timeout", "not an option of `stats`", "push, query, serve"]),
    (["--timeout", "3"], ["--timeout", "push, query, serve"]),
])
def test_a_commands_option_before_the_command_gets_a_hint(args: list[str], words: list[str]) -> None:
    line = _error(CliRunner().invoke(main, args))
    for word in words:
        assert word in line, line


def test_an_option_no_command_has_is_still_clicks_error() -> None:
    result = CliRunner().invoke(main, ["--bogus", "stats"])
    assert result.exit_code == 2 and "No such option" in result.output


def test_top_level_help_says_where_options_go() -> None:
    text = CliRunner(env={"COLUMNS": "200"}).invoke(main, ["--help"]).output
    assert "--store" in text and "welfare-kg --store kg stats" in text
    assert "options go after its name" in text

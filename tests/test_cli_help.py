"""Every command explains itself: `--help` works, says something, and the README documents the command."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from welfare_kg.cli import main

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(main.commands))
def test_command_has_help_and_is_documented(name: str) -> None:
    res = CliRunner().invoke(main, [name, "--help"])
    assert res.exit_code == 0, res.output
    summary = main.commands[name].get_short_help_str(limit=200)
    assert len(summary) > 20, f"{name}: a one-line summary that says what it is for"
    assert f"welfare-kg {name}" in README, f"README.md does not show `welfare-kg {name}`"


def test_top_level_help_lists_every_command() -> None:
    res = CliRunner().invoke(main, ["--help"])
    assert res.exit_code == 0
    assert all(name in res.output for name in main.commands)

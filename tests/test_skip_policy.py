"""CI must not go green by skipping: with WELFARE_KG_REQUIRE_ALL=1 a skip is a failure."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(tmp_path: Path, require_all: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "conftest.py").write_text((ROOT / "tests" / "conftest.py").read_text(encoding="utf-8"),
                                          encoding="utf-8")
    (tmp_path / "test_x.py").write_text("import pytest\n\ndef test_needs_a_browser():\n"
                                        "    pytest.skip('chromium is not installed')\n", encoding="utf-8")
    env = {"PATH": "/usr/bin:/bin", "WELFARE_KG_REQUIRE_ALL": require_all, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rA", str(tmp_path)],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)


def test_skip_fails_where_everything_must_run(tmp_path: Path) -> None:
    res = _run(tmp_path, "1")
    assert res.returncode == 1, res.stdout
    assert "1 failed" in res.stdout and "chromium is not installed" in res.stdout


def test_skip_stays_a_skip_on_a_developer_machine(tmp_path: Path) -> None:
    res = _run(tmp_path, "0")
    assert res.returncode == 0, res.stdout
    assert "1 skipped" in res.stdout

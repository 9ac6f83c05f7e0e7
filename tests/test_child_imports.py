"""A Python that a test starts imports the same welfare_kg as the test run (tests/conftest.py).

Started in a checkout with `-c` or `-m`, a child put the checkout first on its path and, run
through an import tree (PYTHONPATH=CHECKOUT/_pkg), took the checkout's bare `welfare_kg/` with
the editable install's graph and data: in a full-suite run, the kill -9 test's child rewrote the
reference graph from another checkout's reference.ttl before its bulk write (readers saw 19 more
statements and other entity rows).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import welfare_kg.graph.store
import welfare_kg.ingest
from welfare_kg.data import reference_path

ROOT = Path(__file__).resolve().parent.parent
PROBE = ("import welfare_kg.graph.store as s, welfare_kg.ingest as i; from welfare_kg.data import reference_path; "
         "print(s.__file__, i.__file__, reference_path(), sep='\\n')")


@pytest.mark.parametrize("where", ["checkout", "tests", "elsewhere"])
def test_a_child_imports_the_package_of_this_run(where: str, tmp_path: Path) -> None:
    cwd = {"checkout": ROOT, "tests": ROOT / "tests", "elsewhere": tmp_path}[where]
    out = subprocess.run([sys.executable, "-c", PROBE], cwd=cwd, capture_output=True, text=True, timeout=120,
                         check=True).stdout.splitlines()
    assert out == [welfare_kg.graph.store.__file__, welfare_kg.ingest.__file__, str(reference_path())]

"""Shared fixtures. Other test modules add their own fixtures below."""

from __future__ import annotations

from pathlib import Path

import pytest

from welfare_kg.graph.ingest import ingest_paths
from welfare_kg.graph.store import KGStore

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "documents"


@pytest.fixture(scope="session")
def seed_store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store on disk built once from the example documents (read it, don't write it)."""
    path = tmp_path_factory.mktemp("seed") / "kg"
    store = KGStore(path)
    report = ingest_paths([EXAMPLES], store)
    assert report.ok, report.failed
    del store
    return path
